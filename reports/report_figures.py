"""A results report's figures: each computed through the query layer from a definition in the
published-figure language (reports/figures.py), described in words, linked to the view that
shows it, and paired with the published figure of the same definition, if any.

The definitions are the published figures' own language on purpose: a report figure and a
published figure are "the same figure" exactly when their definitions are equal, so matching
needs no hand-kept table of keys.
"""

import json
from dataclasses import dataclass
from decimal import Decimal

from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from finance import selectors as finance
from reports import dashboards, selectors
from reports.figures import RECORD_MEASURES, evaluate, reproduces
from reports.models import PublishedFigure
from reports.queries import QueryError
from unitar_site import lists
from unitar_site.language import localized_path
from unitar_site.numbers import millions, percent

EVENT_MEASURES = ("events", "event_days")
FILTER_NAMES = {
    "pillar": gettext_lazy("pillar"),
    "area": gettext_lazy("programme area"),
    "programme": gettext_lazy("programme"),
    "country": gettext_lazy("country"),
    "region": gettext_lazy("region"),
    "country_group": gettext_lazy("country group"),
    "gender": gettext_lazy("gender"),
    "age_group": gettext_lazy("age group"),
    "sector": gettext_lazy("affiliation sector"),
    "beneficiary_type": gettext_lazy("beneficiary type"),
    "delivery": gettext_lazy("delivery mode"),
}
MEASURE_NAMES = {
    "beneficiaries": gettext_lazy("beneficiaries"),
    "certificates": gettext_lazy("certificates"),
    "events": gettext_lazy("events"),
    "event_days": gettext_lazy("event days"),
    "countries": gettext_lazy("countries"),
}
FINANCE_LINKS = {  # the public finance page's chart that shows each finance measure
    "income_usd": "#chart-income-by-biennium-title",
    "income_growth_percent": "#chart-income-by-biennium-title",
    "budget_usd": "#chart-budgets-title",
    "budget_growth_percent": "#chart-budgets-title",
    "top_donor_share_percent": "#chart-donor-concentration-title",
    "accumulated_surplus_usd": "#chart-surplus-title",
    "surplus_usd": "#chart-surplus-title",
    "actuarial_change_usd": "#chart-surplus-title",
    "sff_projects": "#chart-sff-by-pillar-title",
    "unqualified_audit_opinions": "#audits-title",
}


def canonical(definition: dict) -> str:
    """A definition as comparable text: list order and 2020 versus "2020" do not matter."""

    def norm(value):
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            items = sorted(str(v) for v in value)
            return items[0] if len(items) == 1 else items
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

    return json.dumps(norm(definition), sort_keys=True)


@dataclass(frozen=True)
class Published:
    """What a report published for a figure: the value, how precisely, and where."""

    key: str
    label: str  # label, source and note in the language of the page that built it
    value: Decimal
    decimals: int
    comparator: str
    source: str
    discrepancy_note: str

    @classmethod
    def of(cls, figure: PublishedFigure) -> "Published":
        """The figure with its label, source and note in the active language."""
        return cls(
            figure.key,
            figure.localized_label(),
            figure.value,
            figure.decimals,
            figure.comparator,
            figure.localized_source(),
            figure.localized_note(),
        )


def published_by_definition() -> dict[str, list[Published]]:
    found: dict[str, list[Published]] = {}
    for figure in PublishedFigure.objects.order_by("source_document", "key"):
        found.setdefault(canonical(figure.definition), []).append(Published.of(figure))
    return found


@dataclass
class ReportFigure:
    """One number of the report, with everything its reader may ask about it."""

    key: str
    label: str
    definition: dict
    value: Decimal | None
    unit: str  # count, percent, change (per cent), usd
    description: str
    link: str
    published: tuple[Published, ...] = ()

    @property
    def decimals(self) -> int:
        """As precise as the publication, else whole numbers (shares under 10% to one digit)."""
        if self.published:
            return max(0, self.published[0].decimals)
        if self.unit in ("percent", "change") and self.value is not None and abs(self.value) < 10:
            return 1
        return 0

    @property
    def text(self) -> str:
        if self.value is None:
            return _("not available")
        if self.unit == "usd":  # tenths of a million, as E/2021/49 section IV gives amounts
            return millions(round(self.value, self.published[0].decimals if self.published else -5))
        if self.unit in ("percent", "change"):
            return percent(self.value, self.decimals, change=self.unit == "change")
        return intcomma(int(self.value))

    @property
    def differences(self) -> list[Published]:
        """The publications this figure does not reproduce."""
        return [p for p in self.published if not reproduces(p, self.value)]

    @property
    def matches_published(self) -> bool:
        return bool(self.published) and not self.differences

    @property
    def published_text(self) -> str:
        """Each publication as "322,410 (E/2021/49, para 11)"."""
        return lists.entries(
            f"{published_value_text(p, self.unit)} ({p.source})" for p in self.published
        )

    def csv_row(self, section: str) -> list:
        published = self.published[0] if self.published else None
        status = ""
        if self.published:
            status = "reproduced" if self.matches_published else "differs"
        return [
            section,
            self.key,
            self.label,
            "" if self.value is None else self.value,
            self.unit,
            self.text,
            self.description,
            self.link,
            "" if published is None else format(published.value.normalize(), "f"),
            "" if published is None else published.source,
            status,
        ]


