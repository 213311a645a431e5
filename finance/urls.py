"""Finance pages under /finance/."""

from django.urls import path

from finance import views

urlpatterns = [
    path("", views.summary, name="finance"),
    path("donors/<int:donor_id>/", views.donor, name="finance-donor"),
    path("charts/<slug:slug>.csv", views.chart_csv, name="finance-chart-csv"),
    path("iati.xml", views.iati_activities, name="finance-iati"),
]
