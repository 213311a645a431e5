"""The bundled dataset reproduces every published figure, deterministically, marked generated."""

import hashlib

import numpy as np
import pytest
from django.core.management import call_command
from django.db.models import F

from beneficiaries.models import AggregateTally, Participation
from finance.published import FINANCE_FIGURES
from programmes.models import Event
from reports.dataset.countries import CountryTable
from reports.dataset.generator import generate
from reports.dataset.published import beneficiary_and_event_figures
from reports.figures import evaluate, reproduces
from reports.models import PublishedFigure

FIGURE_KEYS = [f["key"] for f in (*beneficiary_and_event_figures(), *FINANCE_FIGURES)]

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("key", FIGURE_KEYS)
def test_published_figure_is_reproduced_by_the_data(key):
    figure = PublishedFigure.objects.get(key=key)
    computed = evaluate(figure.definition)
    if figure.discrepancy_note:
        # A documented discrepancy must stay true: if the data ever match, the note is wrong.
        assert not reproduces(figure, computed), f"{key} now matches; remove its discrepancy note"
    else:
        assert reproduces(figure, computed), f"{key}: published {figure.value}, computed {computed}"


def test_every_stored_figure_has_a_source_and_a_definition():
    for figure in PublishedFigure.objects.all():
        assert figure.source_document and figure.source_locator
        assert "measure" in figure.definition


def test_every_generated_record_is_marked_as_generated():
    assert Event.objects.filter(generated=False).count() == 0
    assert Participation.objects.filter(generated=False).count() == 0
    assert AggregateTally.objects.filter(generated=False).count() == 0


def test_about_one_million_beneficiaries_are_loaded():
    participations = Participation.objects.count()
    assert (
        participations + sum(AggregateTally.objects.values_list("beneficiaries", flat=True))
        >= 1_000_000
    )
    assert participations > 990_000


def test_every_event_has_beneficiaries():
    with_people = set(Participation.objects.values_list("event", flat=True).distinct())
    with_people |= set(AggregateTally.objects.values_list("event", flat=True).distinct())
    assert set(Event.objects.values_list("id", flat=True)) == with_people


def test_only_learners_receive_certificates():
    assert not Participation.objects.filter(certified=True, event__learning=False).exists()


def test_online_events_have_no_venue_and_others_do():
    assert not Event.objects.filter(delivery_mode="online", country__isnull=False).exists()
    assert not Event.objects.exclude(delivery_mode="online").filter(country__isnull=True).exists()


def test_events_end_within_their_year():
    assert not Event.objects.filter(end_date__year__gt=F("start_date__year")).exists()


def test_disability_and_age_are_recorded_only_from_2019():
    """E/2021/49 para 13: data by disability and age exist since 2019."""
    before = Participation.objects.filter(event__start_date__year__lt=2019)
    assert not before.filter(disability=True).exists()
    assert not before.exclude(age_group="not-stated").exists()


def test_defeat_ncd_has_no_events_before_it_joined_in_july_2019():
    assert not Event.objects.filter(
        programme__slug="defeat-ncd-partnership", start_date__lt="2019-07-01"
    ).exists()


def _digest(dataset) -> str:
    digest = hashlib.sha256()
    for event in dataset.events:
        digest.update(repr(sorted(event.items())).encode())
    for key in sorted(dataset.participants):
        digest.update(np.ascontiguousarray(dataset.participants[key]).tobytes())
    return digest.hexdigest()


@pytest.mark.slow
def test_generation_is_deterministic_and_matches_what_was_loaded():
    dataset = generate(CountryTable.from_database())
    loaded_codes = list(Event.objects.order_by("id").values_list("code", flat=True))
    assert [e["code"] for e in dataset.events] == loaded_codes
    assert _digest(dataset) == _digest(generate(CountryTable.from_database()))


def test_load_dataset_if_empty_leaves_a_loaded_database_alone(capsys):
    before = Participation.objects.count()
    call_command("load_dataset", "--if-empty")
    assert "already loaded" in capsys.readouterr().out
    assert Participation.objects.count() == before
