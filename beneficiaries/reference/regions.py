"""Rules from M49 sub-regions to UNITAR's six reporting regions and to M49 "developed regions"."""

from beneficiaries.models import Region

# M49 sub-regions as country_converter names them (its `UNregion` column): for Africa and the
# Americas it gives the M49 intermediate regions (Eastern Africa, Caribbean, ...) rather than
# "Sub-Saharan Africa" and "Latin America and the Caribbean". Source: UN Statistics Division,
# "Standard country or area codes for statistical use (M49)",
# https://unstats.un.org/unsd/methodology/m49/ .
REGION_BY_M49_SUBREGION: dict[str, Region] = {
    "Northern Africa": Region.AFRICA,
    "Eastern Africa": Region.AFRICA,
    "Middle Africa": Region.AFRICA,
    "Southern Africa": Region.AFRICA,
    "Western Africa": Region.AFRICA,
    "Caribbean": Region.LATIN_AMERICA_CARIBBEAN,
    "Central America": Region.LATIN_AMERICA_CARIBBEAN,
    "South America": Region.LATIN_AMERICA_CARIBBEAN,
    "Northern America": Region.NORTH_AMERICA,
    "Northern Europe": Region.EUROPE,
    "Southern Europe": Region.EUROPE,
    "Western Europe": Region.EUROPE,
    "Eastern Europe": Region.EUROPE,
    "Western Asia": Region.MIDDLE_EAST,
    "Central Asia": Region.ASIA_PACIFIC,
    "Eastern Asia": Region.ASIA_PACIFIC,
    "South-eastern Asia": Region.ASIA_PACIFIC,
    "Southern Asia": Region.ASIA_PACIFIC,
    "Australia and New Zealand": Region.ASIA_PACIFIC,
    "Melanesia": Region.ASIA_PACIFIC,
    "Micronesia": Region.ASIA_PACIFIC,
    "Polynesia": Region.ASIA_PACIFIC,
}

# Our rule, not M49's: Cyprus, Armenia, Azerbaijan and Georgia are in Western Asia in M49 but are
# not part of the "Middle East" as UNITAR reports it, so we count them under Europe, where their
# institutional ties are (Cyprus is an EU member State; Armenia, Azerbaijan and Georgia are
# Council of Europe members). The rest of Western Asia is the Middle East; Iran, in M49's
# Southern Asia, stays in Asia and the Pacific.
EUROPE_FROM_WESTERN_ASIA: frozenset[str] = frozenset({"CYP", "ARM", "AZE", "GEO"})

# Where country_converter 1.3.2 departs from M49: M49 lists Nauru (520) under Micronesia.
M49_SUBREGION_CORRECTIONS: dict[str, str] = {"NRU": "Micronesia"}

# M49 "developed regions": Europe, Northern America, Australia and New Zealand, and Japan. Source:
# M49 standard, developed/developing regions classification, as published until UNSD removed it
# in December 2021. Cyprus, Armenia, Azerbaijan and Georgia stay developing under this rule: it
# follows the M49 region (Asia), not our reporting region.
DEVELOPED_M49_SUBREGIONS: frozenset[str] = frozenset(
    {
        "Northern Europe",
        "Southern Europe",
        "Western Europe",
        "Eastern Europe",
        "Northern America",
        "Australia and New Zealand",
    }
)
DEVELOPED_OUTSIDE_DEVELOPED_SUBREGIONS: frozenset[str] = frozenset({"JPN"})


def m49_subregion(iso3: str, subregion_from_table: str) -> str:
    """The M49 sub-region of a country, correcting the few errors of country_converter's table."""
    return M49_SUBREGION_CORRECTIONS.get(iso3, subregion_from_table)


def unitar_region(iso3: str, subregion: str) -> Region | None:
    """UNITAR reporting region of a country, or None outside every region (Antarctica)."""
    if iso3 in EUROPE_FROM_WESTERN_ASIA:
        return Region.EUROPE
    return REGION_BY_M49_SUBREGION.get(subregion)


def in_developed_regions(iso3: str, subregion: str) -> bool:
    return subregion in DEVELOPED_M49_SUBREGIONS or iso3 in DEVELOPED_OUTSIDE_DEVELOPED_SUBREGIONS
