"""Imports: bad files are refused by row and column, writing nothing; good files load once."""

import datetime

import pytest
from django.test import override_settings

from beneficiaries.models import AggregateTally, Participation
from imports.models import Import, ImportDoor, ImportStatus
from imports.services.runs import receive_file, run
from programmes.models import Event
from reports.models import DirtySlice
from reports.selectors import beneficiary_counts
from tests.imports_files import (
    EVENT_HEADER,
    PARTICIPATION_HEADER,
    TALLY_HEADER,
    csv_bytes,
    entity_expansion_xlsx,
    event_row,
    participation_row,
    tally_row,
    write,
    xlsx_bytes,
    zip_bomb_xlsx,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uploads_in_tmp(settings, tmp_path):
    settings.IMPORT_FILES_DIR = tmp_path / "uploads"


def _import(kind: str, path, *, user=None, write_rows: bool = True) -> Import:
    record = receive_file(
        kind=kind, file_name=path.name, content=path.read_bytes(), user=user,
        door=ImportDoor.COMMAND,
    )  # fmt: skip
    return run(record, write=write_rows)


def _counts() -> tuple[int, int, int]:
    return (Event.objects.count(), Participation.objects.count(), AggregateTally.objects.count())


@pytest.fixture
def event():
    """An event of the People area's road-safety programme, made through an import."""
    return _add_events([event_row("T-EV-1")])[0]


def _add_events(rows) -> list[Event]:
    from pathlib import Path
    from tempfile import TemporaryDirectory

    with TemporaryDirectory() as folder:
        record = _import("events", write(Path(folder), "events.csv", csv_bytes(EVENT_HEADER, rows)))
    assert record.status == ImportStatus.SUCCEEDED, record.problems
    return list(Event.objects.filter(code__in=[r["code"] for r in rows]).order_by("code"))


def _participations(n: int, event: str = "T-EV-1", **changes) -> list[dict]:
    return [participation_row(event, f"P-{i:05}", **changes) for i in range(n)]


# Each bad file: (kind, file name, content, the start of one problem it must be refused with).
def _bad_files():
    p, e, t = PARTICIPATION_HEADER, EVENT_HEADER, TALLY_HEADER
    good = _participations(3)
    last_of_10000 = _participations(10_000)
    last_of_10000[-1]["gender"] = "unknown"
    long_key = "K" * 65
    return {
        "unknown country code in UTF-8": (
            "participations", "a.csv",
            csv_bytes(p, [*good[:2], {**good[2], "country": "XXX"}]),
            "row 4, column country: unknown country code 'XXX'",
        ),
        "value not allowed in UTF-8 with BOM": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "gender": "f"}], encoding="utf-8-sig"),
            "row 2, column gender: 'f' is not allowed",
        ),
        "unknown event in UTF-16": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "event": "NO-SUCH"}], encoding="utf-16"),
            "row 2, column event: unknown event code 'NO-SUCH'",
        ),
        "date out of range in Windows-1252": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", title="Café", start_date="1900-01-01")],
                      encoding="cp1252"),
            "row 2, column start_date: date 1900-01-01 is out of range",
        ),
        "bad boolean with semicolons": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "certified": "maybe"}], delimiter=";"),
            "row 2, column certified: 'maybe' is not allowed; use true or false",
        ),
        "missing required column": (
            "events", "a.csv",
            csv_bytes([c for c in e if c != "title"], [event_row("T-EV-9")]),
            "row 1, column title: required column is missing",
        ),
        "unknown extra column": (
            "events", "a.csv",
            csv_bytes([*e, "colour"], [event_row("T-EV-9")]),
            "row 1, column colour: unknown column",
        ),
        "column named twice": (
            "participations", "a.csv",
            csv_bytes([*p, "gender"], good),
            "row 1, column gender: the column appears twice",
        ),
        "duplicate event code": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9"), event_row("T-EV-9")]),
            "row 3, column code: event T-EV-9 already appears on row 2",
        ),
        "duplicate participation": (
            "participations", "a.csv",
            csv_bytes(p, [good[0], good[1], good[0]]),
            "row 4, column person_key: person P-00000 of event T-EV-1 already on row 2",
        ),
        "duplicate tally cell": (
            "tallies", "a.csv",
            csv_bytes(t, [tally_row("T-EV-1"), tally_row("T-EV-1", beneficiaries="3")]),
            "row 3, column event: the same event and dimensions are already on row 2",
        ),
        "unknown programme": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", programme="no-such-programme")]),
            "row 2, column programme: unknown programme 'no-such-programme'",
        ),
        "end before start": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", end_date="2021-03-01")]),
            "row 2, column end_date: ends on 2021-03-01 before it starts on 2021-03-02",
        ),
        "date not in ISO 8601": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", start_date="02/03/2021")]),
            "row 2, column start_date: '02/03/2021' is not a date as YYYY-MM-DD",
        ),
        "delivery mode not allowed": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", delivery_mode="hybrid")]),
            "row 2, column delivery_mode: 'hybrid' is not allowed",
        ),
        "zero event days": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", event_days="0")]),
            "row 2, column event_days: 0 is below the minimum of 1",
        ),
        "event days not a number": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", event_days="three")]),
            "row 2, column event_days: 'three' is not a whole number",
        ),
        "empty required title": (
            "events", "a.csv",
            csv_bytes(e, [event_row("T-EV-9", title="")]),
            "row 2, column title: a value is required",
        ),
        "tally of zero beneficiaries": (
            "tallies", "a.csv",
            csv_bytes(t, [tally_row("T-EV-1", beneficiaries="0")]),
            "row 2, column beneficiaries: 0 is below the minimum of 1",
        ),
        "more certificates than beneficiaries": (
            "tallies", "a.csv",
            csv_bytes(t, [tally_row("T-EV-1", beneficiaries="5", certificates="6")]),
            "row 2, column certificates: 6 certificates for 5 people",
        ),
        "age group not allowed": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "age_group": "30-40"}]),
            "row 2, column age_group: '30-40' is not allowed",
        ),
        "sector not allowed": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "sector": "media"}]),
            "row 2, column sector: 'media' is not allowed",
        ),
        "person key too long": (
            "participations", "a.csv",
            csv_bytes(p, [{**good[0], "person_key": long_key}]),
            "row 2, column person_key: longer than 64 characters",
        ),
        "more values than columns": (
            "participations", "a.csv",
            csv_bytes(p, [[*good[0].values(), "surplus"]]),
            "row 2: 9 values for 8 columns",
        ),
        "error on the last row of 10,000": (
            "participations", "a.csv", csv_bytes(p, last_of_10000),
            "row 10001, column gender: 'unknown' is not allowed",
        ),
        "bad value in .xlsx": (
            "participations", "a.xlsx", xlsx_bytes(p, [good[0], {**good[1], "country": "ZZZ"}]),
            "row 3, column country: unknown country code 'ZZZ'",
        ),
        "empty file": ("participations", "a.csv", b"", "file: the file is empty"),
        "blank lines only": ("participations", "a.csv", b"\r\n\r\n", "file: the file is empty"),
        "header only": (
            "participations", "a.csv", csv_bytes(p, []),
            "file: the file has a header row but no data rows",
        ),
        "zip bomb .xlsx": (
            "participations", "a.xlsx", zip_bomb_xlsx(p, good),
            "file: the .xlsx is compressed",
        ),
        "entity expansion .xlsx": (
            "participations", "a.xlsx", entity_expansion_xlsx(p, good),
            "file: the .xlsx part xl/worksheets/sheet1.xml declares a DTD or XML entities",
        ),
        "zip that is not a workbook": (
            "participations", "a.xlsx", _zip_of({"readme.txt": b"hello"}),
            "file: the zip archive is not an Excel .xlsx workbook",
        ),
        "old binary .xls": (
            "participations", "a.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
            "file: old binary .xls files are not read",
        ),
        "binary file that is not a table": (
            "participations", "a.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "file: the file is not text in UTF-8, UTF-16 or Windows-1252",
        ),
        "text with NUL bytes": (
            "participations", "a.csv", csv_bytes(p, good).replace(b"KEN", b"K\x00N"),
            "file: the file holds binary data, not a table of text",
        ),
    }  # fmt: skip


