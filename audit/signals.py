"""Name the door of a history row written by a save or delete: admin, API or another page."""

from django.dispatch import receiver
from simple_history.models import HistoricalRecords
from simple_history.signals import pre_create_historical_record

from audit.models import Door


def door_of(path: str) -> str:
    if "/admin/" in path:  # also under a language prefix, /fr/admin/
        return Door.ADMIN
    if path.startswith("/api/"):
        return Door.API
    if path.startswith("/imports/"):
        return Door.IMPORT
    return Door.PAGE


@receiver(pre_create_historical_record)
def record_door(sender, history_instance, **kwargs):
    request = getattr(HistoricalRecords.context, "request", None)
    if request is not None:
        history_instance.door = door_of(request.path)
