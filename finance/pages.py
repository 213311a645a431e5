"""What the finance pages show: the public summary and a donor's own page, assembled from reads.

Views call these and render; every number comes from finance/selectors.py, and head counts from
the one query layer, reports/selectors.py.
"""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from finance import charts, selectors
from finance.models import Donor, Fund
from finance.published import FINANCE_FIGURES
from programmes import selectors as catalogue
from reports import selectors as statistics
from reports.dataset.translations import cited, data_text
from reports.queries import QueryError, parse_year
from unitar_site.numbers import millions, percent, usd

CENT = Decimal("0.01")
PARETO_TOP = 10  # E/2021/49 para 65 gives the share of the top 10 donors


@dataclass(frozen=True)
class HeadlineFigure:
    key: str
    label: str
    value: str  # as E/2021/49 writes it, in the page's language: "64.5 million USD", "+25%", "50"
    exact: str  # the stored amount in full, for money
    source: str


def _headline_value(figure: dict, value: Decimal) -> str:
    if figure["unit"] == "usd":
        return millions(round(value, figure["decimals"]))
    if figure["unit"] == "percent":
        change = figure["definition"]["measure"].endswith("growth_percent")
        return percent(value, figure["decimals"], change=change)
    return number_format(value, 0)


def headline_figures() -> list[HeadlineFigure]:
    """Every finance figure of E/2021/49 section IV, computed from the data, with its source."""
    figures = []
    for figure in FINANCE_FIGURES:
        value = selectors.finance_measure(figure["definition"])
        if value is None:
            continue
        figures.append(
            HeadlineFigure(
                key=figure["key"],
                label=data_text(figure["label"]),
                value=_headline_value(figure, value),
                exact=usd(value) if figure["unit"] == "usd" else "",
                source=cited(figure["source_document"], figure["source_locator"]),
            )
        )
    return figures


def contributions_by_year_and_fund(donor: Donor | None = None) -> dict[int, dict[str, Decimal]]:
    """{year: {fund: amount}}, for every donor or one."""
    by_year: dict[int, dict[str, Decimal]] = {}
    for row in selectors.contributions_by(donor=donor, group_by=("year", "fund")):
        by_year.setdefault(row["year"], {})[row["fund"]] = row["amount_usd"]
    return by_year


def pareto_year(params, years: list[int]) -> int:
    """The `year` GET parameter of the donor concentration chart; the last year by default.

    Raises QueryError naming the parameter for anything that is not one of `years`.
    """
    values = params.getlist("year")
    if not values:
        if not years:
            raise QueryError("year", _("there are no contributions yet"))
        return 2019 if 2019 in years else years[-1]  # E/2021/49 para 65 speaks of 2019
    if len(values) > 1:
        raise QueryError("year", _("takes one value"))
    raw = values[0].strip()
    if not (raw.isascii() and raw.isdigit()):  # "²⁰¹⁹" is a digit string int() refuses
        raise QueryError("year", _("must be a four-digit year such as 2019"))
    year = parse_year("year", raw)
    if year not in years:
        raise QueryError(
            "year",
            _("no contributions in %(year)s; choose one of %(years)s")
            % {"year": year, "years": ", ".join(str(y) for y in years)},
        )
    return year


def cost_per_beneficiary() -> list[dict]:
    """Earmarked contributions attributed to pillars (through their agreements' programmes, split
    evenly), divided by the pillar's beneficiaries of the same year. Illustrative."""
    attributed: dict[tuple[str, int], Decimal] = {}
    for row in selectors.programme_contributions():
        key = (row["pillar"], row["year"])
        attributed[key] = attributed.get(key, Decimal(0)) + row["amount_usd"]
    counts = statistics.beneficiary_counts({"group_by": "pillar,year"})
    beneficiaries = {(r["pillar"], r["year"]): r["beneficiaries"] for r in counts.rows}
    order = {slug: i for i, slug in enumerate(p.slug for p in catalogue.pillar_list())}
    rows = []
    for (pillar, year), amount in sorted(attributed.items(), key=lambda i: (order[i[0][0]], i[0])):
        people = beneficiaries.get((pillar, year))
        cost = (amount / people).quantize(CENT) if people else None
        rows.append(
            {
                "pillar": pillar,
                "year": year,
                "amount_usd": amount,
                "beneficiaries": people,
                "cost_usd": cost,
            }
        )
    return rows


def unattributed_earmarked_usd() -> Decimal:
    """Earmarked money whose agreement names no programme: left out of the cost per beneficiary."""
    earmarked = selectors.contributions_by(fund=Fund.EARMARKED, group_by=())[0]["amount_usd"]
    attributed = sum((r["amount_usd"] for r in selectors.programme_contributions()), Decimal(0))
    return earmarked - attributed


def summary(year: int) -> dict:
    """The public finance page for the donor concentration of `year`."""
    pillar_names = {p.slug: p.localized_name() for p in catalogue.pillar_list()}
    donors = selectors.contributions_by_donor(year)
    return {
        "figures": headline_figures(),
        "income_chart": charts.income_by_biennium(list(selectors.income_by_period())),
        "contributions_chart": charts.contributions_by_year_and_fund(
            contributions_by_year_and_fund()
        ),
        "budget_chart": charts.budgets_compared(list(selectors.budgets())),
        "pareto_chart": charts.donor_pareto(year, donors, PARETO_TOP),
        "surplus_chart": charts.surplus_over_time(list(selectors.financial_positions())),
        "sff_chart": charts.sff_by_pillar(selectors.sff_allocations_by_pillar(), pillar_names),
        "cost_chart": charts.cost_per_beneficiary(cost_per_beneficiary(), pillar_names),
        "unattributed_usd": unattributed_earmarked_usd(),
        "audits": list(selectors.audit_opinions()),
    }


def public_chart(slug: str, year: int) -> charts.Chart | None:
    """One chart of the public page by its slug (for its CSV), or None."""
    found = [value for key, value in summary(year).items() if key.endswith("_chart")]
    return next((chart for chart in found if chart.slug == slug), None)


def donor_page(donor: Donor) -> dict:
    """A donor's own page: its contributions, agreements, and what the programmes it funds did."""
    agreements = list(selectors.agreements_of(donor))
    programmes = {p.slug: p for a in agreements for p in a.programmes.all()}
    results, indicators = [], {}
    for slug, programme in sorted(programmes.items()):
        counts = statistics.beneficiary_counts({"programme": slug, "group_by": "year"})
        results += [
            {
                "programme": slug,
                "programme_name": programme.localized_name(),
                "year": row["year"],
                "beneficiaries": row["beneficiaries"],
            }
            for row in counts.rows
        ]
        indicators[programme] = list(catalogue.indicators_for(programme=programme))
    by_year = contributions_by_year_and_fund(donor)
    return {
        "donor": donor,
        "contributions_chart": charts.donor_contributions(by_year),
        "total_usd": sum((sum(f.values(), Decimal(0)) for f in by_year.values()), Decimal(0)),
        "agreements": agreements,
        "results_chart": charts.programme_beneficiaries(results),
        "indicators": indicators,
    }
