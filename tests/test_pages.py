"""The overview page, /data-quality/ and /healthz answer from the data."""

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


def test_a_finished_build_leaves_no_progress_behind(admin_client, monkeypatch):
    from reports import dashboards
    from reports.services.statistics import run_build

    monkeypatch.setattr(dashboards, "figure_rows", lambda: [])  # a new build: no 17 s recount
    run_build(full=True, trigger="test")
    assert "is running" not in admin_client.get("/data-quality/").content.decode()


def test_data_quality_puts_every_published_figure_beside_its_value_now(admin_client):
    from reports.models import PublishedFigure

    body = admin_client.get("/data-quality/").content.decode()
    rows = body.count('<tr class="figure-')
    assert rows == PublishedFigure.objects.count() == 167
    assert 'class="figure-differs"' not in body
    assert "167 published figures: 162 reproduced, 5 known discrepancies, 0 differing." in body
    assert "R20, programme-area cards" in body or "R20" in body


def test_a_published_figure_links_to_the_dashboard_view_that_shows_it(admin_client):
    body = admin_client.get("/data-quality/").content.decode()
    assert '<a href="/areas/planet/?year=2020">' in body
    assert '<a href="/?year=2016">' in body
    # a share links to the whole it is a share of, at the chart of its breakdown
    assert '<a href="/?year=2021#chart-learners-by-gender-title">' in body


def test_figure_checks_are_computed_once_per_statistics_build(monkeypatch):
    import datetime

    from django.utils import timezone

    from reports import dashboards, selectors
    from reports.models import BuildStatus, StatisticsBuild

    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    question = ("test-once-per-build", timezone.now().isoformat())
    assert dashboards.per_build(question, compute) == dashboards.per_build(question, compute)
    assert len(calls) == 1
    now = timezone.now() + datetime.timedelta(seconds=1)
    StatisticsBuild.objects.create(
        trigger="test", full=True, status=BuildStatus.SUCCEEDED, started_at=now, finished_at=now
    )
    selectors.forget_latest_build()
    try:
        assert dashboards.per_build(question, compute) == 2
    finally:
        selectors.forget_latest_build()  # the build above is rolled back with this test
