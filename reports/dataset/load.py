"""Load the bundled dataset: reference data, catalogue, finance, generated records, figures.

All in one transaction: a failed load leaves the database as it was. Participations (about a
million rows) go in through COPY on PostgreSQL and executemany elsewhere, never row by row.
"""

import csv
import io
import time
from collections.abc import Callable, Iterator

import numpy as np
from django.db import connection, transaction

from beneficiaries.models import AggregateTally, Participation
from beneficiaries.services.reference import load_reference_data
from finance.published import FINANCE_FIGURES
from finance.services.dataset import load_finance_dataset
from programmes.models import Event, Programme
from programmes.services.catalogue import load_catalogue
from reports.models import PublishedFigure
from reports.services.statistics import run_build

from .countries import CountryTable
from .generator import generate
from .plan import PROGRAMME_SDGS
from .published import beneficiary_and_event_figures

BATCH = 50_000
Progress = Callable[[str, int], None]


def load_dataset(progress: Progress | None = None) -> dict[str, int]:
    """Replace the bundled dataset (generated records only; imported ones stay) and its figures."""
    progress = progress or (lambda stage, n: None)
    started = time.monotonic()
    with transaction.atomic():
        counts = {**load_reference_data(), **load_catalogue()}
        counts.update(load_finance_dataset())
        progress("reference data", 0)
        _delete_generated_records()
        table = CountryTable.from_database()
        dataset = generate(table)
        progress("generated", 0)
        event_ids = _insert_events(dataset.events, table)
        progress("events", len(event_ids))
        counts["participations"] = _insert_participations(
            dataset.participants, event_ids, table, progress
        )
        AggregateTally.objects.bulk_create(
            AggregateTally(
                **{k: v for k, v in t.items() if k not in ("event", "country")},
                event_id=event_ids[t["event"]],
                country_id=int(table.ids[t["country"]]),
                generated=True,
            )
            for t in dataset.tallies
        )
        counts["events"] = len(event_ids)
        counts["tallies"] = len(dataset.tallies)
        counts["published_figures"] = load_published_figures()
        _analyze()
        progress("statistics", 0)
        build = run_build(full=True, trigger="dataset load")
        counts["statistics_rows"] = build.rows_written
    counts["seconds"] = round(time.monotonic() - started, 1)
    return counts


def _analyze() -> None:
    """Fresh planner statistics after a bulk load, so the statistics build plans well."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _delete_generated_records() -> None:
    """Set-based deletes: the ORM's delete() would fetch a million rows to send their signals."""
    event, sdg = Event._meta.db_table, Event.sdgs.through._meta.db_table
    generated_events = f"SELECT id FROM {event} WHERE generated"  # noqa: S608  # nosec B608
    with connection.cursor() as cursor:
        for table in (Participation._meta.db_table, AggregateTally._meta.db_table):
            cursor.execute(f"DELETE FROM {table} WHERE generated")  # noqa: S608  # nosec B608
        cursor.execute(f"DELETE FROM {sdg} WHERE event_id IN ({generated_events})")  # noqa: S608  # nosec B608
        cursor.execute(f"DELETE FROM {event} WHERE generated")  # noqa: S608  # nosec B608


def _insert_events(events: list[dict], table: CountryTable) -> list[int]:
    programme_ids = dict(Programme.objects.values_list("slug", "id"))
    rows = [
        Event(
            code=e["code"],
            programme_id=programme_ids[e["programme"]],
            title=e["title"],
            start_date=e["start_date"],
            end_date=e["end_date"],
            event_days=e["event_days"],
            delivery_mode=e["delivery_mode"],
            learning=e["learning"],
            unplanned=e["unplanned"],
            with_partners=e["with_partners"],
            generated=True,
            country_id=None if e["country"] is None else int(table.ids[e["country"]]),
        )
        for e in events
    ]
    created = Event.objects.bulk_create(rows, batch_size=2_000)
    if any(event.pk is None for event in created):  # backends that cannot return ids
        by_code = dict(Event.objects.filter(generated=True).values_list("code", "id"))
        ids = [by_code[e["code"]] for e in events]
    else:
        ids = [event.pk for event in created]
    Event.sdgs.through.objects.bulk_create(
        (
            Event.sdgs.through(event_id=event_id, sustainabledevelopmentgoal_id=goal)
            for event_id, e in zip(ids, events, strict=True)
            for goal in PROGRAMME_SDGS[e["programme"]]
        ),
        batch_size=5_000,
    )
    return ids


COLUMNS = (
    "event_id",
    "person_key",
    "gender",
    "age_group",
    "disability",
    "country_id",
    "sector",
    "certified",
    "generated",
)


def _participation_rows(
    participants: dict, event_ids: list[int], table: CountryTable, start: int, stop: int
) -> Iterator[tuple]:
    events = np.asarray(event_ids)[participants["event"][start:stop]].tolist()
    countries = table.ids[participants["country"][start:stop]].tolist()
    return zip(
        events,
        participants["person_key"][start:stop].tolist(),
        participants["gender"][start:stop].tolist(),
        participants["age_group"][start:stop].tolist(),
        participants["disability"][start:stop].tolist(),
        countries,
        participants["sector"][start:stop].tolist(),
        participants["certified"][start:stop].tolist(),
        [True] * (stop - start),
        strict=True,
    )


def _insert_participations(
    participants: dict, event_ids: list[int], table: CountryTable, progress: Progress
) -> int:
    total = len(participants["event"])
    db_table = Participation._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, total, BATCH):
            stop = min(start + BATCH, total)
            rows = _participation_rows(participants, event_ids, table, start, stop)
            if connection.vendor == "postgresql":
                buffer = io.StringIO()
                csv.writer(buffer).writerows(rows)
                buffer.seek(0)
                cursor.copy_expert(
                    f"COPY {db_table} ({', '.join(COLUMNS)}) FROM STDIN WITH (FORMAT csv)",
                    buffer,
                )
            else:
                placeholders = ", ".join(["%s"] * len(COLUMNS))
                cursor.executemany(
                    f"INSERT INTO {db_table} ({', '.join(COLUMNS)}) VALUES ({placeholders})",  # noqa: S608  # nosec B608
                    list(rows),
                )
            progress("participations", stop - start)
    return total


def load_published_figures() -> int:
    PublishedFigure.objects.all().delete()
    figures = [*beneficiary_and_event_figures(), *FINANCE_FIGURES]
    PublishedFigure.objects.bulk_create(PublishedFigure(**f) for f in figures)
    return len(figures)
