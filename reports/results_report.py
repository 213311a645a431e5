"""The annual and biennial results reports: the sections of E/2021/49, assembled from live data.

Every number is a ReportFigure (reports/report_figures.py) computed through the query layer or
read from the indicator and finance records; charts are the dashboards' own builders. The
sections follow the seed report (E/2021/49): summary; impact of COVID-19 and the response;
implementation of the strategic framework; one section per pillar and cross-cutting area; the
Defeat-NCD Partnership; the financial situation; and the comparison with the previous period.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from finance import charts as finance_charts
from finance import selectors as finance
from finance.models import Budget, BudgetKind, FinancialPosition, Income
from programmes import selectors as catalogue
from programmes.models import Highlight, Indicator, Pillar, ProgrammeArea
from reports import charts, dashboards
from reports.figures import reproduces
from reports.models import PublishedFigure
from reports.report_figures import FigureBook, Published, ReportFigure

# E/2021/49 section III: A-D are the four thematic pillars' divisions, E the three
# cross-cutting programme areas (para 45), F the hosted Defeat-NCD Partnership (paras 55-63).
PILLAR_AREAS = ("peace", "people", "planet", "prosperity")
CROSS_CUTTING_AREAS = ("agenda-2030", "unosat", "diplomacy")
CROSS_CUTTING_PILLAR = "agenda-2030"
HOSTED_AREA = "defeat-ncd"
SPECIAL_SITUATION = ["ldc", "lldc", "sids"]  # E/2021/49 para 12; R20 "development status"
DEVELOPING_REGIONS = ["africa", "asia-pacific", "latin-america-caribbean", "middle-east"]  # para 12
SECTOR_GROUPS = (  # R20 publishes affiliation in these four groups of sectors
    ("non_state", ["ngo", "academia", "private-sector"]),
    ("government", ["government"]),
    ("international", ["un-system", "international-organization"]),
    ("other", ["other", "military-police"]),
)
SFF_FIRST_YEAR = 2019  # E/2021/49 para 67: the fund allocated to projects "since January 2019"
# The periods UNITAR published a results report for (E/2021/49 covers 2018-2019 and 2020).
PUBLISHED_REPORTS = {(2018, 2019): "E/2021/49", (2020, 2020): "E/2021/49"}


@dataclass(frozen=True)
class Period:
    """A report's period: one year, or a biennium (two years starting in an even year)."""

    start: int
    end: int

    @property
    def is_biennium(self) -> bool:
        return self.end > self.start

    @property
    def label(self) -> str:
        return f"{self.start}-{self.end}" if self.is_biennium else str(self.start)

    @property
    def filters(self) -> dict:
        if self.is_biennium:
            return {"year_from": self.start, "year_to": self.end}
        return {"year": self.start}

    @property
    def page_filters(self) -> dashboards.Filters:
        return dashboards.Filters({k: str(v) for k, v in self.filters.items()})

    @property
    def previous(self) -> "Period":
        length = self.end - self.start + 1
        return Period(self.start - length, self.end - length)

    @property
    def years(self) -> range:
        return range(self.start, self.end + 1)

    @property
    def url(self) -> str:
        if self.is_biennium:
            return reverse("report-biennium", args=[self.start, self.end])
        return reverse("report-annual", args=[self.start])

    @property
    def published_periods(self) -> set[str]:
        """The period labels of published figures that belong to this report."""
        if self.is_biennium:
            return {self.label, *(str(y) for y in self.years)}
        return {self.label, f"{self.start - 1}-{self.start}"}


def available_periods() -> tuple[list[Period], list[Period]]:
    """Years with data, and the bienniums whose two years both have data."""
    years = dashboards.years_with_data()
    annual = [Period(y, y) for y in years]
    biennial = [Period(y, y + 1) for y in years if y % 2 == 0 and y + 1 in years]
    return annual, biennial


