"""Blank import templates: the header row and one example row, as CSV or .xlsx."""

import csv
import io
from collections.abc import Iterable

from django.utils.translation import gettext as _

from imports.services.formats import COLUMNS


def template_csv(kind: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS[kind]])
    writer.writerow([c.example for c in COLUMNS[kind]])
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes Excel read it as UTF-8


def template_xlsx(kind: str) -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(kind)
    sheet.append([c.name for c in COLUMNS[kind]])
    sheet.append([c.example for c in COLUMNS[kind]])
    notes = workbook.create_sheet(_("columns"))  # in the language of the page it came from
    notes.append([_("Column"), _("Required"), _("Meaning")])
    for column in COLUMNS[kind]:
        notes.append([column.name, _("yes") if column.required else _("no"), str(column.help)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_rows(header: list[str], rows: Iterable[list[str]]) -> bytes:
    """A UTF-8 CSV of the header and rows, as the import reader expects it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
