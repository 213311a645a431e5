"""Statistics builds: they equal direct counts, incremental equals full, failures change nothing."""

import datetime

import pytest
from django.db import connection
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beneficiaries.models import Country, Participation
from programmes.models import Event, Programme
from reports import figures
from reports.models import (
    BeneficiaryByCountry,
    BeneficiaryByPlace,
    BeneficiaryByProfile,
    BeneficiaryStatistic,
    BuildStatus,
    DirtySlice,
    EventStatistic,
    StatisticsBuild,
)
from reports.selectors import beneficiary_counts, event_counts
from reports.services import statistics
from reports.services.leases import lease

pytestmark = pytest.mark.django_db
TABLES = (
    BeneficiaryStatistic,
    BeneficiaryByCountry,
    BeneficiaryByPlace,
    BeneficiaryByProfile,
    EventStatistic,
)

FILTER_VALUES = {
    "year": [2016, 2019, 2020, 2021],
    "pillar": ["peace", "people", "planet", "prosperity", "agenda-2030"],
    "area": ["peace", "diplomacy", "unosat", "defeat-ncd"],
    "programme": [
        "road-safety",
        "anti-corruption",
        "sdg-data-statact",
        "peacekeeping-pre-deployment",
    ],
    "country": ["KEN", "COL", "VUT", "FRA"],
    "region": ["africa", "europe", "middle-east", "north-america"],
    "country_group": ["ldc", "lldc", "sids", "special-situation", "developing", "developed"],
    "gender": ["female", "male", "other"],
    "age_group": ["under-25", "55-plus", "not-stated"],
    "disability": [True, False],
    "sector": ["government", "ngo", "military-police"],
    "beneficiary_type": ["learning", "knowledge-sharing"],
    "delivery": ["online", "face-to-face", "blended"],
}
SMALL_DIMENSIONS = [
    "year",
    "pillar",
    "region",
    "country_group",
    "gender",
    "disability",
    "beneficiary_type",
    "delivery",
    "age_group",
]


def _as_param(value) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def _raw(filters: dict) -> int:
    return figures.count("beneficiaries", filters)


