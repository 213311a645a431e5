"""The import file reader, by property: what a spreadsheet writes, it reads back unchanged."""

import pytest
from django.test import override_settings
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from imports.services.problems import FileRefused
from imports.services.reading import read_table
from tests.imports_files import PARTICIPATION_HEADER, csv_bytes, xlsx_bytes

CP1252 = "".join(
    ch for ch in bytes(range(0x20, 0x100)).decode("cp1252", errors="ignore") if ch.isprintable()
)
ANY_TEXT = st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn"), include_characters="\n")


def _valid_utf8(content: bytes) -> bool:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _tables(alphabet):
    cell = st.text(alphabet=alphabet, max_size=12).map(str.strip)
    row = st.lists(cell, min_size=len(PARTICIPATION_HEADER), max_size=len(PARTICIPATION_HEADER))
    return st.lists(row.filter(any), min_size=1, max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]).flatmap(
        lambda encoding: st.tuples(st.just(encoding), _tables(ANY_TEXT))
    ),
    st.sampled_from([",", ";"]),
)
def test_a_csv_in_unicode_reads_back_as_written(encoded_rows, delimiter):
    encoding, rows = encoded_rows
    table = read_table(
        csv_bytes(PARTICIPATION_HEADER, rows, encoding=encoding, delimiter=delimiter)
    )
    assert table.header == PARTICIPATION_HEADER
    assert table.rows == [(number, row) for number, row in enumerate(rows, start=2)]


@settings(max_examples=100, deadline=None)
@given(_tables(CP1252), st.sampled_from([",", ";"]))
def test_a_windows_1252_csv_reads_back_as_written(rows, delimiter):
    content = csv_bytes(PARTICIPATION_HEADER, rows, encoding="cp1252", delimiter=delimiter)
    # Bytes valid in both (cp1252 "Â¡" is UTF-8 "¡") are read as UTF-8, as real files mean.
    assume(content.isascii() or not _valid_utf8(content))
    table = read_table(content)
    assert [values for _, values in table.rows] == rows


@settings(max_examples=25, deadline=None)
@given(_tables(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs"))))
def test_an_xlsx_reads_back_as_written(rows):
    table = read_table(xlsx_bytes(PARTICIPATION_HEADER, rows))
    assert table.header == PARTICIPATION_HEADER
    assert [values for _, values in table.rows] == rows


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
@override_settings(IMPORT_MAX_BYTES=300)
def test_any_bytes_read_as_a_table_or_are_refused_with_a_message(content):
    try:
        read_table(content)
    except FileRefused as refused:
        assert str(refused.problem).startswith("file: ")


@pytest.mark.parametrize("prefix", [b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"])
@settings(max_examples=50, deadline=None)
@given(tail=st.binary(max_size=200))
def test_broken_workbooks_are_refused_with_a_message(prefix, tail):
    with pytest.raises(FileRefused):
        read_table(prefix + tail)
