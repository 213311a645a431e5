"""/metrics for Prometheus, to allowed networks only, with Celery task durations and failures.

Web and worker are separate processes (and containers), so each writes its metrics to files in
PROMETHEUS_MULTIPROC_DIR (prometheus_client's multiprocess mode) and /metrics, answered by any
gunicorn worker, adds up every process's files: the worker's task metrics show there too.
"""

import ipaddress
import os
import socket
import time

from celery.signals import task_failure, task_postrun, task_prerun
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from prometheus_client import Counter, Histogram, values


def _name_metric_files_by_host_and_pid() -> None:
    """Containers sharing one metrics volume can have processes of the same pid; naming each
    process's files by host too keeps two processes from writing into one file."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        host = socket.gethostname().replace("_", "-")  # the collector splits names on "_"
        values.ValueClass = values.MultiProcessValue(lambda: f"{host}-{os.getpid()}")


# Before any metric exists: this module is imported by unitar_site/__init__.py, first.
_name_metric_files_by_host_and_pid()

TASK_DURATION = Histogram(
    "unitar_celery_task_duration_seconds",
    "Time Celery tasks took, by task and final state (SUCCESS, FAILURE, RETRY).",
    ["task", "state"],
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900, 1800, 3600, float("inf")),
)
TASK_FAILURES = Counter(
    "unitar_celery_task_failures_total",
    "Celery tasks that raised, by task and exception.",
    ["task", "exception"],
)
_task_started: dict[str, float] = {}  # task id -> monotonic start, within one worker process


@task_prerun.connect
def _start_timing(task_id: str, **kwargs) -> None:
    _task_started[task_id] = time.monotonic()


@task_postrun.connect
def _observe_duration(task_id: str, task, state: str | None = None, **kwargs) -> None:
    started = _task_started.pop(task_id, None)
    if started is not None:
        TASK_DURATION.labels(task.name, state or "UNKNOWN").observe(time.monotonic() - started)


@task_failure.connect
def _count_failure(sender, exception: BaseException, **kwargs) -> None:
    TASK_FAILURES.labels(sender.name, type(exception).__name__).inc()


def client_is_allowed(request: HttpRequest) -> bool:
    # Behind a reverse proxy on the same host every visitor arrives from 127.0.0.1; a proxy says
    # so in these headers, and Prometheus, scraping directly, sends none.
    if "HTTP_X_FORWARDED_FOR" in request.META or "HTTP_FORWARDED" in request.META:
        return False
    try:
        address = ipaddress.ip_address(request.META.get("REMOTE_ADDR", ""))
    except ValueError:
        return False
    return any(address in network for network in settings.METRICS_ALLOWED_NETWORKS)


class MetricsEndpointMiddleware:
    """Answers /metrics before the other middleware: Prometheus scrapes over plain HTTP inside
    the network, where production's HTTPS redirect and the sessions have nothing to do."""

    path = "/metrics"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path != self.path:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD") or not client_is_allowed(request):
            return HttpResponseNotFound()
        from django_prometheus.exports import ExportToDjangoView

        return ExportToDjangoView(request)
