"""Plotly figure builders for the finance pages: one function per chart, returning a Chart.

Each builder takes rows read by finance/pages.py and returns a reports.charts.Chart: the figure as
a plotly.js JSON dict (drawn by static/js/charts.js), a text summary, the same numbers as table
rows and, for public charts, the URL of that table as CSV. Money stays Decimal in the tables and
the CSV; only the figure's coordinates are floats, since plotly.js draws floats.
"""

from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlencode

import plotly.graph_objects as go
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from finance.models import BudgetKind, Fund
from reports.charts import UN_BLUE, UN_BLUE_DARK, Cell, Chart, figure_json
from reports.dataset.translations import data_text
from unitar_site.numbers import millions, percent, usd, with_percent_sign

FUND_COLOURS = {
    Fund.GENERAL: UN_BLUE_DARK,
    Fund.STRATEGIC_FRAMEWORK: "#7fcdee",
    Fund.EARMARKED: UN_BLUE,
}
PILLAR_COLOURS = ("#009edb", "#0a5c85", "#7fcdee", "#4d7a91", "#1d2a33")


@dataclass
class MoneyCell(Cell):
    """An amount in US dollars: a Decimal, shown with thousands separators and cents."""

    @property
    def numeric(self) -> bool:
        return self.value is not None


def money_hover(label: str = "%{x}", amount: str = "%{y:,.2f}", extra: str = "") -> str:
    """A plotly hovertemplate such as "2019: 1,234.00 USD", in the request's language (so built
    per chart, never at import); `extra` is the box beside it, such as the trace's name."""
    money = _("%(amount)s USD") % {"amount": amount}
    return f"{label}: {money}<extra>{extra}</extra>"


def _usd_axis() -> dict:
    return {"title": {"text": _("USD")}}


def _csv_url(slug: str, **params) -> str:
    url = reverse("finance-chart-csv", args=[slug])
    return f"{url}?{urlencode(params)}" if params else url


def _floats(values: list[Decimal | None]) -> list[float | None]:
    return [None if v is None else float(v) for v in values]


def _percent(part: Decimal, whole: Decimal) -> Decimal | None:
    return part * 100 / whole if whole else None


def income_by_biennium(periods: list) -> Chart:
    """Total income per biennium as published (E/2021/49 para 64)."""
    labels = [f"{p.start_year}-{p.end_year}" for p in periods]
    amounts = [p.amount_usd for p in periods]
    trace = go.Bar(
        x=labels,
        y=_floats(amounts),
        name=_("Total income"),
        marker_color=UN_BLUE,
        text=[millions(a) for a in amounts],
        textposition="auto",
        hovertemplate=money_hover(extra="%{fullData.name}"),
    )
    summary = ""
    if len(periods) >= 2:
        growth = _percent(amounts[-1] - amounts[-2], amounts[-2])
        summary = _(
            "Total income rose from %(before)s in %(first)s to %(after)s in %(last)s (%(growth)s)."
        ) % {
            "before": millions(amounts[-2]),
            "first": labels[-2],
            "after": millions(amounts[-1]),
            "last": labels[-1],
            "growth": percent(growth, 0, change=True),
        }
    return Chart(
        slug="income-by-biennium",
        title=_("Total income by biennium"),
        figure=figure_json([trace], xaxis={"type": "category"}, yaxis=_usd_axis()),
        summary=summary,
        columns=[_("Biennium"), _("Total income (USD)"), _("Source")],
        rows=[
            [Cell(label), MoneyCell(p.amount_usd), Cell(data_text(p.source))]
            for label, p in zip(labels, periods, strict=True)
        ],
        csv_url=_csv_url("income-by-biennium"),
    )


def contributions_by_year_and_fund(by_year: dict[int, dict[str, Decimal]]) -> Chart:
    """Contributions per year, stacked by fund; the table adds each year's total."""
    years = sorted(by_year)
    traces = [
        go.Bar(
            x=[str(y) for y in years],
            y=_floats([by_year[y].get(fund, Decimal(0)) for y in years]),
            name=str(Fund(fund).label),
            marker_color=FUND_COLOURS[fund],
            hovertemplate=money_hover(extra="%{fullData.name}"),
        )
        for fund in Fund.values
    ]
    rows = []
    for year in years:
        parts = [by_year[year].get(fund, Decimal("0.00")) for fund in Fund.values]
        rows.append(
            [Cell(str(year)), *(MoneyCell(p) for p in parts), MoneyCell(sum(parts, Decimal(0)))]
        )
    summary = ""
    if years:
        first, last = (sum(by_year[y].values(), Decimal(0)) for y in (years[0], years[-1]))
        summary = _(
            "Contributions of %(first)s: %(before)s; of %(last)s: %(after)s. Illustrative: the "
            "sources publish no contributions by year or fund."
        ) % {"first": years[0], "before": usd(first), "last": years[-1], "after": usd(last)}
    return Chart(
        slug="contributions-by-year-and-fund",
        title=_("Contributions by year and fund (illustrative)"),
        figure=figure_json(
            traces,
            barmode="stack",
            margin={"t": 40},
            xaxis={"type": "category"},
            yaxis=_usd_axis(),
        ),
        summary=summary,
        columns=[_("Year"), *(str(Fund(f).label) for f in Fund.values), _("Total")],
        rows=rows,
        csv_url=_csv_url("contributions-by-year-and-fund"),
    )


