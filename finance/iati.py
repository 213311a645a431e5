"""The IATI 2.03 activity file: each programme an activity, with contributions and results.

Elements follow the order of iati-activities-schema.xsd (iati-identifier, reporting-org, title,
description, participating-org, activity-status, activity-date, transaction, result); codes are
from the IATI codelists: OrganisationRole 1 funding and 4 implementing, OrganisationType,
ActivityStatus 2 implementation, ActivityDateType 2 actual start, TransactionType 1 incoming
funds, ResultType 1 output, IndicatorMeasure 1 unit.
"""

import datetime
from xml.etree import ElementTree as ET  # nosec B405

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from finance import selectors
from finance.models import Donor, DonorKind
from programmes.models import Event, Indicator, Programme
from reports import selectors as statistics

IATI_VERSION = "2.03"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
UNITAR = "United Nations Institute for Training and Research (UNITAR)"
MULTILATERAL = "40"  # OrganisationType code of UNITAR itself
ORGANISATION_TYPES = {
    DonorKind.GOVERNMENT: "10",
    DonorKind.MULTILATERAL: "40",
    DonorKind.FOUNDATION: "60",
    DonorKind.PRIVATE: "70",
    DonorKind.OTHER: "90",
}
ILLUSTRATIVE = (
    "Transaction amounts are illustrative: the sources publish no contributions by donor or "
    "programme, so the bundled dataset makes them up to add up to the published totals. "
    "Beneficiary results are computed from generated records that reproduce UNITAR's published "
    "figures (E/2021/49)."
)


def _narrative(parent: ET.Element, tag: str, text: str, **attributes) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    ET.SubElement(element, "narrative").text = text
    return element


def _first_event_dates() -> dict[int, datetime.date]:
    return dict(
        Event.objects.values("programme_id")
        .annotate(first=Min("start_date"))
        .values_list("programme_id", "first")
    )


def activities_xml() -> bytes:
    """The whole file (37 programmes: small enough to build in memory)."""
    reporting_ref = settings.IATI_REPORTING_ORG_REF
    now = timezone.now().replace(microsecond=0).isoformat()
    programmes = Programme.objects.select_related("pillar", "area").order_by("slug")
    donor_kinds = dict(Donor.objects.values_list("id", "kind"))
    funding: dict[int, list[dict]] = {}
    for row in selectors.programme_contributions():
        funding.setdefault(row["programme_id"], []).append(row)
    counts = statistics.beneficiary_counts({"group_by": "programme,year"})
    results: dict[str, list[tuple[int, int]]] = {}
    for row in counts.rows:
        if row["beneficiaries"] is not None:  # a suppressed cell is not published
            results.setdefault(row["programme"], []).append((row["year"], row["beneficiaries"]))
    first_events = _first_event_dates()
    first_indicators = dict(
        Indicator.objects.values("programme_id")
        .annotate(first=Min("period_start"))
        .values_list("programme_id", "first")
    )

    root = ET.Element("iati-activities", {"version": IATI_VERSION, "generated-datetime": now})
    for programme in programmes:
        activity = ET.SubElement(
            root,
            "iati-activity",
            {
                "last-updated-datetime": now,
                XML_LANG: "en",
                "default-currency": "USD",
                "hierarchy": "1",
            },
        )
        ET.SubElement(activity, "iati-identifier").text = f"{reporting_ref}-{programme.slug}"
        _narrative(activity, "reporting-org", UNITAR, ref=reporting_ref, type=MULTILATERAL)
        _narrative(activity, "title", programme.name)
        summary = programme.summary or (
            f"{programme.name}: a programme of the {programme.area.name} area serving the "
            f"{programme.pillar.name} pillar."
        )
        _narrative(activity, "description", summary, type="1")
        _narrative(activity, "description", ILLUSTRATIVE, type="4")
        rows = funding.get(programme.id, [])
        donors = {row["donor_id"]: row["donor_name"] for row in rows}
        for donor_id, name in sorted(donors.items(), key=lambda item: item[1]):
            _narrative(
                activity,
                "participating-org",
                name,
                role="1",
                type=ORGANISATION_TYPES.get(donor_kinds[donor_id], "90"),
            )
        _narrative(
            activity,
            "participating-org",
            UNITAR,
            ref=reporting_ref,
            role="4",
            type=MULTILATERAL,
        )
        ET.SubElement(activity, "activity-status", code="2")
        starts = [
            first_indicators.get(programme.id),
            *(datetime.date(row["year"], 1, 1) for row in rows),
        ]
        _start_date(activity, first_events.get(programme.id), [d for d in starts if d])
        for row in sorted(rows, key=lambda r: (r["year"], r["donor_name"])):
            _transaction(activity, row, reporting_ref)
        if programme.slug in results:
            _beneficiary_result(activity, sorted(results[programme.slug]))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _start_date(
    activity: ET.Element, first_event: datetime.date | None, other_starts: list[datetime.date]
) -> None:
    """The schema requires an activity-date: the first event's, else (a programme of maps or
    platforms, without events) the earliest of its money and its results, else the planned start
    of the 2018-2021 Strategic Framework."""
    start = first_event or min(other_starts, default=None)
    if start is None:
        ET.SubElement(activity, "activity-date", {"type": "1", "iso-date": "2018-01-01"})
    else:
        ET.SubElement(activity, "activity-date", {"type": "2", "iso-date": start.isoformat()})


def _transaction(activity: ET.Element, row: dict, reporting_ref: str) -> None:
    """Incoming funds from one donor in one year; the data hold years, not dates: 1 January."""
    day = datetime.date(row["year"], 1, 1).isoformat()
    transaction = ET.SubElement(activity, "transaction")
    ET.SubElement(transaction, "transaction-type", code="1")
    ET.SubElement(transaction, "transaction-date", {"iso-date": day})
    value = ET.SubElement(transaction, "value", {"currency": "USD", "value-date": day})
    value.text = str(row["amount_usd"])
    _narrative(
        transaction,
        "description",
        f"Illustrative earmarked contribution of {row['donor_name']}, {row['year']}",
    )
    _narrative(transaction, "provider-org", row["donor_name"])
    _narrative(transaction, "receiver-org", UNITAR, ref=reporting_ref)


def _beneficiary_result(activity: ET.Element, years: list[tuple[int, int]]) -> None:
    result = ET.SubElement(activity, "result", type="1")
    _narrative(result, "title", "Beneficiaries")
    indicator = ET.SubElement(result, "indicator", measure="1")
    _narrative(indicator, "title", "Beneficiaries (participations in the programme's events)")
    for year, beneficiaries in years:
        period = ET.SubElement(indicator, "period")
        ET.SubElement(period, "period-start", {"iso-date": f"{year}-01-01"})
        ET.SubElement(period, "period-end", {"iso-date": f"{year}-12-31"})
        ET.SubElement(period, "actual", value=str(beneficiaries))
