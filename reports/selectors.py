"""The one query layer: beneficiary and event counts from the statistics tables.

Dashboards, reports, exports and the API ask here, never the records or the tables themselves.
Each question is answered from the smallest statistics cube that has all its dimensions, and
small cells are suppressed for callers who may not see them.
"""

import datetime
import hashlib
import pickle  # nosec B403
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import ClassVar

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, Sum

from beneficiaries.models import Country
from programmes.models import Pillar, Programme, ProgrammeArea
from reports.figures import evaluate, reproduces
from reports.models import (
    BeneficiaryByCountry,
    BeneficiaryByPlace,
    BeneficiaryByProfile,
    BeneficiaryStatistic,
    BuildStatus,
    EventStatistic,
    PublishedFigure,
    StatisticsBuild,
)
from reports.queries import (
    BENEFICIARY_DIMENSIONS,
    BENEFICIARY_FILTERS,
    COUNTRY_GROUPS,
    EVENT_DIMENSIONS,
    EVENT_FILTERS,
    Query,
    parse,
)

# Smallest first: the first cube with every needed column answers.
CUBES = (BeneficiaryByPlace, BeneficiaryByProfile, BeneficiaryByCountry, BeneficiaryStatistic)
PLACE_COLUMNS = ("development_status", "ldc", "lldc", "sids", "fragile")
COLUMNS = {  # dimension or filter -> the statistics columns it needs
    "year": ("year",),
    "year_from": ("year",),
    "year_to": ("year",),
    "pillar": ("pillar_id",),
    "area": ("area_id",),
    "programme": ("programme_id",),
    "country": ("country_id",),
    "region": ("region",),
    "country_group": PLACE_COLUMNS,
    "gender": ("gender",),
    "age_group": ("age_group",),
    "disability": ("disability",),
    "sector": ("sector",),
    "beneficiary_type": ("learning",),
    "delivery": ("delivery",),
    "learning": ("learning",),
    "unplanned": ("unplanned",),
    "with_partners": ("with_partners",),
}
GROUP_CONDITIONS = {
    "ldc": Q(ldc=True),
    "lldc": Q(lldc=True),
    "sids": Q(sids=True),
    "special-situation": Q(development_status="special-situation"),
    "developing": Q(development_status__in=["developing", "special-situation"]),
    "developed": Q(development_status="developed"),
}


@dataclass
class Counts:
    """An answer: rows of dimension values with a count, the total, and the build it came from."""

    as_of: datetime.datetime | None
    group_by: tuple[str, ...]
    total: int | None
    total_suppressed: bool
    rows: list[dict] = field(default_factory=list)
    build_id: int | None = None


class _LatestBuild:
    """The latest successful build, looked up at most every STATISTICS_BUILD_CHECK_SECONDS per
    process: every answer needs it, and a new build is a rare event. The process that finishes a
    build forgets it at once; others see the new build within that many seconds."""

    build: StatisticsBuild | None = None
    checked_at: float = float("-inf")


def latest_build() -> StatisticsBuild | None:
    now = time.monotonic()
    if now - _LatestBuild.checked_at >= settings.STATISTICS_BUILD_CHECK_SECONDS:
        _LatestBuild.build = (
            StatisticsBuild.objects.filter(status=BuildStatus.SUCCEEDED)
            .order_by("-finished_at")
            .first()
        )
        _LatestBuild.checked_at = now
    return _LatestBuild.build


def forget_latest_build() -> None:
    """Look the latest build up again on the next question (after a build, or a test)."""
    _LatestBuild.checked_at = float("-inf")


class _RecentAnswers:
    """The last answers this process gave, in front of the shared cache (answers of a build
    never change, so a process may keep them as long as it likes). Kept pickled, so a caller
    that changes its copy cannot change the next caller's."""

    LIMIT = 256
    answers: ClassVar[OrderedDict[str, bytes]] = OrderedDict()

    @classmethod
    def get(cls, key: str) -> "Counts | None":
        answer = cls.answers.get(key)
        if answer is None:
            return None
        cls.answers.move_to_end(key)
        return pickle.loads(answer)  # noqa: S301 - bytes this process pickled itself  # nosec B301

    @classmethod
    def put(cls, key: str, answer: "Counts") -> None:
        cls.answers[key] = pickle.dumps(answer)
        if len(cls.answers) > cls.LIMIT:
            cls.answers.popitem(last=False)


