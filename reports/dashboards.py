"""Page-level selectors for the dashboards: filters, headline cards, programme and event lists.

Every number comes from reports/selectors.py (the statistics); this module only combines
answers for a page and names the dimension values in the request's language.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

from django.core.cache import cache
from django.utils import translation
from django.utils.formats import get_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from beneficiaries.models import Country, Gender, Region, Sector
from programmes import selectors as catalogue
from programmes.models import DeliveryMode, Event, Pillar, Programme, ProgrammeArea
from reports import selectors
from reports.queries import COUNTRY_GROUPS, parse
from unitar_site.language import localized_path

# The filters a dashboard offers (issue 5); the page's own slice (pillar, area, programme) comes
# from its URL, never from these.
PAGE_FILTERS = ("year", "year_from", "year_to", "region", "country_group", "gender", "delivery")
# Event statistics have no person dimensions: these filters do not narrow event counts.
PERSON_FILTERS = ("gender", "country_group")

COUNTRY_GROUP_LABELS = {
    "ldc": gettext_lazy("Least developed countries"),
    "lldc": gettext_lazy("Landlocked developing countries"),
    "sids": gettext_lazy("Small island developing States"),
    "special-situation": gettext_lazy("Countries in special situations"),
    "developing": gettext_lazy("Developing countries"),
    "developed": gettext_lazy("Developed countries"),
}
BENEFICIARY_TYPE_LABELS = {
    "learning": gettext_lazy("Learning-related"),
    "knowledge-sharing": gettext_lazy("Other knowledge-sharing"),
}


@dataclass(frozen=True)
class Filters:
    """A dashboard's validated GET filters, kept as the strings the query layer accepts."""

    params: dict[str, str] = field(default_factory=dict)

    @property
    def querystring(self) -> str:
        return urlencode(self.params)

    def beneficiary_params(self, scope: dict, *, per_year: bool = False) -> dict[str, str]:
        """Filters plus the page's slice; a per-year chart keeps the range but not one year."""
        params = {**self.params, **scope}
        if per_year:
            params.pop("year", None)
        return params

    def event_params(self, scope: dict, *, per_year: bool = False) -> dict[str, str]:
        params = self.beneficiary_params(scope, per_year=per_year)
        for name in PERSON_FILTERS:
            params.pop(name, None)
        return params

    @property
    def narrows_people_only(self) -> bool:
        """Whether a filter applies to beneficiaries but cannot apply to event counts."""
        return any(name in self.params for name in PERSON_FILTERS)

    @property
    def event_note(self) -> str:
        """What event counts mean under these filters, where it differs from beneficiaries."""
        notes = []
        if self.narrows_people_only:
            notes.append(_("Event counts are not narrowed by gender or country group."))
        if "region" in self.params:
            # An event's region is its venue's; an online event has no venue.
            notes.append(_("Events count by the region of their venue; online events have none."))
        return " ".join(notes)


def page_filters(query) -> Filters:
    """Validate a page's GET parameters; raises reports.queries.QueryError naming the bad one.

    Empty fields (a submitted form with nothing chosen) count as absent.
    """
    params = {name: query.get(name, "") for name in query if query.get(name, "") != ""}
    parse(params, PAGE_FILTERS, ())
    return Filters({name: params[name] for name in PAGE_FILTERS if name in params})


# Caching ---------------------------------------------------------------------------------


def _code_version() -> str:
    """A digest of the code that turns statistics into pages, and of the dataset's translations
    the pages' cached labels come from: a deploy must not serve what the previous one cached."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in ("dashboards.py", "charts.py", "selectors.py", "queries.py"):
        digest.update((here / name).read_bytes())
    for path in sorted((here / "dataset" / "translations").glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


CODE_VERSION = _code_version()


def per_build(parts: tuple, compute):
    """compute() once per statistics build: statistics change only when a build finishes, so
    a page's numbers for the same question are reused until the next one."""
    # Titles, summaries and names inside the answer are in the request's language.
    question = (CODE_VERSION, translation.get_language(), *parts)
    key = selectors.build_key("reports:dashboard", selectors.latest_build(), question)
    return cache.get_or_set(key, compute, timeout=CACHE_SECONDS)


CACHE_SECONDS = 24 * 3600


# Names -----------------------------------------------------------------------------------


def labels(dimension: str) -> dict:
    """Slug -> display name of a dimension's values, in the active language."""
    if dimension == "pillar":
        return {p.slug: p.localized_name() for p in Pillar.objects.all()}
    if dimension == "area":
        return {a.slug: a.localized_name() for a in ProgrammeArea.objects.all()}
    if dimension == "programme":
        return {p.slug: p.localized_name() for p in Programme.objects.all()}
    if dimension == "country":
        return {c.iso3: c.localized_name() for c in Country.objects.all()}
    return {
        "region": dict(Region.choices),
        "gender": dict(Gender.choices),
        "sector": dict(Sector.choices),
        "delivery": dict(DeliveryMode.choices),
        "country_group": COUNTRY_GROUP_LABELS,
        "beneficiary_type": BENEFICIARY_TYPE_LABELS,
    }[dimension]