def _budget_label(budget) -> str:
    """ "2020-2021 (revised)"; a budget the sources imply but do not publish is "derived"."""
    biennium = {"biennium": f"{budget.start_year}-{budget.end_year}"}
    if budget.source.startswith("Derived"):
        return _("%(biennium)s (derived)") % biennium
    if budget.kind == BudgetKind.REVISED:
        return _("%(biennium)s (revised)") % biennium
    return _("%(biennium)s (approved)") % biennium


def budgets_compared(budgets: list) -> Chart:
    """The revised 2020-2021 programme budget against the 2018-2019 one (E/2021/49 para 67)."""
    labels = [_budget_label(b) for b in budgets]
    amounts = [b.amount_usd for b in budgets]
    trace = go.Bar(
        x=labels,
        y=_floats(amounts),
        name=_("Programme budget"),
        marker_color=[UN_BLUE_DARK if b.kind == "revised" else UN_BLUE for b in budgets],
        text=[millions(a) for a in amounts],
        textposition="auto",
        hovertemplate=money_hover(extra="%{fullData.name}"),
    )
    summary = ""
    if len(budgets) >= 2:
        growth = _percent(amounts[-1] - amounts[-2], amounts[-2])
        summary = _("%(last)s: %(after)s, %(growth)s over %(first)s (%(before)s).") % {
            "last": labels[-1],
            "after": millions(amounts[-1]),
            "growth": percent(growth, 1, change=True),
            "first": labels[-2],
            "before": millions(amounts[-2]),
        }
    return Chart(
        slug="budgets",
        title=_("Programme budgets by biennium"),
        figure=figure_json([trace], xaxis={"type": "category"}, yaxis=_usd_axis()),
        summary=summary,
        columns=[_("Biennium"), _("Programme budget (USD)"), _("Source")],
        rows=[
            [Cell(label), MoneyCell(b.amount_usd), Cell(data_text(b.source))]
            for label, b in zip(labels, budgets, strict=True)
        ],
        csv_url=_csv_url("budgets"),
    )


def donor_pareto(year: int, donors: list[dict], top: int = 10) -> Chart:
    """Donors of a year as bars, largest first, with the cumulative share as a line."""
    total = sum((d["amount_usd"] for d in donors), Decimal(0))
    running, cumulative = Decimal(0), []
    for donor in donors:
        running += donor["amount_usd"]
        cumulative.append(_percent(running, total))
    names = [data_text(d["donor_name"]) for d in donors]
    share_hover = with_percent_sign("%{y:.1f}")  # plotly's number, the locale's percent sign
    traces = [
        go.Bar(
            x=names,
            y=_floats([d["amount_usd"] for d in donors]),
            name=_("Contribution"),
            marker_color=[UN_BLUE_DARK if i < top else UN_BLUE for i in range(len(donors))],
            hovertemplate=money_hover(),
        ),
        go.Scatter(
            x=names,
            y=_floats(cumulative),
            name=_("Cumulative share"),
            yaxis="y2",
            mode="lines+markers",
            line={"color": "#1d2a33", "width": 2},
            hovertemplate=f"%{{x}}: {share_hover}<extra>%{{fullData.name}}</extra>",
        ),
    ]
    share = cumulative[min(top, len(donors)) - 1] if donors else None
    summary = (
        _(
            "In %(year)s the %(top)d largest of %(n)d donors gave %(share)s%% of %(total)s of "
            "contributions. Donor names and amounts are illustrative."
        )
        % {
            "year": year,
            "top": min(top, len(donors)),
            "n": len(donors),
            "share": number_format(share, 1),
            "total": usd(total),
        }
        if donors
        else _("No contributions in %(year)s.") % {"year": year}
    )
    layout = {
        "margin": {"t": 40, "b": 8},
        "xaxis": {"type": "category", "tickangle": -45},
        "yaxis": _usd_axis(),
        "yaxis2": {
            "title": {"text": _("Cumulative share (%)")},
            "overlaying": "y",
            "side": "right",
            "range": [0, 105],
            "tickvals": [0, 25, 50, 75, 100],
            "ticksuffix": with_percent_sign(""),  # every UN language puts the sign after
            "showgrid": False,
        },
        "height": 440,
    }
    if len(donors) > top:  # a dashed line between the top donors and the rest
        layout["shapes"] = [
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": top - 0.5,
                "x1": top - 0.5,
                "y0": 0,
                "y1": 1,
                "line": {"dash": "dash", "color": "#4d7a91", "width": 1},
            }
        ]
    return Chart(
        slug="donor-concentration",
        title=_("Donor concentration, %(year)s (illustrative donors)") % {"year": year},
        figure=figure_json(traces, **layout),
        summary=summary,
        columns=[_("Donor"), _("Contribution (USD)"), _("Share"), _("Cumulative share")],
        rows=[
            [
                Cell(name),
                MoneyCell(d["amount_usd"]),
                Cell(_percent(d["amount_usd"], total), percent=True),
                Cell(c, percent=True),
            ]
            for name, d, c in zip(names, donors, cumulative, strict=True)
        ],
        csv_url=_csv_url("donor-concentration", year=year),
    )


