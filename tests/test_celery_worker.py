"""A real Celery worker, against the real broker and database, rebuilds what a data change touched.

Runs where a broker is configured (CI's PostgreSQL and Redis pass); the embedded default runs the
same task in-process, which the other statistics tests cover.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from beneficiaries.models import Country, Participation
from programmes.models import Event
from reports.models import BuildStatus, StatisticsBuild
from reports.selectors import beneficiary_counts

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not settings.CELERY_BROKER_URL or connection.vendor != "postgresql",
        reason="needs PostgreSQL and a Redis broker (CI's second pass)",
    ),
]


@pytest.fixture
def worker(tmp_path: Path):
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "VAR_DIR": str(tmp_path)}
    log = tmp_path / "worker.log"
    process = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "unitar_site",
            "worker",
            "--pool",
            "solo",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "INFO",
            "--logfile",
            str(log),
        ],
        env=env,
        cwd=settings.BASE_DIR,
    )
    yield process, log
    process.terminate()
    process.wait(timeout=30)


def _wait_for(condition, seconds: float = 90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


@pytest.mark.django_db(transaction=True)
def test_a_worker_rebuilds_the_slice_a_new_participation_touched(worker):
    process, log = worker
    event = Event.objects.filter(start_date__year=2020, programme__slug="road-safety").first()
    question = {"year": "2020", "programme": "road-safety"}
    before = beneficiary_counts(question, see_small_cells=True).total
    Participation.objects.create(  # commits, so the signal queues the rebuild on the broker
        event=event,
        person_key="worker-test-1",
        gender="female",
        sector="ngo",
        country=Country.objects.get(iso3="KEN"),
    )
    done = _wait_for(
        lambda: StatisticsBuild.objects.filter(
            trigger="data change", status=BuildStatus.SUCCEEDED
        ).exists()
    )
    assert done, f"no build by the worker; its log:\n{log.read_text()[-3000:]}"
    assert process.poll() is None
    build = StatisticsBuild.objects.get(trigger="data change")
    assert build.slices == [[2020, event.programme_id]]
    assert beneficiary_counts(question, see_small_cells=True).total == before + 1
