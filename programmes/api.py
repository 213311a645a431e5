"""API v1 reference lists and programme results, names in the request's language."""

from rest_framework import generics, serializers
from rest_framework.exceptions import NotFound
from rest_framework.pagination import PageNumberPagination

from reports.queries import QueryError

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


class PillarList(generics.ListAPIView):
    serializer_class = PillarSerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.pillar_list()


class AreaList(generics.ListAPIView):
    serializer_class = NamedSerializer
    pagination_class = None

    def get_queryset(self):
        return selectors.area_list()


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
