"""The Celery application; configuration comes from Django settings (CELERY_* names)."""

import os

from celery import Celery
from celery.schedules import crontab

from . import logs  # noqa: F401  (connects the signals that keep request ids and Django's LOGGING)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unitar_site.settings")

app = Celery("unitar_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# The nightly full rebuild (exactly one beat process runs this schedule).
app.conf.beat_schedule = {
    "rebuild-statistics-nightly": {
        "task": "reports.rebuild_statistics",
        "schedule": crontab(hour=2, minute=30),
        "kwargs": {"trigger": "nightly"},
    },
}
