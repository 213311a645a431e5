"""The public finance page /finance/: every finance figure of E/2021/49 section IV with its
source, illustrative amounts marked so, the donor concentration's year, and money that adds up."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finance import pages, selectors
from finance.charts import MoneyCell
from finance.models import (
    Agreement,
    Contribution,
    Donor,
    Fund,
    StrategicFrameworkFundAllocation,
)
from programmes.models import Programme

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client):
    response = client.get("/finance/")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        ("51.6 million USD", "E/2021/49 para 64"),
        ("64.5 million USD", "E/2021/49 para 64"),
        ("+25%", "E/2021/49 para 64"),
        ("68.1 million USD", "E/2021/49 para 67"),
        ("+22.5%", "E/2021/49 para 67"),
        ("77.6%", "E/2021/49 para 65"),
        ("23.5 million USD", "E/2021/49 para 66"),
        ("32.0 million USD", "E/2021/49 para 66"),
        ("16.0 million USD", "E/2021/49 para 66"),
        ("7.5 million USD", "E/2021/49 para 66"),
        ("50", "E/2021/49 para 67"),
        ("2", "E/2021/49 para 68"),
    ],
)
def test_the_page_shows_each_published_finance_figure_with_its_source(page, figure, source):
    cards = {card.value: card.source for card in page.context["figures"]}
    assert cards[figure] == source
    assert figure in page.text
    assert f"Source: {source}" in page.text


def test_the_page_shows_every_finance_figure_of_the_report(page):
    assert len(page.context["figures"]) == 12


def test_the_page_shows_the_unqualified_audit_opinions_with_their_source(page):
    text = page.text
    for year in ("2018", "2019"):
        assert f'<th scope="row">{year}</th><td>Unqualified</td>' in text
    assert "United Nations Board of Auditors" in text


def test_the_page_says_the_2018_2019_budget_is_derived(page):
    assert "derived, not published" in page.text
    assert "Derived, not published: E/2021/49 para 67" in page.text


def test_illustrative_donors_and_amounts_are_marked_illustrative(page):
    assert "<strong>illustrative</strong>" in page.text
    assert "Donor concentration, 2019 (illustrative donors)" in page.text
    assert "Illustrative donor A" in page.text
    assert "Contributions by year and fund (illustrative)" in page.text


def test_the_cost_per_beneficiary_is_labelled_illustrative_and_its_method_explained(page):
    assert "Earmarked contributions per beneficiary, by pillar (illustrative)" in page.text
    assert "split evenly, to the cent" in page.text


def test_amounts_are_shown_in_usd_with_thousands_separators(page):
    assert "64,500,000.00 USD" in page.text
    assert "68,100,000.00" in page.text


def test_the_page_loads_plotly_and_the_chart_script_from_our_static_files(page):
    assert "vendor/plotly/plotly-strict.min.js" in page.text
    assert "js/charts.js" in page.text
    assert "<script>" not in page.text  # the CSP forbids inline scripts
    assert ' style="' not in page.text


def test_the_donor_concentration_follows_the_year_parameter(client):
    response = client.get("/finance/", {"year": "2017"})
    assert response.status_code == 200
    chart = response.context["pareto_chart"]
    assert chart.title.startswith("Donor concentration, 2017")
    total = sum(row[1].value for row in chart.rows)
    assert total == selectors.contributions_by(year=2017, group_by=())[0]["amount_usd"]


@pytest.mark.parametrize("year", ["1999", "20x9", "2019.0", "", "²⁰¹⁹", "9" * 30, "2019\x00"])
def test_a_bad_year_answers_400_with_a_clear_message(client, year):
    response = client.get("/finance/", {"year": year})
    assert response.status_code == 400
    assert "The parameter “year” cannot be used" in response.text


def test_two_years_answer_400(client):
    assert client.get("/finance/?year=2018&year=2019").status_code == 400


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.one_of(st.text(max_size=12), st.integers(-10, 3000).map(str)))
def test_no_year_parameter_makes_a_server_error(client, year):
    response = client.get("/finance/", {"year": year})
    valid = year.strip() in {str(y) for y in selectors.contribution_years()}
    assert response.status_code == (200 if valid and year.strip().isascii() else 400)


def test_a_chart_table_downloads_as_csv_with_exact_amounts(client):
    response = client.get("/finance/charts/income-by-biennium.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["Biennium", "Total income (USD)", "Source"]
    assert ["2018-2019", "64500000.00", "E/2021/49 para 64"] in rows


def test_an_unknown_chart_csv_is_404(client):
    assert client.get("/finance/charts/nothing.csv").status_code == 404


# Money is exact: every breakdown sums to its total, as Decimal.


def _money(cell) -> Decimal:
    assert isinstance(cell, MoneyCell) and isinstance(cell.value, Decimal)
    return cell.value


def test_contributions_by_fund_add_up_to_each_years_contributions(page):
    chart = page.context["contributions_chart"]
    per_year = {
        row["year"]: row["amount_usd"] for row in selectors.contributions_by(group_by=("year",))
    }
    assert len(chart.rows) == len(per_year) == 6
    for year, *funds, total in chart.rows:
        assert sum((_money(cell) for cell in funds), Decimal(0)) == _money(total)
        assert _money(total) == per_year[int(year.value)]


@pytest.mark.parametrize("year", [2016, 2019, 2021])
def test_the_pareto_bars_add_up_to_the_years_contributions(client, year):
    chart = client.get("/finance/", {"year": year}).context["pareto_chart"]
    bars = [_money(row[1]) for row in chart.rows]
    stored = Contribution.objects.filter(year=year).values_list("amount_usd", flat=True)
    assert sum(bars, Decimal(0)) == sum(stored, Decimal(0))
    assert bars == sorted(bars, reverse=True)
    assert chart.rows[-1][3].value == 100


def test_the_top_ten_of_the_2019_pareto_give_77_6_percent(page):
    chart = page.context["pareto_chart"]
    assert round(chart.rows[9][3].value, 1) == Decimal("77.6")  # E/2021/49 para 65


def test_sff_allocations_by_pillar_add_up_to_the_fund_total_and_its_50_projects(page):
    rows = page.context["sff_chart"].rows
    stored = StrategicFrameworkFundAllocation.objects.values_list("amount_usd", flat=True)
    assert sum((_money(row[2]) for row in rows), Decimal(0)) == sum(stored, Decimal(0))
    assert sum(row[1].value for row in rows) == 50  # E/2021/49 para 67


def test_the_surplus_bridge_closes_from_2018_to_2019(page):
    rows = {row[0].value: row for row in page.context["surplus_chart"].rows}
    before, after = rows["2018"], rows["2019"]
    assert _money(before[1]) + _money(after[2]) - _money(after[3]) == _money(after[1])


def test_attributed_contributions_add_up_to_the_earmarked_contributions():
    attributed = sum((row["amount_usd"] for row in pages.cost_per_beneficiary()), Decimal(0))
    earmarked = Contribution.objects.filter(fund=Fund.EARMARKED).values_list(
        "amount_usd", flat=True
    )
    assert attributed + pages.unattributed_earmarked_usd() == sum(earmarked, Decimal(0))
    assert pages.unattributed_earmarked_usd() == 0  # every earmarked agreement names a programme


def test_cost_per_beneficiary_is_the_attributed_amount_over_the_pillars_beneficiaries():
    rows = pages.cost_per_beneficiary()
    assert rows
    for row in rows:
        assert isinstance(row["cost_usd"], Decimal)
        assert (
            abs(row["cost_usd"] * row["beneficiaries"] - row["amount_usd"])
            <= Decimal("0.005") * row["beneficiaries"]
        )


def test_an_agreement_funding_three_programmes_splits_its_money_evenly_to_the_cent():
    donor = Donor.objects.get(slug="illustrative-donor-s")
    agreement = Agreement.objects.create(
        donor=donor,
        reference="AGR-TEST-SPLIT",
        title="Three programmes",
        fund=Fund.EARMARKED,
        signed_on=datetime.date(2021, 1, 1),
        start_year=2021,
        end_year=2021,
        amount_usd=Decimal("100.00"),
        illustrative=True,
    )
    programmes = list(Programme.objects.order_by("slug")[:3])
    agreement.programmes.set(programmes)
    Contribution.objects.create(
        donor=donor,
        agreement=agreement,
        year=2021,
        fund=Fund.EARMARKED,
        amount_usd=Decimal("100.00"),
    )
    shares = [
        row["amount_usd"]
        for row in selectors.programme_contributions(donor)
        if row["year"] == 2021 and row["programme"] in {p.slug for p in programmes}
    ]
    assert sorted(shares) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
