# ruff: noqa: RUF002 -- the Chinese and Arabic punctuation named in the docstring is meant.
"""Lists joined as the page's language joins them: its comma and semicolon (、 and ； in
Chinese, ، and ؛ in Arabic) rather than English punctuation between translated parts."""

from collections.abc import Iterable

from django.utils.translation import pgettext


def parts(items: Iterable[str]) -> str:
    """The parts of one description: "in 2020, region: Africa"."""
    return pgettext("between the parts of a description", ", ").join(items)


def entries(items: Iterable[str]) -> str:
    """Entries that may hold commas: "322,410 (E/2021/49, para 11); 322,410 (R20, events)"."""
    return pgettext("between entries that may hold commas", "; ").join(items)
