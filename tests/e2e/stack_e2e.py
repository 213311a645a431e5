"""End-to-end run of the real stack (bin/stack): gunicorn, a Celery worker and beat, on PostgreSQL
and Redis. Run by .ci/run after the test suite, not by pytest (it is no test_*.py file):

    .venv/bin/python tests/e2e/stack_e2e.py

On a fresh database it loads the dataset, starts the stack on a free port, reads beneficiary
counts through the API, imports participations through the /imports/ page as programme staff
(log in, upload, confirm), waits for the worker's incremental rebuild to show in the API, checks
the counts grew by exactly the imported rows, and that the request id of the confirming request
reached the worker's log lines; then stops the stack and checks none of its processes remain.
Exits non-zero, saying why, on any failure.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg2
import redis
import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.imports_files import PARTICIPATION_HEADER, csv_bytes, participation_row  # noqa: E402

POSTGRES = os.environ.get("E2E_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = os.environ.get("E2E_DATABASE", "unitar_e2e")
BROKER = os.environ.get("E2E_BROKER_URL", "redis://127.0.0.1:6379/13")
ROWS = 7  # participations imported; each is one beneficiary
REBUILD_TIMEOUT = 150  # seconds; generous, for a loaded 2-core machine
HTTP_TIMEOUT = 60
PYTHON = str(ROOT / ".venv" / "bin" / "python")
STARTED = time.monotonic()

# The staff member and the event the import adds participants to: an event of the latest year,
# its programme's area given to the staff member (imports/migrations/0002: the staff role).
SETUP = """
import json
from django.contrib.auth.models import Group, User
from accounts.roles import PROGRAMME_STAFF
from imports.models import StaffArea
from programmes.models import Event
event = Event.objects.select_related("programme__area").order_by("-start_date", "code").first()
user = User.objects.create_user("e2e-staff", password="e2e-staff-password-1")
user.groups.add(Group.objects.get(name=PROGRAMME_STAFF))
StaffArea.objects.create(user=user, area=event.programme.area)
print(json.dumps({"event": event.code, "programme": event.programme.slug,
                  "year": event.start_date.year}))
"""


class E2EFailure(Exception):
    pass


def step(message: str) -> None:
    print(f"[e2e {time.monotonic() - STARTED:6.1f}s] {message}", flush=True)


def check(condition: bool, message: str) -> None:
    if not condition:
        raise E2EFailure(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fresh_database() -> None:
    connection = psycopg2.connect(f"{POSTGRES}/postgres")
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{DATABASE}"')
    connection.close()
    redis.Redis.from_url(BROKER).flushdb()  # no task of an earlier run waits there


def run(env: dict, *args: str, timeout: int = 600) -> str:
    result = subprocess.run(  # noqa: S603  (our own commands)
        args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise E2EFailure(
            f"{' '.join(args)} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def manage(env: dict, *args: str) -> str:
    return run(env, PYTHON, "manage.py", *args)


def recorded_groups(run_dir: Path) -> set[int]:
    """The services' recorded pids: each leads the process group of all it started."""
    return {int(f.read_text()) for f in run_dir.glob("*.pid") if f.read_text().strip().isdigit()}


def live_processes(groups: set[int]) -> set[int]:
    """Processes of these groups still running (a zombie no parent reaped has exited)."""
    command = ["ps", "-e", "-o", "pid=,pgid=,stat="]
    listing = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    live = set()
    for line in listing.stdout.splitlines():
        pid, pgid, state = line.split()[:3]
        if int(pgid) in groups and not state.startswith("Z"):
            live.add(int(pid))
    return live


def beneficiaries(base: str, token: str, scope: dict) -> int:
    response = requests.get(
        f"{base}/api/v1/beneficiaries/counts/",
        params=scope,
        headers={"Authorization": f"Token {token}"},
        timeout=HTTP_TIMEOUT,
    )
    check(response.status_code == 200, f"counts answered {response.status_code}: {response.text}")
    total = response.json()["total"]
    check(isinstance(total, int), f"counts total is {total!r}, not a number (suppressed?)")
    return total


def log_in(base: str, username: str, password: str) -> requests.Session:
    session = requests.Session()
    session.get(f"{base}/accounts/login/", timeout=HTTP_TIMEOUT).raise_for_status()
    response = session.post(
        f"{base}/accounts/login/",
        data={
            "username": username,
            "password": password,
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
        },
        allow_redirects=False,
        timeout=HTTP_TIMEOUT,
    )
    check(response.status_code == 302, f"log-in answered {response.status_code}, not a redirect")
    return session


def import_participations(session: requests.Session, base: str, rows: list, request_id: str):
    """Upload, then confirm, as a person would on /imports/; the confirm carries request_id."""
    session.get(f"{base}/imports/", timeout=HTTP_TIMEOUT).raise_for_status()
    token = session.cookies["csrftoken"]  # rotated at log-in
    upload = session.post(
        f"{base}/imports/",
        data={"kind": "participations", "csrfmiddlewaretoken": token},
        files={"file": ("e2e.csv", csv_bytes(PARTICIPATION_HEADER, rows), "text/csv")},
        allow_redirects=False,
        timeout=HTTP_TIMEOUT,
    )
    check(upload.status_code == 302, f"upload answered {upload.status_code}: {upload.text[:500]}")
    detail = upload.headers["Location"]
    preview = session.get(f"{base}{detail}", timeout=HTTP_TIMEOUT)
    check("confirm/" in preview.text, f"the preview offers no confirmation:\n{preview.text[:2000]}")
    confirm = session.post(
        f"{base}{detail}confirm/",
        data={"csrfmiddlewaretoken": token},
        headers={"Correlation-ID": request_id},
        allow_redirects=False,
        timeout=HTTP_TIMEOUT,
    )
    check(confirm.status_code == 302, f"confirm answered {confirm.status_code}")
    check(confirm.headers.get("Correlation-ID") == request_id, "the request id was not kept")
    page = session.get(f"{base}{detail}", timeout=HTTP_TIMEOUT).text
    check("Written" in page, f"the import was not written:\n{page[:2000]}")


