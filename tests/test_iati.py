"""The IATI 2.03 activity file /finance/iati.xml: valid against the schema, one activity per
programme, contributions as incoming funds, beneficiaries as results."""

from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from django.conf import settings

from finance.models import Contribution, Fund
from programmes.models import Programme
from reports import selectors as statistics

pytestmark = pytest.mark.django_db
SCHEMAS = Path(settings.BASE_DIR).parent / "shared" / "schemas" / "iati-2.03"


@pytest.fixture
def export(client) -> bytes:
    response = client.get("/finance/iati.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return response.content


@pytest.fixture
def activities(export) -> list[ET.Element]:
    return _parse(export).findall("iati-activity")


def test_the_export_is_valid_against_the_iati_2_03_activity_schema(export, tmp_path):
    if not (SCHEMAS / "iati-activities-schema.xsd").exists():
        pytest.skip(f"IATI 2.03 schema not found at {SCHEMAS} (../shared is absent here)")
    import xmlschema

    schema = xmlschema.XMLSchema(SCHEMAS / "iati-activities-schema.xsd")
    document = tmp_path / "iati.xml"
    document.write_bytes(export)
    errors = [f"{error.path}: {error.reason}" for error in schema.iter_errors(str(document))]
    assert errors == []


def test_every_programme_is_one_activity(activities):
    assert len(activities) == Programme.objects.count() == 37


def _parse(export: bytes) -> ET.Element:
    return ET.fromstring(export)  # noqa: S314 (our own output, not untrusted input)


def test_identifiers_join_the_reporting_org_ref_and_the_programme_slug(activities):
    ref = settings.IATI_REPORTING_ORG_REF
    identifiers = {a.findtext("iati-identifier") for a in activities}
    assert identifiers == {
        f"{ref}-{slug}" for slug in Programme.objects.values_list("slug", flat=True)
    }
    assert all(a.find("reporting-org").get("ref") == ref for a in activities)


def test_the_reporting_org_ref_comes_from_the_setting(client, settings):
    settings.IATI_REPORTING_ORG_REF = "XM-TEST-1"
    root = _parse(client.get("/finance/iati.xml").content)
    assert root.find("iati-activity/iati-identifier").text.startswith("XM-TEST-1-")


def test_transactions_are_incoming_funds_that_add_up_to_the_earmarked_contributions(activities):
    transactions = [t for a in activities for t in a.findall("transaction")]
    assert {t.find("transaction-type").get("code") for t in transactions} == {"1"}
    total = sum((Decimal(t.findtext("value")) for t in transactions), Decimal(0))
    earmarked = Contribution.objects.filter(fund=Fund.EARMARKED).values_list(
        "amount_usd", flat=True
    )
    assert total == sum(earmarked, Decimal(0)) > 0
    assert all(t.find("value").get("value-date") for t in transactions)


def test_every_activity_is_in_us_dollars_and_says_its_amounts_are_illustrative(activities):
    for activity in activities:
        assert activity.get("default-currency") == "USD"
        other = activity.find("description[@type='4']/narrative").text
        assert "illustrative" in other


def test_funding_donors_and_unitar_as_implementer_take_part(activities):
    for activity in activities:
        roles = [org.get("role") for org in activity.findall("participating-org")]
        assert "4" in roles
        assert ("1" in roles) == bool(activity.findall("transaction"))


def test_results_give_each_programmes_beneficiaries_per_year(activities):
    slug = "un-cc-learn"
    activity = next(a for a in activities if a.findtext("iati-identifier").endswith(f"-{slug}"))
    periods = activity.findall("result[@type='1']/indicator/period")
    counts = statistics.beneficiary_counts({"programme": slug, "group_by": "year"})
    expected = {str(row["year"]): str(row["beneficiaries"]) for row in counts.rows}
    actual = {
        p.find("period-start").get("iso-date")[:4]: p.find("actual").get("value") for p in periods
    }
    assert actual == expected
