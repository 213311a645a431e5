"""API v1 counts: thin doors onto the query layer (reports/selectors.py)."""

from drf_spectacular.utils import OpenApiResponse, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from beneficiaries.models import AgeGroup, Gender, Region, Sector
from programmes.catalogue import AREAS, PILLARS
from programmes.models import DeliveryMode
from unitar_site import openapi

from . import selectors
from .queries import BENEFICIARY_DIMENSIONS, BENEFICIARY_TYPES, COUNTRY_GROUPS, EVENT_DIMENSIONS

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ISO3_PATTERN = r"^[A-Za-z]{3}$"


def _dimension_field(dimension: str) -> serializers.Field:
    """How a dimension's value appears in a row: years are integers, flags booleans, else slugs."""
    if dimension == "year":
        return serializers.IntegerField(required=False)
    if dimension in ("disability", "learning", "unplanned", "with_partners"):
        return serializers.BooleanField(required=False)
    return serializers.CharField(required=False, allow_null=True)


def _counts_serializer(name: str, dimensions, measures: dict) -> serializers.Serializer:
    rows = inline_serializer(
        f"{name}Row", {**{d: _dimension_field(d) for d in dimensions}, **measures}, many=True
    )
    return inline_serializer(
        name,
        {
            "as_of": serializers.DateTimeField(
                allow_null=True, help_text="End of the statistics build that answered."
            ),
            "group_by": serializers.ListField(child=serializers.CharField()),
            "total": serializers.IntegerField(
                allow_null=True, help_text="null when the total itself is a small cell."
            ),
            "results": rows,
        },
    )


WHERE = [
    openapi.year("year", "Events that started in this year."),
    openapi.year("year_from", "From this year on (not with `year`)."),
    openapi.year("year_to", "Up to this year (not with `year`)."),
    openapi.any_of("pillar", [p.slug for p in PILLARS], "Pillar (strategic objective)."),
    openapi.any_of("area", [a.slug for a in AREAS], "Programme area."),
    openapi.any_matching("programme", SLUG_PATTERN, "Programme slug (see /api/v1/programmes/)."),
    openapi.any_matching("country", ISO3_PATTERN, "Country, ISO 3166-1 alpha-3."),
    openapi.any_of("region", Region.values, "UNITAR reporting region."),
]
WITH_PARTNERS = "Events delivered with partners, or without."
DELIVERY = openapi.any_of("delivery", DeliveryMode.values, "Delivery mode of the event.")
BENEFICIARY_PARAMETERS = [
    *WHERE,
    openapi.any_of(
        "country_group",
        COUNTRY_GROUPS,
        "Country group on the event's date (M49: `developing` includes special situations).",
    ),
    openapi.any_of("gender", Gender.values, "Gender."),
    openapi.any_of("age_group", AgeGroup.values, "Age group."),
    openapi.true_or_false("disability", "Beneficiaries with a disability, or without."),
    openapi.any_of("sector", Sector.values, "Affiliation sector."),
    openapi.any_of("beneficiary_type", BENEFICIARY_TYPES, "Learning or other knowledge-sharing."),
    DELIVERY,
    openapi.true_or_false("with_partners", WITH_PARTNERS),
    openapi.group_by(BENEFICIARY_DIMENSIONS),
]
EVENT_PARAMETERS = [
    *WHERE,
    DELIVERY,
    openapi.true_or_false("learning", "Events with learning outcomes, or without."),
    openapi.true_or_false("unplanned", "Events added in response to events (COVID-19), or not."),
    openapi.true_or_false("with_partners", WITH_PARTNERS),
    openapi.group_by(EVENT_DIMENSIONS),
]


def _payload(counts, measures: tuple[str, ...]) -> dict:
    return {
        "as_of": counts.as_of.isoformat() if counts.as_of else None,
        "group_by": list(counts.group_by),
        "total": counts.total,
        "results": [
            {**{d: row[d] for d in counts.group_by}, **{m: row[m] for m in measures}}
            for row in counts.rows
        ],
    }


class BeneficiaryCountsView(APIView):
    """Beneficiaries by the filters and `group_by` of DESIGN.md; small cells suppressed."""

    @extend_schema(
        summary="Beneficiary counts",
        description=(
            "Beneficiaries (participations plus aggregate tallies) under the filters, grouped by "
            "the `group_by` dimensions. Cells under the disclosure threshold are `null` with "
            "`suppressed: true`, and so is the total when it is one."
        ),
        parameters=BENEFICIARY_PARAMETERS,
        responses={
            200: OpenApiResponse(
                _counts_serializer(
                    "BeneficiaryCounts",
                    BENEFICIARY_DIMENSIONS,
                    {
                        "beneficiaries": serializers.IntegerField(allow_null=True),
                        "suppressed": serializers.BooleanField(),
                    },
                )
            ),
            **openapi.ERROR_RESPONSES,
        },
    )
    def get(self, request):
        counts = selectors.beneficiary_counts(request.query_params)
        return Response(_payload(counts, ("beneficiaries", "suppressed")))


class EventCountsView(APIView):
    """Events and event days by the filters and `group_by` of DESIGN.md."""

    @extend_schema(
        summary="Event counts",
        description="Events and event days under the filters; `total` is the number of events.",
        parameters=EVENT_PARAMETERS,
        responses={
            200: OpenApiResponse(
                _counts_serializer(
                    "EventCounts",
                    EVENT_DIMENSIONS,
                    {
                        "events": serializers.IntegerField(),
                        "event_days": serializers.IntegerField(),
                    },
                )
            ),
            **openapi.ERROR_RESPONSES,
        },
    )
    def get(self, request):
        counts = selectors.event_counts(request.query_params)
        return Response(_payload(counts, ("events", "event_days")))


class CertificateCountsView(APIView):
    """Certificates by the same filters and `group_by` as beneficiary counts."""

    @extend_schema(
        summary="Certificate counts",
        description=(
            "Certificates of completion or participation under the filters, grouped by the "
            "`group_by` dimensions; the same filters, dimensions and suppression as "
            "beneficiary counts, rows carry `certificates`."
        ),
        parameters=BENEFICIARY_PARAMETERS,
        responses={
            200: OpenApiResponse(
                _counts_serializer(
                    "CertificateCounts",
                    BENEFICIARY_DIMENSIONS,
                    {
                        "certificates": serializers.IntegerField(allow_null=True),
                        "suppressed": serializers.BooleanField(),
                    },
                )
            ),
            **openapi.ERROR_RESPONSES,
        },
    )
    def get(self, request):
        counts = selectors.certificate_counts(request.query_params)
        return Response(_payload(counts, ("certificates", "suppressed")))