def find_period(start: int, end: int) -> Period | None:
    """The period if a report exists for it, else None (a year without data, 2019-2018, ...)."""
    annual, biennial = available_periods()
    wanted = Period(start, end)
    return wanted if wanted in annual or wanted in biennial else None


def has_published_report(period: Period) -> bool:
    return (period.start, period.end) in PUBLISHED_REPORTS


# Sections ------------------------------------------------------------------------------


@dataclass
class AreaSection:
    """A programme area's part of the report (E/2021/49 section III.A-F)."""

    area: ProgrammeArea
    figures: dict[str, ReportFigure]
    programmes: list[dict] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    pillar: Pillar | None = None
    pillar_share: ReportFigure | None = None


@dataclass
class ComparisonRow:
    label: str
    current: ReportFigure
    previous: ReportFigure
    change: ReportFigure | None


@dataclass
class ReconciliationRow:
    published: Published
    period: str
    figure: ReportFigure

    @property
    def status(self) -> str:
        """reproduced, known-discrepancy (a note on the published figure says why) or differs."""
        if reproduces(self.published, self.figure.value):
            return "reproduced"
        return "known-discrepancy" if self.published.discrepancy_note else "differs"


@dataclass
class ResultsReport:
    period: Period
    figures: dict[str, ReportFigure]
    has_previous: bool
    has_unplanned: bool
    charts: dict[str, charts.Chart]
    finance: list[ReportFigure]
    finance_charts: list
    pillar_sections: list[AreaSection]
    cross_cutting: list[AreaSection]
    cross_cutting_share: ReportFigure | None
    hosted: AreaSection | None
    comparison: list[ComparisonRow]
    reconciliation: list[ReconciliationRow]
    csv_rows: list[list]

    def _starting(self, prefix: str) -> list[ReportFigure]:
        return [figure for key, figure in self.figures.items() if key.startswith(prefix)]

    @property
    def pillar_shares(self) -> list[ReportFigure]:
        return self._starting("pillar_share_")

    @property
    def regions(self) -> list[ReportFigure]:
        return self._starting("region_")

    @property
    def sectors(self) -> list[ReportFigure]:
        return self._starting("sector_")

    @property
    def differences(self) -> int:
        return sum(1 for row in self.reconciliation if row.status != "reproduced")


def _overlaps(label: str, period: Period) -> bool:
    """Whether a period label ("2019-2020", "2020-12-31", "2020") overlaps the report's."""
    digits = [int(part) for part in label.replace("-", " ").split() if len(part) == 4]
    if not digits:
        return False
    return digits[0] <= period.end and digits[-1] >= period.start


def _headline(book: FigureBook, section: str, period: Period, prefix: str = "") -> None:
    """Beneficiaries, learners, events, event days, certificates and countries of a period."""
    p = period.filters
    learning = {**p, "beneficiary_type": "learning"}

    def add(key, label, definition, unit="count"):
        label = _("%(figure)s, %(period)s") % {"figure": label, "period": period.label}
        book.add(section, prefix + key, label, definition, unit)

    add("beneficiaries", _("Beneficiaries"), {"measure": "beneficiaries", "filters": p})
    add(
        "learners",
        _("Learning-related beneficiaries"),
        {"measure": "beneficiaries", "filters": learning},
    )
    add(
        "knowledge_sharing",
        _("Other knowledge-sharing beneficiaries"),
        {"measure": "beneficiaries", "filters": {**p, "beneficiary_type": "knowledge-sharing"}},
    )
    add(
        "learning_share",
        _("Learning-related share of beneficiaries"),
        {"measure": "beneficiaries", "filters": learning, "share_of": p},
        "percent",
    )
    add("events", _("Events"), {"measure": "events", "filters": p})
    add("event_days", _("Event days"), {"measure": "event_days", "filters": p})
    add("certificates", _("Certificates"), {"measure": "certificates", "filters": p})
    add("countries", _("Countries and territories reached"), {"measure": "countries", "filters": p})
    add(
        "online_share",
        _("Share of events delivered online"),
        {"measure": "events", "filters": {**p, "delivery": "online"}, "share_of": p},
        "percent",
    )


