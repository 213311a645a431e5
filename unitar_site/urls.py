"""Root URL configuration: pages, the admin and /healthz."""

from django.contrib import admin
from django.urls import include, path

from reports import views as report_views

from .health import healthz

urlpatterns = [
    path("", report_views.overview, name="overview"),
    path("healthz", healthz, name="healthz"),
    path("data-quality/", report_views.data_quality, name="data-quality"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("unitar_site.api")),
]