def published_value_text(published: Published, unit: str) -> str:
    value = published.value
    if unit == "usd":
        return millions(value)
    if unit in ("percent", "change"):
        return percent(value, max(0, published.decimals))
    return intcomma(int(value))


# Evaluation through the query layer ----------------------------------------------------


def _params(filters: dict) -> dict[str, str]:
    """A definition's filters as the query layer's parameters."""
    params = {}
    for name, value in filters.items():
        values = value if isinstance(value, list | tuple) else [value]
        if not values:
            raise QueryError(name, "empty")
        params[name] = ",".join(
            ("true" if v else "false") if isinstance(v, bool) else str(v) for v in values
        )
    return params


def _count(measure: str, filters: dict, see_small_cells: bool) -> int | None:
    params = _params(filters)
    small = {"see_small_cells": see_small_cells}
    if measure == "beneficiaries":
        return selectors.beneficiary_counts(params, **small).total
    if measure == "certificates":
        return selectors.certificate_counts(params, **small).total
    if measure == "events":
        return selectors.event_counts(params).total
    if measure == "event_days":
        return sum(row["event_days"] for row in selectors.event_counts(params).rows)
    if measure == "countries":
        # How many countries, not how many people: no small cell shows by counting them.
        rows = selectors.beneficiary_counts({**params, "group_by": "country"}, see_small_cells=True)
        return sum(1 for row in rows.rows if row["country"] and row["beneficiaries"])
    raise QueryError("measure", f"unknown measure {measure!r}")


def compute(definition: dict, *, see_small_cells: bool = False) -> Decimal | None:
    """A definition's value from the statistics (reports/selectors.py), or finance records.

    Definitions the statistics cannot answer (an `exclude`, an empty "any of") are evaluated
    from the records by reports/figures.py, the reference the statistics are checked against.
    """
    measure = definition["measure"]
    if measure not in (*RECORD_MEASURES, *EVENT_MEASURES):
        return finance.finance_measure(definition)
    if "exclude" in definition:
        return evaluate(definition)
    try:
        value = _count(measure, definition.get("filters", {}), see_small_cells)
        if value is None:
            return None
        value = Decimal(value)
        for relation in ("share_of", "change_from"):
            if relation in definition:
                base = _count(measure, definition[relation], see_small_cells)
                if not base:
                    return None
                value = (
                    value * 100 / base if relation == "share_of" else (value - base) * 100 / base
                )
    except QueryError:
        return evaluate(definition)
    return value


# Words and links -----------------------------------------------------------------------


def _measure_words(measure: str) -> str:
    return {
        "beneficiaries": _(
            "Beneficiaries: people counted once per participation in an event, plus counts "
            "tallied for events that report counts only"
        ),
        "certificates": _("Certificates awarded to participants"),
        "events": _("Events (courses, workshops, conferences and campaigns)"),
        "event_days": _("Event days: each event's length in days, summed"),
        "countries": _("Countries and territories with at least one beneficiary"),
    }[measure]


def _filter_words(filters: dict) -> str:
    parts = []
    for name, value in filters.items():
        values = value if isinstance(value, list | tuple) else [value]
        if name == "year":
            parts.append(_("in %(year)s") % {"year": value})
        elif name == "year_from":
            parts.append(_("from %(year)s") % {"year": value})
        elif name == "year_to":
            parts.append(_("to %(year)s") % {"year": value})
        elif name in ("learning", "unplanned", "with_partners", "disability"):
            words = {
                "learning": (_("with learning outcomes"), _("without learning outcomes")),
                "unplanned": (_("not planned in advance"), _("planned")),
                "with_partners": (_("delivered with partners"), _("delivered alone")),
                "disability": (_("with a disability"), _("without a disability")),
            }[name]
            parts.append(words[0] if values[0] else words[1])
        else:
            try:
                names = dashboards.labels(name)
            except KeyError:
                names = {}
            shown = " / ".join(str(names.get(v, v)) for v in values)
            parts.append(f"{FILTER_NAMES.get(name, name)}: {shown}")
    return lists.parts(parts)