def _framework(book: FigureBook, period: Period) -> None:
    """E/2021/49 paras 11-13: pillars, partners, development status, regions, sectors,
    gender and disability (learners' shares, as published)."""
    section = "framework"
    p = period.filters
    learning = {**p, "beneficiary_type": "learning"}

    def share_of_learners(key, label, **extra):
        book.add(
            section,
            key,
            label,
            {"measure": "beneficiaries", "filters": {**learning, **extra}, "share_of": learning},
            "percent",
        )

    for pillar in catalogue.pillar_list():
        _pillar_share(book, period, pillar)
    book.add(
        section,
        "thematic_share",
        _("Share of beneficiaries in the Peace, People and Planet pillars"),
        {
            "measure": "beneficiaries",
            "filters": {**p, "pillar": ["peace", "people", "planet"]},
            "share_of": p,
        },
        "percent",
    )
    book.add(
        section,
        "partnered_share",
        _("Share of beneficiaries trained with partners"),
        {"measure": "beneficiaries", "filters": {**p, "with_partners": True}, "share_of": p},
        "percent",
    )
    share_of_learners(
        "special_situation_share",
        _("Learners from countries in special situations"),
        country_group=SPECIAL_SITUATION,
    )
    share_of_learners(
        "developing_share", _("Learners from developing countries"), country_group="developing"
    )
    share_of_learners(
        "developed_share", _("Learners from developed countries"), country_group="developed"
    )
    share_of_learners(
        "developing_regions_share",
        _(
            "Learners from Africa, Asia and the Pacific, Latin America and the Caribbean and "
            "the Middle East"
        ),
        region=DEVELOPING_REGIONS,
    )
    for slug, name in dashboards.labels("region").items():
        share_of_learners(f"region_{slug.replace('-', '_')}_share", str(name), region=slug)
    sector_labels = {
        "non_state": _("Non-state sectors (NGOs, academia, private sector)"),
        "government": _("Governments"),
        "international": _("International organizations (UN system and others)"),
        "other": _("Other (including military and police)"),
    }
    for key, sectors in SECTOR_GROUPS:
        share_of_learners(f"sector_{key}_share", sector_labels[key], sector=sectors)
    for gender in ("female", "male", "other"):
        share_of_learners(
            f"gender_{gender}_share",
            _("Learners by gender: %(gender)s") % {"gender": dashboards.labels("gender")[gender]},
            gender=gender,
        )
    book.add(
        section,
        "disability",
        _("Learners with a disability"),
        {"measure": "beneficiaries", "filters": {**learning, "disability": True}},
    )
    share_of_learners("disability_share", _("Share of learners with a disability"), disability=True)