questions = st.fixed_dictionaries(
    {},
    optional={name: st.sampled_from(values) for name, values in FILTER_VALUES.items()},
).flatmap(
    lambda filters: st.tuples(
        st.just(filters),
        st.lists(st.sampled_from(SMALL_DIMENSIONS), max_size=2, unique=True),
    )
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(questions)
def test_counts_equal_a_direct_count_of_the_records(question):
    filters, group_by = question
    params = {k: _as_param(v) for k, v in filters.items()}
    if group_by:
        params["group_by"] = ",".join(group_by)
    answer = beneficiary_counts(params, see_small_cells=True)
    assert answer.total == _raw(filters)
    for row in answer.rows[:6]:
        cell = {d: row[d] for d in group_by}
        assert row["beneficiaries"] == _raw({**filters, **cell}), cell
    if "country_group" not in group_by:
        assert sum(r["beneficiaries"] for r in answer.rows) == answer.total


def test_event_counts_equal_a_direct_count_of_events():
    answer = event_counts({"group_by": "year,delivery", "area": "people"})
    for row in answer.rows:
        filters = {"year": row["year"], "delivery": row["delivery"], "area": "people"}
        assert row["events"] == figures.count("events", filters)
        assert row["event_days"] == figures.count("event_days", filters)


def test_event_counts_without_grouping_answer_one_row_with_the_totals():
    answer = event_counts({"year": "2020"})
    assert answer.rows == [{"events": 896, "event_days": 12_173}]
    assert answer.total == 896


def test_every_cube_holds_the_same_total():
    totals = {
        t.__name__: sum(t.objects.values_list("beneficiaries", flat=True)) for t in TABLES[:4]
    }
    assert set(totals.values()) == {_raw({})}


def _snapshot() -> dict[str, list]:
    snapshot = {}
    for table in TABLES:
        fields = [f.column for f in table._meta.concrete_fields if f.column != "id"]
        snapshot[table.__name__] = sorted(table.objects.values_list(*fields), key=repr)
    return snapshot


def _new_participants(event: Event, count: int, country: Country) -> None:
    Participation.objects.bulk_create(
        Participation(
            event=event,
            person_key=f"test-{event.pk}-{i}",
            gender="female",
            country=country,
            sector="ngo",
            age_group="25-34",
            certified=event.learning,
        )
        for i in range(count)
    )
    statistics.mark_dirty([(event.start_date.year, event.programme_id)])


def test_incremental_rebuild_equals_a_full_rebuild_after_changes():
    event = Event.objects.filter(start_date__year=2020, programme__slug="road-safety").first()
    _new_participants(event, 7, Country.objects.get(iso3="VUT"))
    moved = Event.objects.filter(start_date__year=2018, programme__slug="un-cc-learn").first()
    moved.programme = Programme.objects.get(slug="page-green-economy")
    moved.start_date, moved.end_date = datetime.date(2021, 3, 1), datetime.date(2021, 3, 2)
    moved.save()  # the signal marks both the old and the new slice dirty
    un_cc_learn = Programme.objects.get(slug="un-cc-learn").pk
    build = statistics.run_build(full=False, trigger="test")
    rebuilt = {tuple(s) for s in build.slices}
    assert {(2020, event.programme_id), (2018, un_cc_learn), (2021, moved.programme_id)} <= rebuilt
    incremental = _snapshot()
    statistics.run_build(full=True, trigger="test")
    assert incremental == _snapshot()


def test_an_incremental_rebuild_with_nothing_dirty_does_nothing():
    DirtySlice.objects.all().delete()
    builds = StatisticsBuild.objects.count()
    assert statistics.run_build(full=False, trigger="test") is None
    assert StatisticsBuild.objects.count() == builds


def test_a_build_that_fails_leaves_the_previous_build_serving(monkeypatch):
    before = beneficiary_counts({"group_by": "year"}, see_small_cells=True)
    event = Event.objects.filter(start_date__year=2019).first()
    _new_participants(event, 3, Country.objects.get(iso3="KEN"))

    def crash(cube, slices):
        raise RuntimeError("disk full")

    monkeypatch.setattr(statistics, "_insert_rollup", crash)
    with pytest.raises(RuntimeError):
        statistics.run_build(full=False, trigger="test")
    failed = StatisticsBuild.objects.order_by("-started_at").first()
    assert failed.status == BuildStatus.FAILED and "disk full" in failed.error
    assert beneficiary_counts({"group_by": "year"}, see_small_cells=True).rows == before.rows
    assert DirtySlice.objects.filter(year=2019, programme_id=event.programme_id).exists()


def test_a_second_build_while_one_runs_is_refused_and_does_nothing():
    builds = StatisticsBuild.objects.count()
    with lease("statistics") as held:
        assert held
        with pytest.raises(statistics.BuildBusy):
            statistics.run_build(full=True, trigger="test")
    assert StatisticsBuild.objects.count() == builds


def test_the_lease_is_released_after_a_build_and_taken_over_when_expired():
    with lease("statistics", seconds=-1) as held:  # already expired: as if its worker died
        assert held
        with lease("statistics") as second:
            assert second
    with lease("statistics") as third:
        assert third


def test_status_counts_by_the_event_date_vanuatu_graduated_on_4_december_2020():
    vanuatu = Country.objects.get(iso3="VUT")
    event = Event.objects.filter(programme__slug="un-cc-learn", start_date__year=2020).first()
    Participation.objects.filter(event=event).update(country=vanuatu)
    people = Participation.objects.filter(event=event).count()
    ldc = {}
    for day in (datetime.date(2020, 12, 3), datetime.date(2020, 12, 4)):
        Event.objects.filter(pk=event.pk).update(start_date=day, end_date=day)
        statistics.run_build(full=True, trigger="test")
        answer = beneficiary_counts(
            {"country": "VUT", "year": "2020", "country_group": "ldc"}, see_small_cells=True
        )
        ldc[day.day] = answer.total
    assert ldc[3] - ldc[4] == people > 0


def test_builds_record_what_they_did():
    build = statistics.run_build(full=True, trigger="test")
    assert build.status == BuildStatus.SUCCEEDED
    assert build.rows_written == sum(t.objects.count() for t in TABLES)
    assert build.finished_at >= build.started_at and build.duration_seconds > 0


def test_the_statistics_sql_runs_inside_the_database():
    """No Python loop over records: a build issues a bounded number of statements."""
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        statistics.run_build(full=True, trigger="test")
    assert len(queries) < 60


def test_a_build_left_running_by_a_dead_worker_is_marked_interrupted():
    from django.utils import timezone

    orphan = StatisticsBuild.objects.create(trigger="nightly", full=True, started_at=timezone.now())
    statistics.run_build(full=True, trigger="test")
    orphan.refresh_from_db()
    assert orphan.status == BuildStatus.FAILED
    assert "interrupted" in orphan.error
