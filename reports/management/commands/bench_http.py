"""manage.py bench_http: measure API v1 and the CSV export through a real gunicorn server.

Prints, from one run on one machine, against baselines in the same server or database (the
letters follow `manage.py bench`'s (a) to (c)):
(d) API grouped-count requests per second and p99 latency at 32 concurrent clients (wrk), next to
a bare Django JSON view served by the same gunicorn (unitar_site/bench_urls.py), as a ratio;
(e) the pseudonymised participations export: rows per second next to PostgreSQL's own
`COPY ... TO STDOUT` of the same rows, as a ratio, and the serving process's peak memory;
(f) each dashboard's server time, on the first and the second visit of each filter set.
"""

import contextlib
import os
import re
import shutil
import socket
import statistics
import subprocess  # nosec B404
import sys
import time
import urllib.request
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from accounts.roles import ANALYST
from accounts.services import create_api_client
from beneficiaries.selectors import participation_query, participation_records
from reports.exports import copy_sql

API_QUESTIONS = {
    "2020 by region and gender": "/api/v1/beneficiaries/counts/?year=2020&group_by=region,gender",
    "learners by country (map)": (
        "/api/v1/beneficiaries/counts/?year=2020&beneficiary_type=learning&group_by=country"
    ),
    "events by year and delivery": "/api/v1/events/counts/?group_by=year,delivery",
}
DASHBOARDS = {
    "overview": "/",
    "pillar": "/pillars/planet/",
    "programme area": "/areas/unosat/",
    "programme": "/programmes/un-cc-learn/",
    "finance": "/finance/",
}
# Each dashboard is asked every one of these questions once (a first visit: nothing cached for
# it yet), then once more (a second visit, answered from the build's answer cache).
DASHBOARD_FILTERS = [
    f"?year={year}{region}"
    for year in range(2016, 2022)
    for region in ("", "&region=africa", "&region=asia-pacific", "&gender=female")
]
BARE = "/bench/bare.json"
LATENCY = re.compile(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


class Command(BaseCommand):
    help = "Benchmark API v1 and the CSV export through gunicorn (needs wrk and PostgreSQL)."

    def add_arguments(self, parser):
        parser.add_argument("--connections", type=int, default=32)
        parser.add_argument("--seconds", type=int, default=10, help="Per measured load")
        parser.add_argument("--workers", type=int, default=4, help="gunicorn workers for the API")

    def handle(self, *args, connections: int, seconds: int, workers: int, **options):
        if connection.vendor != "postgresql":
            raise CommandError("bench_http measures PostgreSQL: set DATABASE_URL.")
        if not shutil.which("wrk"):
            raise CommandError("bench_http needs wrk (Debian package wrk).")
        key = create_api_client(f"bench-http-{os.getpid()}-{int(time.time())}", None)
        self.stdout.write("")
        self.stdout.write(
            f"{'API at ' + str(connections) + ' connections (' + str(workers) + ' workers)':<44}"
            f"{'req/s':>9}{'p99 ms':>9}{'bare req/s':>12}{'bare p99':>10}{'ratio':>8}"
        )
        with self._server(workers) as base:
            self._wrk(base + BARE, {}, connections, 2)  # warm every worker up
            bare_rate, bare_p99 = self._wrk(base + BARE, {}, connections, seconds)
            for name, path in API_QUESTIONS.items():
                headers = {"Authorization": f"Token {key}"}
                self._wrk(base + path, headers, connections, 2)
                rate, p99 = self._wrk(base + path, headers, connections, seconds)
                self.stdout.write(
                    f"{'(d) ' + name:<44}{rate:>9.0f}{p99:>9.1f}{bare_rate:>12.0f}"
                    f"{bare_p99:>10.1f}{rate / bare_rate:>8.2f}"
                )
            self._dashboards(base)
        self._export()

    def _dashboards(self, base: str) -> None:
        """Server time of each dashboard, one request at a time: first and second visits.

        The shared answer cache is emptied first, so a first visit computes its answers."""
        cache.clear()
        self.stdout.write("")
        self.stdout.write(
            f"{'dashboard server time, ' + str(len(DASHBOARD_FILTERS)) + ' filter sets':<44}"
            f"{'first: median':>14}{'p99':>7}{'second: median':>16}{'p99':>7}"
        )
        for name, path in DASHBOARDS.items():
            first = [self._time_page(base + path + query) for query in DASHBOARD_FILTERS]
            second = [self._time_page(base + path + query) for query in DASHBOARD_FILTERS]
            self.stdout.write(
                f"{'(f) ' + name + ' ' + path:<44}{_median(first):>11.1f} ms{_p99(first):>7.1f}"
                f"{_median(second):>13.1f} ms{_p99(second):>7.1f}"
            )

    @staticmethod
    def _time_page(url: str) -> float:
        """Milliseconds from request to the last byte, on loopback: the server's time."""
        started = time.perf_counter()
        with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310  # nosec B310
            if response.status != 200:
                raise CommandError(f"{url} answered {response.status}")
            response.read()
        return (time.perf_counter() - started) * 1000

    def _export(self) -> None:
        """participations.csv through one gunicorn worker, against COPY of the same SELECT."""
        analyst = get_user_model().objects.create_user(f"bench-analyst-{os.getpid()}")
        analyst.groups.add(Group.objects.get(name=ANALYST))
        browser = Client()
        browser.force_login(analyst)
        cookie = f"sessionid={browser.cookies['sessionid'].value}"
        with self._server(workers=1) as base:
            worker = self._only_worker()
            started = time.perf_counter()
            rows, size = self._download(base + "/exports/participations.csv", cookie)
            served = time.perf_counter() - started
            peak_mb = self._peak_memory_mb(worker)
        records = participation_records(participation_query({}))
        with connection.cursor() as cursor:
            sql = copy_sql(records, cursor)
            started = time.perf_counter()
            cursor.copy_expert(sql, _Discard())
            copied = time.perf_counter() - started
            started = time.perf_counter()
            cursor.copy_expert(
                f"COPY {records.model._meta.db_table} TO STDOUT WITH (FORMAT csv)", _Discard()
            )
            plain = time.perf_counter() - started
        self.stdout.write("")
        self.stdout.write(
            f"{'export of participations.csv':<44}{'value':>14}{'baseline':>14}{'ratio':>8}"
        )
        self.stdout.write(
            f"{'(e) rows/s, ' + f'{rows:,} rows, {size / 1e6:,.0f} MB':<44}{rows / served:>14,.0f}"
            f"{rows / copied:>14,.0f}{copied / served:>8.2f}"
        )
        self.stdout.write(f"{'    (baseline: COPY of the same SELECT)':<44}")
        self.stdout.write(
            f"{'(e) rows/s against COPY of the bare table':<44}{rows / served:>14,.0f}"
            f"{rows / plain:>14,.0f}{plain / served:>8.2f}"
        )
        self.stdout.write(f"{'(e) peak memory of the serving worker, MB':<44}{peak_mb:>14.0f}")

    @staticmethod
    def _download(url: str, cookie: str) -> tuple[int, int]:
        """Read the whole CSV; the row count is the one its trailer line states."""
        request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
        size, tail = 0, b""
        with urllib.request.urlopen(request, timeout=3600) as response:  # noqa: S310  # nosec B310
            if response.status != 200:
                raise CommandError(f"the export answered {response.status}")
            while chunk := response.read(1 << 20):
                size += len(chunk)
                tail = (tail + chunk)[-200:]
        match = re.search(rb"# end: (\d+) rows\n$", tail)
        if not match:
            raise CommandError("the export ended without its trailer line: it is incomplete")
        return int(match.group(1)), size

    def _only_worker(self) -> int:
        children = Path(f"/proc/{self.server.pid}/task/{self.server.pid}/children").read_text()
        (worker,) = children.split()
        return int(worker)

    @staticmethod
    def _peak_memory_mb(pid: int) -> float:
        """The worker's high-water mark of resident memory (VmHWM), since it started."""
        status = Path(f"/proc/{pid}/status").read_text()
        kilobytes = int(re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE).group(1))
        return kilobytes / 1024

    @contextlib.contextmanager
    def _server(self, workers: int):
        """gunicorn on a free loopback port with the bench settings; stopped on the way out."""
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "unitar_site.bench_settings",
            "API_THROTTLE_RATE": "100000000/minute",  # throttling still runs; it never refuses
        }
        log = open(Path(settings.VAR_DIR) / "bench-gunicorn.log", "w")  # noqa: SIM115
        server = subprocess.Popen(  # noqa: S603  # nosec B603
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "unitar_site.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        base = f"http://127.0.0.1:{port}"
        self.server = server
        try:
            self._wait_for(base + "/healthz", server)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()

    @staticmethod
    def _wait_for(url: str, server: subprocess.Popen) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise CommandError("gunicorn exited; see var/bench-gunicorn.log")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(url, timeout=2) as response,  # noqa: S310  # nosec B310
            ):
                if response.status == 200:
                    return
            time.sleep(0.3)
        raise CommandError(f"gunicorn did not answer {url} within 60 s")

    @staticmethod
    def _wrk(url: str, headers: dict, connections: int, seconds: int) -> tuple[float, float]:
        """Requests per second and p99 latency in ms; any non-2xx answer fails the benchmark."""
        command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run(  # noqa: S603  # nosec B603
            [*command, url], capture_output=True, text=True, check=True
        ).stdout
        if "Non-2xx" in output or "Socket errors" in output:
            raise CommandError(f"errors under load at {url}:\n{output}")
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        p99 = next(float(v) * UNITS[u] for pct, v, u in LATENCY.findall(output) if pct == "99")
        return rate, p99


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


class _Discard:
    """A file that forgets what COPY writes to it."""

    def write(self, data) -> int:
        return len(data)
