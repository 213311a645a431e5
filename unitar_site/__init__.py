"""UNITAR reporting site: settings, URLs, the Celery app and the WSGI/ASGI entry points."""

from . import metrics  # noqa: F401  (before any other metric exists; see its module)
from .celery import app as celery_app

__all__ = ("celery_app",)
