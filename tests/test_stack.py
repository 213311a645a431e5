"""The production stack: the compose file, /metrics, request ids in the logs, build alerts.

The stack itself, running, is exercised by tests/e2e/stack_e2e.py (run by .ci/run).
"""

import io
import json
import logging

import pytest
import yaml
from django.conf import settings
from django_guid import clear_guid, get_guid, set_guid
from django_guid.log_filters import CorrelationId
from pythonjsonlogger.json import JsonFormatter

COMPOSE_FILE = settings.BASE_DIR / "docker-compose.yml"
COMPOSE_SCHEMA = (
    settings.BASE_DIR.parent / "shared" / "schemas" / "compose-spec" / ("compose-spec.json")
)
SERVICES = {"db", "redis", "web", "worker", "beat"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture
def json_log():
    """Log lines as the console handler writes them in JSON, into a buffer."""
    options = {k: v for k, v in settings.LOGGING["formatters"]["json"].items() if k != "()"}
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(JsonFormatter(**options))
    handler.addFilter(CorrelationId("request_id"))
    root = logging.getLogger()
    root.addHandler(handler)
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    root.removeHandler(handler)


def test_the_compose_file_is_valid_against_the_compose_specification(compose):
    if not COMPOSE_SCHEMA.exists():
        pytest.skip(
            f"NOT VALIDATED: the compose specification's schema is absent ({COMPOSE_SCHEMA}); "
            "docker-compose.yml was not checked against it"
        )
    import jsonschema

    schema = json.loads(COMPOSE_SCHEMA.read_text())
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(compose), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_the_compose_file_names_every_service_of_the_stack(compose):
    assert set(compose["services"]) >= SERVICES


@pytest.mark.parametrize("service", ["db", "redis", "web", "worker"])
def test_each_service_that_can_be_probed_has_a_health_check(compose, service):
    assert compose["services"][service]["healthcheck"]["test"]


def test_exactly_one_beat_runs(compose):
    beat = compose["services"]["beat"]
    assert beat.get("deploy", {}).get("replicas", 1) == 1
    beats = [
        name
        for name, service in compose["services"].items()
        if "beat" in service.get("command", [])
    ]
    assert beats == ["beat"]


def test_metrics_answer_a_client_from_an_allowed_network(client):
    response = client.get("/metrics")
    assert response.status_code == 200
    assert "django_http_requests_total_by_method" in response.content.decode()
    assert client.get("/metrics", REMOTE_ADDR="::1").status_code == 200


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.0.7", "2001:db8::1", "not-an-address"])
def test_metrics_are_not_found_from_other_networks(client, address):
    response = client.get("/metrics", REMOTE_ADDR=address)
    assert response.status_code == 404
    assert b"django_http" not in response.content


def test_metrics_are_not_found_through_a_reverse_proxy_on_the_same_host(client):
    assert client.get("/metrics", HTTP_X_FORWARDED_FOR="203.0.113.9").status_code == 404
    assert client.get("/metrics", HTTP_FORWARDED="for=203.0.113.9").status_code == 404


def test_metrics_answer_only_the_networks_the_setting_allows(client, settings):
    import ipaddress

    settings.METRICS_ALLOWED_NETWORKS = [ipaddress.ip_network("10.0.0.0/8")]
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200
    assert client.get("/metrics").status_code == 404


@pytest.mark.django_db
def test_metrics_show_celery_task_durations_and_failures(client, eager_tasks, monkeypatch):
    from reports import tasks

    tasks.rebuild_dirty_slices.delay(trigger="test")
    monkeypatch.setattr(tasks, "run_build", lambda **kwargs: 1 / 0)
    # As in a worker: the failure is recorded, not raised into the caller.
    result = tasks.rebuild_dirty_slices.apply(kwargs={"trigger": "test"}, throw=False)
    assert isinstance(result.result, ZeroDivisionError)
    scrape = client.get("/metrics").content.decode()
    assert (
        'unitar_celery_task_duration_seconds_count{state="SUCCESS",'
        'task="reports.rebuild_dirty_slices"}' in scrape
    )
    assert (
        'unitar_celery_task_failures_total{exception="ZeroDivisionError",'
        'task="reports.rebuild_dirty_slices"}' in scrape
    )


@pytest.mark.django_db
def test_each_log_line_of_a_request_carries_its_request_id(client, json_log):
    request_id = "3f1c2b9a8e7d4c6b9a1f0e2d3c4b5a69"
    response = client.get("/healthz", HTTP_CORRELATION_ID=request_id)
    assert response["Correlation-ID"] == request_id
    lines = json_log()
    assert lines, "the request logged nothing"
    assert {line["request_id"] for line in lines} == {request_id}
    (request_line,) = [line for line in lines if line["logger"] == "unitar_site.requests"]
    assert (request_line["method"], request_line["path"], request_line["status"]) == (
        "GET",
        "/healthz",
        200,
    )


@pytest.mark.django_db
def test_a_request_without_an_id_is_given_one(client, json_log):
    response = client.get("/healthz")
    assert len(response["Correlation-ID"]) == 32
    assert json_log()[-1]["request_id"] == response["Correlation-ID"]


class _Request(dict):
    """A stand-in for a Celery task's request: its message headers, and whether it is eager."""

    def __init__(self, headers: dict, is_eager: bool = False, id: str = "task-1"):
        super().__init__(headers)
        self.is_eager, self.id = is_eager, id


class _Task:
    def __init__(self, request: _Request):
        self.request = request


def test_a_task_queued_in_a_request_carries_the_request_id_to_the_worker():
    from unitar_site.logs import pass_request_id_to_task, take_request_id_from_task

    set_guid("a1b2c3")
    headers: dict = {}
    pass_request_id_to_task(headers=headers)
    clear_guid()  # the worker is another process
    take_request_id_from_task(task=_Task(_Request(headers)))
    try:
        assert get_guid() == "a1b2c3"
    finally:
        clear_guid()


def test_a_scheduled_task_logs_under_its_own_task_id():
    from unitar_site.logs import forget_request_id, take_request_id_from_task

    task = _Task(_Request({}, id="scheduled-task-7"))
    take_request_id_from_task(task=task)
    assert get_guid() == "scheduled-task-7"
    forget_request_id(task=task)
    assert get_guid() is None


def test_a_task_run_eagerly_keeps_the_request_s_id():
    from unitar_site.logs import forget_request_id, take_request_id_from_task

    set_guid("the-request")
    task = _Task(_Request({}, is_eager=True))
    take_request_id_from_task(task=task)
    forget_request_id(task=task)
    try:
        assert get_guid() == "the-request"
    finally:
        clear_guid()


@pytest.mark.django_db
def test_a_failed_statistics_build_logs_an_alert_line_and_shows_on_data_quality(
    admin_client, json_log, monkeypatch
):
    from reports.services import statistics

    def broken(slices, progress):
        raise RuntimeError("disk full")

    monkeypatch.setattr(statistics, "_rebuild", broken)
    with pytest.raises(RuntimeError):
        statistics.run_build(full=True, trigger="test")
    (alert,) = [line for line in json_log() if line.get("alert")]
    assert alert["alert"] == "statistics_build_failed"
    assert alert["level"] == "ERROR"
    assert "disk full" in alert["message"]
    page = admin_client.get("/data-quality/").content.decode()
    assert "RuntimeError: disk full" in page
