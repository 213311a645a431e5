"""Small cells stay hidden on every public surface, whatever the filters: random filter and
grouping combinations, asked through the API (as an API client) and through the dashboards'
chart CSVs and the aggregate export (as the public), never show a value from 1 to k-1, and the
shown cells never let one be worked out by subtracting them from a shown total."""

import csv
import io

import pytest
from django.conf import settings
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from accounts.services import create_api_client

pytestmark = pytest.mark.django_db

K = settings.SMALL_CELL_THRESHOLD
EXAMPLES = hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# Filters that narrow the data to small groups: small countries, rare profiles, single years.
FILTERS = st.fixed_dictionaries(
    {},
    optional={
        "year": st.sampled_from(["2016", "2018", "2019", "2020", "2021"]),
        "country": st.sampled_from(["TUV", "NRU", "MHL", "VUT", "KEN", "COL", "FRA", "BTN"]),
        "region": st.sampled_from(["africa", "asia-pacific", "europe", "middle-east"]),
        "country_group": st.sampled_from(["ldc", "sids", "lldc"]),
        "gender": st.sampled_from(["female", "male", "other"]),
        "age_group": st.sampled_from(["under-25", "55-plus", "not-stated"]),
        "disability": st.sampled_from(["true", "false"]),
        "sector": st.sampled_from(
            ["academia", "military-police", "ngo", "international-organization"]
        ),
        "programme": st.sampled_from(["un-cc-learn", "road-safety", "unosat-rapid-mapping"]),
        "delivery": st.sampled_from(["online", "face-to-face"]),
    },
)
# The dashboards' own filters (issue 5): a chart's table takes these only.
DASHBOARD_FILTERS = st.fixed_dictionaries(
    {},
    optional={
        "year": st.sampled_from(["2016", "2018", "2019", "2020", "2021"]),
        "region": st.sampled_from(["africa", "asia-pacific", "europe", "middle-east"]),
        "country_group": st.sampled_from(["ldc", "sids", "lldc"]),
        "gender": st.sampled_from(["female", "male", "other"]),
        "delivery": st.sampled_from(["online", "face-to-face"]),
    },
)
MEASURES = ["beneficiaries", "certificates"]
DIMENSIONS = ["year", "gender", "age_group", "disability", "sector", "country", "programme",
              "delivery", "region"]  # fmt: skip
GROUP_BY = st.lists(
    st.sampled_from(DIMENSIONS),
    min_size=1,
    max_size=2,
    unique=True,
).map(",".join)


def assert_nothing_small_can_be_seen(values: list[int | None], total: int | None) -> None:
    shown = [v for v in values if v is not None]
    assert not [v for v in shown if 0 < v < K], f"small cells shown: {shown}"
    assert total is None or not 0 < total < K, f"small total shown: {total}"
    hidden = len(values) - len(shown)
    if total is not None and hidden:
        assert hidden >= 2, "one hidden cell is its total minus the others"
        assert total - sum(shown) >= K, "the hidden cells add up to a small number"


@pytest.fixture
def api_client():
    return Client(headers={"Authorization": f"Token {create_api_client('privacy-probe')}"})


@EXAMPLES
@given(
    filters=FILTERS, group_by=GROUP_BY, measure=st.sampled_from(["beneficiaries", "certificates"])
)
def test_the_api_never_shows_a_small_cell_nor_lets_one_be_subtracted(
    api_client, filters, group_by, measure
):
    response = api_client.get(f"/api/v1/{measure}/counts/", {**filters, "group_by": group_by})
    assert response.status_code == 200, response.content
    answer = response.json()
    assert_nothing_small_can_be_seen([row[measure] for row in answer["results"]], answer["total"])


@EXAMPLES
@given(filters=FILTERS, group_by=GROUP_BY)
def test_the_public_export_never_shows_a_small_cell(client, filters, group_by):
    response = client.get("/exports/beneficiaries.csv", {**filters, "group_by": group_by})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = [line for line in body.splitlines() if line and not line.startswith("#")]
    table = list(csv.DictReader(io.StringIO("\n".join(rows))))
    values = [int(r["beneficiaries"]) if r["beneficiaries"] else None for r in table]
    assert_nothing_small_can_be_seen(values, None)


@EXAMPLES
@given(
    filters=DASHBOARD_FILTERS,
    slug=st.sampled_from(["learners-by-gender", "beneficiaries-by-pillar", "learners-by-sector"]),
)
def test_the_dashboards_chart_tables_never_show_a_small_cell(client, filters, slug):
    response = client.get(f"/charts/{slug}.csv", filters)
    assert response.status_code == 200, response.content
    body = response.content.decode("utf-8-sig")
    numbers = [
        int(cell)
        for line in body.splitlines()
        if line and not line.startswith("#")
        for cell in line.split(",")[1:]
        if cell.isdigit()
    ]
    assert not [n for n in numbers if 0 < n < K]