def forget_answers() -> None:
    """Drop this process's recent answers (the benchmark times questions answered afresh)."""
    _RecentAnswers.answers.clear()


def build_key(namespace: str, build: StatisticsBuild | None, question: tuple) -> str:
    """A cache key for a question under a statistics build: statistics change only with a new
    build, so what is cached under it is never stale, only unused."""
    stamp = f"{build.pk}:{build.finished_at.timestamp()}" if build else "none"
    digest = hashlib.sha256(repr(question).encode()).hexdigest()
    return f"{namespace}:{stamp}:{digest}"


def _answer(kind: str, query: Query, threshold: int | None, compute) -> "Counts":
    """An answer from the cache, keyed by the build that answers and the question."""
    build = latest_build()
    if build is None:
        return compute(build)
    question = (kind, sorted(query.filters.items()), query.group_by, threshold)
    key = build_key("answer", build, question)
    answer = _RecentAnswers.get(key)
    if answer is not None:
        return answer
    answer = cache.get(key)
    if answer is None:
        answer = compute(build)
        cache.set(key, answer, timeout=settings.STATISTICS_ANSWER_CACHE_SECONDS)
    _RecentAnswers.put(key, answer)
    return answer


def as_of() -> datetime.datetime | None:
    build = latest_build()
    return build.finished_at if build else None


class _Names:
    """Slugs for ids and ids for slugs of the reference tables, read once per statistics build
    (a new build may follow new reference rows)."""

    _cache: ClassVar[dict] = {}

    @classmethod
    def for_build(cls, build: StatisticsBuild | None) -> "_Names":
        key = (build.pk, build.finished_at) if build else None
        if key not in cls._cache or key is None:
            cls._cache = {key: cls()}
        return cls._cache[key]

    def __init__(self):
        self.slug = {
            "pillar_id": dict(Pillar.objects.values_list("id", "slug")),
            "area_id": dict(ProgrammeArea.objects.values_list("id", "slug")),
            "programme_id": dict(Programme.objects.values_list("id", "slug")),
            "country_id": dict(Country.objects.values_list("id", "iso3")),
        }
        self.id = {column: {v: k for k, v in ids.items()} for column, ids in self.slug.items()}


def _condition(name: str, values: tuple, names: _Names) -> Q:
    if name == "year":
        return Q(year=values[0])
    if name == "year_from":
        return Q(year__gte=values[0])
    if name == "year_to":
        return Q(year__lte=values[0])
    if name == "country_group":
        return reduce(or_, (GROUP_CONDITIONS[v] for v in values))
    if name == "beneficiary_type":
        return Q(learning__in=[v == "learning" for v in values])
    column = COLUMNS[name][0]
    if column in names.id:
        return Q(**{f"{column}__in": [names.id[column][v] for v in values]})
    return Q(**{f"{column}__in": list(values)})


def _cube(query: Query):
    needed = {c for name in (*query.filters, *query.group_by) for c in COLUMNS[name]}
    for cube in CUBES:
        if needed <= {f.column for f in cube._meta.concrete_fields}:
            return cube
    raise AssertionError(f"no statistics cube has {needed}")


