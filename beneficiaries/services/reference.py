"""Loads the reference data: countries (ISO 3166-1, M49, CLDR names) and their group memberships."""

import re

import babel
import country_converter
import pandas as pd
from django.db import transaction

from beneficiaries.models import Country, CountryGroup, CountryGroupMembership
from beneficiaries.reference import country_groups, regions
from beneficiaries.reference.country_groups import Membership

# The six official UN languages: Django language code -> CLDR locale of the territory names.
CLDR_LOCALE_BY_LANGUAGE = {
    "ar": "ar",
    "zh-hans": "zh_Hans",
    "en": "en",
    "fr": "fr",
    "ru": "ru",
    "es": "es",
}

GROUP_LISTS: dict[CountryGroup, tuple[str, tuple[Membership, ...]]] = {
    CountryGroup.LDC: (country_groups.LDC_SOURCE, country_groups.LEAST_DEVELOPED_COUNTRIES),
    CountryGroup.LLDC: (country_groups.LLDC_SOURCE, country_groups.LANDLOCKED_DEVELOPING_COUNTRIES),
    CountryGroup.SIDS: (country_groups.SIDS_SOURCE, country_groups.SMALL_ISLAND_DEVELOPING_STATES),
    CountryGroup.FRAGILE: (
        country_groups.FRAGILE_SOURCE,
        country_groups.fragile_situation_memberships(),
    ),
}

COUNTRY_FIELDS_UPDATED = [
    "iso2",
    "m49",
    "name",
    "name_translations",
    "region",
    "m49_subregion",
    "developed",
    "un_member",
]


class ReferenceDataError(ValueError):
    """The reference tables or lists disagree with each other; nothing is written."""


def load_reference_data() -> dict[str, int]:
    """Create or update every country and replace all group memberships; safe to run again.

    The lists in beneficiaries/reference are the record of group membership: memberships edited
    in the admin are replaced on the next load. Countries are updated in place, never deleted,
    as participations refer to them.
    """
    countries = reference_countries()
    with transaction.atomic():
        Country.objects.bulk_create(
            countries,
            update_conflicts=True,
            unique_fields=["iso3"],
            update_fields=COUNTRY_FIELDS_UPDATED,
        )
        country_ids = dict(Country.objects.values_list("iso3", "id"))
        memberships = group_memberships(country_ids)
        CountryGroupMembership.objects.all().delete()
        CountryGroupMembership.objects.bulk_create(memberships)
    counts = {"countries": len(countries)}
    for group in CountryGroup:
        counts[group.value] = sum(1 for membership in memberships if membership.group == group)
    return counts


def reference_countries() -> list[Country]:
    """Unsaved countries from country_converter's table, skipping those without a region."""
    table = country_converter.CountryConverter().data
    territory_names = {
        language: babel.Locale.parse(locale).territories
        for language, locale in CLDR_LOCALE_BY_LANGUAGE.items()
    }
    countries = []
    for row in table.itertuples(index=False):
        iso3 = row.ISO3
        subregion = regions.m49_subregion(iso3, row.UNregion)
        region = regions.unitar_region(iso3, subregion)
        if region is None:  # Antarctica, and any row without an M49 sub-region
            continue
        iso2 = _iso2(iso3, row.ISO2)
        names = {
            language: _territory_name(names_in_language, iso2, language)
            for language, names_in_language in territory_names.items()
        }
        countries.append(
            Country(
                iso3=iso3,
                iso2=iso2,
                m49=int(row.ISOnumeric),
                name=names["en"],
                name_translations=names,
                region=region,
                m49_subregion=subregion,
                developed=regions.in_developed_regions(iso3, subregion),
                un_member=bool(pd.notna(row.UNmember)),
            )
        )
    return countries


def group_memberships(country_ids: dict[str, int]) -> list[CountryGroupMembership]:
    """Unsaved memberships from the hand-kept lists; every listed iso3 must be a known country."""
    unknown = sorted(
        iso3
        for _source, memberships in GROUP_LISTS.values()
        for iso3, _start, _end in memberships
        if iso3 not in country_ids
    )
    if unknown:
        raise ReferenceDataError(f"Group lists name unknown countries: {', '.join(unknown)}")
    return [
        CountryGroupMembership(
            country_id=country_ids[iso3],
            group=group,
            start_date=start,
            end_date=end,
            source=source,
        )
        for group, (source, memberships) in GROUP_LISTS.items()
        for iso3, start, end in memberships
    ]


def _iso2(iso3: str, value: object) -> str:
    """The alpha-2 code; the table writes a few as patterns ("^GB$|^UK$"), the ISO code first.

    Namibia's code is the string "NA": country_converter reads its table without turning it
    into a missing value, and we refuse anything that is not a two-letter string.
    """
    codes = re.findall(r"[A-Z]{2}", value) if isinstance(value, str) else []
    if not codes:
        raise ReferenceDataError(f"{iso3} has no ISO 3166-1 alpha-2 code in the table: {value!r}")
    return codes[0]


def _territory_name(names: dict[str, str], iso2: str, language: str) -> str:
    try:
        return names[iso2]
    except KeyError:
        raise ReferenceDataError(f"CLDR has no {language} name for {iso2}") from None
