"""manage.py bench [--participations N]: measure the statistics engine on PostgreSQL.

Prints, from one run on one machine: (a) the full rebuild next to a bare CREATE TABLE AS over the
same rows and dimensions, as a ratio; (b) an incremental rebuild after adding one event of 100
participants; (c) the query layer's median and 99th-percentile time for grouped counts.
"""

import datetime
import statistics as stats
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import override_settings

from beneficiaries.models import Country, Participation
from programmes.models import Event, Programme
from reports.dataset.load import load_dataset
from reports.models import BeneficiaryStatistic
from reports.selectors import beneficiary_counts, dataset_is_loaded, forget_answers
from reports.services import statistics

QUESTIONS = {
    "year 2020 by region and gender": {"year": "2020", "group_by": "region,gender"},
    "learners by year and type": {"group_by": "year,beneficiary_type"},
    "2020 learners by country (map)": {
        "year": "2020",
        "beneficiary_type": "learning",
        "group_by": "country",
    },
    "a pillar by sector": {"pillar": "planet", "group_by": "year,sector"},
}
BENCH_EVENT = "BENCH-EVENT"


class Command(BaseCommand):
    help = "Benchmark statistics builds and the query layer on PostgreSQL."

    def add_arguments(self, parser):
        parser.add_argument("--participations", type=int, default=1_000_000)
        parser.add_argument("--queries", type=int, default=300, help="Repetitions per question")

    def handle(self, *args, participations: int, queries: int, **options):
        if connection.vendor != "postgresql":
            raise CommandError(
                "make bench measures PostgreSQL: set DATABASE_URL to a PostgreSQL database."
            )
        if not dataset_is_loaded():
            self.stdout.write("Loading the bundled dataset...")
            load_dataset()
        rows = self._scale_to(participations)
        self.stdout.write(f"Participations: {rows:,}")
        full, bare = self._full_rebuild_against_bare_sql()
        incremental = self._incremental_rebuild()
        self.stdout.write("")
        self.stdout.write(f"{'measure':<48}{'value':>14}{'baseline':>14}{'ratio':>9}")
        self.stdout.write(
            f"{'(a) full rebuild, s':<48}{full:>14.2f}{bare:>14.2f}{full / bare:>9.2f}"
        )
        self.stdout.write(f"{'    (baseline: one CREATE TABLE AS ... GROUP BY)':<48}")
        self.stdout.write(f"{'(b) incremental rebuild, 1 event x 100, s':<48}{incremental:>14.3f}")
        for name, question in QUESTIONS.items():
            median, p99 = self._query_times(question, queries)
            self.stdout.write(
                f"{'(c) ' + name + ', ms':<48}{'median ' + f'{median:.1f}':>14}"
                f"{'p99 ' + f'{p99:.1f}':>14}"
            )

    def _scale_to(self, target: int) -> int:
        """Copy the generated participations (new person keys) until there are `target` rows."""
        table = Participation._meta.db_table
        columns = (
            "event_id, gender, age_group, disability, country_id, sector, certified, generated"
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608  # nosec B608
            count = cursor.fetchone()[0]
            copy = 1
            while count < target:
                copy += 1
                cursor.execute(
                    f"INSERT INTO {table} (person_key, {columns}) "  # noqa: S608  # nosec B608
                    f"SELECT person_key || '-copy{copy}', {columns} FROM {table} "
                    "WHERE generated AND person_key NOT LIKE '%%-copy%%' LIMIT %s",
                    [target - count],
                )
                count += cursor.rowcount
            # As after any bulk import: fresh planner statistics and visibility map.
            cursor.execute(f"VACUUM ANALYZE {table}")
        return count

    def _full_rebuild_against_bare_sql(self) -> tuple[float, float]:
        statistics.run_build(full=True, trigger="bench warm-up")
        statistics.vacuum_statistics()
        started = time.perf_counter()
        statistics.run_build(full=True, trigger="bench")
        full = time.perf_counter() - started
        statistics.vacuum_statistics()
        year_sql, year_params = statistics._year_of("e.start_date")
        columns = {**statistics.FULL_GRAIN_COLUMNS, "year": year_sql}
        dims = statistics.dimensions(BeneficiaryStatistic)
        source = statistics.full_grain_source()
        select = ", ".join(f"{columns[d]} AS {d}" for d in dims)
        group = ", ".join(str(i + 1) for i in range(len(dims)))
        with transaction.atomic(), connection.cursor() as cursor:
            statistics._tune_session()
            started = time.perf_counter()
            cursor.execute(
                f"CREATE TABLE bench_bare AS SELECT {select}, SUM(r.n) AS beneficiaries, "
                f"SUM(r.c) AS certificates {source} GROUP BY {group}",
                year_params,
            )
            bare = time.perf_counter() - started
            cursor.execute("DROP TABLE bench_bare")
        return full, bare

    def _incremental_rebuild(self) -> float:
        """Bulk writes send no signals: the slice is marked dirty by hand, as imports do."""
        programme = Programme.objects.get(slug="road-safety")
        kenya = Country.objects.get(iso3="KEN")
        self._remove_bench_event()
        with transaction.atomic():
            (event,) = Event.objects.bulk_create(
                [
                    Event(
                        code=BENCH_EVENT,
                        programme=programme,
                        title="Benchmark event",
                        start_date=datetime.date(2020, 6, 1),
                        end_date=datetime.date(2020, 6, 2),
                        event_days=2,
                        delivery_mode="online",
                        learning=True,
                        generated=True,
                    )
                ]
            )
            Participation.objects.bulk_create(
                Participation(
                    event=event,
                    person_key=f"bench-{i}",
                    gender="female",
                    country=kenya,
                    sector="ngo",
                    generated=True,
                )
                for i in range(100)
            )
            statistics.mark_dirty([(2020, programme.pk)])
        started = time.perf_counter()
        build = statistics.run_build(full=False, trigger="bench")
        elapsed = time.perf_counter() - started
        if build is None or build.slices != [[2020, programme.pk]]:
            raise CommandError("the incremental build did not rebuild the benchmark slice")
        self._remove_bench_event()
        statistics.mark_dirty([(2020, programme.pk)])
        statistics.run_build(full=False, trigger="bench clean-up")
        return elapsed

    def _remove_bench_event(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(
                f"DELETE FROM {Participation._meta.db_table} WHERE event_id IN "  # noqa: S608  # nosec B608
                f"(SELECT id FROM {Event._meta.db_table} WHERE code = %s)",
                [BENCH_EVENT],
            )
            cursor.execute(f"DELETE FROM {Event._meta.db_table} WHERE code = %s", [BENCH_EVENT])  # noqa: S608  # nosec B608

    def _query_times(self, question: dict, repetitions: int) -> tuple[float, float]:
        """Each time computed from the statistics tables: no answer cache, shared or in-process
        (a cached answer costs well under a millisecond and would measure nothing)."""
        no_cache = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        times = []
        with override_settings(CACHES=no_cache):
            beneficiary_counts(question)
            for _ in range(repetitions):
                forget_answers()
                started = time.perf_counter()
                beneficiary_counts(question)
                times.append((time.perf_counter() - started) * 1000)
        times.sort()
        return stats.median(times), times[min(len(times) - 1, int(len(times) * 0.99))]
