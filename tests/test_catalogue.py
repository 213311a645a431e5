"""The programme catalogue: its loader, what it holds, and the rules the database enforces."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils.translation import override

from programmes import catalogue
from programmes.models import (
    Event,
    Highlight,
    Indicator,
    Pillar,
    Programme,
    ProgrammeArea,
    SustainableDevelopmentGoal,
)
from programmes.selectors import highlights_for, indicators_for, programme_list
from programmes.services.catalogue import load_catalogue

pytestmark = pytest.mark.django_db

UN_LANGUAGES = {"en", "zh-hans", "fr", "es", "ru", "ar"}
AREA_SLUGS = [
    "peace",
    "people",
    "planet",
    "prosperity",
    "diplomacy",
    "agenda-2030",
    "unosat",
    "defeat-ncd",
]


@pytest.fixture
def loaded() -> dict[str, int]:
    return load_catalogue()


def _row_counts() -> dict[str, int]:
    models = [Pillar, ProgrammeArea, Programme, SustainableDevelopmentGoal, Indicator, Highlight]
    return {model.__name__: model.objects.count() for model in models}


def _refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def _event(**changes) -> Event:
    fields = {
        "code": "TEST-EVENT-1",
        "programme": Programme.objects.get(slug="road-safety"),
        "title": "Road safety enforcement workshop",
        "start_date": datetime.date(2020, 3, 2),
        "end_date": datetime.date(2020, 3, 4),
        "event_days": 3,
        "delivery_mode": "online",
        "learning": True,
    }
    return Event.objects.create(**{**fields, **changes})


def test_loading_the_catalogue_twice_gives_the_same_counts_and_rows(loaded):
    rows = _row_counts()
    assert load_catalogue() == loaded
    assert _row_counts() == rows


def test_loader_reports_what_the_catalogue_holds(loaded):
    assert loaded == {
        "pillars": 5,
        "areas": 8,
        "programmes": len(catalogue.PROGRAMMES),
        "sdgs": 17,
        "indicators": len(catalogue.INDICATORS),
        "highlights": len(catalogue.HIGHLIGHTS),
    }


def test_there_are_five_pillars_so1_to_so5(loaded):
    assert list(Pillar.objects.values_list("slug", "code")) == [
        ("peace", "SO1"),
        ("people", "SO2"),
        ("planet", "SO3"),
        ("prosperity", "SO4"),
        ("agenda-2030", "SO5"),
    ]


def test_there_are_eight_areas_and_the_last_four_cut_across(loaded):
    areas = list(ProgrammeArea.objects.order_by("position"))
    assert [area.slug for area in areas] == AREA_SLUGS
    assert [area.cross_cutting for area in areas] == [False] * 4 + [True] * 4


def test_every_programme_has_names_in_the_six_un_languages_and_a_source(loaded):
    for programme in Programme.objects.all():
        assert set(programme.name_translations) == UN_LANGUAGES, programme.slug
        assert all(programme.name_translations.values()), programme.slug
        assert programme.source.startswith("E/2021/49 para"), programme.slug


def test_every_pillar_and_area_has_names_in_the_six_un_languages(loaded):
    for row in [*Pillar.objects.all(), *ProgrammeArea.objects.all()]:
        assert set(row.name_translations) == UN_LANGUAGES, row.slug


def test_every_indicator_has_a_source_and_an_ordered_period(loaded):
    for indicator in Indicator.objects.all():
        assert indicator.source, indicator
        assert indicator.period_end >= indicator.period_start, indicator
        assert indicator.comparator in Indicator.Comparator.values, indicator


def test_myanmar_out_of_pocket_rate_falls_from_82_to_63_per_cent(loaded):
    rates = dict(
        indicators_for(programme="defeat-ncd-partnership")
        .filter(code__startswith="myanmar-out-of-pocket-rate")
        .values_list("code", "value")
    )
    assert rates == {
        "myanmar-out-of-pocket-rate-current": 82,
        "myanmar-out-of-pocket-rate-target": 63,
    }


def test_unosat_made_639_maps_and_reports_in_2018_2019(loaded):
    maps = indicators_for(programme="unosat-rapid-mapping", period="2018-2019").get()
    assert (maps.value, maps.unit, maps.source) == (639, "maps and reports", "E/2021/49 para 9")


def test_a_highlight_keeps_its_figures_in_chinese_and_english(loaded):
    cifal = highlights_for(programme="cifal-global-network").get(paragraph=27)
    assert "89 060" in cifal.text_translations["zh-hans"]
    assert "68%" in cifal.text_translations["zh-hans"]
    assert "89,060" in cifal.text


def test_a_highlight_is_the_seed_paragraph_without_page_furniture(loaded):
    for highlight in Highlight.objects.all():
        chinese = highlight.text_translations["zh-hans"]
        assert "E/2021/49" not in chinese and "undocs.org" not in chinese
        assert "\n" not in chinese


def test_a_pillar_shows_its_own_highlights_and_its_programmes(loaded):
    paragraphs = set(highlights_for(pillar="planet").values_list("paragraph", flat=True))
    assert {30, 31, 37, 49, 52} <= paragraphs
    assert not paragraphs & {14, 25, 60}


def test_programmes_can_be_listed_by_area_and_pillar(loaded):
    diplomacy_for_people = programme_list(area="diplomacy", pillar="people")
    assert [programme.slug for programme in diplomacy_for_people] == ["women-leadership-diplomacy"]


def test_database_refuses_an_event_that_ends_before_it_starts(loaded):
    assert _refused(lambda: _event(end_date=datetime.date(2020, 3, 1)))


def test_database_refuses_an_event_of_zero_days(loaded):
    assert _refused(lambda: _event(event_days=0))


def test_a_programme_name_follows_the_active_language(loaded):
    programme = Programme.objects.get(slug="defeat-ncd-partnership")
    with override("zh-hans"):
        assert programme.localized_name() == "战胜非传染性疾病伙伴关系"
    with override("fr"):
        assert programme.localized_name() == programme.name_translations["fr"]
    with override("en"):
        assert programme.localized_name() == "Defeat-NCD Partnership"
