"""The database itself refuses rows the domain forbids, whatever door they come through."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from beneficiaries.models import AggregateTally, Country, Participation
from programmes.models import Event
from reports.models import PublishedFigure

pytestmark = pytest.mark.django_db


def _refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


@pytest.fixture
def event():
    return Event.objects.filter(learning=True).first()


@pytest.fixture
def country():
    return Country.objects.get(iso3="KEN")


def test_participation_with_unknown_gender_is_refused(event, country):
    assert _refused(
        lambda: Participation.objects.create(
            event=event, person_key="x1", gender="unknown", country=country, sector="ngo"
        )
    )


def test_participation_with_unknown_sector_is_refused(event, country):
    assert _refused(
        lambda: Participation.objects.create(
            event=event, person_key="x2", gender="female", country=country, sector="army"
        )
    )


def test_same_person_twice_in_one_event_is_refused(event, country):
    Participation.objects.create(
        event=event, person_key="twice", gender="male", country=country, sector="ngo"
    )
    assert _refused(
        lambda: Participation.objects.create(
            event=event, person_key="twice", gender="male", country=country, sector="ngo"
        )
    )


def test_tally_with_more_certificates_than_beneficiaries_is_refused(event, country):
    assert _refused(
        lambda: AggregateTally.objects.create(
            event=event,
            gender="female",
            country=country,
            sector="ngo",
            beneficiaries=3,
            certificates=4,
        )
    )


def test_tally_of_zero_beneficiaries_is_refused(event, country):
    assert _refused(
        lambda: AggregateTally.objects.create(
            event=event, gender="female", country=country, sector="ngo", beneficiaries=0
        )
    )


def test_event_with_unknown_delivery_mode_is_refused(event):
    assert _refused(
        lambda: Event.objects.create(
            code="BAD-1",
            programme=event.programme,
            title="x",
            start_date=datetime.date(2020, 1, 1),
            end_date=datetime.date(2020, 1, 2),
            event_days=1,
            delivery_mode="carrier-pigeon",
            learning=True,
        )
    )


def test_published_figure_without_source_is_refused():
    assert _refused(
        lambda: PublishedFigure.objects.create(
            key="no-source",
            label="x",
            period="2020",
            value=1,
            unit="count",
            source_document="",
            source_locator="",
            definition={"measure": "events"},
        )
    )
