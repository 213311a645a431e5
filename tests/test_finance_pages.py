"""The public finance page /finance/: every finance figure of E/2021/49 section IV with its
source, illustrative amounts marked so, the donor concentration's year, and money that adds up."""

import csv
import datetime
import html
import io
import json
import re
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.html import escape
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
from programmes.models import Pillar, Programme
from reports.dataset.translations import data_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client):
    response = client.get("/finance/")
    assert response.status_code == 200
    return response


@pytest.mark.parametrize(
    ("figure", "source"),
    [
        ("51.6 million USD", "E/2021/49, para 64"),
        ("64.5 million USD", "E/2021/49, para 64"),
        ("+25%", "E/2021/49, para 64"),
        ("68.1 million USD", "E/2021/49, para 67"),
        ("+22.5%", "E/2021/49, para 67"),
        ("77.6%", "E/2021/49, para 65"),
        ("23.5 million USD", "E/2021/49, para 66"),
        ("32.0 million USD", "E/2021/49, para 66"),
        ("16.0 million USD", "E/2021/49, para 66"),
        ("7.5 million USD", "E/2021/49, para 66"),
        ("50", "E/2021/49, para 67"),
        ("2", "E/2021/49, para 68"),
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


# The page in the reader's language: words, numbers and the dataset's own text.

CHARTS = (
    "income_chart",
    "contributions_chart",
    "budget_chart",
    "pareto_chart",
    "surplus_chart",
    "sff_chart",
    "cost_chart",
)


@pytest.fixture
def french(client):
    response = client.get("/fr/finance/")
    assert response.status_code == 200
    return response


def _traces(response) -> list[dict]:
    return [trace for key in CHARTS for trace in response.context[key].figure["data"]]


def test_the_french_hovertemplates_write_amounts_in_french(french):
    money = [t["hovertemplate"] for t in _traces(french) if ",.2f}" in t["hovertemplate"]]
    assert money
    assert all("USD" not in template for template in money)
    assert all(" dollars<extra>" in template for template in money)


def test_the_french_donor_concentration_writes_its_percent_sign_the_french_way(french):
    chart = french.context["pareto_chart"].figure
    share = next(t for t in chart["data"] if t.get("yaxis") == "y2")
    assert share["hovertemplate"] == "%{x}: %{y:.1f}\u00a0%<extra>%{fullData.name}</extra>"
    assert chart["layout"]["yaxis2"]["ticksuffix"] == "\u00a0%"


def test_the_french_page_names_the_pillars_in_french(french):
    pillars = [p.localized_name("fr") for p in Pillar.objects.order_by("position")]
    assert "Paix" in pillars
    sff = french.context["sff_chart"]
    assert sff.figure["data"][0]["y"] == pillars
    assert [row[0].value for row in sff.rows] == pillars
    cost = french.context["cost_chart"]
    assert {t["name"] for t in cost.figure["data"]} <= set(pillars)
    assert {row[0].value for row in cost.rows} <= set(pillars)


def test_the_french_page_writes_percentages_the_french_way(french):
    cards = {card.key: card.value for card in french.context["figures"]}
    assert cards["budget-growth-2020-2021"] == "+22,5\u00a0%"
    assert cards["income-growth-2018-2019"] == "+25\u00a0%"
    assert "+22,5\u00a0%" in french.context["budget_chart"].summary
    assert "(+25\u00a0%)" in french.context["income_chart"].summary
    assert "22.5%" not in french.text


def test_the_french_page_shows_the_datasets_text_in_french(french):
    for english in (
        "Illustrative donor A (government)",
        "Total income, 2018-2019 biennium",
        "United Nations Board of Auditors",
    ):
        assert escape(data_text(english, "fr")) in french.text
        assert english not in french.text
    assert "Illustrative donor" not in json.dumps(french.context["pareto_chart"].figure)
    assert "para 6" not in french.text  # every source, "E/2021/49, par. 64"
    sources = {card.key: card.source for card in french.context["figures"]}
    assert sources["income-2018-2019"] == "E/2021/49, par. 64"


def test_a_french_chart_table_as_csv_has_french_names_and_sources(client):
    rows = list(csv.reader(io.StringIO(client.get("/fr/finance/charts/sff-by-pillar.csv").text)))
    assert [row[0] for row in rows[1:]] == [
        p.localized_name("fr") for p in Pillar.objects.order_by("position")
    ]
    income = client.get("/fr/finance/charts/income-by-biennium.csv").text
    assert "E/2021/49, par. 64" in income


# From here on the tests need the catalogues to translate the finance labels (funds, budget
# kinds, audit opinions, the USD axis title): they fail until the catalogues do.


def test_the_french_page_names_the_funds_in_french(french):
    names = {t["name"] for t in french.context["contributions_chart"].figure["data"]}
    for fund in Fund:
        with translation.override("en"):
            english = str(fund.label)
        assert english not in names
        assert english not in french.text


def test_the_french_page_labels_budgets_audits_and_axes_in_french(french):
    for english in ("(derived)", "(revised)", "Unqualified"):
        assert english not in french.text
    titles = [
        french.context[key].figure["layout"]["yaxis"]["title"]["text"]
        for key in ("income_chart", "contributions_chart", "budget_chart", "surplus_chart")
    ]
    titles.append(french.context["sff_chart"].figure["layout"]["xaxis"]["title"]["text"])
    assert "USD" not in titles


LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*")
# What stays in Latin letters in Russian, Arabic and Chinese: document symbols and a section's
# number, names of formats and of languages, the illustrative donors' letters, and the proper
# names the translations keep (Sida, Defeat-NCD).
LATIN_ALLOWED = {"E", "IV", "CSV", "IATI", "English", "français", "español", "Sida", "Defeat-NCD"}
LATIN_ALLOWED |= set("ABCDEFGHIJKLMNOPQRSTUVW")


def _visible_words(response) -> set[str]:
    """Latin words of the page's visible text and of its charts' words (plotly's tokens and the
    figures' settings left out)."""
    text = re.sub(r"<script[^>]*>.*?</script>|<[^>]+>", " ", response.text, flags=re.S)
    words = set(LATIN_WORD.findall(html.unescape(text)))
    for key in CHARTS:
        figure = response.context[key].figure
        strings = [
            axis.get("title", {}).get("text", "")
            for name, axis in figure["layout"].items()
            if name.startswith(("xaxis", "yaxis"))
        ]
        for trace in figure["data"]:
            strings += [
                trace.get("name", ""),
                re.sub(r"%\{[^}]*\}|</?extra>", " ", trace["hovertemplate"]),
            ]
            strings += [
                v
                for axis in ("x", "y", "text")
                for v in trace.get(axis) or []
                if isinstance(v, str)
            ]
        words |= {w for s in strings for w in LATIN_WORD.findall(s.replace("<br>", " "))}
    return words


@pytest.mark.parametrize("language", ["ru", "ar", "zh-hans"])
def test_the_page_in_a_language_of_another_script_has_no_english_left(client, language):
    response = client.get(f"/{language}/finance/")
    assert _visible_words(response) - LATIN_ALLOWED == set()