def _finance_measure_names() -> dict[str, str]:
    """The finance measures of finance/selectors.py, named in the request's language."""
    return {
        "income_usd": _("total income of the period, in US dollars"),
        "income_growth_percent": _("growth of total income over the previous period, per cent"),
        "budget_usd": _("programme budget, in US dollars"),
        "budget_growth_percent": _("change of the programme budget, per cent"),
        "top_donor_share_percent": _("share of contributions given by the top donors, per cent"),
        "accumulated_surplus_usd": _("accumulated surplus at the end of the year, in US dollars"),
        "surplus_usd": _("surplus of the year, in US dollars"),
        "actuarial_change_usd": _("increase in after-service liabilities, in US dollars"),
        "sff_projects": _("projects funded by the Strategic Framework Fund"),
        "unqualified_audit_opinions": _("unqualified audit opinions"),
    }


def describe(definition: dict) -> str:
    """A definition in words, in the request's language."""
    measure = definition["measure"]
    if measure not in (*RECORD_MEASURES, *EVENT_MEASURES):
        name = _finance_measure_names().get(measure, measure.replace("_", " "))
        return _("From the audited financial statements and finance records (%(measure)s).") % {
            "measure": name
        }
    text = _measure_words(measure)
    where = _filter_words(definition.get("filters", {}))
    if where:
        text = lists.entries([text, where])
    if "share_of" in definition:
        text += ". " + _("As a percentage of all %(measure)s %(where)s") % {
            "measure": MEASURE_NAMES[measure],
            "where": _filter_words(definition["share_of"]),
        }
    if "change_from" in definition:
        text += ". " + _("As a percentage change from %(where)s") % {
            "where": _filter_words(definition["change_from"])
        }
    return text + "."


def link(definition: dict) -> str:
    """The dashboard view (or finance chart) that shows the figure."""
    measure = definition["measure"]
    if measure in FINANCE_LINKS:
        year = definition.get("year")
        query = f"?year={year}" if measure == "top_donor_share_percent" and year else ""
        return localized_path(f"/finance/{query}{FINANCE_LINKS[measure]}")
    return dashboards.dashboard_url(definition) or localized_path("/")


class FigureBook:
    """Builds a report's figures, each definition once, matched with what was published.

    Two keys with the same definition name one figure (a pillar's share appears in the
    framework and in the pillar's section); the CSV lists it once.
    """

    def __init__(self, *, see_small_cells: bool = False):
        self.see_small_cells = see_small_cells
        self.published = published_by_definition()
        self.figures: dict[str, ReportFigure] = {}
        self._by_definition: dict[str, ReportFigure] = {}
        self._sections: dict[str, str] = {}

    def add(
        self, section: str, key: str, label: str, definition: dict, unit: str = "count"
    ) -> ReportFigure:
        """The figure of a definition, computed through the query layer."""
        return self._add(section, key, label, definition, unit, None, computed=False)

    def add_known(
        self, section: str, key: str, label: str, definition: dict, value: int | None
    ) -> ReportFigure:
        """A count the query layer already answered in a grouped question (one query for a
        table's rows rather than one per cell)."""
        return self._add(section, key, label, definition, "count", value, computed=True)

    def _add(self, section, key, label, definition, unit, value, *, computed) -> ReportFigure:
        if key in self.figures:
            return self.figures[key]
        text = canonical(definition)
        figure = self._by_definition.get(text)
        if figure is None:
            if not computed:
                value = compute(definition, see_small_cells=self.see_small_cells)
            figure = ReportFigure(
                key=key,
                label=label,
                definition=definition,
                value=None if value is None else Decimal(value),
                unit="change" if "change_from" in definition and unit == "percent" else unit,
                description=describe(definition),
                link=link(definition),
                published=tuple(self.published.get(text, ())),
            )
            self._by_definition[text] = figure
            self._sections[figure.key] = section
        self.figures[key] = figure
        return figure

    def by_definition(self, definition: dict) -> ReportFigure | None:
        return self._by_definition.get(canonical(definition))

    def csv_rows(self) -> list[list]:
        return [
            figure.csv_row(self._sections[figure.key]) for figure in self._by_definition.values()
        ]


CSV_HEADER = [
    "section",
    "key",
    "label",
    "value",
    "unit",
    "as_shown",
    "definition",
    "source_view",
    "published_value",
    "published_source",
    "status",
]
