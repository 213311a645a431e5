"""Build the statistics tables from the records, in the database, by set-based SQL.

A build runs in one transaction: it deletes the rows of the slices it rebuilds (every slice, for
a full build) and inserts their new rows, so readers see the whole previous build or the whole
new one (MVCC on PostgreSQL, WAL snapshots on SQLite), never a mix and never an empty table. A
build killed mid-way rolls back and leaves the previous one serving.
"""

import datetime
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Sequence

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.utils import timezone

from beneficiaries.models import AggregateTally, Country, CountryGroupMembership, Participation
from programmes.models import Event, Programme
from reports.models import (
    BeneficiaryByCountry,
    BeneficiaryByPlace,
    BeneficiaryByProfile,
    BeneficiaryStatistic,
    BuildStatus,
    CountryStatusPeriod,
    DirtySlice,
    EventStatistic,
    StatisticsBuild,
)
from reports.selectors import forget_latest_build

from .leases import lease

logger = logging.getLogger(__name__)

Slice = tuple[int, int]  # (year, programme id)
Progress = Callable[[int, int], None]
ROLLUPS = (BeneficiaryByCountry, BeneficiaryByPlace, BeneficiaryByProfile)  # in build order
ROLLUP_SOURCES = {BeneficiaryByPlace: BeneficiaryByCountry}  # a quarter of the full grain's rows
MEASURES = ("beneficiaries", "certificates")
GROUPS = ("ldc", "lldc", "sids", "fragile")
SLICES_PER_STATEMENT = 200
EARLIEST, LATEST = datetime.date(1900, 1, 1), datetime.date(9999, 12, 31)


def dimensions(cube) -> list[str]:
    return [f.column for f in cube._meta.concrete_fields if f.column not in ("id", *MEASURES)]


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


# The full-grain SELECT: records (participations and tallies alike) joined to their event, its
# programme, the country and the country's status on the event's first day.
FULL_GRAIN_SOURCE = """
    FROM (
        SELECT event_id, country_id, gender, age_group, disability, sector,
               1 AS n, CASE WHEN certified THEN 1 ELSE 0 END AS c
        FROM {participation}{records}
        UNION ALL
        SELECT event_id, country_id, gender, age_group, disability, sector,
               beneficiaries, certificates
        FROM {tally}{records}
    ) r
    JOIN {event} e ON e.id = r.event_id
    JOIN {programme} pr ON pr.id = e.programme_id
    JOIN {country} c ON c.id = r.country_id
    JOIN {status} s ON s.country_id = r.country_id
        AND s.valid_from <= e.start_date AND e.start_date < s.valid_to
"""
FULL_GRAIN_COLUMNS = {
    "year": None,  # the backend's year-of-date expression, filled in below
    "programme_id": "e.programme_id",
    "area_id": "pr.area_id",
    "pillar_id": "pr.pillar_id",
    "learning": "e.learning",
    "delivery": "e.delivery_mode",
    "with_partners": "e.with_partners",
    "gender": "r.gender",
    "country_id": "r.country_id",
    "region": "c.region",
    "development_status": "s.development_status",
    "ldc": "s.ldc",
    "lldc": "s.lldc",
    "sids": "s.sids",
    "fragile": "s.fragile",
    "age_group": "r.age_group",
    "disability": "r.disability",
    "sector": "r.sector",
}


def _year_of(column: str) -> tuple[str, tuple]:
    return connection.ops.date_extract_sql("year", column, ())


def _slice_condition(slices: Sequence[Slice] | None, on_records: bool) -> tuple[str, list]:
    """WHERE clause selecting the slices: on records by event date, on statistics by year."""
    if slices is None:
        return "", []
    parts, params = [], []
    for year, programme_id in slices:
        if on_records:
            parts.append("(e.programme_id = %s AND e.start_date >= %s AND e.start_date < %s)")
            params += [programme_id, datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)]
        else:
            parts.append("(year = %s AND programme_id = %s)")
            params += [year, programme_id]
    return " WHERE " + " OR ".join(parts), params


def _chunks(slices: Sequence[Slice] | None) -> Iterable[Sequence[Slice] | None]:
    if slices is None:
        yield None
        return
    for start in range(0, len(slices), SLICES_PER_STATEMENT):
        yield slices[start : start + SLICES_PER_STATEMENT]


def _execute(sql: str, params: Sequence) -> int:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return max(cursor.rowcount, 0)


def full_grain_source(records: str = "") -> str:
    """The FROM clause; `records` narrows both kinds of record early, by their event's index."""
    return FULL_GRAIN_SOURCE.format(
        records=records,
        participation=_table(Participation),
        tally=_table(AggregateTally),
        event=_table(Event),
        programme=_table(Programme),
        country=_table(Country),
        status=_table(CountryStatusPeriod),
    )