@dataclass
class FilterField:
    name: str
    label: str
    options: list[tuple[str, str]]
    selected: str


def filter_fields(filters: Filters, years: list[int]) -> list[FilterField]:
    """The filter form's selects, with each one's current value."""
    year_options = [(str(y), str(y)) for y in years]
    fields = [
        ("year", _("Year"), year_options),
        ("year_from", _("From year"), year_options),
        ("year_to", _("To year"), year_options),
        ("region", _("Region"), list(Region.choices)),
        (
            "country_group",
            _("Country group"),
            [(g, str(COUNTRY_GROUP_LABELS[g])) for g in COUNTRY_GROUPS],
        ),
        ("gender", _("Gender"), list(Gender.choices)),
        ("delivery", _("Delivery mode"), list(DeliveryMode.choices)),
    ]
    return [
        FilterField(name, label, options, filters.params.get(name, ""))
        for name, label, options in fields
    ]


def years_with_data() -> list[int]:
    return [row["year"] for row in selectors.event_counts({"group_by": "year"}).rows]


# Headline cards ------------------------------------------------------------------------


@dataclass
class Card:
    """One headline figure for a year, with the previous year's for the change."""

    key: str
    label: str
    value: float | None
    previous: float | None
    percent: bool = False
    note: str = ""
    available: bool = True  # False: the filters make this figure meaningless

    @property
    def suppressed(self) -> bool:
        return self.available and self.value is None

    @property
    def change(self) -> float | None:
        """Percentage change for counts, percentage-point difference for shares."""
        if not self.available or self.value is None or self.previous is None:
            return None
        if self.percent:
            return self.value - self.previous
        return 100 * (self.value - self.previous) / self.previous if self.previous else None

    @property
    def change_text(self) -> str:
        """The change with its sign: "+141" (per cent) or "-8.0" (points)."""
        change = self.change
        if change is None:
            return ""
        text = f"{change:+.1f}" if self.percent else f"{change:+.0f}"
        return text.replace(".", get_format("DECIMAL_SEPARATOR"))  # "-8,0" in French


def headline_year(filters: Filters, years: list[int]) -> int | None:
    """The year the cards describe: the chosen year, the range's end, or the latest."""
    if "year" in filters.params:
        return int(filters.params["year"])
    if "year_to" in filters.params:
        return int(filters.params["year_to"])
    return years[-1] if years else None


def _by_year(rows: list[dict], measure: str, **match) -> dict[int, int | None]:
    """Sum a measure per year over rows matching `match`; None when any part is suppressed."""
    totals: dict[int, int | None] = {}
    for row in rows:
        if any(row.get(k) != v for k, v in match.items()):
            continue
        year = row["year"]
        if row[measure] is None or (year in totals and totals[year] is None):
            totals[year] = None
        else:
            totals[year] = totals.get(year, 0) + row[measure]
    return totals


def _share(part: int | None, whole: int | None) -> float | None:
    if part is None or not whole:
        return None
    return 100 * part / whole


