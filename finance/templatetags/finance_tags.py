"""Template filters of the finance pages: amounts in US dollars with thousands separators, and
the bundled dataset's text (donor names, agreement titles, sources) in the page's language."""

from decimal import Decimal

from django import template

from reports.dataset import translations
from unitar_site import numbers

register = template.Library()


@register.filter
def usd(value: Decimal | None) -> str:
    """64500000.00 as "64,500,000.00 USD"; nothing for no amount."""
    return "" if value is None else numbers.usd(value)


@register.filter
def data_text(text: str) -> str:
    """The dataset's English text as its translation into the page's language, if it has one."""
    return translations.data_text(text)
