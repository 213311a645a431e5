"""The bundled dataset's own text in the other five UN languages: published figures' labels,
source locators and notes, indicator names, finance sources and the illustrative finance names.

Each language's module holds one dict, ``TEXT``, from the English text as the dataset stores it
to its translation, the way a gettext catalogue maps a msgid. These are our translations, in the
style of United Nations documents; every figure in a text is kept as in the English. Text that
is not in the bundled dataset (an import, an edit in the admin) is shown as it was entered.
"""

from functools import cache
from importlib import import_module

from django.utils.translation import get_language

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


def translations(text: str) -> dict[str, str]:
    """`text` in every language that translates it, for a `name_translations`-style field."""
    return {code: catalogue(code)[text] for code in MODULES if text in catalogue(code)}
