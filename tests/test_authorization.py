"""The authorization matrix: every URL pattern the resolver knows, asked by every role.

Each row names a URL pattern, the request that exercises it and the status each role gets. A
pattern without a row fails the test, so a new page, export or endpoint cannot ship without
someone deciding who may use it. The Django admin is one rule for all its patterns: only an
administrator gets in; every other role is sent to the admin's login page.

Roles (DESIGN.md, Roles): public (anonymous), an inactive user (logged in before being
deactivated: treated as public), donor (of one organisation), analyst, programme staff (of one
area), administrator and API client (a token, no session).
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from accounts.roles import ANALYST, DONOR
from accounts.services import create_api_client
from finance.models import Donor, DonorAccount
from imports.models import Import
from tests.imports_files import programme_staff

pytestmark = pytest.mark.django_db

User = get_user_model()
ROLES = ["public", "inactive", "donor", "analyst", "staff", "admin", "api"]
OWN_DONOR, OTHER_DONOR = "illustrative-donor-a", "illustrative-donor-b"

# Statuses in the order of ROLES. 302 is a redirect to the login page.
PUBLIC_PAGE = (200, 200, 200, 200, 200, 200, 200)
# Staff pages use Django's staff_member_required: anyone else goes to the admin's login page.
STAFF_ONLY = (302,) * 5 + (200, 302)
API_DATA = (401, 401, 401, 401, 401, 401, 200)
NOT_FOUND = (404, 404, 404, 404, 404, 404, 404)

# pattern: (method, path with {own_donor}, {other_donor}, {own_import} filled in, statuses)
MATRIX = {
    "": ("get", "/", PUBLIC_PAGE),
    "pillars/<slug:slug>/": ("get", "/pillars/peace/", PUBLIC_PAGE),
    "areas/<slug:slug>/": ("get", "/areas/unosat/", PUBLIC_PAGE),
    "programmes/<slug:slug>/": ("get", "/programmes/un-cc-learn/", PUBLIC_PAGE),
    "charts/<slug:slug>.csv": ("get", "/charts/events-by-year.csv", PUBLIC_PAGE),
    "healthz": ("get", "/healthz", PUBLIC_PAGE),
    "data-quality/": ("get", "/data-quality/", STAFF_ONLY),
    "reports/": ("get", "/reports/", PUBLIC_PAGE),
    "reports/annual/<int:year>/": ("get", "/reports/annual/2020/", PUBLIC_PAGE),
    "reports/annual/<int:start>/figures.csv": (
        "get", "/reports/annual/2020/figures.csv", PUBLIC_PAGE
    ),
    "reports/biennium/<int:start>-<int:end>/": (
        "get", "/reports/biennium/2018-2019/", PUBLIC_PAGE
    ),
    "reports/biennium/<int:start>-<int:end>/figures.csv": (
        "get", "/reports/biennium/2018-2019/figures.csv", PUBLIC_PAGE
    ),
    # Aggregates are public, small cells suppressed; analysts get them unsuppressed.
    "exports/": ("get", "/exports/", PUBLIC_PAGE),
    "exports/beneficiaries.csv": ("get", "/exports/beneficiaries.csv?group_by=year", PUBLIC_PAGE),
    "exports/participations.csv": (
        "get", "/exports/participations.csv?year=2016", (302, 302, 403, 200, 403, 200, 302)
    ),
    "finance/": ("get", "/finance/", PUBLIC_PAGE),
    # A donor sees its own page; any other donor's page is not found for everyone but staff.
    "finance/donors/<int:donor_id>/": (
        "get", "/finance/donors/{own_donor}/", (302, 302, 200, 404, 404, 200, 302)
    ),
    "finance/donors/<int:donor_id>/ (another donor's)": (
        "get", "/finance/donors/{other_donor}/", (302, 302, 404, 404, 404, 200, 302)
    ),
    "finance/charts/<slug:slug>.csv": (
        "get", "/finance/charts/income-by-biennium.csv", PUBLIC_PAGE
    ),
    "finance/iati.xml": ("get", "/finance/iati.xml", PUBLIC_PAGE),
    "imports/": ("get", "/imports/", (302, 302, 403, 403, 200, 200, 302)),
    # An import's page is only for the staff member who made it: not found for anyone else
    # who may import (administrators see every import in the admin).
    "imports/<int:pk>/": ("get", "/imports/{own_import}/", (302, 302, 403, 403, 200, 404, 302)),
    "imports/<int:pk>/confirm/": (
        "post", "/imports/{own_import}/confirm/", (302, 302, 403, 403, 302, 404, 302)
    ),
    "imports/templates/<str:kind>.<str:extension>": (
        "get", "/imports/templates/events.csv", PUBLIC_PAGE
    ),
    # The language switcher (Django's set_language): anyone may choose a language.
    "i18n/setlang/": ("post", "/i18n/setlang/", (302,) * 7),
    "accounts/login/": ("get", "/accounts/login/", (200, 200, 302, 302, 302, 302, 200)),
    "accounts/logout/": ("post", "/accounts/logout/", (302,) * 7),
    "accounts/second-factor/": (
        "get", "/accounts/second-factor/", (302, 302, 200, 200, 200, 200, 302)
    ),
    "api/v1/beneficiaries/counts/": ("get", "/api/v1/beneficiaries/counts/", API_DATA),
    "api/v1/events/counts/": ("get", "/api/v1/events/counts/", API_DATA),
    "api/v1/certificates/counts/": ("get", "/api/v1/certificates/counts/", API_DATA),
    "api/v1/indicators/": ("get", "/api/v1/indicators/", API_DATA),
    "api/v1/finance/income/": ("get", "/api/v1/finance/income/", API_DATA),
    "api/v1/finance/budgets/": ("get", "/api/v1/finance/budgets/", API_DATA),
    "api/v1/finance/position/": ("get", "/api/v1/finance/position/", API_DATA),
    "api/v1/finance/sff/": ("get", "/api/v1/finance/sff/", API_DATA),
    "api/v1/finance/audits/": ("get", "/api/v1/finance/audits/", API_DATA),
    "api/v1/pillars/": ("get", "/api/v1/pillars/", API_DATA),
    "api/v1/areas/": ("get", "/api/v1/areas/", API_DATA),
    "api/v1/programmes/": ("get", "/api/v1/programmes/", API_DATA),
    "api/v1/schema/": ("get", "/api/v1/schema/", PUBLIC_PAGE),
    "api/v1/docs/": ("get", "/api/v1/docs/", PUBLIC_PAGE),
}  # fmt: skip
ADMIN_SAMPLES = [
    "/admin/",
    "/admin/programmes/event/",
    "/admin/beneficiaries/participation/",
    "/admin/finance/agreement/",
    "/admin/audit/historicalparticipation/",
    "/admin/auth/user/",
]


def url_patterns(patterns=None, prefix: str = ""):
    """Every route the resolver knows, as its pattern string; the admin's as one prefix."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route == "admin/":
                yield route
            else:
                yield from url_patterns(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def test_every_url_pattern_has_a_row_in_the_matrix():
    covered = {key.split(" (")[0] for key in MATRIX} | {"admin/"}
    assert sorted(set(url_patterns()) - covered) == []


def test_no_row_names_a_pattern_that_no_longer_exists():
    known = set(url_patterns())
    assert sorted({key.split(" (")[0] for key in MATRIX} - known) == []


@pytest.fixture
def clients(django_user_model):
    """One client per role, and the objects the matrix's paths name."""
    own, other = Donor.objects.get(slug=OWN_DONOR), Donor.objects.get(slug=OTHER_DONOR)
    donor = django_user_model.objects.create_user("matrix-donor")
    donor.groups.add(Group.objects.get(name=DONOR))
    DonorAccount.objects.create(user=donor, donor=own)
    analyst = django_user_model.objects.create_user("matrix-analyst")
    analyst.groups.add(Group.objects.get(name=ANALYST))
    staff = programme_staff("matrix-staff", "people")
    admin = django_user_model.objects.create_superuser("matrix-admin")
    inactive = django_user_model.objects.create_user("matrix-inactive")
    by_role = {"public": Client()}
    for role, user in [("inactive", inactive), ("donor", donor), ("analyst", analyst),
                       ("staff", staff), ("admin", admin)]:  # fmt: skip
        by_role[role] = Client()
        by_role[role].force_login(user)
    inactive.is_active = False
    inactive.save()
    by_role["api"] = Client(headers={"Authorization": f"Token {create_api_client('matrix-api')}"})
    own_import = Import.objects.create(
        kind="events", file_name="e.csv", checksum="0" * 64, user=staff, door="page"
    )
    names = {"own_donor": own.pk, "other_donor": other.pk, "own_import": own_import.pk}
    return by_role, names


@pytest.mark.parametrize("row", list(MATRIX))
def test_each_role_gets_the_answer_the_matrix_gives(clients, row):
    by_role, names = clients
    method, path, expected = MATRIX[row]
    answers = tuple(
        getattr(by_role[role], method)(path.format(**names)).status_code for role in ROLES
    )
    assert dict(zip(ROLES, answers, strict=True)) == dict(zip(ROLES, expected, strict=True))


@pytest.mark.parametrize("path", ADMIN_SAMPLES)
def test_only_administrators_get_into_the_admin(clients, path):
    by_role, _ = clients
    for role in ROLES:
        response = by_role[role].get(path)
        if role == "admin":
            assert response.status_code == 200, path
        else:
            assert response.status_code == 302, (role, path)
            assert response["Location"].startswith("/admin/login/"), (role, path)
