"""Percentages written as the page's locale writes them (CLDR, through Babel).

Django localizes the number itself (decimal mark and grouping, unitar_site/formats/); the
percent sign's place is the locale's: 12% in English and Chinese, 12 % (no-break space) in
French, Spanish and Russian, 12‎%‎ in Arabic (CLDR's left-to-right marks keep the sign after
the number inside right-to-left text).
"""

from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext


@lru_cache(maxsize=16)
def _affixes(language: str) -> tuple[str, str]:
    """What goes before and after the number of a positive percentage in this language."""
    try:
        locale = Locale.parse(translation.to_locale(language))
    except (UnknownLocaleError, ValueError):
        return "", "%"
    symbols = locale.number_symbols
    symbols = symbols.get("latn", symbols)  # Babel 2.14+ keys the symbols by numbering system
    sign = symbols.get("percentSign", "%")
    pattern = locale.percent_formats[None]
    return pattern.prefix[0].replace("%", sign), pattern.suffix[0].replace("%", sign)


def with_percent_sign(number: str) -> str:
    """An already localized number ("12,5") as a percentage in the active language."""
    prefix, suffix = _affixes(translation.get_language() or settings.LANGUAGE_CODE)
    return f"{prefix}{number}{suffix}"


def percent(value: Decimal, decimals: int = 0, *, change: bool = False) -> str:
    """22.5 as "22.5%" ("+22.5%" for a change that rounds above zero), rounded to `decimals`,
    as the active language writes it: "+22,5 %" in French."""
    rounded = round(value, decimals)
    sign = "+" if change and rounded > 0 else ""
    return with_percent_sign(sign + number_format(rounded, decimals))


def usd(value: Decimal) -> str:
    """64500000.00 as "64,500,000.00 USD"."""
    return gettext("%(amount)s USD") % {"amount": number_format(value, 2, force_grouping=True)}


def millions(value: Decimal) -> str:
    """64500000.00 as "64.5 million USD", the way E/2021/49 section IV gives amounts."""
    return gettext("%(amount)s million USD") % {
        "amount": number_format(value / Decimal(1_000_000), 1, force_grouping=True)
    }
