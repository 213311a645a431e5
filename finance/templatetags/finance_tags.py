"""Template filters of the finance pages: amounts in US dollars with thousands separators."""

from decimal import Decimal

from django import template

from finance import charts

register = template.Library()


@register.filter
def usd(value: Decimal | None) -> str:
    """64500000.00 as "64,500,000.00 USD"; nothing for no amount."""
    return "" if value is None else charts.usd(value)