def _zip_of(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_FILES = _bad_files()


@pytest.mark.parametrize("variant", list(BAD_FILES))
def test_a_bad_file_is_refused_with_its_row_and_column_and_writes_nothing(variant, event, tmp_path):
    kind, name, content, expected = BAD_FILES[variant]
    before, dirty = _counts(), DirtySlice.objects.count()
    record = _import(kind, write(tmp_path, name, content))
    assert record.status == ImportStatus.REJECTED
    assert any(line.startswith(expected) for line in record.problem_lines()), record.problem_lines()
    assert _counts() == before
    assert DirtySlice.objects.count() == dirty


def test_a_file_over_the_size_limit_is_refused_and_writes_nothing(event, tmp_path):
    content = csv_bytes(PARTICIPATION_HEADER, _participations(50))
    before = _counts()
    with override_settings(IMPORT_MAX_BYTES=1000):
        record = _import("participations", write(tmp_path, "big.csv", content))
    assert record.status == ImportStatus.REJECTED
    assert record.problem_lines()[0].startswith(f"file: the file is {len(content):,} bytes, over")
    assert _counts() == before


def test_every_problem_of_a_file_is_reported_at_once(event, tmp_path):
    rows = _participations(4)
    rows[0]["country"] = "XXX"
    rows[2]["gender"] = "x"
    rows[3]["sector"] = "y"
    record = _import(
        "participations", write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    )
    assert [line.split(":")[0] for line in record.problem_lines()] == [
        "row 2, column country",
        "row 4, column gender",
        "row 5, column sector",
    ]


def test_a_good_row_in_a_file_with_one_bad_row_is_not_written(event, tmp_path):
    rows = _participations(3)
    rows[2]["country"] = "XXX"
    _import("participations", write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, rows)))
    assert not Participation.objects.filter(event=event).exists()


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ","), ("utf-16", ","), ("cp1252", ","), ("utf-8", ";"),
     ("cp1252", ";"), ("utf-16", ";")],
)  # fmt: skip
def test_a_good_csv_is_accepted_in_each_encoding_and_delimiter(encoding, delimiter, tmp_path):
    rows = [event_row("T-EV-A", title="Atelier à Genève"), event_row("T-EV-B")]
    content = csv_bytes(EVENT_HEADER, rows, encoding=encoding, delimiter=delimiter)
    record = _import("events", write(tmp_path, "e.csv", content))
    assert record.status == ImportStatus.SUCCEEDED, record.problems
    assert Event.objects.get(code="T-EV-A").title == "Atelier à Genève"
    assert record.created == 2


