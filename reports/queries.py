"""Questions the query layer accepts: filters and dimensions, checked against allowlists.

Every value from outside (a URL parameter, a JSON field) passes through `parse` before it can
reach SQL; anything unknown, malformed or out of range raises QueryError naming the parameter.
"""

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from beneficiaries.models import AgeGroup, Country, Gender, Region, Sector
from programmes.models import DeliveryMode, Pillar, Programme, ProgrammeArea

FIRST_YEAR, LAST_YEAR = 1963, 2100  # UNITAR was founded in 1963
COUNTRY_GROUPS = ("ldc", "lldc", "sids", "special-situation", "developing", "developed")
BENEFICIARY_TYPES = ("learning", "knowledge-sharing")
BOOLEANS = {"true": True, "false": False}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")

BENEFICIARY_FILTERS = (
    "year",
    "year_from",
    "year_to",
    "pillar",
    "area",
    "programme",
    "country",
    "region",
    "country_group",
    "gender",
    "age_group",
    "disability",
    "sector",
    "beneficiary_type",
    "delivery",
    "with_partners",
)
BENEFICIARY_DIMENSIONS = (
    "year",
    "pillar",
    "area",
    "programme",
    "country",
    "region",
    "country_group",
    "gender",
    "age_group",
    "disability",
    "sector",
    "beneficiary_type",
    "delivery",
    "with_partners",
)
EVENT_FILTERS = (
    "year",
    "year_from",
    "year_to",
    "pillar",
    "area",
    "programme",
    "country",
    "region",
    "delivery",
    "learning",
    "unplanned",
    "with_partners",
)
EVENT_DIMENSIONS = (
    "year",
    "pillar",
    "area",
    "programme",
    "country",
    "region",
    "delivery",
    "learning",
    "unplanned",
    "with_partners",
)


class QueryError(ValueError):
    """A filter or dimension the query layer cannot accept; `parameter` names it."""

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class Query:
    """A validated question: filters as {name: tuple of values}, dimensions to group by."""

    filters: dict[str, tuple] = field(default_factory=dict)
    group_by: tuple[str, ...] = ()


def _allowed(name: str) -> set[str] | None:
    """Allowed slugs for a filter, or None when it is not a slug filter."""
    return {
        "pillar": lambda: set(Pillar.objects.values_list("slug", flat=True)),
        "area": lambda: set(ProgrammeArea.objects.values_list("slug", flat=True)),
        "programme": lambda: set(Programme.objects.values_list("slug", flat=True)),
        "region": lambda: set(Region.values),
        "country_group": lambda: set(COUNTRY_GROUPS),
        "gender": lambda: set(Gender.values),
        "age_group": lambda: set(AgeGroup.values),
        "sector": lambda: set(Sector.values),
        "beneficiary_type": lambda: set(BENEFICIARY_TYPES),
        "delivery": lambda: set(DeliveryMode.values),
    }.get(name, lambda: None)()


def parse_year(name: str, raw: str) -> int:
    if not raw.isdigit() or len(raw) != 4:
        raise QueryError(name, _("must be a four-digit year, not %(value)r") % {"value": raw[:20]})
    year = int(raw)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise QueryError(
            name,
            _("must be between %(first)s and %(last)s") % {"first": FIRST_YEAR, "last": LAST_YEAR},
        )
    return year


def _values(name: str, raw) -> tuple:
    items = [str(v) for v in raw] if isinstance(raw, list | tuple) else str(raw).split(",")
    items = [item.strip() for item in items]
    if not items or any(not item for item in items):
        raise QueryError(name, _("must not be empty"))
    if any(len(item) > 80 or not item.isprintable() for item in items):
        raise QueryError(name, _("contains characters that are not allowed"))
    if name in ("year", "year_from", "year_to"):
        if len(items) != 1:
            raise QueryError(name, _("takes one year"))
        return (parse_year(name, items[0]),)
    if name in ("disability", "learning", "unplanned", "with_partners"):
        if len(items) != 1 or items[0].lower() not in BOOLEANS:
            raise QueryError(name, _("must be true or false"))
        return (BOOLEANS[items[0].lower()],)
    if name == "country":
        codes = [item.upper() for item in items]
        if any(not ISO3.match(code) for code in codes):
            raise QueryError(name, _("must be ISO 3166-1 alpha-3 codes such as KEN"))
        known = set(Country.objects.filter(iso3__in=codes).values_list("iso3", flat=True))
        unknown = [c for c in codes if c not in known]
        if unknown:
            raise QueryError(name, _("unknown country code %(code)s") % {"code": unknown[0]})
        return tuple(codes)
    allowed = _allowed(name)
    for item in items:
        if not SLUG.match(item) or item not in allowed:
            raise QueryError(
                name,
                _("unknown value %(value)r; allowed: %(allowed)s")
                % {"value": item, "allowed": ", ".join(sorted(allowed))},
            )
    return tuple(items)


def parse(params, allowed_filters: tuple[str, ...], allowed_dimensions: tuple[str, ...]) -> Query:
    """Validate filters and `group_by` from a mapping (a QueryDict, a dict of strings or lists)."""
    filters: dict[str, tuple] = {}
    for name in params:
        if not isinstance(name, str) or name not in (*allowed_filters, "group_by"):
            shown = name[:40] if isinstance(name, str) else repr(name)
            raise QueryError(shown if shown.isprintable() else "parameter", _("unknown parameter"))
        if name == "group_by":
            continue
        raw = params.getlist(name) if hasattr(params, "getlist") else params[name]
        if isinstance(raw, list) and len(raw) == 1:
            raw = raw[0]
        filters[name] = _values(name, raw)
    group_by: tuple[str, ...] = ()
    if "group_by" in params:
        raw = params.getlist("group_by") if hasattr(params, "getlist") else params["group_by"]
        raw = ",".join(raw) if isinstance(raw, list | tuple) else str(raw)
        group_by = tuple(d.strip() for d in raw.split(",") if d.strip())
        for dimension in group_by:
            if dimension not in allowed_dimensions:
                shown = dimension[:40] if dimension.isprintable() else "?"
                raise QueryError(
                    "group_by",
                    _("unknown dimension %(value)r; allowed: %(allowed)s")
                    % {"value": shown, "allowed": ", ".join(allowed_dimensions)},
                )
        if len(set(group_by)) != len(group_by):
            raise QueryError("group_by", _("names a dimension twice"))
    if "year" in filters and ("year_from" in filters or "year_to" in filters):
        raise QueryError("year", _("use either year or year_from/year_to"))
    if filters.get("year_from", (0,))[0] > filters.get("year_to", (LAST_YEAR,))[0]:
        raise QueryError("year_from", _("must not be after year_to"))
    return Query(filters=filters, group_by=group_by)
