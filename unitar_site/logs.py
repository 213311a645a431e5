"""Structured logs: one line per request, and the request id carried into the Celery tasks."""

import logging
import logging.config
import time

from celery.signals import before_task_publish, setup_logging, task_postrun, task_prerun
from django_guid import clear_guid, get_guid, set_guid

logger = logging.getLogger("unitar_site.requests")

# The task message header that carries the id of the request (or task) that queued the task.
REQUEST_ID_HEADER = "request_id"


class RequestLogMiddleware:
    """Logs each request once it is answered: method, path, status and time taken.

    It runs after django-guid's middleware, so the line carries the request's id.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": round((time.monotonic() - started) * 1000, 1),
            },
        )
        return response


@setup_logging.connect
def use_django_logging(logfile: str | None = None, **kwargs) -> None:
    """Celery logs through the LOGGING of settings.py, not its own format; `--logfile` still
    sends its lines to that file instead of stderr. django.setup() may apply LOGGING again after
    this, so the file handler goes into LOGGING itself."""
    from django.conf import settings

    if logfile:
        console = settings.LOGGING["handlers"]["console"]
        settings.LOGGING["handlers"]["logfile"] = {
            **console,
            "class": "logging.FileHandler",
            "filename": logfile,
        }
        settings.LOGGING["root"]["handlers"] = ["logfile"]
    logging.config.dictConfig(settings.LOGGING)


@before_task_publish.connect
def pass_request_id_to_task(headers: dict, **kwargs) -> None:
    request_id = get_guid()
    if request_id:
        headers[REQUEST_ID_HEADER] = request_id


@task_prerun.connect
def take_request_id_from_task(task, **kwargs) -> None:
    # A task run eagerly (no broker) runs inside the request: its id is already there.
    if task.request.is_eager:
        return
    request_id = task.request.get(REQUEST_ID_HEADER)
    # A scheduled task has no request behind it; its own id ties its lines together.
    set_guid(request_id or task.request.id)


@task_postrun.connect
def forget_request_id(task, **kwargs) -> None:
    if not task.request.is_eager:
        clear_guid()  # the worker's next task belongs to another request