def _rows(queryset, query: Query, measure: str, names: _Names) -> list[dict]:
    """Grouped sums; country groups overlap (a country can be LDC and LLDC), so each is a sum."""
    dims = [d for d in query.group_by if d != "country_group"]
    columns = [COLUMNS[d][0] for d in dims]
    if "country_group" in query.group_by:
        sums = {
            f"n_{i}": Sum(measure, filter=GROUP_CONDITIONS[g]) for i, g in enumerate(COUNTRY_GROUPS)
        }
        # values() with no columns would group by every field: aggregate the whole set instead.
        grouped = (
            queryset.values(*columns).annotate(**sums) if columns else [queryset.aggregate(**sums)]
        )
        records = [
            {**r, "country_group": group, "n": r[f"n_{i}"] or 0}
            for r in grouped
            for i, group in enumerate(COUNTRY_GROUPS)
        ]
        records = [r for r in records if r["n"]]
    else:
        records = list(queryset.values(*columns).annotate(n=Sum(measure)))
    rows = []
    for record in records:
        row = {}
        for dimension, column in zip(dims, columns, strict=True):
            value = record[column]
            if column in names.slug:
                value = names.slug[column][value]
            elif dimension == "beneficiary_type":
                value = "learning" if value else "knowledge-sharing"
            row[dimension] = value
        if "country_group" in query.group_by:
            row["country_group"] = record["country_group"]
        row = {d: row[d] for d in query.group_by}
        row["n"] = int(record["n"] or 0)
        rows.append(row)
    order = {g: i for i, g in enumerate(COUNTRY_GROUPS)}
    rows.sort(
        key=lambda r: tuple(
            (order[r[d]] if d == "country_group" else (r[d] is None, r[d])) for d in query.group_by
        )
    )
    return rows


def suppress(values: list[int], total: int, threshold: int) -> tuple[list[bool], bool]:
    """Which cells (and whether the total) to hide so no value from 1 to threshold-1 shows.

    Primary: every cell from 1 to threshold-1. Secondary: while the hidden cells add up to less
    than the threshold (so total minus the shown cells would reveal them), hide the next smallest
    shown non-zero cell too. Zero stays visible: a zero is not a person.
    """
    if 0 < total < threshold:
        return [v > 0 for v in values], True
    hidden = [0 < v < threshold for v in values]
    while any(hidden) and sum(v for v, h in zip(values, hidden, strict=True) if h) < threshold:
        candidates = [i for i, v in enumerate(values) if v > 0 and not hidden[i]]
        if not candidates:
            return [v > 0 for v in values], True
        hidden[min(candidates, key=lambda i: values[i])] = True
    return hidden, False


def beneficiary_counts(params, *, see_small_cells: bool = False) -> Counts:
    """Beneficiaries (participations plus tallies) under the filters, grouped by dimensions."""
    query = parse(params, BENEFICIARY_FILTERS, BENEFICIARY_DIMENSIONS)
    threshold = None if see_small_cells else settings.SMALL_CELL_THRESHOLD
    return _answer(
        "beneficiaries", query, threshold, lambda b: _counts(query, "beneficiaries", threshold, b)
    )


def certificate_counts(params, *, see_small_cells: bool = False) -> Counts:
    query = parse(params, BENEFICIARY_FILTERS, BENEFICIARY_DIMENSIONS)
    threshold = None if see_small_cells else settings.SMALL_CELL_THRESHOLD
    return _answer(
        "certificates", query, threshold, lambda b: _counts(query, "certificates", threshold, b)
    )


def event_counts(params) -> Counts:
    """Events under the filters, grouped; rows carry `events` and `event_days`."""
    query = parse(params, EVENT_FILTERS, EVENT_DIMENSIONS)
    return _answer("events", query, None, lambda build: _event_counts(query, build))


def _event_counts(query: Query, build: StatisticsBuild | None) -> Counts:
    names = _Names.for_build(build)
    queryset = EventStatistic.objects.all()
    for name, values in query.filters.items():
        queryset = queryset.filter(_condition(name, values, names))
    columns = [COLUMNS[d][0] for d in query.group_by]
    sums = {"events_n": Sum("events"), "days_n": Sum("event_days")}
    # values() with no columns would group by every field: aggregate the whole set instead.
    records = (
        queryset.values(*columns).annotate(**sums) if columns else [queryset.aggregate(**sums)]
    )
    rows = []
    for record in records:
        row = {}
        for dimension, column in zip(query.group_by, columns, strict=True):
            value = record[column]
            if column in names.slug:
                value = names.slug[column].get(value) if value is not None else None
            elif column == "region":
                value = value or None
            row[dimension] = value
        row["events"] = int(record["events_n"] or 0)
        row["event_days"] = int(record["days_n"] or 0)
        rows.append(row)
    rows.sort(key=lambda r: tuple((r[d] is None, r[d]) for d in query.group_by))
    as_of_time = build.finished_at if build else None
    total = sum(r["events"] for r in rows)
    return Counts(as_of_time, query.group_by, total, False, rows, build.pk if build else None)


