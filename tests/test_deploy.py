"""Production settings pass Django's deployment checklist with no warning, and refuse to start
without a real secret key and allowed hosts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

MANAGE = Path(settings.BASE_DIR) / "manage.py"
PRODUCTION = {
    "DJANGO_ENV": "production",
    "SECRET_KEY": "a-real-key-" + "x7Qm2" * 12,
    "ALLOWED_HOSTS": "dashboard.unitar.example",
}


def _manage(tmp_path, *args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ENV", "DEBUG"}
    }
    environment.update(VAR_DIR=str(tmp_path), **env)
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, str(MANAGE), *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_deployment_checklist_passes_with_no_warning(tmp_path):
    result = _manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key_or_hosts(tmp_path):
    result = _manage(tmp_path, "check", DJANGO_ENV="production")
    assert result.returncode != 0
    assert "DJANGO_ENV=production needs SECRET_KEY, ALLOWED_HOSTS" in result.stderr


def test_debug_cannot_be_switched_on_in_production(tmp_path):
    result = _manage(
        tmp_path, "shell", "-c", "from django.conf import settings; print(settings.DEBUG)",
        DEBUG="true", **PRODUCTION,
    )  # fmt: skip
    assert result.stdout.splitlines()[-1] == "False"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/finance/", "/api/v1/docs/", "/accounts/login/"])
def test_every_page_carries_the_security_headers(client, path):
    response = client.get(path)
    policy = dict(
        directive.strip().split(" ", 1)
        for directive in response["Content-Security-Policy"].split(";")
    )
    assert policy["script-src"] == "'self'"  # no unsafe-inline, no unsafe-eval
    assert policy["frame-ancestors"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