def _insert_full_grain(slices: Sequence[Slice] | None) -> int:
    year_sql, year_params = _year_of("e.start_date")
    columns = {**FULL_GRAIN_COLUMNS, "year": year_sql}
    dims = dimensions(BeneficiaryStatistic)
    where, where_params = _slice_condition(slices, on_records=True)
    records = ""
    if slices is not None:  # only this slice's events' records, found through the event_id index
        records = f" WHERE event_id IN (SELECT e.id FROM {_table(Event)} e{where})"  # noqa: S608  # nosec B608
    source = full_grain_source(records)
    select = ", ".join(columns[d] for d in dims)
    target = f"{_table(BeneficiaryStatistic)} ({', '.join(dims)}, beneficiaries, certificates)"
    sql = (
        f"INSERT INTO {target} "
        f"SELECT {select}, SUM(r.n), SUM(r.c) {source}{where} "
        f"GROUP BY {', '.join(str(i + 1) for i in range(len(dims)))}"
    )
    # The year expression appears once in SELECT; GROUP BY refers to it by position.
    records_params = where_params * 2 if slices is not None else []
    return _execute(sql, [*year_params, *records_params, *where_params])


def _insert_rollup(cube, slices: Sequence[Slice] | None) -> int:
    """Roll a cube up from the smallest table already built that has all its dimensions."""
    dims = ", ".join(dimensions(cube))
    source = ROLLUP_SOURCES.get(cube, BeneficiaryStatistic)
    where, params = _slice_condition(slices, on_records=False)
    sql = (
        f"INSERT INTO {_table(cube)} ({dims}, beneficiaries, certificates) "  # noqa: S608  # nosec B608
        f"SELECT {dims}, SUM(beneficiaries), SUM(certificates) "
        f"FROM {_table(source)}{where} GROUP BY {dims}"
    )
    return _execute(sql, params)


def _insert_events(slices: Sequence[Slice] | None) -> int:
    year_sql, year_params = _year_of("e.start_date")
    where, where_params = _slice_condition(slices, on_records=True)
    sql = (
        f"INSERT INTO {_table(EventStatistic)} (year, programme_id, area_id, pillar_id, "  # noqa: S608  # nosec B608
        "country_id, region, delivery, learning, unplanned, with_partners, events, event_days) "
        f"SELECT {year_sql}, e.programme_id, pr.area_id, pr.pillar_id, e.country_id, "
        "COALESCE(c.region, ''), e.delivery_mode, e.learning, e.unplanned, e.with_partners, "
        "COUNT(*), SUM(e.event_days) "
        f"FROM {_table(Event)} e JOIN {_table(Programme)} pr ON pr.id = e.programme_id "
        f"LEFT JOIN {_table(Country)} c ON c.id = e.country_id{where} "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
    )
    return _execute(sql, [*year_params, *where_params])


def _delete(model, slices: Sequence[Slice] | None) -> None:
    where, params = _slice_condition(slices, on_records=False)
    _execute(f"DELETE FROM {_table(model)}{where}", params)  # noqa: S608  # nosec B608


def rebuild_country_status_periods() -> int:
    """Flatten group memberships into non-overlapping periods per country (a few hundred rows)."""
    memberships: dict[int, list[CountryGroupMembership]] = {}
    for membership in CountryGroupMembership.objects.all():
        memberships.setdefault(membership.country_id, []).append(membership)
    rows = []
    for country_id, developed in Country.objects.values_list("id", "developed"):
        spans = memberships.get(country_id, [])
        cuts = sorted(
            {EARLIEST, LATEST} | {d for m in spans for d in (m.start_date, m.end_date) if d}
        )
        for start, end in itertools.pairwise(cuts):
            groups = {m.group for m in spans if m.covers(start)}
            status = "special-situation" if groups else ("developed" if developed else "developing")
            rows.append(
                CountryStatusPeriod(
                    country_id=country_id,
                    valid_from=start,
                    valid_to=end,
                    development_status=status,
                    **{g: g in groups for g in GROUPS},
                )
            )
    CountryStatusPeriod.objects.all().delete()
    CountryStatusPeriod.objects.bulk_create(rows, batch_size=1_000)
    return len(rows)


def _rebuild(slices: Sequence[Slice] | None, progress: Progress) -> int:
    """Delete and rebuild the given slices (all when None) of every statistics table."""
    steps = 2 + len(ROLLUPS) + 1
    written = 0
    if slices is None:
        rebuild_country_status_periods()
    for model in (BeneficiaryStatistic, *ROLLUPS, EventStatistic):
        for chunk in _chunks(slices):
            _delete(model, chunk)
    progress(1, steps)
    for chunk in _chunks(slices):
        written += _insert_full_grain(chunk)
    progress(2, steps)
    for step, cube in enumerate(ROLLUPS, start=3):
        for chunk in _chunks(slices):
            written += _insert_rollup(cube, chunk)
        progress(step, steps)
    for chunk in _chunks(slices):
        written += _insert_events(chunk)
    if slices is None:  # the tables were rewritten: let the planner know their new sizes
        for model in (BeneficiaryStatistic, *ROLLUPS, EventStatistic):
            _execute(f"ANALYZE {_table(model)}", [])
    progress(steps, steps)
    return written


