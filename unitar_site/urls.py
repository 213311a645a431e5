"""Root URL configuration: pages (English at the root, other languages under their prefix),
the admin, the API and /healthz (neither language-prefixed)."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from reports import export_views
from reports import report_views as results_reports
from reports import views as report_views

from .health import healthz
from .language import set_language

# Machine doors and the admin keep one address whatever the language: the API answers in the
# language of Accept-Language (unitar_site/language.py), probes and scrapers need none.
urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("unitar_site.api")),
]

# DESIGN.md, Public surface: English at the root, the other languages under /zh-hans/, /fr/, ...
urlpatterns += i18n_patterns(
    path("", report_views.overview, name="overview"),
    path("pillars/<slug:slug>/", report_views.pillar, name="pillar"),
    path("areas/<slug:slug>/", report_views.area, name="area"),
    path("programmes/<slug:slug>/", report_views.programme, name="programme"),
    path("charts/<slug:slug>.csv", report_views.chart_csv, name="chart-csv"),
    path("data-quality/", report_views.data_quality, name="data-quality"),
    path("reports/", results_reports.report_list, name="reports"),
    path("reports/annual/<int:year>/", results_reports.annual, name="report-annual"),
    path(
        "reports/annual/<int:start>/figures.csv",
        results_reports.figures_csv,
        name="report-annual-csv",
    ),
    path(
        "reports/biennium/<int:start>-<int:end>/",
        results_reports.biennium,
        name="report-biennium",
    ),
    path(
        "reports/biennium/<int:start>-<int:end>/figures.csv",
        results_reports.figures_csv,
        name="report-biennium-csv",
    ),
    path("exports/", export_views.exports, name="exports"),
    path("exports/beneficiaries.csv", export_views.beneficiaries_csv, name="export-beneficiaries"),
    path(
        "exports/participations.csv", export_views.participations_csv, name="export-participations"
    ),
    path("finance/", include("finance.urls")),
    path("imports/", include("imports.urls")),
    path("accounts/", include("accounts.urls")),
    prefix_default_language=False,
)

handler500 = "unitar_site.errors.server_error"  # 503 when the database is down
