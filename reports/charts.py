"""Plotly figure builders for the dashboards: one function per chart, fed only by the query layer.

Each builder takes the page's slice (e.g. {"pillar": "planet"}) and its validated filters and
returns a Chart: the figure as a plotly.js JSON dict (drawn by static/js/charts.js), a text
summary, the same numbers as table rows, and the URL of those numbers as CSV. Suppressed cells
are None in the figure (no bar, never a zero) and "suppressed" in the table.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

import plotly.graph_objects as go
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from reports import dashboards, selectors
from reports.dashboards import Filters
from unitar_site.language import localized_path
from unitar_site.numbers import with_percent_sign

UN_BLUE = "#009edb"
UN_BLUE_DARK = "#0a5c85"
INK = "#1d2a33"
RULE = "#d7e3ea"
# One theme for every chart; small on purpose, since it travels inside each figure's JSON.
THEME = go.layout.Template(
    layout={
        "font": {"family": "system-ui, -apple-system, 'Segoe UI', sans-serif", "color": INK},
        "colorway": [UN_BLUE, UN_BLUE_DARK, "#7fcdee", "#4d7a91", "#b3e2f5", INK],
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "margin": {"l": 8, "r": 8, "t": 8, "b": 8},
        "xaxis": {"gridcolor": RULE, "automargin": True, "zeroline": False},
        "yaxis": {"gridcolor": RULE, "automargin": True, "zeroline": False},
        "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
        "separators": ".,",
        "hoverlabel": {"bgcolor": "#fff", "bordercolor": UN_BLUE_DARK},
        "height": 340,
    }
)
MAP_SCALE = [[0, "#e1f3fb"], [0.5, UN_BLUE], [1, UN_BLUE_DARK]]
# R20 and E/2021/49 para 12: "countries in special situations" are the LDCs, LLDCs and SIDS.
SPECIAL_SITUATION_GROUPS = ("ldc", "lldc", "sids")
BENEFICIARY_CSV = "/exports/beneficiaries.csv"
# Event counts have no export of their own: their charts link to the chart's table as CSV.
CHART_CSV = "/charts/{slug}.csv"


@dataclass
class Cell:
    """A table cell: a number (or share), a text, or a suppressed count."""

    value: object = None
    suppressed: bool = False
    percent: bool = False
    link: str = ""

    @property
    def numeric(self) -> bool:
        return self.suppressed or isinstance(self.value, int | float)


@dataclass
class Chart:
    slug: str
    title: str
    figure: dict
    summary: str
    columns: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    csv_url: str = ""
    total: int | None = None  # what the shares are of, when the chart has one total

    @property
    def element_id(self) -> str:
        return f"chart-{self.slug}"

    @property
    def data_id(self) -> str:
        return f"figure-{self.slug}"


THEME_JSON = THEME.to_plotly_json()


def figure_json(traces: list, **layout) -> dict:
    """The figure as plotly.js JSON in the one theme (added as JSON: validating the template
    again for every figure costs more than building the figure)."""
    figure = go.Figure(data=traces, layout=go.Layout(**layout)).to_plotly_json()
    figure["layout"]["template"] = THEME_JSON
    return figure


def _csv_url(base: str, params: dict, group_by: str) -> str:
    return localized_path(f"{base}?{urlencode({**params, 'group_by': group_by})}")


def _table_csv_url(slug: str, scope: dict, filters: Filters) -> str:
    return localized_path(f"{CHART_CSV.format(slug=slug)}?{urlencode({**scope, **filters.params})}")


def _share(value: int | None, total: int | None) -> float | None:
    return None if value is None or not total else 100 * value / total


def _count_cell(value: int | None) -> Cell:
    return Cell(value, suppressed=value is None)


def _share_cell(value: int | None, total: int | None) -> Cell:
    return Cell(_share(value, total), suppressed=value is None, percent=True)


def _n(value: int | None) -> str:
    return _("suppressed") if value is None else intcomma(value)


def _largest_summary(what: str, names: list[str], values: list[int | None], total) -> str:
    shown = [(v, n) for v, n in zip(values, names, strict=True) if v is not None]
    if not shown or not total:
        return _("No %(what)s under these filters.") % {"what": what}
    value, name = max(shown)
    return _(
        "%(total)s %(what)s in all; the largest group is %(name)s with %(value)s (%(share)s%%)."
    ) % {
        "total": intcomma(total),
        "what": what,
        "name": name,
        "value": intcomma(value),
        "share": round(100 * value / total),
    }


def _suppression_note(values: list) -> str:
    hidden = sum(1 for v in values if v is None)
    if not hidden:
        return ""
    return " " + _("%(n)d small cell(s) are suppressed and not drawn.") % {"n": hidden}


def _categorical(
    slug: str,
    title: str,
    what: str,
    heading: str,
    dimension: str,
    scope: dict,
    filters: Filters,
    *,
    learners_only: bool,
    see_small_cells: bool,
    link_prefix: str = "",
) -> Chart:
    """A horizontal bar per value of one dimension, with counts and shares."""
    params = filters.beneficiary_params(scope)
    if learners_only:
        params["beneficiary_type"] = "learning"
    counts = selectors.beneficiary_counts(
        {**params, "group_by": dimension}, see_small_cells=see_small_cells
    )
    names = dashboards.labels(dimension)
    rows = sorted(counts.rows, key=lambda r: -(r["beneficiaries"] or 0))
    slugs = [r[dimension] for r in rows]
    labels = [str(names.get(s, s)) if s else _("Not recorded") for s in slugs]
    values = [r["beneficiaries"] for r in rows]
    shares = [_share(v, counts.total) for v in values]
    trace = go.Bar(
        x=values,
        y=labels,
        orientation="h",
        marker_color=UN_BLUE,
        text=[f"{s:.0f}%" if s is not None else _("suppressed") for s in shares],
        textposition="auto",
        hovertemplate="%{y}: %{x:,}<extra></extra>",
    )
    table = []
    for s, label, value in zip(slugs, labels, values, strict=True):
        link = f"{link_prefix}{s}/?{filters.querystring}".rstrip("?") if link_prefix and s else ""
        link = localized_path(link)
        table.append([Cell(label, link=link), _count_cell(value), _share_cell(value, counts.total)])
    return Chart(
        slug=slug,
        title=title,
        figure=figure_json(
            [trace],
            yaxis={"autorange": "reversed", "type": "category"},
            xaxis={"title": {"text": what}},
            height=max(200, 60 + 34 * len(rows)),
        ),
        summary=_largest_summary(what, labels, values, counts.total) + _suppression_note(values),
        columns=[heading, what.capitalize(), _("Share")],
        rows=table,
        csv_url=_csv_url(BENEFICIARY_CSV, params, dimension),
        total=counts.total,
    )


# Charts ----------------------------------------------------------------------------------


def beneficiaries_by_year(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    """Beneficiaries per year, learning-related stacked on other knowledge-sharing."""
    params = filters.beneficiary_params(scope, per_year=True)
    counts = selectors.beneficiary_counts(
        {**params, "group_by": "year,beneficiary_type"}, see_small_cells=see_small_cells
    )
    years = sorted({r["year"] for r in counts.rows})
    value = {(r["year"], r["beneficiary_type"]): r["beneficiaries"] for r in counts.rows}
    traces, kinds = [], ("learning", "knowledge-sharing")
    for kind, colour in zip(kinds, (UN_BLUE_DARK, UN_BLUE), strict=True):
        traces.append(
            go.Bar(
                x=[str(y) for y in years],
                y=[value.get((y, kind), 0) for y in years],
                name=str(dashboards.BENEFICIARY_TYPE_LABELS[kind]),
                marker_color=colour,
                hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
            )
        )
    rows, totals = [], []
    for y in years:
        learning, other = value.get((y, "learning"), 0), value.get((y, "knowledge-sharing"), 0)
        total = None if learning is None or other is None else learning + other
        totals.append(total)
        rows.append(
            [
                Cell(str(y)),
                _count_cell(learning),
                _count_cell(other),
                _count_cell(total),
                _share_cell(learning, total),
            ]
        )
    if years:
        summary = _("%(first)s to %(last)s: %(total)s beneficiaries in %(last)s.") % {
            "first": years[0],
            "last": years[-1],
            "total": _n(totals[-1]),
        }
    else:
        summary = _("No beneficiaries under these filters.")
    return Chart(
        slug="beneficiaries-by-year",
        title=_("Beneficiaries per year"),
        figure=figure_json(
            traces,
            barmode="stack",
            margin={"t": 40},
            xaxis={"type": "category"},
            yaxis={"title": {"text": _("Beneficiaries")}},
        ),
        summary=summary + _suppression_note([v for t in traces for v in t.y]),
        columns=[
            _("Year"),
            _("Learning-related"),
            _("Other knowledge-sharing"),
            _("Beneficiaries"),
            _("Learning share"),
        ],
        rows=rows,
        csv_url=_csv_url(BENEFICIARY_CSV, params, "year,beneficiary_type"),
    )


def learners_by_gender(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    return _categorical(
        "learners-by-gender",
        _("Learners by gender"),
        _("learners"),
        _("Gender"),
        "gender",
        scope,
        filters,
        learners_only=True,
        see_small_cells=see_small_cells,
    )


def beneficiaries_by_pillar(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    return _categorical(
        "beneficiaries-by-pillar",
        _("Beneficiaries by pillar"),
        _("beneficiaries"),
        _("Pillar"),
        "pillar",
        scope,
        filters,
        learners_only=False,
        see_small_cells=see_small_cells,
        link_prefix="/pillars/",
    )


def beneficiaries_by_programme(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    return _categorical(
        "beneficiaries-by-programme",
        _("Beneficiaries by programme"),
        _("beneficiaries"),
        _("Programme"),
        "programme",
        scope,
        filters,
        learners_only=False,
        see_small_cells=see_small_cells,
        link_prefix="/programmes/",
    )


def learners_by_region(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    return _categorical(
        "learners-by-region",
        _("Learners by region"),
        _("learners"),
        _("Region"),
        "region",
        scope,
        filters,
        learners_only=True,
        see_small_cells=see_small_cells,
    )


# R20 publishes affiliation in four groups of sectors (learning-related beneficiaries, 2020).
SECTOR_GROUPS = (
    (
        gettext_lazy("Non-state sectors (NGOs, academia, private sector)"),
        ("ngo", "academia", "private-sector"),
    ),
    (gettext_lazy("Governments"), ("government",)),
    (
        gettext_lazy("International organizations (UN system and others)"),
        ("un-system", "international-organization"),
    ),
    (gettext_lazy("Other (including military and police)"), ("other", "military-police")),
)


def learners_by_sector(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    """Learners by sector, with R20's four groups of sectors after them in the table."""
    chart = _sector_chart(scope, filters, see_small_cells=see_small_cells)
    slugs = {str(label): slug for slug, label in dashboards.labels("sector").items()}
    value = {slugs.get(str(row[0].value)): row[1] for row in chart.rows}
    for label, members in SECTOR_GROUPS:
        cells = [value[m] for m in members if m in value]
        hidden = any(cell.suppressed for cell in cells)
        group = None if hidden else sum(cell.value for cell in cells)
        chart.rows.append([Cell(str(label)), _count_cell(group), _share_cell(group, chart.total)])
    return chart


