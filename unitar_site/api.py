"""API v1 routes, its schema and docs, and errors as JSON that name what was wrong."""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import exception_handler

from finance import api as finance_api
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
    path(
        "certificates/counts/",
        reports_api.CertificateCountsView.as_view(),
        name="api-certificate-counts",
    ),
    path("indicators/", programmes_api.IndicatorList.as_view(), name="api-indicators"),
    path("finance/income/", finance_api.IncomeView.as_view(), name="api-finance-income"),
    path("finance/budgets/", finance_api.BudgetList.as_view(), name="api-finance-budgets"),
    path("finance/position/", finance_api.PositionList.as_view(), name="api-finance-position"),
    path("finance/sff/", finance_api.SffView.as_view(), name="api-finance-sff"),
    path("finance/audits/", finance_api.AuditOpinionList.as_view(), name="api-finance-audits"),
    path("pillars/", programmes_api.PillarList.as_view(), name="api-pillars"),
    path("areas/", programmes_api.AreaList.as_view(), name="api-areas"),
    path("programmes/", programmes_api.ProgrammeList.as_view(), name="api-programmes"),
    # The contract itself is public, like a published standard; the data behind it are not.
    path(
        "schema/",
        SpectacularAPIView.as_view(
            permission_classes=[AllowAny], authentication_classes=[], throttle_classes=[]
        ),
        name="api-schema",
    ),
    path(
        "docs/",
        # The split view serves its start-up script as a file: no inline script, CSP holds.
        SpectacularSwaggerSplitView.as_view(
            url_name="api-schema",
            permission_classes=[AllowAny],
            authentication_classes=[],
            throttle_classes=[],
        ),
        name="api-docs",
    ),
]
