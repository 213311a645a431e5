"""Faults: the broker down, the database down, an export cut off. (A worker killed in the middle
of a rebuild is tested with real workers in tests/test_celery_worker.py.)

The broker is made unreachable by pointing Celery at a closed port; the database by starting a
process whose DATABASE_URL names one. Nothing is mocked inside the application.
"""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from accounts.services import create_api_client
from beneficiaries.models import Participation
from imports.models import Import, ImportStatus
from reports.models import DirtySlice
from tests.imports_files import (
    EVENT_HEADER,
    PARTICIPATION_HEADER,
    csv_bytes,
    event_row,
    participation_row,
    programme_staff,
    upload,
)
from unitar_site.celery import app

pytestmark = pytest.mark.django_db

CLOSED = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def _reset_producer_pool() -> None:
    """Celery keeps a pool of broker connections per broker URL; look the pool up again."""
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def broker_down(settings, monkeypatch):
    """Celery with a broker that refuses connections, as when Redis is down. (Celery reads the
    environment's CELERY_BROKER_URL before its configuration, so both change.)"""
    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setenv("CELERY_BROKER_URL", CLOSED)
    was = {key: app.conf[key] for key in ("broker_url", "task_always_eager")}
    app.conf.broker_url = CLOSED
    app.conf.task_always_eager = False
    _reset_producer_pool()
    yield
    app.conf.update(was)
    _reset_producer_pool()


def test_with_the_broker_down_pages_and_the_api_keep_serving_and_healthz_says_so(
    client, broker_down
):
    assert client.get("/?year=2020").status_code == 200
    assert client.get("/pillars/planet/").status_code == 200
    api = client.get(
        "/api/v1/beneficiaries/counts/?year=2020",
        headers={"Authorization": f"Token {create_api_client('fault-probe')}"},
    )
    assert api.status_code == 200
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"database": "ok", "broker": "down", "status": "degraded"}


def test_with_the_broker_down_a_saved_change_stays_saved_and_waits_for_the_next_rebuild(
    broker_down, django_capture_on_commit_callbacks, caplog
):
    existing = Participation.objects.select_related("event").first()
    event = existing.event
    DirtySlice.objects.all().delete()
    with (
        caplog.at_level(logging.ERROR, logger="unitar_site.queueing"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        Participation.objects.create(
            event=event, person_key="FAULT-1", gender="female", country=existing.country,
            sector="ngo",
        )  # fmt: skip
    assert DirtySlice.objects.filter(
        year=event.start_date.year, programme_id=event.programme_id
    ).exists()
    assert any(getattr(r, "alert", None) == "broker_unavailable" for r in caplog.records)


def test_with_the_broker_down_a_large_import_is_refused_with_a_clear_message(
    client, broker_down, django_capture_on_commit_callbacks, settings, tmp_path
):
    settings.IMPORT_BACKGROUND_ROWS = 10
    settings.IMPORT_FILES_DIR = tmp_path
    client.force_login(programme_staff("fault-staff", "people"))
    events = csv_bytes(EVENT_HEADER, [event_row("F-EV-1")])
    upload(client, "events", "e.csv", events)
    client.post(f"/imports/{Import.objects.get(file_name='e.csv').pk}/confirm/")
    rows = [participation_row("F-EV-1", f"P-{i}") for i in range(25)]
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, "participations", "p.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    record = Import.objects.get(file_name="p.csv")
    assert record.status == ImportStatus.REJECTED
    assert record.problem_lines()[0].startswith("file: the background worker cannot be reached now")
    assert not Participation.objects.filter(event__code="F-EV-1").exists()
    assert not list(Path(tmp_path).iterdir())  # the kept copy is gone too
    page = client.get(f"/imports/{record.pk}/").content.decode()
    assert "the background worker cannot be reached now" in page


# The same requests a load balancer, a visitor and a partner system make, from a process whose
# database does not answer.
DATABASE_DOWN = """
import json
import django
django.setup()
from django.test import Client
client = Client(raise_request_exception=False)
answers = {}
for path in ["/healthz", "/", "/pillars/peace/", "/finance/", "/api/v1/pillars/"]:
    response = client.get(path, headers={"Authorization": "Token not-checked-before-the-db"})
    answers[path] = [response.status_code, response.get("Retry-After"),
                     response.content.decode()[:400]]
print(json.dumps(answers))
"""


def test_with_the_database_down_healthz_answers_503_and_pages_a_clean_error(tmp_path):
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:1/unitar",  # nothing listens on port 1
        "VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "unitar_site.settings",
    }
    env.pop("CELERY_BROKER_URL", None)
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", DATABASE_DOWN],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=django_settings.BASE_DIR,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answers = json.loads(result.stdout.strip().splitlines()[-1])
    status, _, body = answers["/healthz"]
    assert status == 503
    assert json.loads(body)["database"] == "down"
    for path in ["/", "/pillars/peace/", "/finance/"]:
        status, retry_after, body = answers[path]
        assert (status, retry_after) == (503, "30"), path
        assert "Temporarily unavailable" in body
        assert "Traceback" not in body
    status, retry_after, body = answers["/api/v1/pillars/"]
    assert (status, retry_after) == (503, "30")
    assert "database cannot be reached" in json.loads(body)["detail"]


def test_an_export_cut_off_midway_never_ends_with_its_completion_line(client, monkeypatch):
    """A download that stops early (a timeout, a lost connection) lacks the trailer line that
    states the row count, so no partial file passes as complete."""
    response = client.get("/exports/beneficiaries.csv", {"group_by": "year,country"})
    chunks = list(response.streaming_content)
    whole = b"".join(chunks).decode("utf-8-sig")
    assert whole.rstrip("\n").splitlines()[-1].startswith("# end: ")
    for cut in range(len(chunks) - 1):
        partial = b"".join(chunks[: cut + 1]).decode("utf-8-sig", errors="ignore")
        assert "# end: " not in partial
