"""The overview page and /healthz answer from the data."""

import pytest

pytestmark = pytest.mark.django_db


def test_overview_shows_the_published_yearly_totals(client):
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    for total in ("322,410", "133,421", "370,139", "209,881", "896", "12,173"):
        assert total in body
    assert "generated" in body


def test_healthz_reports_the_database_and_broker(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"
    assert response.json()["broker"] in {"ok", "in-process"}


def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch):
    from unitar_site import health

    monkeypatch.setattr(health, "database_status", lambda: "down")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "down"


def test_data_quality_lists_the_statistics_builds_for_staff(admin_client):
    response = admin_client.get("/data-quality/")
    assert response.status_code == 200
    assert "dataset load" in response.content.decode()


def test_data_quality_shows_a_running_build_s_progress(admin_client):
    from django.core.cache import cache

    from reports.services.statistics import PROGRESS_KEY

    cache.set(PROGRESS_KEY, {"build": 99, "done": 3, "steps": 6})
    try:
        assert (
            "Build 99 is running: 50% done" in admin_client.get("/data-quality/").content.decode()
        )
    finally:
        cache.delete(PROGRESS_KEY)


def test_data_quality_is_not_public(client):
    assert client.get("/data-quality/").status_code == 302


def test_a_finished_build_leaves_no_progress_behind(admin_client):
    from reports.services.statistics import run_build

    run_build(full=True, trigger="test")
    assert "is running" not in admin_client.get("/data-quality/").content.decode()
