"""API v1: the contract partner systems code against (DESIGN.md), tokens, and refusals."""

import datetime
import io
import uuid

import pytest
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from accounts.models import ApiToken

pytestmark = pytest.mark.django_db
ENDPOINTS = [
    "/api/v1/beneficiaries/counts/",
    "/api/v1/events/counts/",
    "/api/v1/certificates/counts/",
    "/api/v1/indicators/",
    "/api/v1/finance/income/",
    "/api/v1/finance/budgets/",
    "/api/v1/finance/position/",
    "/api/v1/finance/sff/",
    "/api/v1/finance/audits/",
    "/api/v1/pillars/",
    "/api/v1/areas/",
    "/api/v1/programmes/",
]


def _new_token(name: str = "partner") -> str:
    out = io.StringIO()
    call_command("create_api_client", name, stdout=out)
    return out.getvalue().strip().splitlines()[-1]


@pytest.fixture
def api() -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {_new_token()}")
    return client


@pytest.mark.parametrize("url", ENDPOINTS)
def test_without_a_token_every_endpoint_answers_401(client, url):
    response = client.get(url)
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


@pytest.mark.parametrize("url", ENDPOINTS)
def test_with_a_token_every_endpoint_answers(api, url):
    assert api.get(url).status_code == 200


def test_the_token_is_stored_only_as_a_hash():
    key = _new_token("hashing")
    token = ApiToken.objects.get(user__username="hashing")
    assert key not in (token.key_hash, token.prefix) and token.prefix == key[:8]


def test_a_token_in_the_url_is_not_accepted(client):
    key = _new_token()
    assert client.get(f"/api/v1/pillars/?token={key}").status_code == 401


def test_a_revoked_or_expired_token_is_refused():
    key = _new_token("old")
    token = ApiToken.objects.get(user__username="old")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    token.revoke()
    assert client.get("/api/v1/pillars/").status_code == 401
    ApiToken.objects.filter(pk=token.pk).update(
        revoked_at=None,
        expires_at=timezone.now() - datetime.timedelta(seconds=1),
        created_at=timezone.now() - datetime.timedelta(days=2),
    )
    assert client.get("/api/v1/pillars/").status_code == 401


def test_beneficiary_counts_have_the_contract_shape_and_published_totals(api):
    body = api.get("/api/v1/beneficiaries/counts/", {"group_by": "year"}).json()
    assert set(body) == {"as_of", "group_by", "total", "results"}
    assert body["group_by"] == ["year"]
    assert datetime.datetime.fromisoformat(body["as_of"])
    by_year = {row["year"]: row["beneficiaries"] for row in body["results"]}
    assert by_year[2020] == 322_410 and by_year[2019] == 133_421 and by_year[2021] == 370_139
    assert all(set(row) == {"year", "beneficiaries", "suppressed"} for row in body["results"])


def test_without_group_by_the_answer_is_one_row(api):
    body = api.get(
        "/api/v1/beneficiaries/counts/", {"year": "2020", "beneficiary_type": "learning"}
    )
    assert body.json()["results"] == [{"beneficiaries": 209_881, "suppressed": False}]
    assert body.json()["total"] == 209_881


def test_learners_by_gender_2020_match_the_published_shares(api):
    body = api.get(
        "/api/v1/beneficiaries/counts/",
        {"year": "2020", "beneficiary_type": "learning", "group_by": "gender"},
    ).json()
    shares = {r["gender"]: round(100 * r["beneficiaries"] / body["total"]) for r in body["results"]}
    assert shares == {"female": 51, "male": 44, "other": 5}


def test_event_counts_give_896_events_and_12173_days_in_2020(api):
    body = api.get("/api/v1/events/counts/", {"year": "2020"}).json()
    assert body["total"] == 896
    assert body["results"] == [{"events": 896, "event_days": 12_173}]


