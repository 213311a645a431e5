"""Reference data: countries, their regions and names, and country groups over time."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from beneficiaries.models import Country, CountryGroup, CountryGroupMembership, DevelopmentStatus
from beneficiaries.reference.country_groups import fragile_situation_memberships
from beneficiaries.selectors import country_groups_on
from beneficiaries.services.reference import load_reference_data

pytestmark = pytest.mark.django_db

UN_LANGUAGES = {"ar", "zh-hans", "en", "fr", "ru", "es"}


@pytest.fixture
def reference_data() -> dict[str, int]:
    return load_reference_data()


JUNE_2020 = datetime.date(2020, 6, 30)


def members_on(group: CountryGroup, day: datetime.date) -> set[str]:
    return {iso3 for iso3, groups in country_groups_on(day).items() if group in groups}


def all_memberships() -> set[tuple]:
    return set(
        CountryGroupMembership.objects.values_list(
            "country__iso3", "group", "start_date", "end_date", "source"
        )
    )


def test_loading_twice_gives_the_same_rows(reference_data):
    countries = list(Country.objects.order_by("iso3").values())
    memberships = all_memberships()

    assert load_reference_data() == reference_data
    assert list(Country.objects.order_by("iso3").values()) == countries
    assert all_memberships() == memberships


def test_there_are_47_ldcs_on_30_june_2020(reference_data):
    assert len(members_on(CountryGroup.LDC, JUNE_2020)) == 47


def test_there_are_46_ldcs_on_1_january_2021(reference_data):
    assert len(members_on(CountryGroup.LDC, datetime.date(2021, 1, 1))) == 46


def test_vanuatu_stops_being_an_ldc_on_its_graduation_day(reference_data):
    assert "VUT" in members_on(CountryGroup.LDC, datetime.date(2020, 12, 3))
    assert "VUT" not in members_on(CountryGroup.LDC, datetime.date(2020, 12, 4))


def test_there_are_32_lldcs(reference_data):
    assert len(members_on(CountryGroup.LLDC, JUNE_2020)) == 32


def test_38_sids_are_un_member_states(reference_data):
    sids = members_on(CountryGroup.SIDS, JUNE_2020)
    assert Country.objects.filter(iso3__in=sids, un_member=True).count() == 38


def test_every_country_has_a_name_in_each_un_language(reference_data):
    for country in Country.objects.all():
        assert set(country.name_translations) == UN_LANGUAGES, country.iso3
        assert all(country.name_translations.values()), country.iso3


def test_namibia_keeps_its_iso2_code_na(reference_data):
    namibia = Country.objects.get(iso3="NAM")
    assert namibia.iso2 == "NA"
    assert namibia.name == "Namibia"


@pytest.mark.parametrize(
    ("iso3", "region"),
    [
        ("BRA", "latin-america-caribbean"),
        ("JOR", "middle-east"),
        ("CYP", "europe"),
        ("AUS", "asia-pacific"),
        ("USA", "north-america"),
        ("EGY", "africa"),
    ],
)
def test_country_is_in_its_unitar_region(reference_data, iso3, region):
    assert Country.objects.get(iso3=iso3).region == region


@pytest.mark.parametrize(
    ("iso3", "status"),
    [
        ("NPL", DevelopmentStatus.SPECIAL_SITUATION),
        ("FRA", DevelopmentStatus.DEVELOPED),
        ("BRA", DevelopmentStatus.DEVELOPING),
    ],
)
def test_development_status_on_a_day(reference_data, iso3, status):
    country = Country.objects.get(iso3=iso3)
    assert country.development_status_on(JUNE_2020) == status


@pytest.mark.parametrize(
    ("fiscal_year", "size"),
    [
        (2016, 35),
        (2017, 35),
        (2018, 36),
        (2019, 36),
        (2020, 37),
        (2021, 39),
        (2022, 39),
        (2023, 37),
    ],
)
def test_fragile_intervals_reproduce_each_fiscal_years_list_size(fiscal_year, size):
    last_day = datetime.date(fiscal_year, 6, 30)
    first_day = datetime.date(fiscal_year - 1, 7, 1)
    for day in (first_day, last_day):
        on_list = {
            iso3 for iso3, start, end in fragile_situation_memberships() if start <= day < end
        }
        assert len(on_list) == size, day


def a_country(iso3: str = "QQA") -> Country:
    """A made-up country (codes from ISO's user-assigned range), apart from the loaded ones."""
    return Country.objects.create(
        iso3=iso3,
        iso2="QQ",
        m49=998,
        name="Testland",
        region="europe",
        m49_subregion="Western Europe",
        developed=True,
    )


def test_database_rejects_a_membership_ending_before_it_starts():
    country = a_country()
    with pytest.raises(IntegrityError), transaction.atomic():
        CountryGroupMembership.objects.create(
            country=country,
            group=CountryGroup.LDC,
            start_date=datetime.date(2020, 1, 1),
            end_date=datetime.date(2019, 1, 1),
            source="test",
        )


def test_database_rejects_a_malformed_iso3_code():
    with pytest.raises(IntegrityError), transaction.atomic():
        a_country(iso3="Fr1")
