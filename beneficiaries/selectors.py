"""Reads of the beneficiaries app's data: countries and their groups on a given day."""

import datetime
from collections import defaultdict

from django.db.models import Q

from beneficiaries.models import CountryGroupMembership


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
