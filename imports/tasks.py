"""Celery task: a thin door onto imports/services/runs.py for large files."""

from celery import shared_task

from imports.services.runs import run_queued


@shared_task(name="imports.run_import", acks_late=True, reject_on_worker_lost=True)
def run_import(import_id: int) -> None:
    """Check a large upload or write a confirmed import; a second run finds nothing to do."""
    run_queued(import_id)
