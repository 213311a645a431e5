"""The imports app: staff load events, participations and tallies from CSV and Excel files."""

from django.apps import AppConfig


class ImportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "imports"
