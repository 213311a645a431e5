"""Real Celery workers, against the real broker and database: a data change is rebuilt by a
worker, and a worker killed mid-build loses nothing.

These run where PostgreSQL and a Redis broker are configured (CI's second pass); the embedded
default runs the same tasks in-process, which the other statistics tests cover. They read and
write committed data, as the worker sees only that, so they carry no django_db marker; run them
with the rest of the suite, whose marked tests make pytest-django create the test database.
"""

import os
import signal
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
from reports.tasks import rebuild_statistics

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not settings.CELERY_BROKER_URL or connection.vendor != "postgresql",
        reason="needs PostgreSQL and a Redis broker (CI's second pass)",
    ),
]
# Short lease and redelivery so a killed worker's task comes back within seconds.
FAST_RECOVERY = {
    "STATISTICS_LEASE_SECONDS": "6",
    "CELERY_VISIBILITY_TIMEOUT": "8",
    "CELERY_RESTORE_INTERVAL": "2",
}


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """The test database in autocommit: what the test writes, the worker sees."""
    with django_db_blocker.unblock():
        yield
        connection.close()


@pytest.fixture
def start_worker(tmp_path: Path):
    from unitar_site.celery import app

    app.control.purge()  # messages left by an earlier run would act on this database
    workers = []

    def start(name: str) -> tuple[subprocess.Popen, Path]:
        db = connection.settings_dict
        url = (
            f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        )
        env = {**os.environ, **FAST_RECOVERY, "DATABASE_URL": url, "VAR_DIR": str(tmp_path)}
        log = tmp_path / f"{name}.log"
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
                "--hostname",
                f"{name}@%h",
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
        workers.append(process)
        return process, log

    yield start
    for process in workers:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)


def _wait_for(condition, seconds: float = 120) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.3)
    return False


def test_a_worker_rebuilds_the_slice_a_new_participation_touched(committed_db, start_worker):
    _, log = start_worker("incremental")
    event = Event.objects.filter(start_date__year=2020, programme__slug="road-safety").first()
    question = {"year": "2020", "programme": "road-safety"}
    before = beneficiary_counts(question, see_small_cells=True).total
    Participation.objects.create(  # autocommit: the signal queues the rebuild on the broker
        event=event,
        person_key="worker-test-1",
        gender="female",
        sector="ngo",
        country=Country.objects.get(iso3="KEN"),
    )
    builds = StatisticsBuild.objects.filter(trigger="data change", status=BuildStatus.SUCCEEDED)
    assert _wait_for(builds.exists), f"no build by the worker; its log:\n{log.read_text()[-3000:]}"
    assert builds.get().slices == [[2020, event.programme_id]]
    assert beneficiary_counts(question, see_small_cells=True).total == before + 1


def test_a_worker_killed_mid_build_leaves_the_last_build_serving_and_the_task_completes(
    committed_db, start_worker
):
    question = {"group_by": "year,beneficiary_type"}
    before = beneficiary_counts(question, see_small_cells=True).rows
    first, first_log = start_worker("doomed")
    rebuild_statistics.delay(trigger="kill test")
    builds = StatisticsBuild.objects.filter(trigger="kill test")
    running = builds.filter(status=BuildStatus.RUNNING)
    assert _wait_for(running.exists), f"the build never started:\n{first_log.read_text()[-3000:]}"
    time.sleep(1.0)  # well inside the build's transaction
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert not builds.filter(status=BuildStatus.SUCCEEDED).exists()
    assert beneficiary_counts(question, see_small_cells=True).rows == before

    _, second_log = start_worker("survivor")
    done = builds.filter(status=BuildStatus.SUCCEEDED)
    assert _wait_for(done.exists, 180), f"not redelivered:\n{second_log.read_text()[-3000:]}"
    interrupted = builds.get(status=BuildStatus.FAILED)
    assert "interrupted" in interrupted.error
    assert beneficiary_counts(question, see_small_cells=True).rows == before