def surplus_over_time(positions: list) -> Chart:
    """Accumulated surplus at each year end, bridged by the year's surplus and actuarial change.

    E/2021/49 para 66: 23.5 million (2018) + 16.0 million surplus - 7.5 million higher
    after-service liabilities = 32.0 million (2019).
    """
    labels, measures, values, texts = [], [], [], []
    for position in positions:
        if labels and position.surplus_usd is not None:
            labels.append(_("Surplus<br>%(year)s") % {"year": position.year})
            measures.append("relative")
            values.append(position.surplus_usd)
        if labels and position.actuarial_change_usd is not None:
            labels.append(_("Actuarial change<br>%(year)s") % {"year": position.year})
            measures.append("relative")
            values.append(-position.actuarial_change_usd)
        labels.append(_("Accumulated surplus<br>end of %(year)s") % {"year": position.year})
        measures.append("absolute")
        values.append(position.accumulated_surplus_usd)
    texts = [millions(v) for v in values]
    trace = go.Waterfall(
        x=labels,
        y=_floats(values),
        measure=measures,
        text=texts,
        textposition="outside",
        increasing={"marker": {"color": UN_BLUE}},
        decreasing={"marker": {"color": "#4d7a91"}},
        totals={"marker": {"color": UN_BLUE_DARK}},
        connector={"line": {"color": "#d7e3ea"}},
        hovertemplate=money_hover(),
    )
    summary = ""
    if len(positions) >= 2:
        before, after = positions[-2], positions[-1]
        summary = _(
            "The accumulated surplus went from %(before)s at the end of %(first)s to %(after)s "
            "at the end of %(last)s."
        ) % {
            "before": millions(before.accumulated_surplus_usd),
            "first": before.year,
            "after": millions(after.accumulated_surplus_usd),
            "last": after.year,
        }
    return Chart(
        slug="surplus",
        title=_("Accumulated surplus, annual surplus and actuarial change"),
        figure=figure_json(
            [trace],
            xaxis={"type": "category"},
            yaxis=_usd_axis(),
            margin={"t": 30},
        ),
        summary=summary,
        columns=[
            _("Year"),
            _("Accumulated surplus (USD)"),
            _("Surplus of the year (USD)"),
            _("Increase in after-service liabilities (USD)"),
            _("Source"),
        ],
        rows=[
            [
                Cell(str(p.year)),
                MoneyCell(p.accumulated_surplus_usd),
                MoneyCell(p.surplus_usd) if p.surplus_usd is not None else Cell("—"),
                MoneyCell(p.actuarial_change_usd)
                if p.actuarial_change_usd is not None
                else Cell("—"),
                Cell(data_text(p.source)),
            ]
            for p in positions
        ],
        csv_url=_csv_url("surplus"),
    )


