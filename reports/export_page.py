"""The /exports/ page: the form of filters, and how many rows each download would have."""

from dataclasses import dataclass, field

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from beneficiaries.models import AgeGroup, Gender, Region, Sector
from beneficiaries.selectors import PARTICIPATION_FILTERS, participation_count, participation_query
from programmes.models import DeliveryMode
from programmes.selectors import area_list, pillar_list, programme_list
from reports import selectors
from reports.dashboards import BENEFICIARY_TYPE_LABELS, COUNTRY_GROUP_LABELS
from reports.queries import BENEFICIARY_DIMENSIONS, COUNTRY_GROUPS, QueryError


@dataclass
class Option:
    value: str
    label: str
    selected: bool = False


@dataclass
class FormField:
    name: str
    label: str
    value: str = ""
    options: list[Option] | None = None  # None: a free-text or number field


@dataclass
class ExportPage:
    """What the /exports/ page shows for the filters chosen: the form, and how many rows each
    download will have."""

    fields: list[FormField]
    group_by: list[Option]
    query_string: str = ""
    error: QueryError | None = None
    beneficiary_rows: int | None = None
    participation_rows: int | None = None
    participation_query_string: str = ""
    participation_left_out: list[str] = field(default_factory=list)


def _filled(params: QueryDict) -> QueryDict:
    """The parameters a GET form sent, without its empty fields."""
    filled = QueryDict(mutable=True)
    for name in params:
        values = [v for v in params.getlist(name) if v.strip()]
        if values:
            filled.setlist(name, values)
    return filled


# The file's columns keep the API's names in every language; the form says what each one is.
GROUP_LABELS = {
    "year": _("Year"),
    "pillar": _("Pillar"),
    "area": _("Programme area"),
    "programme": _("Programme"),
    "country": _("Country"),
    "region": _("Region"),
    "country_group": _("Country group"),
    "gender": _("Gender"),
    "age_group": _("Age group"),
    "disability": _("Disability"),
    "sector": _("Sector"),
    "beneficiary_type": _("Beneficiary type"),
    "delivery": _("Delivery"),
    "with_partners": _("Trained with partners"),
}


def _fields(params: QueryDict) -> list[FormField]:
    def select(name, label, choices) -> FormField:
        chosen = set(",".join(params.getlist(name)).split(","))
        options = [Option(str(v), str(text), str(v) in chosen) for v, text in choices]
        return FormField(name, label, options=options)

    def text(name, label) -> FormField:
        return FormField(name, label, value=params.get(name, ""))

    return [
        text("year", _("Year")),
        text("year_from", _("From year")),
        text("year_to", _("To year")),
        select("pillar", _("Pillar"), [(p.slug, p.localized_name()) for p in pillar_list()]),
        select("area", _("Programme area"), [(a.slug, a.localized_name()) for a in area_list()]),
        select(
            "programme",
            _("Programme"),
            [(p.slug, p.localized_name()) for p in programme_list().order_by("name")],
        ),
        text("country", _("Country (ISO 3166-1 alpha-3, e.g. KEN)")),
        select("region", _("Region"), Region.choices),
        select(
            "country_group",
            _("Country group"),
            [(g, COUNTRY_GROUP_LABELS[g]) for g in COUNTRY_GROUPS],
        ),
        select("gender", _("Gender"), Gender.choices),
        select("age_group", _("Age group"), AgeGroup.choices),
        select("delivery", _("Delivery"), DeliveryMode.choices),
        select("sector", _("Sector"), Sector.choices),
        select("beneficiary_type", _("Beneficiary type"), BENEFICIARY_TYPE_LABELS.items()),
    ]


def export_page(
    params: QueryDict, *, see_small_cells: bool, may_export_participations: bool
) -> ExportPage:
    """The form for `params`, and the row count of each file they would download."""
    filled = _filled(params)
    grouped = set(",".join(filled.getlist("group_by")).split(","))
    page = ExportPage(
        fields=_fields(filled),
        group_by=[Option(d, str(GROUP_LABELS[d]), d in grouped) for d in BENEFICIARY_DIMENSIONS],
        query_string=filled.urlencode(),
    )
    try:
        counts = selectors.beneficiary_counts(filled, see_small_cells=see_small_cells)
        page.beneficiary_rows = len(counts.rows)
        if may_export_participations:
            records = QueryDict(mutable=True)
            for name in filled:
                if name in PARTICIPATION_FILTERS:
                    records.setlist(name, filled.getlist(name))
                else:
                    page.participation_left_out.append(name)
            page.participation_rows = participation_count(participation_query(records))
            page.participation_query_string = records.urlencode()
    except QueryError as error:
        page.error = error
    return page
