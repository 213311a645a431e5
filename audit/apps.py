"""The audit app: the history of every record change, with who, when and through which door."""

from django.apps import AppConfig


class AuditConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "audit"

    def ready(self):
        from audit import signals  # noqa: F401 - connects the door to new history rows