def _area_section(book: FigureBook, period: Period, area: ProgrammeArea, small: bool):
    section = f"area-{area.slug}"
    p = {**period.filters, "area": area.slug}
    prefix = f"area_{area.slug.replace('-', '_')}_"
    rows = [
        ("beneficiaries", _("Beneficiaries"), {"measure": "beneficiaries", "filters": p}),
        (
            "learners",
            _("Learning-related beneficiaries"),
            {"measure": "beneficiaries", "filters": {**p, "beneficiary_type": "learning"}},
        ),
        ("events", _("Events"), {"measure": "events", "filters": p}),
        (
            "learning_events",
            _("Learning events"),
            {"measure": "events", "filters": {**p, "learning": True}},
        ),
        ("certificates", _("Certificates"), {"measure": "certificates", "filters": p}),
    ]
    figures = {
        key: book.add(section, prefix + key, f"{area.localized_name()}: {label}", definition)
        for key, label, definition in rows
    }
    result = AreaSection(area=area, figures=figures)
    programme_rows = dashboards.programme_figures(
        {"area": area.slug}, period.page_filters, see_small_cells=small
    )
    for item in programme_rows:
        if not item.events and not item.beneficiaries:
            continue
        slug = item.programme.slug
        q = {**period.filters, "programme": slug}
        name = item.programme.localized_name()
        result.programmes.append(
            {
                "programme": item.programme,
                "beneficiaries": book.add_known(
                    section,
                    f"programme_{slug}_beneficiaries",
                    _("%(programme)s: beneficiaries") % {"programme": name},
                    {"measure": "beneficiaries", "filters": q},
                    item.beneficiaries,
                ),
                "learners": book.add_known(
                    section,
                    f"programme_{slug}_learners",
                    _("%(programme)s: learning-related beneficiaries") % {"programme": name},
                    {"measure": "beneficiaries", "filters": {**q, "beneficiary_type": "learning"}},
                    item.learners,
                ),
                "events": book.add_known(
                    section,
                    f"programme_{slug}_events",
                    _("%(programme)s: events") % {"programme": name},
                    {"measure": "events", "filters": q},
                    item.events,
                ),
            }
        )
    result.highlights = [
        h for h in catalogue.highlights_for(area=area) if _overlaps(h.period, period)
    ]
    result.indicators = [
        i
        for i in catalogue.indicators_for(area=area)
        if i.period_start.year <= period.end and i.period_end.year >= period.start
    ]
    return result


def _pillar_share(book: FigureBook, period: Period, pillar: Pillar) -> ReportFigure:
    return book.add(
        "framework",
        f"pillar_share_{pillar.slug.replace('-', '_')}",
        _("Share of beneficiaries: %(pillar)s") % {"pillar": pillar.localized_name()},
        {
            "measure": "beneficiaries",
            "filters": {**period.filters, "pillar": pillar.slug},
            "share_of": period.filters,
        },
        "percent",
    )


def _finance(book: FigureBook, period: Period) -> list[ReportFigure]:
    """E/2021/49 section IV: the latest closed biennium's income, the budget, the audited
    position of the last two years and the Strategic Framework Fund, up to the period's end."""
    section = "finance"
    found = []

    def add(key, label, definition, unit):
        figure = book.add(section, key, label, definition, unit)
        if figure.value is not None:
            found.append(figure)

    incomes = list(Income.objects.filter(end_year__lte=period.end).order_by("start_year"))
    if incomes:
        last = incomes[-1]
        add(
            "income",
            _("Total income, %(period)s") % {"period": f"{last.start_year}-{last.end_year}"},
            {"measure": "income_usd", "start_year": last.start_year, "end_year": last.end_year},
            "usd",
        )
        if len(incomes) > 1:
            before = incomes[-2]
            add(
                "income_growth",
                _("Growth of total income over %(period)s")
                % {"period": f"{before.start_year}-{before.end_year}"},
                {
                    "measure": "income_growth_percent",
                    "start_year": last.start_year,
                    "end_year": last.end_year,
                    "previous_start_year": before.start_year,
                    "previous_end_year": before.end_year,
                },
                "change",
            )
    start = period.end - period.end % 2
    budgets = {b.kind: b for b in Budget.objects.filter(start_year=start)}
    budget = budgets.get(BudgetKind.REVISED) or budgets.get(BudgetKind.APPROVED)
    if budget is not None:
        add(
            "budget",
            _("Programme budget %(period)s (%(kind)s)")
            % {
                "period": f"{budget.start_year}-{budget.end_year}",
                "kind": budget.get_kind_display(),
            },
            {
                "measure": "budget_usd",
                "start_year": budget.start_year,
                "end_year": budget.end_year,
                "kind": budget.kind,
            },
            "usd",
        )
        add(
            "budget_growth",
            _("Change of the programme budget over the previous biennium's approved budget"),
            {
                "measure": "budget_growth_percent",
                "start_year": budget.start_year,
                "end_year": budget.end_year,
                "kind": budget.kind,
                "previous_start_year": budget.start_year - 2,
                "previous_end_year": budget.end_year - 2,
                "previous_kind": BudgetKind.APPROVED.value,
            },
            "change",
        )
    positions = list(FinancialPosition.objects.filter(year__lte=period.end).order_by("year"))[-2:]
    for position in positions:
        add(
            f"accumulated_surplus_{position.year}",
            _("Accumulated surplus at the end of %(year)s") % {"year": position.year},
            {"measure": "accumulated_surplus_usd", "year": position.year},
            "usd",
        )
    if positions:
        year = positions[-1].year
        add(
            f"surplus_{year}",
            _("Surplus for %(year)s") % {"year": year},
            {"measure": "surplus_usd", "year": year},
            "usd",
        )
        add(
            f"actuarial_change_{year}",
            _("Increase in after-service liabilities, %(year)s") % {"year": year},
            {"measure": "actuarial_change_usd", "year": year},
            "usd",
        )
        add(
            f"top_donor_share_{year}",
            _("Share of %(year)s contributions given by the top 10 donors") % {"year": year},
            {"measure": "top_donor_share_percent", "year": year, "top": 10},
            "percent",
        )
        add(
            "unqualified_audits",
            _("Unqualified audit opinions, %(first)s to %(last)s")
            % {"first": positions[0].year, "last": year},
            {
                "measure": "unqualified_audit_opinions",
                "start_year": positions[0].year,
                "end_year": year,
            },
            "count",
        )
    if period.end >= SFF_FIRST_YEAR:
        add(
            "sff_projects",
            _("Projects funded by the Strategic Framework Fund since %(year)s")
            % {"year": SFF_FIRST_YEAR},
            {"measure": "sff_projects", "start_year": SFF_FIRST_YEAR},
            "count",
        )
    return found


