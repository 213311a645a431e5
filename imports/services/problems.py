"""A problem found in an import file, said with its row and column in plain language."""

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """Row 1 is the header; row None means the file as a whole."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        if self.row is None:
            return f"file: {self.message}"
        if self.column is None:
            return f"row {self.row}: {self.message}"
        return f"row {self.row}, column {self.column}: {self.message}"


class FileRefused(Exception):
    """The file as a whole cannot be read as a table; nothing in it was looked at further."""

    def __init__(self, message: str):
        super().__init__(message)
        self.problem = Problem(None, None, message)
