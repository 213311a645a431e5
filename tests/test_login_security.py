"""Login hardening: lockout by username and client address, the trusted-proxy rule for that
address, session expiry, password rules and the second factor for staff."""

import ipaddress

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import RequestFactory, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from hypothesis import given
from hypothesis import strategies as st

from accounts.client_ip import client_ip

pytestmark = pytest.mark.django_db

User = get_user_model()
PASSWORD = "a long enough passphrase 7"
PROXY = [ipaddress.ip_network("10.0.0.0/8")]


@pytest.fixture
def analyst():
    return User.objects.create_user("locked-analyst", password=PASSWORD)


def _log_in(client, username, password, address="203.0.113.7", **headers):
    return client.post(
        "/accounts/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_the_right_password_logs_in(client, analyst):
    assert _log_in(client, "locked-analyst", PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(analyst.pk)


def test_five_failures_lock_the_username_at_that_address_even_with_the_right_password(
    client, analyst, settings
):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _log_in(client, "locked-analyst", "wrong").status_code == 200  # the form again
    locked = _log_in(client, "locked-analyst", "wrong")
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    assert _log_in(client, "locked-analyst", PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_holds_only_for_that_username_and_address_together(client, analyst, settings):
    User.objects.create_user("other-analyst", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, "locked-analyst", "wrong")
    assert _log_in(client, "locked-analyst", PASSWORD, address="198.51.100.9").status_code == 302
    client.logout()
    assert _log_in(client, "other-analyst", PASSWORD).status_code == 302


def test_a_forged_forwarded_for_header_does_not_escape_the_lock(client, analyst, settings):
    for i in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, "locked-analyst", "wrong", HTTP_X_FORWARDED_FOR=f"192.0.2.{i}")
    response = _log_in(client, "locked-analyst", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert response.status_code == 429


def _request(remote: str, forwarded: str | None = None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@override_settings(TRUSTED_PROXIES=PROXY)
def test_behind_a_trusted_proxy_the_client_is_the_last_untrusted_hop():
    assert client_ip(_request("10.1.2.3", "198.51.100.1, 203.0.113.5, 10.9.9.9")) == "203.0.113.5"


@override_settings(TRUSTED_PROXIES=PROXY)
def test_a_malformed_forwarded_hop_falls_back_to_the_proxy_address():
    assert client_ip(_request("10.1.2.3", "not-an-address")) == "10.1.2.3"


@given(
    remote=st.ip_addresses(v=4).map(str).filter(lambda a: not a.startswith("10.")),
    forwarded=st.text(max_size=60),
)
def test_from_an_untrusted_peer_the_forwarded_header_is_ignored(remote, forwarded):
    with override_settings(TRUSTED_PROXIES=PROXY):
        assert client_ip(_request(remote, forwarded)) == remote


def test_sessions_end_with_the_browser_and_after_eight_hours(client, analyst):
    response = _log_in(client, "locked-analyst", PASSWORD)
    cookie = response.cookies["sessionid"]
    assert (cookie["expires"], cookie["max-age"]) == ("", "")  # a browser-session cookie
    assert client.session.get_expiry_age() == 8 * 3600
    assert cookie["httponly"] is True


@pytest.mark.parametrize("weak", ["short1", "password1234", "123456789012", "locked-analyst1"])
def test_weak_passwords_are_refused(analyst, weak):
    with pytest.raises(ValidationError):
        validate_password(weak, user=analyst)


@pytest.fixture
def staff_with_device(django_user_model):
    user = django_user_model.objects.create_user("otp-staff", password=PASSWORD, is_staff=True)
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return user, device


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


@override_settings(REQUIRE_SECOND_FACTOR=True)
def test_staff_must_verify_a_second_factor_before_any_page(client, staff_with_device):
    user, device = staff_with_device
    client.force_login(user)
    response = client.get("/data-quality/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/second-factor/?next=%2Fdata-quality%2F"
    assert client.get("/admin/").status_code == 302
    verified = client.post(
        "/accounts/second-factor/?next=/data-quality/",
        {"otp_device": device.persistent_id, "otp_token": _code(device)},
    )
    assert verified["Location"] == "/data-quality/"
    assert client.get("/data-quality/").status_code == 200


@override_settings(REQUIRE_SECOND_FACTOR=True)
def test_a_wrong_code_is_refused_and_then_the_device_waits_before_trying_again(
    client, staff_with_device
):
    user, device = staff_with_device
    client.force_login(user)
    wrong = client.post(
        "/accounts/second-factor/", {"otp_device": device.persistent_id, "otp_token": "000000"}
    )
    assert wrong.status_code == 400
    right_too_soon = client.post(
        "/accounts/second-factor/",
        {"otp_device": device.persistent_id, "otp_token": _code(device)},
    )
    assert right_too_soon.status_code == 400
    assert client.get("/data-quality/").status_code == 302


@override_settings(REQUIRE_SECOND_FACTOR=True)
def test_staff_without_a_device_are_told_to_ask_an_administrator(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("no-device", is_staff=True))
    body = client.get("/accounts/second-factor/").content.decode()
    assert "Ask an administrator to register" in body
    assert client.get("/admin/").status_code == 302


@override_settings(REQUIRE_SECOND_FACTOR=True)
def test_the_second_factor_does_not_send_visitors_elsewhere(client, staff_with_device):
    user, device = staff_with_device
    client.force_login(user)
    response = client.post(
        "/accounts/second-factor/?next=https://evil.example/",
        {"otp_device": device.persistent_id, "otp_token": _code(device)},
    )
    assert response["Location"] == "/"


@override_settings(REQUIRE_SECOND_FACTOR=True)
def test_users_who_are_not_staff_need_no_second_factor(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("plain-analyst"))
    assert client.get("/exports/").status_code == 200
