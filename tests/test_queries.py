"""The query layer refuses anything outside its allowlists, naming the parameter."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.queries import BENEFICIARY_DIMENSIONS, BENEFICIARY_FILTERS, QueryError, parse

pytestmark = pytest.mark.django_db


def _parse(params):
    return parse(params, BENEFICIARY_FILTERS, BENEFICIARY_DIMENSIONS)


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"year": "1000000000000"}, "year"),
        ({"year": "20\x0020"}, "year"),
        ({"year": "1900"}, "year"),
        ({"pillar": "war"}, "pillar"),
        ({"gender": "female\x00"}, "gender"),
        ({"country": "XXX"}, "country"),
        ({"country": "ke"}, "country"),
        ({"disability": "maybe"}, "disability"),
        ({"group_by": "year,colour"}, "group_by"),
        ({"group_by": "year,year"}, "group_by"),
        ({"colour": "blue"}, "colour"),
        ({"year": "2020", "year_from": "2019"}, "year"),
        ({"year_from": "2021", "year_to": "2019"}, "year_from"),
        ({"sector": ""}, "sector"),
    ],
)
def test_bad_parameters_are_refused_by_name(params, parameter):
    with pytest.raises(QueryError) as refused:
        _parse(params)
    assert refused.value.parameter == parameter


def test_good_parameters_are_normalised():
    query = _parse({"year": "2020", "country": "ken", "group_by": "gender, region"})
    assert query.filters == {"year": (2020,), "country": ("KEN",)}
    assert query.group_by == ("gender", "region")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.dictionaries(
        st.sampled_from([*BENEFICIARY_FILTERS, "group_by", "x"]), st.text(max_size=30), max_size=4
    )
)
def test_any_input_is_either_accepted_or_refused_cleanly(params):
    try:
        _parse(params)
    except QueryError as error:
        assert error.parameter


def test_changing_an_answer_does_not_change_the_next_one():
    from reports.selectors import beneficiary_counts

    first = beneficiary_counts({"year": "2020", "group_by": "gender"})
    first.rows[0]["beneficiaries"] = -1
    again = beneficiary_counts({"year": "2020", "group_by": "gender"})
    assert again.rows[0]["beneficiaries"] != -1


def test_a_new_build_is_answered_at_once_in_the_process_that_built_it():
    from beneficiaries.models import Country, Participation
    from programmes.models import Event
    from reports.selectors import beneficiary_counts
    from reports.services.statistics import run_build

    before = beneficiary_counts({"year": "2020"}).total
    event = Event.objects.filter(start_date__year=2020).first()
    Participation.objects.bulk_create(
        Participation(
            event=event,
            person_key=f"cache-{i}",
            gender="female",
            country=Country.objects.get(iso3="KEN"),
            sector="ngo",
        )
        for i in range(7)
    )
    run_build(full=True, trigger="test")
    assert beneficiary_counts({"year": "2020"}).total == before + 7
