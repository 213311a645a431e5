"""The bundled dataset's own text in the other five UN languages: published figures' labels,
source locators and notes, indicator names, finance sources and the illustrative finance names.

Each language's module holds one dict, ``TEXT``, from the English text as the dataset stores it
to its translation, the way a gettext catalogue maps a msgid. These are our translations, in the
style of United Nations documents; every figure in a text is kept as in the English. Text that
is not in the bundled dataset (an import, an edit in the admin) is shown as it was entered.
"""

from functools import cache
from importlib import import_module

from django.utils.translation import get_language, gettext

MODULES = {"ar": "ar", "zh-hans": "zh_hans", "fr": "fr", "es": "es", "ru": "ru"}


@cache
def catalogue(language: str) -> dict[str, str]:
    """English text → its translation in `language`; empty for English or an unknown code."""
    module = MODULES.get(language)
    if module is None:
        return {}
    return import_module(f"{__name__}.{module}").TEXT


def data_text(text: str, language: str | None = None) -> str:
    """`text` of the bundled dataset in `language` (default: the active one), else as stored."""
    if not text:
        return text
    return catalogue(language or get_language() or "en").get(text, text)


def in_language(text: str, stored: dict[str, str], language: str | None = None) -> str:
    """A record's text in `language` (default: the active one): the translation stored with the
    record (a `name_translations`-style field), else the bundled dataset's, else `text`."""
    language = language or get_language() or "en"
    return stored.get(language) or data_text(text, language)


def cited(document: str, locator: str) -> str:
    """A source as "E/2021/49, para 11" in the active language: the document symbol is the same
    in every language, the locator is the dataset's text."""
    return gettext("%(document)s, %(locator)s") % {
        "document": document,
        "locator": data_text(locator),
    }