def wait_for_total(base: str, token: str, scope: dict, before: int) -> tuple[int, float]:
    started = time.monotonic()
    while time.monotonic() - started < REBUILD_TIMEOUT:
        total = beneficiaries(base, token, scope)
        if total != before:
            return total, time.monotonic() - started
        time.sleep(0.5)
    raise E2EFailure(f"the counts did not change within {REBUILD_TIMEOUT}s of the import")


def worker_lines_with(log: Path, request_id: str) -> list[dict]:
    lines = []
    for line in log.read_text().splitlines():
        if request_id in line:
            try:
                lines.append(json.loads(line))
            except ValueError:
                continue
    return [line for line in lines if line.get("request_id") == request_id]


def metric_value(text: str, name: str, **labels) -> float:
    for line in text.splitlines():
        if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def exercise(env: dict, var_dir: Path) -> None:
    base = f"http://127.0.0.1:{env['PORT']}"
    step(f"fresh database {DATABASE}; migrate and load the dataset")
    fresh_database()
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_dataset")
    setup = json.loads(manage(env, "shell", "-c", SETUP).strip().splitlines()[-1])
    token = manage(env, "create_api_client", "e2e-client").strip().splitlines()[-1]
    scope = {"year": setup["year"], "programme": setup["programme"]}

    step(f"start the stack on {base}")
    run(env, str(ROOT / "bin" / "stack"), "start", timeout=400)
    before = beneficiaries(base, token, scope)
    step(f"{scope}: {before} beneficiaries; import {ROWS} participations of {setup['event']}")

    session = log_in(base, "e2e-staff", "e2e-staff-password-1")
    request_id = uuid.uuid4().hex
    stamp = int(time.time())
    rows = [participation_row(setup["event"], f"E2E-{stamp}-{i}") for i in range(ROWS)]
    import_participations(session, base, rows, request_id)

    after, latency = wait_for_total(base, token, scope, before)
    step(f"the worker's rebuild showed in the API {latency:.1f}s after the import: {after}")
    check(after == before + ROWS, f"counts went from {before} to {after}, not by {ROWS}")

    traced = worker_lines_with(var_dir / "log" / "worker.log", request_id)
    check(traced, f"no worker log line carries the request id {request_id}")
    step(f"{len(traced)} worker log lines carry the confirming request's id")

    scrape = requests.get(f"{base}/metrics", timeout=HTTP_TIMEOUT)
    check(scrape.status_code == 200, f"/metrics answered {scrape.status_code}")
    builds = metric_value(
        scrape.text,
        "unitar_celery_task_duration_seconds_count",
        task="reports.rebuild_dirty_slices",
        state="SUCCESS",
    )
    check(builds >= 1, "/metrics shows no finished reports.rebuild_dirty_slices task")
    step(f"/metrics (added up from web and worker) shows {builds:.0f} incremental rebuild(s)")
    print(f"e2e: rebuild latency {latency:.1f}s", flush=True)


def main() -> int:
    # .ci/run names the directory, so its EXIT trap can stop the stack whatever happens here.
    var_dir = Path(os.environ.get("E2E_VAR_DIR") or tempfile.mkdtemp(prefix="unitar-e2e-"))
    env = {
        **os.environ,
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "CELERY_BROKER_URL": BROKER,
        "VAR_DIR": str(var_dir),
        "PORT": str(free_port()),
        "DJANGO_ENV": "embedded",
        "LOG_FORMAT": "json",
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "WEB_WORKERS": "2",
        "WORKER_CONCURRENCY": "1",
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)  # bin/stack sets its own, under VAR_DIR
    failure = None
    try:
        exercise(env, var_dir)
    except (E2EFailure, requests.RequestException, subprocess.TimeoutExpired) as error:
        failure = error
    finally:
        groups = recorded_groups(var_dir / "run")
        step(f"stop the stack ({len(live_processes(groups))} processes)")
        stop = subprocess.run(  # noqa: S603
            [str(ROOT / "bin" / "stack"), "stop"], cwd=ROOT, env=env, check=False, timeout=300
        )
        remaining = live_processes(groups)
    if failure is None and stop.returncode != 0:
        failure = E2EFailure(f"bin/stack stop exited {stop.returncode}")
    if failure is None and remaining:
        failure = E2EFailure(f"processes of the stack still run after stop: {sorted(remaining)}")
    if failure is not None:
        print(f"e2e: FAILED: {failure}", file=sys.stderr)
        for name in ("web", "worker", "beat"):
            log = var_dir / "log" / f"{name}.log"
            if log.exists():
                tail = "\n".join(log.read_text().splitlines()[-20:])
                print(f"--- the end of {log}\n{tail}", file=sys.stderr)
        return 1
    step("no process of the stack remains")
    print(f"e2e: passed in {time.monotonic() - STARTED:.0f}s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
