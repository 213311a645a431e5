"""/healthz: the database and broker status as JSON; 503 when the database cannot answer."""

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


def database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "down"
    return "ok"


def broker_status() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "in-process"
    from unitar_site.celery import app

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:  # kombu raises many transport-specific errors; all mean "down"
        return "down"
    return "ok"


@never_cache
@require_GET
def healthz(request):
    status = {"database": database_status(), "broker": broker_status()}
    healthy = status["database"] == "ok"
    status["status"] = (
        "ok" if healthy and status["broker"] != "down" else ("degraded" if healthy else "down")
    )
    return JsonResponse(status, status=200 if healthy else 503)