def _sector_chart(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    return _categorical(
        "learners-by-sector",
        _("Learners by affiliation sector"),
        _("learners"),
        _("Affiliation sector"),
        "sector",
        scope,
        filters,
        learners_only=True,
        see_small_cells=see_small_cells,
    )


def learners_by_country(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    """A world choropleth of learners by country, each with its region (suppressed countries
    stay uncoloured)."""
    params = {**filters.beneficiary_params(scope), "beneficiary_type": "learning"}
    counts = selectors.beneficiary_counts(
        {**params, "group_by": "country,region"}, see_small_cells=see_small_cells
    )
    names = dashboards.labels("country")
    regions = dashboards.labels("region")

    def place(row: dict) -> str:
        name = names.get(row["country"], row["country"])
        return f"{name} ({regions[row['region']]})" if row["region"] in regions else name

    rows = [r for r in counts.rows if r["country"]]
    rows.sort(key=lambda r: -(r["beneficiaries"] or 0))
    shown = [r for r in rows if r["beneficiaries"] is not None]
    trace = go.Choropleth(
        locations=[r["country"] for r in shown],
        z=[r["beneficiaries"] for r in shown],
        text=[place(r) for r in shown],
        locationmode="ISO-3",
        colorscale=MAP_SCALE,
        marker_line_color="#ffffff",
        marker_line_width=0.5,
        colorbar={"title": {"text": _("Learners")}, "thickness": 12},
        hovertemplate="%{text}: %{z:,}<extra></extra>",
    )
    values = [r["beneficiaries"] for r in rows]
    summary = _("Learners came from %(n)d countries and territories.") % {"n": len(rows)}
    if shown:
        summary += " " + _("The most from %(name)s: %(value)s.") % {
            "name": names.get(shown[0]["country"], shown[0]["country"]),
            "value": intcomma(shown[0]["beneficiaries"]),
        }
    return Chart(
        slug="learners-by-country",
        title=_("Learners by country"),
        figure=figure_json(
            [trace],
            geo={
                # Europe and Africa in the middle, Antarctica (no learners) cropped off.
                "projection": {"type": "natural earth", "rotation": {"lon": 0}},
                "center": {"lon": 0, "lat": 12},
                "lonaxis": {"range": [-180, 180]},
                "lataxis": {"range": [-58, 84]},
                "showframe": False,
                "showcoastlines": False,
                "showcountries": True,
                "countrycolor": RULE,
                "showland": True,
                "landcolor": "#f4f7f9",
                "bgcolor": "rgba(0,0,0,0)",
                "resolution": 110,
            },
            height=380,
        ),
        summary=summary + _suppression_note(values),
        columns=[_("Country"), _("Learners"), _("Share"), _("Region")],
        rows=[
            [
                Cell(names.get(r["country"], r["country"])),
                _count_cell(r["beneficiaries"]),
                _share_cell(r["beneficiaries"], counts.total),
                Cell(str(regions.get(r["region"], ""))),
            ]
            for r in rows
        ],
        csv_url=_csv_url(BENEFICIARY_CSV, params, "country,region"),
    )


def learners_by_development_status(scope: dict, filters: Filters, *, see_small_cells=False):
    """Developed, other developing, and LDC, LLDC and SIDS together, as R20 publishes them
    ("countries in special situations (LDCs, LLDCs, SIDS)"); the groups each follow below."""
    params = {**filters.beneficiary_params(scope), "beneficiary_type": "learning"}
    small = {"see_small_cells": see_small_cells}
    counts = selectors.beneficiary_counts({**params, "group_by": "country_group"}, **small)
    by_group = {r["country_group"]: r["beneficiaries"] for r in counts.rows}
    if "country_group" in params:  # a chosen group cannot be intersected with their union
        special = by_group.get("special-situation", 0)
    else:
        special = selectors.beneficiary_counts(
            {**params, "country_group": ",".join(SPECIAL_SITUATION_GROUPS)}, **small
        ).total
    developing = by_group.get("developing", 0)
    other = None if special is None or developing is None else developing - special
    statuses = [
        (_("Other developing countries"), other),
        (str(dashboards.COUNTRY_GROUP_LABELS["developed"]), by_group.get("developed", 0)),
        (_("Countries in special situations (LDC, LLDC, SIDS)"), special),
    ]
    parts = [v for _label, v in statuses]
    whole = counts.total
    trace = go.Bar(
        x=parts,
        y=[label for label, _v in statuses],
        orientation="h",
        marker_color=[UN_BLUE, UN_BLUE_DARK, "#7fcdee"],
        text=[
            with_percent_sign(f"{s:.0f}") if s is not None else ""
            for s in (_share(v, whole) for v in parts)
        ],
        textposition="auto",
        hovertemplate="%{y}: %{x:,}<extra></extra>",
    )
    rows = [[Cell(label), _count_cell(v), _share_cell(v, whole)] for label, v in statuses]
    for group in SPECIAL_SITUATION_GROUPS:
        value = by_group.get(group, 0)
        label = _("of which %(group)s") % {"group": dashboards.COUNTRY_GROUP_LABELS[group]}
        rows.append([Cell(label), _count_cell(value), _share_cell(value, whole)])
    return Chart(
        slug="learners-by-development-status",
        title=_("Learners by development status"),
        figure=figure_json(
            [trace],
            yaxis={"autorange": "reversed", "type": "category"},
            xaxis={"title": {"text": _("learners")}},
            height=200,
        ),
        summary=_largest_summary(_("learners"), [s for s, _v in statuses], parts, whole)
        + _suppression_note(parts),
        columns=[_("Development status"), _("Learners"), _("Share")],
        rows=rows,
        csv_url=_csv_url(BENEFICIARY_CSV, params, "country_group"),
    )


def events_by_delivery(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    """Events by delivery mode (as published), with their beneficiaries in the table."""
    params = filters.event_params(scope)
    events = selectors.event_counts({**params, "group_by": "delivery"})
    people = selectors.beneficiary_counts(
        {**filters.beneficiary_params(scope), "group_by": "delivery"},
        see_small_cells=see_small_cells,
    )
    beneficiaries = {r["delivery"]: r["beneficiaries"] for r in people.rows}
    names = dashboards.labels("delivery")
    rows = sorted(events.rows, key=lambda r: -r["events"])
    labels = [str(names.get(r["delivery"], r["delivery"])) for r in rows]
    values = [r["events"] for r in rows]
    trace = go.Bar(
        x=labels,
        y=values,
        marker_color=UN_BLUE,
        text=[with_percent_sign(f"{_share(v, events.total):.0f}") for v in values],
        textposition="auto",
        hovertemplate="%{x}: %{y:,}<extra></extra>",
    )
    summary = _largest_summary(_("events"), labels, values, events.total)
    if filters.event_note:
        summary += " " + filters.event_note
    return Chart(
        slug="events-by-delivery",
        title=_("Events by delivery mode"),
        figure=figure_json([trace], xaxis={"type": "category"}),
        summary=summary,
        columns=[_("Delivery mode"), _("Events"), _("Share"), _("Beneficiaries")],
        rows=[
            [
                Cell(label),
                Cell(r["events"]),
                Cell(_share(r["events"], events.total), percent=True),
                _count_cell(beneficiaries.get(r["delivery"], 0)),
            ]
            for label, r in zip(labels, rows, strict=True)
        ],
        csv_url=_table_csv_url("events-by-delivery", scope, filters),
    )


def events_by_year(scope: dict, filters: Filters, *, see_small_cells=False) -> Chart:
    """Events (bars) and event days (line, second axis) per year."""
    params = filters.event_params(scope, per_year=True)
    rows = selectors.event_counts({**params, "group_by": "year"}).rows
    years = [str(r["year"]) for r in rows]
    traces = [
        go.Bar(
            x=years,
            y=[r["events"] for r in rows],
            name=_("Events"),
            marker_color=UN_BLUE,
            hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
        ),
        go.Scatter(
            x=years,
            y=[r["event_days"] for r in rows],
            name=_("Event days"),
            yaxis="y2",
            mode="lines+markers",
            line={"color": UN_BLUE_DARK, "width": 3},
            hovertemplate="%{x}: %{y:,}<extra>%{fullData.name}</extra>",
        ),
    ]
    summary = (
        _("%(year)s: %(events)s events and %(days)s event days.")
        % {
            "year": years[-1],
            "events": intcomma(rows[-1]["events"]),
            "days": intcomma(rows[-1]["event_days"]),
        }
        if rows
        else _("No events under these filters.")
    )
    if filters.event_note:
        summary += " " + filters.event_note
    return Chart(
        slug="events-by-year",
        title=_("Events and event days per year"),
        figure=figure_json(
            traces,
            margin={"t": 40},
            xaxis={"type": "category"},
            yaxis={"title": {"text": _("Events")}},
            yaxis2={
                "title": {"text": _("Event days")},
                "overlaying": "y",
                "side": "right",
                "showgrid": False,
            },
        ),
        summary=summary,
        columns=[_("Year"), _("Events"), _("Event days")],
        rows=[
            [Cell(y), Cell(r["events"]), Cell(r["event_days"])]
            for y, r in zip(years, rows, strict=True)
        ],
        csv_url=_table_csv_url("events-by-year", scope, filters),
    )


OVERVIEW_CHARTS = (
    beneficiaries_by_year,
    learners_by_gender,
    beneficiaries_by_pillar,
    learners_by_country,
    learners_by_region,
    learners_by_development_status,
    events_by_delivery,
    learners_by_sector,
    events_by_year,
)
# A slice page shows the same charts, with its programmes in place of the pillars.
SLICE_CHARTS = tuple(
    beneficiaries_by_programme if chart is beneficiaries_by_pillar else chart
    for chart in OVERVIEW_CHARTS
)


BY_SLUG = {
    "beneficiaries-by-year": beneficiaries_by_year,
    "learners-by-gender": learners_by_gender,
    "beneficiaries-by-pillar": beneficiaries_by_pillar,
    "beneficiaries-by-programme": beneficiaries_by_programme,
    "learners-by-country": learners_by_country,
    "learners-by-region": learners_by_region,
    "learners-by-development-status": learners_by_development_status,
    "events-by-delivery": events_by_delivery,
    "learners-by-sector": learners_by_sector,
    "events-by-year": events_by_year,
}


def table_rows(chart: Chart) -> list[list]:
    """The chart's table as plain values for CSV: suppressed cells say so, shares are rounded."""
    rows = [[str(column) for column in chart.columns]]
    for row in chart.rows:
        values = []
        for item in row:
            if item.suppressed:
                values.append("suppressed")
            elif item.percent and item.value is not None:
                values.append(round(item.value, 1))
            else:
                values.append(item.value if item.numeric else str(item.value))
        rows.append(values)
    return rows


def charts_for(scope: dict, filters: Filters, *, see_small_cells: bool = False) -> list[Chart]:
    """Every chart of a dashboard: the overview's when the scope is empty, else a slice's."""
    builders = SLICE_CHARTS if scope else OVERVIEW_CHARTS
    if "programme" in scope:  # one programme: a bar per programme would say nothing
        builders = tuple(b for b in builders if b is not beneficiaries_by_programme)
    return [build(scope, filters, see_small_cells=see_small_cells) for build in builders]
