"""API v1 routes, and errors as JSON that name what was wrong."""

from django.urls import path
from rest_framework.response import Response
from rest_framework.views import exception_handler

from programmes import api as programmes_api
from reports import api as reports_api
from reports.queries import QueryError


def api_exception_handler(exc, context):
    """400 naming the parameter for a refused question; DRF's own answers otherwise."""
    if isinstance(exc, QueryError):
        return Response(
            {"error": "invalid parameter", "parameter": exc.parameter, "detail": exc.message},
            status=400,
        )
    return exception_handler(exc, context)


urlpatterns = [
    path(
        "beneficiaries/counts/",
        reports_api.BeneficiaryCountsView.as_view(),
        name="api-beneficiary-counts",
    ),
    path("events/counts/", reports_api.EventCountsView.as_view(), name="api-event-counts"),
    path("indicators/", programmes_api.IndicatorList.as_view(), name="api-indicators"),
    path("pillars/", programmes_api.PillarList.as_view(), name="api-pillars"),
    path("areas/", programmes_api.AreaList.as_view(), name="api-areas"),
    path("programmes/", programmes_api.ProgrammeList.as_view(), name="api-programmes"),
]