def headline_cards(
    scope: dict, filters: Filters, year: int, *, see_small_cells: bool = False
) -> list[Card]:
    """Beneficiaries, learners, events, certificates, countries and shares for a year and the
    year before, in the page's slice under its filters."""
    params = filters.beneficiary_params(scope, per_year=True)
    params.pop("year_from", None)
    params.pop("year_to", None)
    params.update(year_from=str(year - 1), year_to=str(year))
    event_params = {k: v for k, v in params.items() if k not in PERSON_FILTERS}
    small = {"see_small_cells": see_small_cells}

    by_type = selectors.beneficiary_counts({**params, "group_by": "year,beneficiary_type"}, **small)
    beneficiaries = _by_year(by_type.rows, "beneficiaries")
    learners = _by_year(by_type.rows, "beneficiaries", beneficiary_type="learning")
    certificates = _by_year(
        selectors.certificate_counts({**params, "group_by": "year"}, **small).rows, "certificates"
    )
    events_rows = selectors.event_counts({**event_params, "group_by": "year,learning"}).rows
    events = _by_year(events_rows, "events")
    event_days = _by_year(events_rows, "event_days")
    learning_events = _by_year(events_rows, "events", learning=True)
    online = _by_year(
        selectors.event_counts({**event_params, "delivery": "online", "group_by": "year"}).rows
        if filters.params.get("delivery", "online") == "online"
        else [],
        "events",
    )
    # How many countries, not how many people: no small cell is shown by counting them.
    countries: dict[int, int] = {}
    for row in selectors.beneficiary_counts(
        {**params, "group_by": "year,country"}, see_small_cells=True
    ).rows:
        if row["beneficiaries"]:
            countries[row["year"]] = countries.get(row["year"], 0) + 1
    gender_rows = selectors.beneficiary_counts({**params, "group_by": "year,gender"}, **small).rows
    women = _by_year(gender_rows, "beneficiaries", gender="female")
    # R20: countries in special situations are the LDCs, LLDCs and SIDS (their union). A
    # chosen country group cannot be intersected with that union: the card then says so.
    special: dict[int, int | None] = {}
    if "country_group" not in params:
        special = _by_year(
            selectors.beneficiary_counts(
                {**params, "beneficiary_type": "learning", "country_group": "ldc,lldc,sids"}
                | {"group_by": "year"},
                **small,
            ).rows,
            "beneficiaries",
        )

    # R19, R20: the share of beneficiaries trained in events delivered with partners.
    partnered = _by_year(
        selectors.beneficiary_counts(
            {**params, "with_partners": "true", "group_by": "year"}, **small
        ).rows,
        "beneficiaries",
    )

    def pair(values: dict, default=0) -> tuple:
        return values.get(year, default), values.get(year - 1, default)

    def share_pair(part: dict, whole) -> tuple:
        return tuple(_share(part.get(y, 0), whole(y)) for y in (year, year - 1))

    event_note = filters.event_note
    return [
        Card("beneficiaries", _("Beneficiaries"), *pair(beneficiaries)),
        Card("learners", _("Learning-related beneficiaries"), *pair(learners)),
        Card("events", _("Events"), *pair(events), note=event_note),
        Card("learning_events", _("Learning events"), *pair(learning_events), note=event_note),
        Card("event_days", _("Event days"), *pair(event_days), note=event_note),
        Card("certificates", _("Certificates"), *pair(certificates)),
        Card("countries", _("Countries reached"), *pair(countries)),
        Card(
            "women",
            _("Share of women"),
            *share_pair(women, lambda y: beneficiaries.get(y, 0)),
            percent=True,
        ),
        Card(
            "online",
            _("Share of events online"),
            *share_pair(online, lambda y: events.get(y, 0)),
            percent=True,
            note=event_note,
        ),
        Card(
            "with_partners",
            _("Share trained with partners"),
            *share_pair(partnered, lambda y: beneficiaries.get(y, 0)),
            percent=True,
        ),
        Card(
            "special_situation",
            _("Learners from countries in special situations"),
            *share_pair(special, lambda y: learners.get(y, 0)),
            percent=True,
            available="country_group" not in params,
        ),
    ]


@dataclass
class IndicatorRow:
    name: str
    programme: Programme
    period: str
    value: str  # with its unit and comparator: "about 400,000 registered users"
    source: str


def indicator_rows(scope: dict) -> list[IndicatorRow]:
    """The slice's programme results that are not head counts, each with its source."""
    return [
        IndicatorRow(
            name=indicator.localized_name(),
            programme=indicator.programme,
            period=indicator.period,
            value=indicator.value_text(),
            source=indicator.localized_source(),
        )
        for indicator in catalogue.indicators_for(**scope)
    ]


# Lists -----------------------------------------------------------------------------------


@dataclass
class ProgrammeFigures:
    programme: Programme
    events: int = 0
    learning_events: int = 0
    beneficiaries: int | None = 0
    learners: int | None = 0
    certificates: int | None = 0


def programme_figures(
    scope: dict, filters: Filters, *, see_small_cells: bool = False
) -> list[ProgrammeFigures]:
    """Each programme in the slice with its events, beneficiaries, learners and certificates."""
    programmes = Programme.objects.select_related("area", "pillar").filter(
        **{f"{name}__slug": slug for name, slug in scope.items()}
    )
    figures = {p.slug: ProgrammeFigures(p) for p in programmes}
    small = {"see_small_cells": see_small_cells}
    params = filters.beneficiary_params(scope)
    for row in selectors.beneficiary_counts(
        {**params, "group_by": "programme,beneficiary_type"}, **small
    ).rows:
        item = figures.get(row["programme"])
        if item is None:
            continue
        value = row["beneficiaries"]
        item.beneficiaries = _add(item.beneficiaries, value)
        if row["beneficiary_type"] == "learning":
            item.learners = _add(item.learners, value)
    for row in selectors.certificate_counts({**params, "group_by": "programme"}, **small).rows:
        if row["programme"] in figures:
            figures[row["programme"]].certificates = row["certificates"]
    event_params = filters.event_params(scope)
    for row in selectors.event_counts({**event_params, "group_by": "programme,learning"}).rows:
        item = figures.get(row["programme"])
        if item is None:
            continue
        item.events += row["events"]
        if row["learning"]:
            item.learning_events += row["events"]
    return list(figures.values())


