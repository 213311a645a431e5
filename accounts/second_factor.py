"""A second factor (TOTP, django-otp) for staff and administrators, when the site requires it.

With REQUIRE_SECOND_FACTOR on, a logged-in staff member or administrator whose session has not
been verified with one of their devices is sent to /accounts/second-factor/ from every page,
the admin included, until they enter a valid code. Devices are registered by an administrator
in the admin (TOTP devices, with their QR code). Everyone else is unaffected.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import devices_for_user
from django_otp import login as otp_login
from django_otp.forms import OTPTokenForm


def needs_second_factor(user) -> bool:
    return (
        settings.REQUIRE_SECOND_FACTOR
        and user.is_authenticated
        and (user.is_staff or user.is_superuser)
        and not user.is_verified()
    )


class SecondFactorMiddleware:
    """After django_otp's OTPMiddleware: unverified staff may only verify or log out."""

    OPEN = ("second-factor", "logout")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if needs_second_factor(request.user) and not self._open(request):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('second-factor')}?{query}")
        return self.get_response(request)

    def _open(self, request: HttpRequest) -> bool:
        path = request.path_info
        return path.startswith(settings.STATIC_URL) or any(
            path == reverse(name) for name in self.OPEN
        )


@login_required
def second_factor(request: HttpRequest) -> HttpResponse:
    has_device = any(devices_for_user(request.user, confirmed=True))
    form = OTPTokenForm(request.user, request, data=request.POST or None)
    if request.method == "POST" and has_device and form.is_valid():
        otp_login(request, request.user.otp_device)
        target = request.POST.get("next") or request.GET.get("next") or "/"
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/"
        return redirect(target)
    return render(
        request,
        "registration/second_factor.html",
        {"form": form, "has_device": has_device, "next": request.GET.get("next", "/")},
        status=200 if request.method == "GET" or not has_device else 400,
    )
