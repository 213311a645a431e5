"""Small-cell protection: no value from 1 to k-1 shows, directly or by subtraction."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.selectors import beneficiary_counts, suppress

K = 5


@given(st.lists(st.integers(min_value=0, max_value=40), max_size=12))
def test_suppression_never_shows_a_small_value_nor_lets_one_be_subtracted(values):
    total = sum(values)
    hidden, total_hidden = suppress(values, total, K)
    shown = [v for v, h in zip(values, hidden, strict=True) if not h]
    assert not any(0 < v < K for v in shown)
    if total_hidden:
        assert 0 < total < K or all(h or v == 0 for v, h in zip(values, hidden, strict=True))
        return
    hidden_values = [v for v, h in zip(values, hidden, strict=True) if h]
    # total minus what is shown is the sum of the hidden cells: it must not pin one down.
    assert not hidden_values or (len(hidden_values) >= 2 and sum(hidden_values) >= K)


def test_zero_stays_zero_and_visible():
    hidden, total_hidden = suppress([0, 12, 30], 42, K)
    assert hidden == [False, False, False] and not total_hidden


def test_a_small_total_is_hidden_with_all_its_cells():
    hidden, total_hidden = suppress([1, 2, 0], 3, K)
    assert total_hidden and hidden == [True, True, False]


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(["KEN", "VUT", "TUV", "COL", "NRU", "MHL", "FRA"]),
    st.sampled_from(["2016", "2019", "2020", "2021"]),
    st.sampled_from(["gender", "sector", "age_group", "programme", "delivery,gender"]),
)
def test_public_answers_never_show_a_small_cell(country, year, group_by):
    answer = beneficiary_counts({"country": country, "year": year, "group_by": group_by})
    values = [r["beneficiaries"] for r in answer.rows if r["beneficiaries"] is not None]
    assert not any(0 < v < K for v in values)
    assert answer.total is None or not 0 < answer.total < K
    hidden = [r for r in answer.rows if r["suppressed"]]
    if answer.total is not None and hidden:
        assert answer.total - sum(values) >= K and len(hidden) >= 2


@pytest.mark.django_db
def test_analysts_see_small_cells():
    answer = beneficiary_counts({"country": "TUV", "group_by": "year"}, see_small_cells=True)
    assert not any(r["suppressed"] for r in answer.rows)