def _tune_session() -> None:
    """For this transaction only, let PostgreSQL group in memory by hashing: with its 4 MB
    default the sort spills to disk, and it underestimates a slice's rows and sorts them on
    sixteen text keys (four times slower than hashing at 10 million rows). SQLite needs nothing.
    """
    if connection.vendor == "postgresql":
        _execute("SET LOCAL work_mem = %s", [settings.STATISTICS_WORK_MEM])
        _execute("SET LOCAL enable_sort = off", [])


def vacuum_statistics() -> None:
    """After a full build, which replaced every row: reclaim the old rows now rather than when
    autovacuum gets to them, so slice rebuilds find only live rows through their index.
    Maintenance after publishing, not part of the build; PostgreSQL runs VACUUM only outside a
    transaction, so inside one (a test, a dataset load) it is left to autovacuum."""
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return
    for model in (BeneficiaryStatistic, *ROLLUPS, EventStatistic):
        _execute(f"VACUUM ANALYZE {_table(model)}", [])


def all_slices() -> list[Slice]:
    return sorted({(d.year, p) for d, p in Event.objects.values_list("start_date", "programme_id")})


class BuildBusy(Exception):
    """Another build holds the lease; the caller retries later."""


def run_build(
    *, full: bool, trigger: str, progress: Progress | None = None
) -> StatisticsBuild | None:
    """Rebuild everything (`full`) or the dirty slices; None when there was nothing to do.

    Single-flight: builds hold a lease; one that cannot get it raises BuildBusy. An incremental
    build takes every dirty slice, including those marked while it waited, so work queued twice
    is done once.
    """
    progress = progress or (lambda done, steps: None)
    with lease("statistics") as held:
        if not held:
            raise BuildBusy("a statistics build is already running")
        return _build(full=full, trigger=trigger, progress=progress)


PROGRESS_KEY = "statistics-build-progress"


def running_progress() -> dict | None:
    """{"build": id, "done": steps done, "steps": steps} of the build running now, if any."""
    return cache.get(PROGRESS_KEY)


def _close_interrupted_builds() -> None:
    """Builds still marked running belong to workers that died: whoever holds the lease is the
    only one building, so any other "running" record is stale. Their work was rolled back."""
    StatisticsBuild.objects.filter(status=BuildStatus.RUNNING).update(
        status=BuildStatus.FAILED,
        finished_at=timezone.now(),
        error="interrupted: its worker stopped before it finished; nothing it did was kept",
    )


def _build(*, full: bool, trigger: str, progress: Progress) -> StatisticsBuild | None:
    started = time.monotonic()
    _close_interrupted_builds()
    build = StatisticsBuild.objects.create(trigger=trigger, full=full, started_at=timezone.now())
    report = progress

    def progress(done: int, steps: int) -> None:
        # The build's own writes stay invisible until it commits; the cache is seen at once.
        cache.set(PROGRESS_KEY, {"build": build.pk, "done": done, "steps": steps}, timeout=3600)
        report(done, steps)

    try:
        with transaction.atomic():
            _tune_session()
            dirty = list(
                DirtySlice.objects.select_for_update().values_list("id", "year", "programme_id")
            )
            if not full and not dirty:
                build.delete()
                return None
            slices = None if full else sorted({(year, programme) for _, year, programme in dirty})
            build.slices = [] if full else [list(s) for s in slices]
            build.rows_written = _rebuild(slices, progress)
            DirtySlice.objects.filter(id__in=[pk for pk, _, _ in dirty]).delete()
            build.status = BuildStatus.SUCCEEDED
            build.finished_at = timezone.now()
            build.duration_seconds = round(time.monotonic() - started, 3)
            build.save()
    except Exception as error:
        cache.delete(PROGRESS_KEY)
        StatisticsBuild.objects.filter(pk=build.pk).update(
            status=BuildStatus.FAILED,
            finished_at=timezone.now(),
            error=f"{type(error).__name__}: {error}",
            duration_seconds=round(time.monotonic() - started, 3),
        )
        logger.error(  # the fixed `alert` field is what log-based alerting matches on
            "ALERT statistics build %s failed: %s",
            build.pk,
            error,
            extra={"alert": "statistics_build_failed", "build": build.pk, "trigger": trigger},
        )
        raise
    cache.delete(PROGRESS_KEY)
    forget_latest_build()
    logger.info(
        "statistics build %s (%s) wrote %s rows in %.2f s",
        build.pk,
        trigger,
        build.rows_written,
        build.duration_seconds,
    )
    return build


def mark_dirty(slices: Iterable[Slice]) -> None:
    """Record slices whose records changed; call inside the transaction that changed them."""
    DirtySlice.objects.bulk_create(  # a slice already dirty stays as it is
        [DirtySlice(year=y, programme_id=p) for y, p in set(slices)], ignore_conflicts=True
    )
