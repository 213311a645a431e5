"""A problem found in an import file, said with its row and column in the reader's language.

A problem keeps its message as an English message id (marked with `gettext_noop`, so it is in
the catalogues) and the values that fill it, not as a finished line: the import page shows it in
the page's language, `manage.py import_data` in English. Values from the file are kept as the
file wrote them; numbers the checker computed are localized when shown.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext


@dataclass(frozen=True, order=True)
class Problem:
    """Row 1 is the header; row None means the file as a whole. Column "" is an unnamed one."""

    row: int | None
    column: str | None
    message: str
    params: dict[str, Any] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        values = {
            name: number_format(value, force_grouping=True) if isinstance(value, int) else value
            for name, value in self.params.items()
        }
        text = gettext(self.message) % values if values else gettext(self.message)
        if self.row is None:
            return gettext("file: %(problem)s") % {"problem": text}
        if self.column is None:
            return gettext("row %(row)s: %(problem)s") % {"row": self.row, "problem": text}
        return gettext("row %(row)s, column %(column)s: %(problem)s") % {
            "row": self.row,
            "column": self.column or gettext("(empty)"),
            "problem": text,
        }

    def as_json(self) -> dict:
        return {
            "row": self.row,
            "column": self.column,
            "message": self.message,
            "params": self.params,
        }

    @classmethod
    def from_json(cls, data: dict) -> "Problem":
        return cls(data["row"], data["column"], data["message"], data.get("params", {}))


class FileRefused(Exception):
    """The file as a whole cannot be read as a table; nothing in it was looked at further."""

    def __init__(self, message: str, **params):
        self.problem = Problem(None, None, message, params)
        super().__init__(str(self.problem))
