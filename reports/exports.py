"""CSV exports for analysts: beneficiary counts and pseudonymised participation records, streamed.

Both files are UTF-8 with a header row, open with a `# ` line saying what produced them (the
statistics build, the filters) and close with `# end: N rows`, so a truncated download is
recognisable as incomplete; `pandas.read_csv(path, comment="#")` reads them. Every text cell is
neutralised against spreadsheet formula injection (OWASP, "CSV Injection").
"""

import contextlib
import csv
import datetime
import hashlib
import hmac
import queue
import threading
from collections.abc import Generator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db import connection
from django.utils import timezone
from psycopg2.extensions import TRANSACTION_STATUS_INTRANS

from beneficiaries.selectors import (
    PARTICIPATION_COLUMNS,
    participation_query,
    participation_records,
)
from reports import selectors
from reports.queries import (
    BENEFICIARY_DIMENSIONS,
    BENEFICIARY_FILTERS,
    Query,
    parse,
)

# A spreadsheet reads a cell starting with one of these as a formula (or, for tab, carriage
# return and NUL, may drop them and read what follows as one); a leading quote makes it text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
PSEUDONYM_LENGTH = 16  # hex digits of HMAC-SHA256: 64 bits, no collision among a few million
ROWS_PER_CHUNK = 2000