def test_a_good_xlsx_is_accepted_with_dates_and_numbers_as_excel_stores_them(event, tmp_path):
    code, programme, title = [*event_row("T-EV-X").values()][:3]
    start, end = datetime.date(2021, 5, 3), datetime.date(2021, 5, 4)
    rows = [[code, programme, title, start, end, 2, "online", "", True, False, False]]
    record = _import("events", write(tmp_path, "e.xlsx", xlsx_bytes(EVENT_HEADER, rows)))
    assert record.status == ImportStatus.SUCCEEDED, record.problems
    imported = Event.objects.get(code="T-EV-X")
    assert (imported.start_date, imported.event_days, imported.country) == (
        datetime.date(2021, 5, 3), 2, None,
    )  # fmt: skip


def test_the_templates_import_as_they_are_downloaded(client, tmp_path):
    for extension in ("csv", "xlsx"):
        Event.objects.filter(code="EV-2026-001").delete()
        response = client.get(f"/imports/templates/events.{extension}")
        assert response.status_code == 200
        record = _import("events", write(tmp_path, f"events.{extension}", response.content))
        assert record.status == ImportStatus.SUCCEEDED, record.problems


def test_reimporting_the_same_file_adds_nothing_and_says_so(event, tmp_path):
    path = write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, _participations(20)))
    first = _import("participations", path)
    before, dirty = _counts(), DirtySlice.objects.count()
    again = _import("participations", path)
    assert (first.created, first.updated, first.unchanged) == (20, 0, 0)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 20)
    assert _counts() == before
    assert DirtySlice.objects.count() == dirty