def _add(total: int | None, value: int | None) -> int | None:
    return None if total is None or value is None else total + value


EVENT_LIST_LIMIT = 200


def programme_events(programme: Programme, filters: Filters) -> tuple[list[Event], int]:
    """A programme's events under the filters that apply to events (newest first, at most
    EVENT_LIST_LIMIT), and how many there are. Reads the event catalogue, not participations."""
    events = Event.objects.filter(programme=programme).select_related("country")
    params = filters.params
    if "year" in params:
        events = events.filter(start_date__year=int(params["year"]))
    if "year_from" in params:
        events = events.filter(start_date__year__gte=int(params["year_from"]))
    if "year_to" in params:
        events = events.filter(start_date__year__lte=int(params["year_to"]))
    if "region" in params:
        events = events.filter(country__region__in=params["region"].split(","))
    if "delivery" in params:
        events = events.filter(delivery_mode__in=params["delivery"].split(","))
    return list(events.order_by("-start_date", "code")[:EVENT_LIST_LIMIT]), events.count()


# Data quality ------------------------------------------------------------------------------

DASHBOARD_MEASURES = {"beneficiaries", "certificates", "countries", "events", "event_days"}


@dataclass
class FigureRow:
    """A published figure beside its value computed now, for /data-quality/."""

    key: str
    label: str
    period: str
    published: object
    unit: str
    computed: object
    reproduced: bool
    source: str
    discrepancy_note: str
    dashboard_url: str | None

    @property
    def status(self) -> str:
        """reproduced, known-discrepancy (the seed overrules the source: a note says why) or
        differs (a regression to look at)."""
        if self.reproduced:
            return "reproduced"
        return "known-discrepancy" if self.discrepancy_note else "differs"

    @property
    def decimals(self) -> str:
        """floatformat's argument: shares to two decimals, counts and dollars whole."""
        return "2g" if self.unit == "percent" else "0g"


def figure_summary(rows: list[FigureRow]) -> dict[str, int]:
    counts = {"reproduced": 0, "known_discrepancy": 0, "differs": 0}
    for row in rows:
        counts[row.status.replace("-", "_")] += 1
    return counts


def figure_rows() -> list[FigureRow]:
    """Every published figure next to the value computed from the records now.

    Computing them reads the records (about 17 s on SQLite for all of them), so the answer is
    kept in the cache per statistics build: a new build (new data) computes them afresh.
    """
    return per_build(("published-figure-checks",), _compute_figure_rows)


def _compute_figure_rows() -> list[FigureRow]:
    return [
        FigureRow(
            key=check.figure.key,
            label=check.figure.localized_label(),
            period=check.figure.period,
            published=check.figure.value,
            unit=check.figure.unit,
            computed=check.computed,
            reproduced=check.reproduced,
            source=check.figure.localized_source(),
            discrepancy_note=check.figure.localized_note(),
            dashboard_url=dashboard_url(check.figure.definition),
        )
        for check in selectors.published_figure_checks()
    ]


# The chart that shows a share of a breakdown, by the dimension the share is of.
BREAKDOWN_CHARTS = {
    "gender": "learners-by-gender",
    "region": "learners-by-region",
    "country": "learners-by-country",
    "country_group": "learners-by-development-status",
    "sector": "learners-by-sector",
    "delivery": "events-by-delivery",
    "pillar": "beneficiaries-by-pillar",
    "area": "beneficiaries-by-programme",
    "programme": "beneficiaries-by-programme",
}


def dashboard_url(definition: dict) -> str | None:
    """The dashboard view that shows a published figure: its slice and filters, and for a share
    the whole it is a share of, at the chart of that breakdown. None for finance figures."""
    if definition.get("measure") not in DASHBOARD_MEASURES:
        return None
    filters = definition.get("filters") or {}
    anchor = ""
    whole = definition.get("share_of")
    if isinstance(whole, dict):
        parts = [name for name in filters if name not in whole]
        chart = next((BREAKDOWN_CHARTS[n] for n in parts if n in BREAKDOWN_CHARTS), None)
        anchor = f"#chart-{chart}-title" if chart else ""
        filters = whole
    path = "/"
    for name, prefix in (("programme", "programmes"), ("area", "areas"), ("pillar", "pillars")):
        value = filters.get(name)
        if isinstance(value, str):
            path = f"/{prefix}/{value}/"
            break
    if "year" not in filters and isinstance(definition.get("year"), int):
        filters = {**filters, "year": definition["year"]}
    params = {}
    for name in PAGE_FILTERS:
        value = filters.get(name)
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        if value is not None:
            params[name] = str(value)
    return localized_path(f"{path}?{urlencode(params)}" if params else path) + anchor
