"""Evaluate a published figure's definition against the records, and judge the match.

A definition is JSON: {"measure": ..., "filters": {...}, "exclude": {...}, "share_of": {...}}
or a finance measure (finance/selectors.py). Filter names are the API's (DESIGN.md); a list
value means "any of". `share_of` makes the figure a percentage of the same measure under other
filters; `change_from` a percentage change from them. This reads the raw records directly and is
the reference the statistics tables are checked against.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Exists, OuterRef, Q, QuerySet, Sum

from beneficiaries.models import AggregateTally, CountryGroupMembership, Participation
from programmes.models import Event

RECORD_FIELDS = {
    "year": "event__start_date__year",
    "year_from": "event__start_date__year__gte",
    "year_to": "event__start_date__year__lte",
    "pillar": "event__programme__pillar__slug",
    "area": "event__programme__area__slug",
    "programme": "event__programme__slug",
    "country": "country__iso3",
    "region": "country__region",
    "gender": "gender",
    "age_group": "age_group",
    "disability": "disability",
    "sector": "sector",
    "delivery": "event__delivery_mode",
    "unplanned": "event__unplanned",
    "with_partners": "event__with_partners",
}
EVENT_FIELDS = {
    "year": "start_date__year",
    "year_from": "start_date__year__gte",
    "year_to": "start_date__year__lte",
    "pillar": "programme__pillar__slug",
    "area": "programme__area__slug",
    "programme": "programme__slug",
    "country": "country__iso3",
    "region": "country__region",
    "delivery": "delivery_mode",
    "learning": "learning",
    "unplanned": "unplanned",
    "with_partners": "with_partners",
}
RECORD_MEASURES = {"beneficiaries", "certificates", "countries"}
EVENT_MEASURES = {"events", "event_days"}
GROUPS = {"ldc", "lldc", "sids", "fragile"}


def _as_list(value) -> list:
    return list(value) if isinstance(value, list | tuple) else [value]


def _in_groups(groups: list[str]) -> Exists:
    """The record's country was in any of `groups` on the day its event started."""
    day = OuterRef("event__start_date")
    return Exists(
        CountryGroupMembership.objects.filter(country=OuterRef("country"), group__in=groups)
        .filter(Q(start_date__isnull=True) | Q(start_date__lte=day))
        .filter(Q(end_date__isnull=True) | Q(end_date__gt=day))
    )


def _country_group_q(value: str) -> Q:
    special = _in_groups(sorted(GROUPS))
    if value in GROUPS:
        return Q(_in_groups([value]))
    if value == "special-situation":
        return Q(special)
    if value == "developed":
        return Q(country__developed=True) & ~Q(special)
    if value == "developing":  # M49: developing includes the countries in special situations
        return Q(country__developed=False) | Q(special)
    raise ValueError(f"unknown country group {value!r}")


def _development_status_q(value: str) -> Q:
    special = Q(_in_groups(sorted(GROUPS)))
    return {
        "special-situation": special,
        "developed": Q(country__developed=True) & ~special,
        "developing": Q(country__developed=False) & ~special,
    }[value]


def _record_q(filters: dict) -> Q:
    q = Q()
    for key, value in filters.items():
        if key == "beneficiary_type":
            q &= Q(event__learning=(value == "learning"))
        elif key == "country_group":
            q &= _any(_country_group_q(v) for v in _as_list(value))
        elif key == "development_status":
            q &= _any(_development_status_q(v) for v in _as_list(value))
        elif key in RECORD_FIELDS:
            field = RECORD_FIELDS[key]
            q &= Q(**{f"{field}__in": value}) if isinstance(value, list) else Q(**{field: value})
        else:
            raise ValueError(f"unknown filter {key!r}")
    return q


def _any(qs) -> Q:
    combined = Q()
    for q in qs:
        combined |= q
    return combined


def _records(model, filters: dict, exclude: dict) -> QuerySet:
    queryset = model.objects.filter(_record_q(filters))
    return queryset.exclude(_record_q(exclude)) if exclude else queryset


def _events(filters: dict) -> QuerySet:
    q = Q()
    for key, value in filters.items():
        if key not in EVENT_FIELDS:
            raise ValueError(f"filter {key!r} does not apply to events")
        field = EVENT_FIELDS[key]
        q &= Q(**{f"{field}__in": value}) if isinstance(value, list) else Q(**{field: value})
    return Event.objects.filter(q)


def count(measure: str, filters: dict, exclude: dict | None = None) -> int:
    exclude = exclude or {}
    if measure in EVENT_MEASURES:
        events = _events(filters)
        return (
            events.count()
            if measure == "events"
            else events.aggregate(n=Sum("event_days"))["n"] or 0
        )
    participations = _records(Participation, filters, exclude)
    tallies = _records(AggregateTally, filters, exclude)
    if measure == "beneficiaries":
        return participations.count() + (tallies.aggregate(n=Sum("beneficiaries"))["n"] or 0)
    if measure == "certificates":
        return participations.filter(certified=True).count() + (
            tallies.aggregate(n=Sum("certificates"))["n"] or 0
        )
    if measure == "countries":
        return len(
            set(participations.values_list("country", flat=True).distinct())
            | set(tallies.values_list("country", flat=True).distinct())
        )
    raise ValueError(f"unknown measure {measure!r}")


def evaluate(definition: dict) -> Decimal | None:
    """The value the data give for a figure's definition, unrounded."""
    measure = definition["measure"]
    if measure not in RECORD_MEASURES | EVENT_MEASURES:
        from finance.selectors import finance_measure

        return finance_measure(definition)
    filters = definition.get("filters", {})
    value = Decimal(count(measure, filters, definition.get("exclude")))
    for relation in ("share_of", "change_from"):
        if relation in definition:
            base = Decimal(count(measure, definition[relation]))
            if not base:
                return None
            value = value * 100 / base if relation == "share_of" else (value - base) * 100 / base
    return value


def rounded(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def reproduces(figure, computed: Decimal | None) -> bool:
    """Whether the computed value gives back the published one, as precisely as it was published."""
    if computed is None:
        return False
    if figure.comparator == "at-least":
        return computed >= figure.value
    return rounded(computed, figure.decimals) == rounded(figure.value, figure.decimals)
