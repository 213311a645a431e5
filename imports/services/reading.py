"""Read an uploaded file into a header and rows of text: CSV in the usual encodings, or .xlsx.

Everything here distrusts the file: its size, its encoding, its compression ratio, its XML.
"""

import codecs
import csv
import datetime
import io
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_noop

from imports.services.problems import FileRefused

ZIP_SIGNATURE = b"PK\x03\x04"
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
# The DTD, where entities are declared, can only come before the root element: its first bytes.
XML_PROLOG_BYTES = 65_536


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list[str]]]  # (row number as a spreadsheet shows it, values)


def read_table(content: bytes) -> Table:
    """The file's table, or FileRefused saying why it is not one."""
    if not content.strip():
        raise FileRefused(gettext_noop("the file is empty"))
    if len(content) > settings.IMPORT_MAX_BYTES:
        raise FileRefused(
            gettext_noop("the file is %(size)s bytes, over the limit of %(limit)s bytes"),
            size=len(content),
            limit=settings.IMPORT_MAX_BYTES,
        )
    if content.startswith(ZIP_SIGNATURE):
        table = _read_xlsx(content)
    elif content.startswith(OLE2_SIGNATURE):
        raise FileRefused(
            gettext_noop("old binary .xls files are not read: save it as .xlsx or CSV")
        )
    else:
        table = _read_csv(_decode(content))
    if not table.header or not any(table.header):
        raise FileRefused(gettext_noop("the file has no header row"))
    if not table.rows:
        raise FileRefused(gettext_noop("the file has a header row but no data rows"))
    return table


def _decode(content: bytes) -> str:
    if content.startswith(codecs.BOM_UTF8):
        text = content[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict")
    elif content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = content.decode("utf-16")
        except UnicodeDecodeError as error:
            raise FileRefused(
                gettext_noop("the file starts as UTF-16 but is not valid UTF-16")
            ) from error
    else:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            try:  # spreadsheets saved as "CSV" on Windows
                text = content.decode("cp1252")
            except UnicodeDecodeError as error:
                raise FileRefused(
                    gettext_noop(
                        "the file is not text in UTF-8, UTF-16 or Windows-1252: is it a table?"
                    )
                ) from error
    if "\x00" in text:
        raise FileRefused(gettext_noop("the file holds binary data, not a table of text"))
    return text


def _delimiter(first_line: str) -> str:
    """Semicolon when the header has more of them than commas (European Excel), else comma."""
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _read_csv(text: str) -> Table:
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    header: list[str] = []
    rows: list[tuple[int, list[str]]] = []
    try:
        for number, values in enumerate(reader, start=1):
            if not header:
                header = [v.strip() for v in values]
                if not any(header):
                    header = []
                    continue
                continue
            if any(v.strip() for v in values):
                rows.append((number, [v.strip() for v in values]))
    except csv.Error as error:
        raise FileRefused(
            gettext_noop("the file is not a readable CSV table: %(error)s"), error=str(error)
        ) from error
    return Table(header, rows)


def _check_zip(content: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile as error:
        raise FileRefused(
            gettext_noop("the file looks like a zip archive but is not a valid .xlsx")
        ) from error
    members = archive.infolist()
    uncompressed = sum(m.file_size for m in members)
    compressed = sum(m.compress_size for m in members) or 1
    if uncompressed > settings.IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES:
        raise FileRefused(
            gettext_noop("the .xlsx would unpack to %(size)s bytes, over the limit of %(limit)s"),
            size=uncompressed,
            limit=settings.IMPORT_MAX_XLSX_UNCOMPRESSED_BYTES,
        )
    if uncompressed / compressed > settings.IMPORT_MAX_XLSX_RATIO:
        raise FileRefused(
            gettext_noop(
                "the .xlsx is compressed %(ratio)s times, over the limit of %(limit)s: "
                "it looks like a zip bomb"
            ),
            ratio=round(uncompressed / compressed),
            limit=settings.IMPORT_MAX_XLSX_RATIO,
        )
    if "xl/workbook.xml" not in archive.namelist():
        raise FileRefused(gettext_noop("the zip archive is not an Excel .xlsx workbook"))
    for member in members:
        if not member.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(member) as stream:
            prolog = stream.read(XML_PROLOG_BYTES).upper()
        # XML in UTF-16 would hide the markup from this check: look at it without the NULs.
        prolog = prolog.replace(b"\x00", b"")
        if b"<!DOCTYPE" in prolog or b"<!ENTITY" in prolog:
            raise FileRefused(
                gettext_noop(
                    "the .xlsx part %(part)s declares a DTD or XML entities, which are refused"
                ),
                part=member.filename,
            )
    return archive


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_xlsx(content: bytes) -> Table:
    import openpyxl  # openpyxl parses through defusedxml when it is installed, as here

    _check_zip(content)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a malformed workbook
        raise FileRefused(
            gettext_noop("the .xlsx workbook cannot be read: %(error)s"), error=str(error)
        ) from error
    try:
        sheet = workbook.worksheets[0]
        header: list[str] = []
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            texts = [_cell_text(v) for v in values]
            if not header:
                header = texts if any(texts) else []
                continue
            if any(texts):
                rows.append((number, texts))
    except Exception as error:
        raise FileRefused(
            gettext_noop("the .xlsx workbook cannot be read: %(error)s"), error=str(error)
        ) from error
    finally:
        workbook.close()
    while header and not header[-1]:  # Excel's trailing empty columns
        header.pop()
    return Table(header, rows)
