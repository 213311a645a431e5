"""API v1's OpenAPI 3 schema and docs: complete, served offline, and true to the API.

Schemathesis generates requests from the schema itself and checks every answer against it: no
5xx, no status code or body shape the schema does not document.
"""

import io
import re

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.test_api import ENDPOINTS

pytestmark = pytest.mark.django_db
POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
DATA_ENDPOINTS = set(ENDPOINTS)  # the contract's data endpoints, as tests/test_api.py lists them


def _token(name: str) -> str:
    out = io.StringIO()
    call_command("create_api_client", name, stdout=out)
    return out.getvalue().split()[-1]


@pytest.fixture
def openapi(client) -> dict:
    return client.get("/api/v1/schema/", {"format": "json"}).json()


def test_the_schema_is_public_and_documents_every_data_endpoint(openapi):
    assert openapi["openapi"].startswith("3.")
    assert set(openapi["paths"]) == DATA_ENDPOINTS


def test_every_operation_documents_token_auth_and_its_refusals(openapi):
    assert openapi["components"]["securitySchemes"]["tokenAuth"]["name"] == "Authorization"
    for path, item in openapi["paths"].items():
        assert item["get"]["security"] == [{"tokenAuth": []}], path
        assert {"200", "400", "401", "429"} <= set(item["get"]["responses"]), path


def test_enumerated_filters_list_their_slugs(openapi):
    parameters = {
        p["name"]: p["schema"]
        for p in openapi["paths"]["/api/v1/beneficiaries/counts/"]["get"]["parameters"]
    }
    assert parameters["pillar"]["items"]["enum"] == [
        "peace",
        "people",
        "planet",
        "prosperity",
        "agenda-2030",
    ]
    assert "defeat-ncd" in parameters["area"]["items"]["enum"]
    assert set(parameters["gender"]["items"]["enum"]) == {"female", "male", "other"}
    assert "special-situation" in parameters["country_group"]["items"]["enum"]
    assert "military-police" in parameters["sector"]["items"]["enum"]
    assert "beneficiary_type" in parameters["group_by"]["items"]["enum"]
    assert parameters["year"]["maximum"] == 2100


def test_the_schema_is_valid_openapi_with_no_warning():
    call_command("spectacular", "--validate", "--fail-on-warn", stdout=io.StringIO())


def test_the_docs_page_loads_every_asset_from_our_own_static_files(client):
    response = client.get("/api/v1/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "://" not in html  # nothing from another host
    assets = re.findall(r'(?:src|href)="/static/([^"]+)"', html)
    assert any(a.endswith("swagger-ui-bundle.js") for a in assets)
    assert all(finders.find(asset) for asset in assets)
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)  # no inline script
    start_up = client.get("/api/v1/docs/", {"script": ""})
    assert start_up.status_code == 200 and "SwaggerUIBundle" in start_up.content.decode()


@pytest.fixture
def api_schema(db):
    """The schema over the real WSGI application, in the test's transaction.

    A request's end would close the connection it finds inside a transaction (PostgreSQL), as
    Django's own test client knows: keep it open while schemathesis calls the application.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        schema = schemathesis.openapi.from_wsgi(
            "/api/v1/schema/?format=json", get_wsgi_application()
        )
        schema.config.headers = {"Authorization": f"Token {_token('schemathesis')}"}
        yield schema
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


@pytest.mark.parametrize("path", sorted(DATA_ENDPOINTS))
def test_the_api_honours_its_schema(api_schema, path):
    """Generated requests, valid and invalid, get no 5xx and only documented answers."""
    operation = next(
        result.ok() for result in api_schema.get_all_operations() if result.ok().path == path
    )

    statuses = set()

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(POSITIVE) | operation.as_strategy(NEGATIVE))
    def call(case):
        response = case.call_and_validate(
            checks=[
                not_a_server_error,
                status_code_conformance,
                content_type_conformance,
                response_schema_conformance,
            ]
        )
        statuses.add(response.status_code)

    call()
    assert 200 in statuses  # the token got through: not every answer was a refusal
