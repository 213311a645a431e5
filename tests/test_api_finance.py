"""API v1 finance: income, budgets and position as DESIGN.md gives them, amounts exact."""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

from finance.models import Contribution, Fund
from finance.selectors import contributions_by

pytestmark = pytest.mark.django_db


@pytest.fixture
def api() -> APIClient:
    out = io.StringIO()
    call_command("create_api_client", "finance-partner", stdout=out)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().split()[-1]}")
    return client


def test_income_carries_the_published_bienniums_with_their_source(api):
    body = api.get("/api/v1/finance/income/", {"group_by": "biennium"}).json()
    published = {p["period"]: p for p in body["published_income"]}
    assert published["2016-2017"]["amount_usd"] == "51600000.00"
    assert published["2018-2019"]["amount_usd"] == "64500000.00"
    assert published["2018-2019"]["source"] == "E/2021/49 para 64"
    growth = Decimal(published["2018-2019"]["amount_usd"]) / Decimal(
        published["2016-2017"]["amount_usd"]
    )
    assert round((growth - 1) * 100) == 25  # E/2021/49 para 64: +25%


def test_income_amounts_are_decimal_strings_in_usd(api):
    body = api.get("/api/v1/finance/income/", {"group_by": "year,fund"}).json()
    assert body["currency"] == "USD"
    assert all(isinstance(row["amount_usd"], str) for row in body["results"])
    assert all(Decimal(row["amount_usd"]).as_tuple().exponent == -2 for row in body["results"])


@pytest.mark.parametrize(
    "group_by", ["year", "biennium", "donor", "fund", "year,fund", "donor,year"]
)
def test_income_rows_add_up_to_the_total_and_to_every_contribution(api, group_by):
    body = api.get("/api/v1/finance/income/", {"group_by": group_by}).json()
    rows_sum = sum(Decimal(row["amount_usd"]) for row in body["results"])
    assert rows_sum == Decimal(body["total"])
    everything = sum(Contribution.objects.values_list("amount_usd", flat=True), Decimal(0))
    assert Decimal(body["total"]) == everything


def test_income_filters_narrow_to_the_same_sum_as_the_selector(api):
    body = api.get(
        "/api/v1/finance/income/", {"year": "2019", "fund": Fund.STRATEGIC_FRAMEWORK}
    ).json()
    expected = contributions_by(year=2019, fund=Fund.STRATEGIC_FRAMEWORK, group_by=[])
    assert Decimal(body["total"]) == expected[0]["amount_usd"] > 0
    assert [p["period"] for p in body["published_income"]] == ["2018-2019"]


def test_top_ten_donors_give_77_6_percent_of_2019_contributions(api):
    body = api.get("/api/v1/finance/income/", {"year": "2019", "group_by": "donor"}).json()
    amounts = sorted((Decimal(r["amount_usd"]) for r in body["results"]), reverse=True)
    share = sum(amounts[:10]) * 100 / sum(amounts)
    assert round(share, 1) == Decimal("77.6")  # E/2021/49 para 65


def test_illustrative_donor_amounts_are_marked_illustrative(api):
    body = api.get("/api/v1/finance/income/", {"group_by": "donor"}).json()
    flags = {row["donor"]: row["illustrative"] for row in body["results"]}
    assert flags["illustrative-donor-a"] is True
    assert all(flags.values())  # no donor amount in the bundled data is published


def test_budgets_give_the_revised_2020_2021_budget_and_its_growth(api):
    rows = api.get("/api/v1/finance/budgets/").json()
    by_biennium = {row["biennium"]: row for row in rows}
    revised = by_biennium["2020-2021"]
    assert revised == {
        "biennium": "2020-2021",
        "amount_usd": "68100000.00",
        "revised": True,
        "approved_on": "2020-11-01",
        "approved_by": "Board of Trustees, sixty-first session",
        "source": "E/2021/49 para 67",
    }
    growth = Decimal(revised["amount_usd"]) / Decimal(by_biennium["2018-2019"]["amount_usd"])
    assert round((growth - 1) * 100, 1) == Decimal("22.5")
    only = api.get("/api/v1/finance/budgets/", {"biennium": "2018-2019"}).json()
    assert [row["biennium"] for row in only] == ["2018-2019"]


def test_position_gives_the_2019_surplus_figures(api):
    rows = api.get("/api/v1/finance/position/", {"year": "2019"}).json()
    assert rows == [
        {
            "year": 2019,
            "accumulated_surplus_usd": "32000000.00",
            "surplus_usd": "16000000.00",
            "actuarial_change_usd": "7500000.00",
            "source": "E/2021/49 para 66",
        }
    ]


@pytest.mark.parametrize(
    ("url", "params", "parameter"),
    [
        ("/api/v1/finance/income/", {"year": "10" * 6}, "year"),
        ("/api/v1/finance/income/", {"biennium": "2019-2020"}, "biennium"),
        ("/api/v1/finance/income/", {"biennium": "2018-2019\x00"}, "biennium"),
        ("/api/v1/finance/income/", {"donor": "nobody"}, "donor"),
        ("/api/v1/finance/income/", {"fund": "petty-cash"}, "fund"),
        ("/api/v1/finance/income/", {"group_by": "pillar"}, "group_by"),
        ("/api/v1/finance/income/", {"group_by": "year,year"}, "group_by"),
        ("/api/v1/finance/budgets/", {"year": "2020"}, "year"),
        ("/api/v1/finance/position/", {"year": "twenty"}, "year"),
    ],
)
def test_bad_finance_parameters_answer_400_naming_the_parameter(api, url, params, parameter):
    response = api.get(url, params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize(
    ("language", "url", "params", "detail"),
    [
        ("fr", "/api/v1/finance/income/", {"fund": "petty-cash"}, "fonds inconnu"),
        ("ru", "/api/v1/finance/budgets/", {"biennium": "2019"}, "должен иметь вид 2018-2019"),
        ("fr", "/api/v1/finance/sff/", {"year_from": "2021", "year_to": "2019"}, "ne doit pas"),
    ],
)
def test_finance_api_errors_are_in_the_requests_language(api, language, url, params, detail):
    response = api.get(url, params, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 400
    assert response.json()["detail"].startswith(detail)


def test_income_without_group_by_is_one_row_equal_to_the_total(api):
    body = api.get("/api/v1/finance/income/", {"year": "2019"}).json()
    assert len(body["results"]) == 1
    assert body["results"][0]["amount_usd"] == body["total"]
    assert set(body["results"][0]) == {"amount_usd", "illustrative"}


def test_sff_gives_50_projects_since_2019_split_by_pillar(api):
    body = api.get("/api/v1/finance/sff/", {"year_from": "2019"}).json()
    assert body["projects"] == 50  # E/2021/49 para 67
    assert body["source"] == "E/2021/49 para 67"
    assert sum(row["projects"] for row in body["results"]) >= 50  # a project may serve two
    assert all(row["illustrative"] for row in body["results"])
    refused = api.get("/api/v1/finance/sff/", {"year_from": "2021", "year_to": "2019"})
    assert refused.status_code == 400 and refused.json()["parameter"] == "year_from"


def test_audits_give_unqualified_opinions_for_2018_and_2019(api):
    rows = api.get("/api/v1/finance/audits/").json()
    assert [(r["year"], r["opinion"], r["source"]) for r in rows] == [
        (2018, "unqualified", "E/2021/49 para 68"),
        (2019, "unqualified", "E/2021/49 para 68"),
    ]
    assert api.get("/api/v1/finance/audits/", {"year": "2019"}).json()[0]["year"] == 2019