def _comparison(book: FigureBook, period: Period) -> list[ComparisonRow]:
    previous = period.previous
    _headline(book, "comparison", previous, prefix="previous_")
    rows = []
    for key, label, unit in (
        ("beneficiaries", _("Beneficiaries"), "count"),
        ("learners", _("Learning-related beneficiaries"), "count"),
        ("learning_share", _("Learning-related share"), "percent"),
        ("events", _("Events"), "count"),
        ("event_days", _("Event days"), "count"),
        ("certificates", _("Certificates"), "count"),
        ("countries", _("Countries and territories reached"), "count"),
        ("online_share", _("Share of events online"), "percent"),
    ):
        change = None
        if unit == "count":
            definition = book.figures[key].definition
            change = book.add(
                "comparison",
                f"{key}_change",
                _("%(figure)s: change from %(previous)s")
                % {"figure": label, "previous": previous.label},
                {
                    "measure": definition["measure"],
                    "filters": definition["filters"],
                    "change_from": book.figures[f"previous_{key}"].definition["filters"],
                },
                "change",
            )
        rows.append(
            ComparisonRow(label, book.figures[key], book.figures[f"previous_{key}"], change)
        )
    return rows


def _reconciliation(book: FigureBook, period: Period) -> list[ReconciliationRow]:
    """Each published figure of the period beside the report's value for its definition."""
    rows = []
    for figure in PublishedFigure.objects.filter(period__in=period.published_periods).order_by(
        "period", "source_document", "key"
    ):
        unit = figure.unit
        if "change_from" in figure.definition or figure.definition["measure"].endswith(
            "growth_percent"
        ):
            unit = "change"
        ours = book.by_definition(figure.definition) or book.add(
            "reconciliation",
            f"published_{figure.key}",
            figure.localized_label(),
            figure.definition,
            unit,
        )
        rows.append(ReconciliationRow(Published.of(figure), figure.period, ours))
    return rows


