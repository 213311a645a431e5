"""manage.py bench_imports [--rows N]: time an import of N participation rows on PostgreSQL.

Issue 7's target: 100,000 participation rows in under 30 s on a 2-core machine. Times the check
and write of one file through the same service as both doors, the statistics rebuild it queues,
and a re-import of the same file (nothing to write), then removes what it added.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from beneficiaries.models import Participation
from imports.models import ImportDoor, ImportStatus
from imports.services.runs import receive_file, run
from imports.services.templates import csv_rows
from programmes.models import Event
from reports.selectors import dataset_is_loaded
from reports.services import statistics

EVENTS = 100
CODE = "BENCH-IMPORT-{:03}"


class Command(BaseCommand):
    help = "Benchmark a participations import on PostgreSQL."

    def add_arguments(self, parser):
        parser.add_argument("--rows", type=int, default=100_000)

    def handle(self, *args, rows: int, **options):
        if connection.vendor != "postgresql":
            raise CommandError("bench_imports measures PostgreSQL: set DATABASE_URL to one.")
        if not dataset_is_loaded():
            raise CommandError("Load the dataset first (manage.py bench or load_dataset).")
        self._remove()
        events = self._import("events", self._events_file())
        if events.status != ImportStatus.SUCCEEDED:
            raise CommandError("\n".join(events.problem_lines()))
        content = self._participations_file(rows)
        self.stdout.write(f"Participations file: {rows:,} rows, {len(content) / 1e6:.1f} MB")
        with transaction.atomic():  # hold the queued rebuild back, to time it on its own
            started = time.perf_counter()
            record = self._import("participations", content)
            written = time.perf_counter() - started
            started = time.perf_counter()
        rebuild = time.perf_counter() - started
        if record.status != ImportStatus.SUCCEEDED:
            raise CommandError("\n".join(record.problem_lines()[:20]))
        started = time.perf_counter()
        again = self._import("participations", content)
        unchanged = time.perf_counter() - started
        self.stdout.write(f"{'measure':<56}{'seconds':>10}")
        self.stdout.write(
            f"{f'(a) check and write {rows:,} new participations':<56}{written:>10.2f}"
        )
        self.stdout.write(
            f"{'(b) the incremental statistics rebuild it queued':<56}{rebuild:>10.2f}"
        )
        self.stdout.write(
            f"{f'(c) re-import of the same file ({again.unchanged:,} unchanged)':<56}"
            f"{unchanged:>10.2f}"
        )
        self.stdout.write(f"Target: (a) under 30 s. {'Met.' if written < 30 else 'MISSED.'}")
        self._remove()

    def _import(self, kind: str, content: bytes):
        record = receive_file(
            kind=kind, file_name=f"bench-{kind}.csv", content=content, user=None,
            door=ImportDoor.COMMAND,
        )  # fmt: skip
        return run(record, write=True)

    def _events_file(self) -> bytes:
        rows = [
            [CODE.format(n), "road-safety", f"Benchmark event {n}", "2021-06-01", "2021-06-02",
             "2", "online", "", "true", "false", "false"]
            for n in range(EVENTS)
        ]  # fmt: skip
        header = ["code", "programme", "title", "start_date", "end_date", "event_days",
                  "delivery_mode", "country", "learning", "unplanned", "with_partners"]  # fmt: skip
        return csv_rows(header, rows)

    def _participations_file(self, rows: int) -> bytes:
        genders, sectors = ("female", "male", "other"), ("government", "ngo", "academia")
        countries = ("KEN", "COL", "FRA", "VUT", "IND")
        header = ["event", "person_key", "gender", "age_group", "disability", "country",
                  "sector", "certified"]  # fmt: skip
        return csv_rows(
            header,
            (
                [CODE.format(n % EVENTS), f"P-{n:07}", genders[n % 3], "25-34",
                 "false", countries[n % 5], sectors[n % 3], "true" if n % 2 else "false"]
                for n in range(rows)
            ),
        )  # fmt: skip

    def _remove(self) -> None:
        events = Event.objects.filter(code__startswith="BENCH-IMPORT-")
        slices = {(e.start_date.year, e.programme_id) for e in events}
        if slices:
            with transaction.atomic(), connection.cursor() as cursor:
                # In SQL: a cascade through the ORM would send a signal per participation.
                cursor.execute(
                    f"DELETE FROM {Participation._meta.db_table} WHERE event_id IN "  # noqa: S608  # nosec B608
                    f"(SELECT id FROM {Event._meta.db_table} WHERE code LIKE %s)",
                    ["BENCH-IMPORT-%"],
                )
                events.delete()
                statistics.mark_dirty(slices)
            statistics.run_build(full=False, trigger="bench_imports cleanup")
