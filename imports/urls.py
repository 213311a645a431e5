"""URLs of /imports/: upload, preview and confirm, status, templates."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.upload, name="imports"),
    path("<int:pk>/", views.detail, name="import-detail"),
    path("<int:pk>/confirm/", views.confirm, name="import-confirm"),
    path("templates/<str:kind>.<str:extension>", views.template, name="import-template"),
]