def sff_by_pillar(rows: list[dict], pillar_names: dict[str, str]) -> Chart:
    """Strategic Framework Fund allocations per pillar: amounts, with project counts."""
    names = [pillar_names.get(r["pillar"], r["pillar"]) for r in rows]
    trace = go.Bar(
        x=_floats([r["amount_usd"] for r in rows]),
        y=names,
        orientation="h",
        name=_("Allocated"),
        marker_color=UN_BLUE,
        text=[_("%(n)d projects") % {"n": r["projects"]} for r in rows],
        textposition="auto",
        hovertemplate=money_hover("%{y}", "%{x:,.2f}", "%{text}"),
    )
    projects = sum(r["projects"] for r in rows)
    total = sum((r["amount_usd"] for r in rows), Decimal(0))
    return Chart(
        slug="sff-by-pillar",
        title=_("Strategic Framework Fund allocations by pillar"),
        figure=figure_json(
            [trace],
            yaxis={"type": "category", "autorange": "reversed"},
            xaxis=_usd_axis(),
            height=max(200, 60 + 40 * len(rows)),
        ),
        summary=_(
            "%(projects)d projects since January 2019, %(total)s in all. Their split by pillar "
            "and their amounts are illustrative."
        )
        % {"projects": projects, "total": usd(total)},
        columns=[_("Pillar"), _("Projects"), _("Allocated (USD)")],
        rows=[
            [Cell(name), Cell(r["projects"]), MoneyCell(r["amount_usd"])]
            for name, r in zip(names, rows, strict=True)
        ],
        csv_url=_csv_url("sff-by-pillar"),
    )


def cost_per_beneficiary(rows: list[dict], pillar_names: dict[str, str]) -> Chart:
    """Attributed earmarked money per beneficiary, a bar per pillar and year (illustrative)."""
    years = sorted({r["year"] for r in rows})
    by_key = {(r["pillar"], r["year"]): r for r in rows}
    pillars = [slug for slug in pillar_names if any(p == slug for p, _y in by_key)]
    traces = [
        go.Bar(
            x=[str(y) for y in years],
            y=_floats([by_key.get((slug, y), {}).get("cost_usd") for y in years]),
            name=pillar_names[slug],
            marker_color=PILLAR_COLOURS[i % len(PILLAR_COLOURS)],
            hovertemplate=money_hover(extra="%{fullData.name}"),
        )
        for i, slug in enumerate(pillars)
    ]
    return Chart(
        slug="cost-per-beneficiary",
        title=_("Earmarked contributions per beneficiary, by pillar (illustrative)"),
        figure=figure_json(
            traces,
            barmode="group",
            margin={"t": 40},
            xaxis={"type": "category"},
            yaxis={"title": {"text": _("USD per beneficiary")}},
        ),
        summary=_(
            "Illustrative: earmarked contributions reach a pillar through the programmes their "
            "agreements fund, divided by that pillar's beneficiaries in the same year."
        ),
        columns=[
            _("Pillar"),
            _("Year"),
            _("Attributed contributions (USD)"),
            _("Beneficiaries"),
            _("USD per beneficiary"),
        ],
        rows=[
            [
                Cell(pillar_names.get(r["pillar"], r["pillar"])),
                Cell(str(r["year"])),
                MoneyCell(r["amount_usd"]),
                Cell(r["beneficiaries"], suppressed=r["beneficiaries"] is None),
                MoneyCell(r["cost_usd"]) if r["cost_usd"] is not None else Cell("—"),
            ]
            for r in rows
        ],
        csv_url=_csv_url("cost-per-beneficiary"),
    )


def donor_contributions(by_year: dict[int, dict[str, Decimal]]) -> Chart:
    """One donor's contributions per year, stacked by fund (its own page: no CSV link)."""
    chart = contributions_by_year_and_fund(by_year)
    chart.slug = "donor-contributions"
    chart.title = _("Contributions by year and fund")
    chart.summary = _("Totals per year and fund; amounts of the bundled dataset are illustrative.")
    chart.csv_url = ""
    return chart


def programme_beneficiaries(rows: list[dict]) -> Chart:
    """Beneficiaries per year of each programme a donor funds, a line per programme."""
    years = sorted({r["year"] for r in rows})
    programmes: dict[str, dict[int, int | None]] = {}
    for r in rows:
        programmes.setdefault(r["programme_name"], {})[r["year"]] = r["beneficiaries"]
    traces = [
        go.Scatter(
            x=[str(y) for y in years],
            y=[counts.get(y) for y in years],
            name=name,
            mode="lines+markers",
            hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
        )
        for name, counts in programmes.items()
    ]
    return Chart(
        slug="programme-beneficiaries",
        title=_("Beneficiaries of the programmes you fund"),
        figure=figure_json(
            traces,
            margin={"t": 40},
            xaxis={"type": "category"},
            yaxis={"title": {"text": _("Beneficiaries")}},
        ),
        summary=_("%(n)d programmes, beneficiaries per year from the statistics.")
        % {"n": len(programmes)},
        columns=[_("Programme"), _("Year"), _("Beneficiaries")],
        rows=[
            [
                Cell(r["programme_name"]),
                Cell(str(r["year"])),
                Cell(r["beneficiaries"], suppressed=r["beneficiaries"] is None),
            ]
            for r in rows
        ],
    )
