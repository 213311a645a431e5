"""Reads of the beneficiaries app's data: countries and their groups on a given day, and the
participation records analysts export."""

import datetime
from collections import defaultdict

from django.db.models import F, Q, QuerySet
from django.db.models.functions import ExtractYear

from beneficiaries.models import CountryGroupMembership, Participation
from reports.queries import Query, QueryError, parse


def country_groups_on(on: datetime.date) -> dict[str, set[str]]:
    """iso3 -> the groups (ldc, lldc, sids, fragile) a country belongs to on that day.

    Countries in no group are absent. One query.
    """
    rows = CountryGroupMembership.objects.filter(
        Q(start_date__isnull=True) | Q(start_date__lte=on),
        Q(end_date__isnull=True) | Q(end_date__gt=on),
    ).values_list("country__iso3", "group")
    groups: dict[str, set[str]] = defaultdict(set)
    for iso3, group in rows:
        groups[iso3].add(group)
    return dict(groups)


def special_situation_countries(on: datetime.date) -> set[str]:
    """iso3 of the countries in special situations that day: LDC, LLDC, SIDS or fragile.

    Every country group counts: E/2021/49 para 12 names fragile and post-conflict countries,
    LDCs, LLDCs and SIDS as the countries in special situations.
    """
    return set(country_groups_on(on))


# Participation records for export ----------------------------------------------------------

# The beneficiary filters a single record can answer; country groups need the country's status
# on the event's date and beneficiary types belong to the statistics, so neither is offered.
PARTICIPATION_FILTERS = (
    "year",
    "year_from",
    "year_to",
    "pillar",
    "area",
    "programme",
    "country",
    "region",
    "gender",
    "age_group",
    "disability",
    "sector",
    "delivery",
)
# Exported name -> the column of participation_records() that carries it. `person` is the
# person key, which the export replaces by its pseudonym and never writes out.
PARTICIPATION_COLUMNS = {
    "person": "person_key",
    "event": "event_code",
    "start_date": "event_start",
    "year": "event_year",
    "programme": "programme_slug",
    "area": "area_slug",
    "pillar": "pillar_slug",
    "country": "country_iso3",
    "gender": "gender",
    "age_group": "age_group",
    "disability": "disability",
    "sector": "sector",
    "delivery": "delivery_mode",
    "learning": "event_learning",
    "certificate": "certified",
    "generated": "generated",
}
_RECORD_CONDITIONS = {
    "pillar": "event__programme__pillar__slug__in",
    "area": "event__programme__area__slug__in",
    "programme": "event__programme__slug__in",
    "country": "country__iso3__in",
    "region": "country__region__in",
    "gender": "gender__in",
    "age_group": "age_group__in",
    "sector": "sector__in",
    "delivery": "event__delivery_mode__in",
}


def participation_query(params) -> Query:
    """Validate export filters with the query layer's allowlists; records are never grouped."""
    if "group_by" in params:
        raise QueryError("group_by", "participation records are not grouped")
    return parse(params, PARTICIPATION_FILTERS, ())


def _filtered_participations(query: Query) -> QuerySet[Participation]:
    participations = Participation.objects.all()
    for name, values in query.filters.items():
        if name == "year":
            condition = Q(event__start_date__year=values[0])
        elif name == "year_from":
            condition = Q(event__start_date__gte=datetime.date(values[0], 1, 1))
        elif name == "year_to":
            condition = Q(event__start_date__lte=datetime.date(values[0], 12, 31))
        elif name == "disability":
            condition = Q(disability=values[0])
        else:
            condition = Q(**{_RECORD_CONDITIONS[name]: list(values)})
        participations = participations.filter(condition)
    return participations


def participation_records(query: Query) -> QuerySet:
    """The records under the filters as tuples in PARTICIPATION_COLUMNS order, oldest first.

    Every column has its own name in the SQL too, so the query can be wrapped (PostgreSQL COPY).
    """
    return (
        _filtered_participations(query)
        .annotate(
            event_code=F("event__code"),
            event_start=F("event__start_date"),
            event_year=ExtractYear("event__start_date"),
            programme_slug=F("event__programme__slug"),
            area_slug=F("event__programme__area__slug"),
            pillar_slug=F("event__programme__pillar__slug"),
            country_iso3=F("country__iso3"),
            delivery_mode=F("event__delivery_mode"),
            event_learning=F("event__learning"),
        )
        .order_by("pk")
        .values_list(*PARTICIPATION_COLUMNS.values())
    )


def participation_count(query: Query) -> int:
    return _filtered_participations(query).count()
