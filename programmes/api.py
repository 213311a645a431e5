"""API v1 reference lists and programme results, names in the request's language."""

from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import generics, serializers
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination

from reports.queries import QueryError
from unitar_site import openapi

from . import selectors
from .models import Indicator, Pillar, Programme, ProgrammeArea


class NamedSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.SerializerMethodField()

    def get_name(self, obj) -> str:
        return obj.localized_name()


class PillarSerializer(NamedSerializer):
    code = serializers.CharField()


class ProgrammeSerializer(NamedSerializer):
    area = serializers.CharField(source="area.slug")
    pillar = serializers.CharField(source="pillar.slug")


class IndicatorSerializer(serializers.ModelSerializer):
    programme = serializers.CharField(source="programme.slug")
    area = serializers.CharField(source="programme.area.slug")
    pillar = serializers.CharField(source="programme.pillar.slug")
    name = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = [
            "programme",
            "area",
            "pillar",
            "code",
            "name",
            "period",
            "value",
            "unit",
            "source",
        ]

    def get_name(self, obj) -> str:
        return obj.localized_name()


NAMES = "Names follow the request's `Accept-Language` (ar, zh-hans, en, fr, ru, es)."


@extend_schema_view(
    get=extend_schema(
        summary="Pillars",
        description=NAMES,
        responses={200: PillarSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
)
class PillarList(generics.ListAPIView):
    serializer_class = PillarSerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.pillar_list()


@extend_schema_view(
    get=extend_schema(
        summary="Programme areas",
        description=NAMES,
        responses={200: NamedSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
)
class AreaList(generics.ListAPIView):
    serializer_class = NamedSerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.area_list()


@extend_schema_view(
    get=extend_schema(
        summary="Programmes",
        description=NAMES,
        responses={200: ProgrammeSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
)
class ProgrammeList(generics.ListAPIView):
    serializer_class = ProgrammeSerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.programme_list()


class IndicatorPages(PageNumberPagination):
    page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound:
            raise QueryError("page", "must be a page number that exists") from None


INDICATOR_FILTERS = {"programme": Programme, "area": ProgrammeArea, "pillar": Pillar}


SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


@extend_schema_view(
    get=extend_schema(
        summary="Programme results (indicators)",
        description=f"Results that are not head counts, with period, unit and source. {NAMES}",
        parameters=[
            OpenApiParameter(
                "programme", {"type": "string", "pattern": SLUG}, description="Programme slug."
            ),
            OpenApiParameter(
                "area", {"type": "string", "pattern": SLUG}, description="Programme area slug."
            ),
            OpenApiParameter(
                "pillar", {"type": "string", "pattern": SLUG}, description="Pillar slug."
            ),
            OpenApiParameter(
                "period",
                {"type": "string", "pattern": r"^\d{4}(-\d{2,4})*$", "maxLength": 20},
                description="Period label such as 2020 or 2018-2019.",
            ),
        ],
        responses={200: IndicatorSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
)
class IndicatorList(generics.ListAPIView):
    """Programme results that are not head counts, filterable by programme, area, pillar, period."""

    serializer_class = IndicatorSerializer
    pagination_class = IndicatorPages

    def get_queryset(self):
        params = self.request.query_params
        for name in params:
            if name not in (*INDICATOR_FILTERS, "period", "page"):
                raise QueryError(
                    name[:40] if name.isprintable() else "parameter", "unknown parameter"
                )
        filters = {}
        for name, model in INDICATOR_FILTERS.items():
            if name in params:
                value = params[name]
                if not model.objects.filter(slug=value).exists():
                    raise QueryError(name, f"unknown {name} {value[:40]!r}")
                filters[name] = value
        if "period" in params:
            period = params["period"]
            if len(period) > 20 or not period.replace("-", "").isdigit():
                raise QueryError("period", "must look like 2020, 2019-2020 or 2020-12-31")
            filters["period"] = period
        return selectors.indicators_for(**filters)