def test_small_cells_are_suppressed_for_api_clients(api):
    body = api.get("/api/v1/beneficiaries/counts/", {"country": "TUV", "group_by": "year"}).json()
    shown = [r["beneficiaries"] for r in body["results"] if not r["suppressed"]]
    assert not any(0 < v < 5 for v in shown)


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"year": "1000000000000"}, "year"),
        ({"gender": "female\x00"}, "gender"),
        ({"pillar": "war"}, "pillar"),
        ({"group_by": "colour"}, "group_by"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_bad_parameters_answer_400_naming_the_parameter(api, params, parameter):
    response = api.get("/api/v1/beneficiaries/counts/", params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_indicators_are_paginated_and_filtered(api):
    body = api.get("/api/v1/indicators/", {"programme": "unosat-rapid-mapping"}).json()
    assert set(body) == {"count", "next", "previous", "results"}
    assert body["count"] >= 1
    maps = [r for r in body["results"] if r["period"] == "2018-2019"]
    assert maps and maps[0]["source"].startswith("E/2021/49")
    assert set(maps[0]) == {
        "programme",
        "area",
        "pillar",
        "code",
        "name",
        "period",
        "value",
        "unit",
        "source",
    }
    assert api.get("/api/v1/indicators/", {"programme": "nope"}).status_code == 400


def test_names_follow_the_request_language(api):
    body = api.get("/api/v1/areas/", HTTP_ACCEPT_LANGUAGE="zh-hans").json()
    names = {row["slug"]: row["name"] for row in body}
    assert names["defeat-ncd"] == "战胜非传染性疾病伙伴关系"


def test_create_api_client_refuses_a_bad_name():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("create_api_client", "bad name; drop", stdout=io.StringIO())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "year",
                "year_from",
                "country",
                "gender",
                "group_by",
                "pillar",
                "disability",
                "page",
                "period",
                "biennium",
                "fund",
                "donor",
                "x",
            ]
        ),
        st.text(max_size=20),
        max_size=3,
    ),
    st.sampled_from(ENDPOINTS),
)
def test_no_request_produces_a_server_error(api, params, url):
    assert api.get(url, params).status_code in (200, 400)


@pytest.fixture
def one_window(monkeypatch):
    """Counts are kept per minute: hold the clock so a test never straddles two minutes."""
    monkeypatch.setattr("accounts.throttling.time.time", lambda: 1_800_000_030.0)


@pytest.mark.parametrize("url", ENDPOINTS)
def test_a_client_over_its_rate_gets_429_with_retry_after(settings, one_window, url):
    settings.API_THROTTLE_RATE = "3/minute"
    client = APIClient()
    # A name of its own: the count of an earlier test's "busy" lives on in the cache.
    client.credentials(HTTP_AUTHORIZATION=f"Token {_new_token(f'busy-{uuid.uuid4().hex}')}")
    statuses = [client.get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = client.get(url)
    assert limited.status_code == 429 and int(limited["Retry-After"]) == 30
    assert "throttled" in limited.json()["detail"]


def test_one_client_s_limit_does_not_throttle_another(settings, one_window):
    settings.API_THROTTLE_RATE = "2/minute"
    first, second = APIClient(), APIClient()
    first.credentials(HTTP_AUTHORIZATION=f"Token {_new_token(f'first-{uuid.uuid4().hex}')}")
    second.credentials(HTTP_AUTHORIZATION=f"Token {_new_token(f'second-{uuid.uuid4().hex}')}")
    for _ in range(2):
        first.get("/api/v1/areas/")
    assert first.get("/api/v1/areas/").status_code == 429
    assert second.get("/api/v1/areas/").status_code == 200


def test_a_token_records_its_last_use_at_most_once_a_minute(settings):
    settings.API_TOKEN_CACHE_SECONDS = 0  # look the token up on every request
    key = _new_token("frequent")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    client.get("/api/v1/pillars/")
    first = ApiToken.objects.get(user__username="frequent").last_used_at
    client.get("/api/v1/pillars/")
    assert first is not None
    assert ApiToken.objects.get(user__username="frequent").last_used_at == first
    ApiToken.objects.filter(user__username="frequent").update(
        last_used_at=first - datetime.timedelta(minutes=2)
    )
    client.get("/api/v1/pillars/")
    assert ApiToken.objects.get(user__username="frequent").last_used_at > first


def test_a_revoked_token_is_refused_at_once_though_it_was_just_used():
    key = _new_token("revoked-while-busy")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert client.get("/api/v1/pillars/").status_code == 200
    ApiToken.objects.get(user__username="revoked-while-busy").revoke()
    assert client.get("/api/v1/pillars/").status_code == 401


def test_certificate_counts_give_58091_in_2020(api):
    body = api.get("/api/v1/certificates/counts/", {"year": "2020"}).json()
    assert body["total"] == 58_091  # R20 (results report 2020), certificates
    assert body["results"] == [{"certificates": 58_091, "suppressed": False}]