def _counts(
    query: Query, measure: str, threshold: int | None, build: StatisticsBuild | None
) -> Counts:
    names = _Names.for_build(build)
    queryset = _cube(query).objects.all()
    for name, values in query.filters.items():
        queryset = queryset.filter(_condition(name, values, names))
    if query.group_by and "country_group" not in query.group_by:
        rows = _rows(queryset, query, measure, names)
        total = sum(r["n"] for r in rows)  # the cells partition the total: no second query
    else:
        total = int(queryset.aggregate(n=Sum(measure))["n"] or 0)
        rows = _rows(queryset, query, measure, names) if query.group_by else [{"n": total}]
    hidden, total_hidden = ([False] * len(rows), False)
    if threshold:
        hidden, total_hidden = suppress([r["n"] for r in rows], total, threshold)
    for row, is_hidden in zip(rows, hidden, strict=True):
        row[measure] = None if is_hidden else row["n"]
        row["suppressed"] = is_hidden
        del row["n"]
    as_of_time = build.finished_at if build else None
    shown_total = None if total_hidden else total
    build_id = build.pk if build else None
    return Counts(as_of_time, query.group_by, shown_total, total_hidden, rows, build_id)


# Pages ------------------------------------------------------------------------------------


@dataclass
class YearHeadline:
    year: int
    beneficiaries: int = 0
    learners: int = 0
    events: int = 0
    event_days: int = 0
    certificates: int = 0

    @property
    def knowledge_sharing(self) -> int:
        return self.beneficiaries - self.learners

    @property
    def learning_share(self) -> float:
        return 100 * self.learners / self.beneficiaries if self.beneficiaries else 0.0


def yearly_headlines() -> list[YearHeadline]:
    """Beneficiaries, learners, certificates, events and event days per year."""
    years: dict[int, YearHeadline] = {}
    by_type = beneficiary_counts({"group_by": "year,beneficiary_type"}, see_small_cells=True)
    for row in by_type.rows:
        headline = years.setdefault(row["year"], YearHeadline(row["year"]))
        headline.beneficiaries += row["beneficiaries"]
        if row["beneficiary_type"] == "learning":
            headline.learners += row["beneficiaries"]
    for row in certificate_counts({"group_by": "year"}, see_small_cells=True).rows:
        years.setdefault(row["year"], YearHeadline(row["year"])).certificates = row["certificates"]
    for row in event_counts({"group_by": "year"}).rows:
        headline = years.setdefault(row["year"], YearHeadline(row["year"]))
        headline.events, headline.event_days = row["events"], row["event_days"]
    return [years[y] for y in sorted(years)]


@dataclass
class FigureCheck:
    figure: PublishedFigure
    computed: object
    reproduced: bool


def published_figure_checks() -> list[FigureCheck]:
    checks = []
    for figure in PublishedFigure.objects.all():
        computed = evaluate(figure.definition)
        checks.append(FigureCheck(figure, computed, reproduces(figure, computed)))
    return checks


def recent_builds(limit: int = 20) -> list[StatisticsBuild]:
    return list(StatisticsBuild.objects.all()[:limit])


def build_progress() -> dict | None:
    """The running build's progress as a percentage, if a build is running."""
    from reports.services.statistics import running_progress

    progress = running_progress()
    if not progress:
        return None
    return {**progress, "percent": round(100 * progress["done"] / max(progress["steps"], 1))}


def dataset_is_loaded() -> bool:
    """Whether the bundled (generated) dataset is in the database."""
    from programmes.models import Event

    return Event.objects.filter(generated=True).exists()