def test_a_corrected_file_updates_only_the_rows_it_changes(event, tmp_path):
    rows = _participations(5)
    _import("participations", write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, rows)))
    rows[1]["gender"] = "male"
    rows[3]["certified"] = "false"
    record = _import(
        "participations", write(tmp_path, "p2.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    )
    assert (record.created, record.updated, record.unchanged) == (0, 2, 3)
    assert Participation.objects.get(event=event, person_key="P-00001").gender == "male"
    assert not Participation.objects.get(event=event, person_key="P-00003").certified


def test_a_corrected_event_moves_its_statistics_from_the_old_slice_to_the_new(event, tmp_path):
    DirtySlice.objects.all().delete()
    moved = event_row("T-EV-1", start_date="2020-03-02", end_date="2020-03-04")
    record = _import("events", write(tmp_path, "e.csv", csv_bytes(EVENT_HEADER, [moved])))
    assert record.updated == 1
    assert set(DirtySlice.objects.values_list("year", "programme_id")) == {
        (2021, event.programme_id), (2020, event.programme_id),
    }  # fmt: skip


def test_an_import_marks_exactly_the_slices_it_touched_and_the_counts_follow_the_rebuild(
    event, tmp_path, django_capture_on_commit_callbacks, eager_tasks
):
    DirtySlice.objects.all().delete()
    question = {"year": "2021", "programme": "road-safety"}
    before = beneficiary_counts(question, see_small_cells=True).total
    path = write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, _participations(7)))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        record = _import("participations", path)
    assert record.status == ImportStatus.SUCCEEDED
    assert set(DirtySlice.objects.values_list("year", "programme_id")) == {
        (2021, event.programme_id)
    }
    assert len(callbacks) == 1
    callbacks[0]()  # the queued reports.rebuild_dirty_slices, run eagerly
    assert not DirtySlice.objects.exists()
    assert beneficiary_counts(question, see_small_cells=True).total == before + 7


def test_a_tally_file_loads_and_counts_like_participations(event, tmp_path):
    rows = [tally_row("T-EV-1"), tally_row("T-EV-1", gender="female", beneficiaries="12")]
    record = _import("tallies", write(tmp_path, "t.csv", csv_bytes(TALLY_HEADER, rows)))
    assert (record.status, record.created) == (ImportStatus.SUCCEEDED, 2)
    assert (
        sum(AggregateTally.objects.filter(event=event).values_list("beneficiaries", flat=True))
        == 5512
    )


def test_a_dry_run_checks_and_counts_but_writes_nothing(event, tmp_path):
    path = write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, _participations(3)))
    record = _import("participations", path, write_rows=False)
    assert (record.status, record.created) == (ImportStatus.CHECKED, 3)
    assert not Participation.objects.filter(event=event).exists()


def test_an_import_keeps_its_file_name_checksum_counts_and_outcome(event, tmp_path):
    import hashlib

    content = csv_bytes(PARTICIPATION_HEADER, _participations(2))
    record = _import("participations", write(tmp_path, "mine.csv", content))
    record.refresh_from_db()
    assert record.file_name == "mine.csv"
    assert record.checksum == hashlib.sha256(content).hexdigest()
    assert (record.rows, record.created, record.status) == (2, 2, ImportStatus.SUCCEEDED)
    assert record.finished_at is not None


def test_a_write_the_database_refuses_fails_the_import_and_writes_nothing(
    event, tmp_path, monkeypatch
):
    from django.db import IntegrityError

    from imports.services import engine

    def refuse(*args, **kwargs):
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(engine, "bulk_update_with_history", refuse)
    rows = _participations(3)
    _import("participations", write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, rows)))
    rows[0]["gender"] = "male"
    rows.append(participation_row("T-EV-1", "P-NEW"))
    before = _counts()
    record = _import(
        "participations", write(tmp_path, "p2.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    )
    assert record.status == ImportStatus.FAILED
    assert record.problem_lines()[0].startswith("file: the database refused the write")
    assert _counts() == before
