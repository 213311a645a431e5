"""Celery tasks: thin doors onto reports/services/statistics.py.

Both tasks are idempotent and single-flight. Late acknowledgement with reject-on-worker-lost puts
a task back on the queue if its worker dies; the dead worker's build rolled back, and its lease
expires, so the redelivered task rebuilds from the same records.
"""

from celery import shared_task
from django.conf import settings
from django.db import OperationalError

from reports.services.statistics import BuildBusy, run_build, vacuum_statistics

TASK_OPTIONS = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": (BuildBusy, OperationalError),
    "retry_backoff": 5,
    "retry_backoff_max": 300,
    "retry_jitter": True,
    "max_retries": 20,
    "soft_time_limit": settings.STATISTICS_TIME_LIMIT_SECONDS,
    "time_limit": settings.STATISTICS_TIME_LIMIT_SECONDS + 60,
}


@shared_task(name="reports.rebuild_statistics", **TASK_OPTIONS)
def rebuild_statistics(trigger: str = "nightly") -> int | None:
    """Rebuild every statistics table from the records."""
    build = run_build(full=True, trigger=trigger)
    vacuum_statistics()
    return build.pk if build else None


@shared_task(name="reports.rebuild_dirty_slices", **TASK_OPTIONS)
def rebuild_dirty_slices(trigger: str = "data change") -> int | None:
    """Rebuild the slices whose records changed; nothing when another run already did them."""
    build = run_build(full=False, trigger=trigger)
    return build.pk if build else None
