"""Mark statistics slices dirty when records change, and queue their rebuild after commit.

Bulk writes (imports, the dataset loader) bypass signals and call services.mark_dirty or run a
full build themselves.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from beneficiaries.models import AggregateTally, Participation
from programmes.models import Event
from reports.services.statistics import mark_dirty
from unitar_site.queueing import queue_on_commit


def _queue(slices: set[tuple[int, int]]) -> None:
    from reports.tasks import rebuild_dirty_slices

    mark_dirty(slices)
    queue_on_commit(rebuild_dirty_slices)


def _event_slice(event: Event) -> tuple[int, int]:
    return (event.start_date.year, event.programme_id)


@receiver(pre_save, sender=Event)
def remember_old_slice(sender, instance: Event, **kwargs):
    if instance.pk:
        old = Event.objects.filter(pk=instance.pk).values_list("start_date", "programme_id").first()
        instance._old_slice = (old[0].year, old[1]) if old else None


@receiver(post_save, sender=Event)
@receiver(post_delete, sender=Event)
def event_changed(sender, instance: Event, **kwargs):
    slices = {_event_slice(instance)}
    if getattr(instance, "_old_slice", None):
        slices.add(instance._old_slice)
    _queue(slices)


@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
@receiver(post_save, sender=AggregateTally)
@receiver(post_delete, sender=AggregateTally)
def record_changed(sender, instance, **kwargs):
    event = Event.objects.filter(pk=instance.event_id).only("start_date", "programme_id").first()
    if event:
        _queue({_event_slice(event)})
