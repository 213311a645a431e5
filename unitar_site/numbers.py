"""Percentages written as the page's locale writes them (CLDR, through Babel).

Django localizes the number itself (decimal mark and grouping, unitar_site/formats/); the
percent sign's place is the locale's: 12% in English and Chinese, 12 % (no-break space) in
French, Spanish and Russian, 12‎%‎ in Arabic (CLDR's left-to-right marks keep the sign after
the number inside right-to-left text).
"""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.conf import settings
from django.utils import translation


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