def build(period: Period, *, see_small_cells: bool = False) -> ResultsReport:
    book = FigureBook(see_small_cells=see_small_cells)
    _headline(book, "summary", period)
    years = dashboards.years_with_data()
    previous_has_data = all(y in years for y in period.previous.years)
    if previous_has_data:
        book.add(
            "summary",
            "growth",
            _("Change in beneficiaries from %(previous)s") % {"previous": period.previous.label},
            {
                "measure": "beneficiaries",
                "filters": period.filters,
                "change_from": period.previous.filters,
            },
            "change",
        )
        book.add(
            "covid",
            "previous_online_share",
            _("Share of events delivered online, %(previous)s")
            % {"previous": period.previous.label},
            {
                "measure": "events",
                "filters": {**period.previous.filters, "delivery": "online"},
                "share_of": period.previous.filters,
            },
            "percent",
        )
    unplanned = book.add(
        "covid",
        "unplanned_events",
        _("Unplanned events responding to the crisis"),
        {"measure": "events", "filters": {**period.filters, "unplanned": True}},
    )
    _framework(book, period)
    small = {"see_small_cells": see_small_cells}
    filters = period.page_filters
    report_charts = {
        "beneficiaries_by_year": charts.beneficiaries_by_year({}, filters, **small),
        "beneficiaries_by_pillar": charts.beneficiaries_by_pillar({}, filters, **small),
        "development_status": charts.learners_by_development_status({}, filters, **small),
        "countries": charts.learners_by_country({}, filters, **small),
        "regions": charts.learners_by_region({}, filters, **small),
        "sectors": charts.learners_by_sector({}, filters, **small),
        "gender": charts.learners_by_gender({}, filters, **small),
        "delivery": charts.events_by_delivery({}, filters, **small),
        "events_by_year": charts.events_by_year({}, dashboards.Filters(), **small),
    }
    areas = {a.slug: a for a in catalogue.area_list()}
    pillars = {p.slug: p for p in catalogue.pillar_list()}
    pillar_sections = []
    for slug in PILLAR_AREAS:
        if slug in areas:
            section = _area_section(book, period, areas[slug], see_small_cells)
            if slug in pillars:
                section.pillar = pillars[slug]
                section.pillar_share = _pillar_share(book, period, pillars[slug])
            pillar_sections.append(section)
    cross_cutting = [
        _area_section(book, period, areas[slug], see_small_cells)
        for slug in CROSS_CUTTING_AREAS
        if slug in areas
    ]
    cross_share = (
        _pillar_share(book, period, pillars[CROSS_CUTTING_PILLAR])
        if CROSS_CUTTING_PILLAR in pillars
        else None
    )
    hosted = (
        _area_section(book, period, areas[HOSTED_AREA], see_small_cells)
        if HOSTED_AREA in areas
        else None
    )
    finance_figures = _finance(book, period)
    finance_chart_list = [
        finance_charts.income_by_biennium(
            [i for i in finance.income_by_period() if i.end_year <= period.end]
        ),
        finance_charts.surplus_over_time(
            [p for p in finance.financial_positions() if p.year <= period.end]
        ),
    ]
    comparison = _comparison(book, period) if previous_has_data else []
    reconciliation = _reconciliation(book, period)
    return ResultsReport(
        period=period,
        figures=book.figures,
        has_previous=previous_has_data,
        has_unplanned=bool(unplanned.value),
        charts=report_charts,
        finance=finance_figures,
        finance_charts=finance_chart_list,
        pillar_sections=pillar_sections,
        cross_cutting=cross_cutting,
        cross_cutting_share=cross_share,
        hosted=hosted,
        comparison=comparison,
        reconciliation=reconciliation,
        csv_rows=book.csv_rows(),
    )


def _code_version() -> str:
    """A digest of the code that builds a report: a deploy must not serve reports cached by
    the previous code."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("results_report.py", "report_figures.py"):
        digest.update((here / name).read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = _code_version()


def results_report(period: Period, *, see_small_cells: bool = False) -> ResultsReport:
    """The report, computed once per statistics build, language and audience."""
    return dashboards.per_build(
        ("results-report", CODE_VERSION, period, see_small_cells, get_language()),
        lambda: build(period, see_small_cells=see_small_cells),
    )