def neutralise(value):
    """A text cell that a spreadsheet would run as a formula gets a leading `'`; numbers and
    booleans pass unchanged, so -5 stays the number -5 while the text "-5" becomes "'-5"."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _cell(value) -> str | int | float | Decimal:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return neutralise(value)


class _Line:
    """What csv.writer writes into: hands back each formatted line instead of storing it.

    The writer ends lines with CRLF so that it quotes any cell holding a lone CR (with a LF
    terminator it would not, and a reader would drop the CR); lines then end with LF, as
    PostgreSQL's COPY ends them.
    """

    def write(self, line: str) -> str:
        return line[:-2] + "\n"


def csv_writer():
    return csv.writer(_Line(), lineterminator="\r\n")


def csv_line(values: Iterable) -> str:
    """One CSV line of neutralised cells."""
    return csv_writer().writerow([_cell(v) for v in values])


def pseudonym(person_key: str) -> str:
    """A person's stable pseudonym: HMAC-SHA256 of the person key under PSEUDONYM_KEY, truncated.

    Without the key nobody can tell which person key a pseudonym stands for, not even by
    hashing candidate keys; the same person has the same pseudonym in every export.
    """
    digest = hmac.new(settings.PSEUDONYM_KEY.encode(), person_key.encode(), hashlib.sha256)
    return digest.hexdigest()[:PSEUDONYM_LENGTH]


@dataclass
class CsvExport:
    """A file to stream: its name, HTTP headers saying where it came from, and its chunks."""

    filename: str
    chunks: Iterator[str | bytes]
    headers: dict[str, str] = field(default_factory=dict)


def _describe(query: Query, *, grouped: bool) -> str:
    filters = " ".join(
        f"{name}={','.join(_cell(v) if isinstance(v, bool) else str(v) for v in values)}"
        for name, values in query.filters.items()
    )
    if grouped:
        return f"filters: {filters or 'none'}; group_by: {','.join(query.group_by) or 'none'}"
    return f"filters: {filters or 'none'}"


def _records_note() -> str:
    if selectors.dataset_is_loaded():
        return "; records include the bundled dataset, generated to reproduce published figures"
    return ""


# Beneficiary counts ------------------------------------------------------------------------


def beneficiary_export(params: Mapping, *, see_small_cells: bool) -> CsvExport:
    """Counts as the API gives them, one row per cell: the dimensions, `beneficiaries` (empty
    when suppressed, never 0) and `suppressed`. Raises QueryError before anything streams."""
    query = parse(params, BENEFICIARY_FILTERS, BENEFICIARY_DIMENSIONS)
    counts = selectors.beneficiary_counts(params, see_small_cells=see_small_cells)
    as_of = counts.as_of.isoformat() if counts.as_of else "none"
    build_id = str(counts.build_id) if counts.build_id else "none"
    threshold = settings.SMALL_CELL_THRESHOLD
    provenance = (
        f"# beneficiaries.csv from statistics build {build_id} as of {as_of}; "
        f"{_describe(query, grouped=True)}; "
        + (
            "small cells shown"
            if see_small_cells
            else f"cells from 1 to {threshold - 1} suppressed"
        )
        + f"; total: {'suppressed' if counts.total_suppressed else counts.total}"
        + _records_note()
        + "\n"
    )

    def chunks() -> Iterator[str]:
        yield provenance
        yield csv_line([*counts.group_by, "beneficiaries", "suppressed"])
        writer = csv_writer()
        for start in range(0, len(counts.rows), ROWS_PER_CHUNK):
            yield "".join(
                writer.writerow(
                    [_cell(row[d]) for d in counts.group_by]
                    + [_cell(row["beneficiaries"]), _cell(row["suppressed"])]
                )
                for row in counts.rows[start : start + ROWS_PER_CHUNK]
            )
        yield f"# end: {len(counts.rows)} rows\n"

    stamp = counts.as_of.strftime("%Y%m%d") if counts.as_of else "none"
    return CsvExport(
        filename=f"beneficiaries-build-{build_id}-{stamp}.csv",
        chunks=chunks(),
        headers={"X-Statistics-Build": build_id, "X-Statistics-As-Of": as_of},
    )


# Participation records ---------------------------------------------------------------------


def participation_export(params: Mapping) -> CsvExport:
    """Pseudonymised participation records under the filters, streamed in constant memory.

    PostgreSQL writes the CSV itself (COPY); other databases are read in chunks. No person key,
    name or e-mail leaves: `person` is pseudonym(person key). Raises QueryError before anything
    streams.
    """
    query = participation_query(params)
    records = participation_records(query)
    read_at = timezone.now()
    build = selectors.latest_build()
    provenance = (
        f"# participations.csv read from the records at {read_at.isoformat()} "
        f"(latest statistics build {build.pk if build else 'none'}); "
        f"{_describe(query, grouped=False)}; "
        "person is a keyed hash (HMAC-SHA256) of the source system's person key"
        + _records_note()
        + "\n"
    )
    body = _copy_out(records) if connection.vendor == "postgresql" else _iterate(records)

    def chunks() -> Generator[str | bytes, None, None]:
        yield provenance
        yield csv_line(PARTICIPATION_COLUMNS)
        rows = yield from body
        yield f"# end: {rows} rows\n"

    return CsvExport(
        filename=f"participations-{read_at:%Y%m%dT%H%M%S}.csv",
        chunks=chunks(),
        headers={"X-Statistics-Build": str(build.pk) if build else "none"},
    )


def _iterate(records) -> Generator[str, None, int]:
    """Records read 2,000 at a time and written by the csv module; returns the row count."""
    writer = csv_writer()
    rows, lines = 0, []
    for person_key, *values in records.iterator(chunk_size=ROWS_PER_CHUNK):
        lines.append(writer.writerow([pseudonym(person_key), *(_cell(v) for v in values)]))
        rows += 1
        if len(lines) == ROWS_PER_CHUNK:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)
    return rows


# PostgreSQL: COPY (SELECT ...) TO STDOUT, with pseudonyms and neutralised cells made in SQL.

_TEXT_COLUMNS = {
    "event",
    "programme",
    "area",
    "pillar",
    "country",
    "gender",
    "age_group",
    "sector",
    "delivery",
}
_BOOLEAN_COLUMNS = {"disability", "learning", "certificate", "generated"}


def _hmac_pads(key: bytes) -> tuple[bytes, bytes]:
    """HMAC's inner and outer keys (RFC 2104) for SHA-256, whose block is 64 bytes."""
    if len(key) > 64:
        key = hashlib.sha256(key).digest()
    key = key.ljust(64, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


def _column_sql(name: str, column: str) -> str:
    """The SQL of one exported column over the wrapped records `p`, the same as _cell() gives.

    Pseudonyms: HMAC-SHA256 built from PostgreSQL's own sha256() (pgcrypto is not needed), equal
    to pseudonym(). PostgreSQL text cannot hold NUL, so the formula test needs no chr(0).
    """
    ref = f"p.{connection.ops.quote_name(column)}"
    if name == "person":
        digest = f"sha256(%s::bytea || sha256(%s::bytea || convert_to({ref}, 'UTF8')))"
        return f"substr(encode({digest}, 'hex'), 1, {PSEUDONYM_LENGTH})"
    if name in _TEXT_COLUMNS:
        return (
            f"CASE WHEN left({ref}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) "
            f"THEN '''' || {ref} ELSE {ref} END"
        )
    if name in _BOOLEAN_COLUMNS:
        return f"{ref}::text"
    if name == "start_date":
        return f"to_char({ref}, 'YYYY-MM-DD')"
    return f"{ref}::integer"  # year


def copy_sql(records, cursor) -> str:
    """The COPY statement that writes `records` as the export's CSV rows (also for make bench)."""
    inner, inner_params = records.query.sql_with_params()
    inner_pad, outer_pad = _hmac_pads(settings.PSEUDONYM_KEY.encode())
    columns = ", ".join(_column_sql(n, c) for n, c in PARTICIPATION_COLUMNS.items())
    # Only names and the ORM's own SQL are formatted in; every value is a bound parameter.
    sql = f"COPY (SELECT {columns} FROM ({inner}) AS p) TO STDOUT WITH (FORMAT csv)"  # noqa: S608  # nosec B608
    return cursor.mogrify(sql, (outer_pad, inner_pad, *inner_params)).decode()


class _Abandoned(Exception):
    """The response was closed (the client went away) while the COPY was still running."""


@dataclass
class _Finished:
    rows: int


@dataclass
class _Failed:
    error: Exception


def _put(chunks: queue.Queue, item, stop: threading.Event) -> None:
    """Wait for room in the queue, but give up as soon as the response is closed."""
    while True:
        if stop.is_set():
            raise _Abandoned
        try:
            chunks.put(item, timeout=0.1)
            return
        except queue.Full:
            continue


class _QueueWriter:
    """The file COPY writes into: collects rows into chunks of about EXPORT_CHUNK_BYTES and
    queues them; raising from write() is what stops the COPY when the response is closed."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event):
        self.chunks, self.stop = chunks, stop
        self.buffer = bytearray()

    def write(self, data) -> None:
        self.buffer += data.encode() if isinstance(data, str) else data
        if len(self.buffer) >= settings.EXPORT_CHUNK_BYTES:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            _put(self.chunks, bytes(self.buffer), self.stop)
            self.buffer = bytearray()


def _run_copy(raw_connection, sql: str, chunks: queue.Queue, stop: threading.Event) -> None:
    """In a worker thread: run the COPY on the request's own database connection (psycopg2
    connections may be shared between threads), so it sees the request's transaction."""
    in_transaction = raw_connection.get_transaction_status() == TRANSACTION_STATUS_INTRANS
    try:
        with raw_connection.cursor() as cursor:
            if in_transaction:  # so that a cancelled COPY does not abort the whole transaction
                cursor.execute("SAVEPOINT participations_copy")
            writer = _QueueWriter(chunks, stop)
            cursor.copy_expert(sql, writer)
            writer.flush()
            outcome = _Finished(cursor.rowcount)
            if in_transaction:
                cursor.execute("RELEASE SAVEPOINT participations_copy")
    except _Abandoned:
        # The server would go on producing rows, and the connection's next query would wait
        # for them all: cancel the statement instead.
        raw_connection.cancel()
        if in_transaction:
            with raw_connection.cursor() as cursor:
                cursor.execute("ROLLBACK TO SAVEPOINT participations_copy")
        return
    except Exception as error:  # handed to the response, which re-raises it
        outcome = _Failed(error)
    with contextlib.suppress(_Abandoned):
        _put(chunks, outcome, stop)


def _copy_out(records) -> Generator[bytes, None, int]:
    """COPY's CSV in chunks through a bounded queue; returns the row count COPY reports.

    Memory stays within EXPORT_QUEUE_CHUNKS chunks whatever the export's size; closing the
    generator (the client went away) stops the COPY within a tenth of a second.
    """
    connection.ensure_connection()
    raw_connection = connection.connection
    with raw_connection.cursor() as cursor:  # compiled here: Django's connection is per thread
        sql = copy_sql(records, cursor)
    chunks: queue.Queue = queue.Queue(maxsize=settings.EXPORT_QUEUE_CHUNKS)
    stop = threading.Event()
    worker = threading.Thread(
        target=_run_copy,
        args=(raw_connection, sql, chunks, stop),
        name="participations-copy",
        daemon=True,
    )
    worker.start()
    try:
        while True:
            try:
                item = chunks.get(timeout=1)
            except queue.Empty:
                if worker.is_alive():
                    continue
                raise RuntimeError("the export's COPY ended without a result") from None
            if isinstance(item, _Finished):
                return item.rows
            if isinstance(item, _Failed):
                raise item.error
            yield item
    finally:
        stop.set()
        worker.join()
