"""Donor accounts: a donor user sees its own organisation's page and never another donor's
agreements or amounts, on any finance page, file or API answer."""

import itertools
import re
from decimal import Decimal

import factory
import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation
from django.utils.html import escape
from rest_framework.test import APIClient

from accounts.models import ApiToken
from accounts.roles import DONOR
from finance import selectors
from finance.models import Agreement, Contribution, Donor, DonorAccount, Fund
from reports.dataset.translations import data_text

pytestmark = pytest.mark.django_db


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"donor-user-{n}")


class DonorAccountFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DonorAccount

    user = factory.SubFactory(UserFactory)
    donor = factory.LazyFunction(lambda: Donor.objects.get(slug="illustrative-donor-a"))


@pytest.fixture
def donor_a() -> Donor:
    return Donor.objects.get(slug="illustrative-donor-a")


@pytest.fixture
def donor_b() -> Donor:
    return Donor.objects.get(slug="illustrative-donor-b")


@pytest.fixture
def account_a(donor_a) -> DonorAccount:
    account = DonorAccountFactory(donor=donor_a)
    account.user.groups.add(Group.objects.get(name=DONOR))
    return account


@pytest.fixture
def client_a(client, account_a):
    client.force_login(account_a.user)
    return client


def test_the_donor_group_exists():
    assert Group.objects.filter(name=DONOR).exists()


def test_donor_for_gives_a_donor_users_organisation(account_a, donor_a):
    assert selectors.donor_for(account_a.user) == donor_a
    assert selectors.donor_for(UserFactory()) is None


def test_an_anonymous_visitor_is_sent_to_log_in(client, donor_a):
    response = client.get(f"/finance/donors/{donor_a.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_a_donor_user_sees_its_own_page(client_a, donor_a):
    response = client_a.get(f"/finance/donors/{donor_a.pk}/")
    assert response.status_code == 200
    text = response.text
    assert donor_a.name in text
    for agreement in Agreement.objects.filter(donor=donor_a):
        assert agreement.reference in text
        assert f"{agreement.amount_usd:,} USD" in text


def test_a_donors_page_gives_contributions_by_year_and_fund_that_add_up(client_a, donor_a):
    response = client_a.get(f"/finance/donors/{donor_a.pk}/")
    rows = response.context["contributions_chart"].rows
    stored = Contribution.objects.filter(donor=donor_a).values_list("amount_usd", flat=True)
    assert sum((row[-1].value for row in rows), Decimal(0)) == sum(stored, Decimal(0))
    assert response.context["total_usd"] == sum(stored, Decimal(0))


def test_a_donors_page_gives_the_results_of_the_programmes_it_funds(client_a, donor_a):
    response = client_a.get(f"/finance/donors/{donor_a.pk}/")
    funded = set(
        Agreement.objects.filter(donor=donor_a).values_list("programmes__slug", flat=True)
    ) - {None}
    results = response.context["results_chart"].rows
    assert funded
    assert {row[0].value for row in results} == {
        programme.localized_name() for programme in response.context["indicators"]
    }
    assert "Results of" in response.text  # the funded programmes' indicators


def test_a_donors_page_in_russian_names_the_donor_and_its_agreements_in_russian(client_a, donor_a):
    response = client_a.get(f"/ru/finance/donors/{donor_a.pk}/")
    name = data_text(donor_a.name, "ru")
    assert name != donor_a.name
    assert f"<h1>{escape(name)}</h1>" in response.text
    assert donor_a.name not in response.text
    for agreement in Agreement.objects.filter(donor=donor_a):
        assert escape(data_text(agreement.title, "ru")) in response.text
        assert agreement.title not in response.text


def test_the_public_page_in_russian_links_a_donor_user_to_its_page_by_its_russian_name(
    client_a, donor_a
):
    text = client_a.get("/ru/finance/").text
    assert escape(data_text(donor_a.name, "ru")) in text
    assert donor_a.name not in text


def test_a_donors_page_in_russian_names_the_funds_in_russian(client_a, donor_a):
    """Needs the Russian catalogue to translate the fund names: fails until it does."""
    response = client_a.get(f"/ru/finance/donors/{donor_a.pk}/")
    chart = response.context["contributions_chart"]
    for fund in Fund:
        with translation.override("en"):
            english = str(fund.label)
        assert english not in {trace["name"] for trace in chart.figure["data"]}
        assert english not in response.text


def test_a_donor_users_refusal_by_the_api_is_in_the_requests_language(account_a, donor_b):
    api = APIClient()
    _token, key = ApiToken.issue(account_a.user)
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = api.get(
        "/api/v1/finance/income/", {"donor": donor_b.slug}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.status_code == 400
    assert response.json()["detail"] == f"donateur inconnu : {donor_b.slug!r}"


def test_a_donor_user_gets_404_for_another_donors_page(client_a, donor_b):
    assert client_a.get(f"/finance/donors/{donor_b.pk}/").status_code == 404


def test_a_donor_user_gets_the_same_404_for_a_donor_that_does_not_exist(client_a, donor_b):
    missing = Donor.objects.order_by("-pk").first().pk + 1000
    other = client_a.get(f"/finance/donors/{donor_b.pk}/")
    absent = client_a.get(f"/finance/donors/{missing}/")
    assert absent.status_code == other.status_code == 404


def test_a_signed_in_user_without_a_donor_account_gets_404(client, donor_a):
    client.force_login(UserFactory())
    assert client.get(f"/finance/donors/{donor_a.pk}/").status_code == 404


def test_finance_staff_and_superusers_see_every_donor(client, donor_b):
    staff = UserFactory()
    staff.user_permissions.add(Permission.objects.get(codename="view_agreement"))
    client.force_login(staff)
    assert client.get(f"/finance/donors/{donor_b.pk}/").status_code == 200
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(f"/finance/donors/{donor_b.pk}/").status_code == 200


def test_the_public_page_links_a_donor_user_to_its_own_page(client_a, donor_a):
    assert f'href="/finance/donors/{donor_a.pk}/"' in client_a.get("/finance/").text


# Every finance URL, walked as donor A, never shows donor B's agreements or B-only amounts.


def _finance_routes() -> list[str]:
    """Every URL pattern under finance/, as its route text."""
    routes = []

    def walk(patterns, prefix):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, route)
            elif isinstance(pattern, URLPattern) and route.startswith("finance/"):
                routes.append(route)

    walk(get_resolver().url_patterns, "")
    return routes


def _finance_urls(donor_ids: list[int]) -> list[str]:
    from finance import pages

    years = selectors.contribution_years()
    slugs = [
        chart.slug
        for key, chart in pages.summary(years[-1]).items()
        if key.endswith("_chart") and chart.csv_url
    ]
    urls = []
    for route in _finance_routes():
        if "<int:donor_id>" in route:
            urls += ["/" + route.replace("<int:donor_id>", str(i)) for i in donor_ids]
        elif "<slug:slug>" in route:
            urls += [
                "/" + route.replace("<slug:slug>", slug) + f"?year={year}"
                for slug, year in itertools.product(slugs, years)
            ]
        elif route == "finance/":
            urls += ["/finance/"] + [f"/finance/?year={year}" for year in years]
        else:
            assert "<" not in route, f"walk {route} too"
            urls.append("/" + route)
    return urls


def _api_requests(donors: list[Donor]) -> list[tuple[str, dict]]:
    groups = ["year", "biennium", "donor", "fund"]
    combinations = [
        ",".join(c) for n in range(len(groups) + 1) for c in itertools.combinations(groups, n)
    ]
    requests = [("/api/v1/finance/income/", {"group_by": g} if g else {}) for g in combinations]
    requests += [
        ("/api/v1/finance/income/", {"donor": d.slug, "group_by": g})
        for d in donors
        for g in ("year,fund", "biennium,fund", "fund", "year")
    ]
    return [*requests, ("/api/v1/finance/budgets/", {}), ("/api/v1/finance/position/", {})]


def _amount_texts(amount: Decimal) -> set[str]:
    """How an amount can be written in a response: 1234.50, 1,234.50, 1234.5 (a float)."""
    return {f"{amount}", f"{amount:,}", repr(float(amount))}


def _amounts_of(donor: Donor) -> set[Decimal]:
    amounts = set(Agreement.objects.filter(donor=donor).values_list("amount_usd", flat=True))
    for group_by in (("year", "fund"), ("biennium", "fund"), ("fund",), ("biennium",), ()):
        amounts |= {
            r["amount_usd"] for r in selectors.contributions_by(donor=donor, group_by=group_by)
        }
    return amounts


def _bodies(get, urls) -> list[str]:
    bodies = []
    for url in urls:
        response = get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        bodies.append(body.decode())
    return bodies


def test_the_walk_covers_every_finance_url_pattern():
    assert set(_finance_routes()) == {
        "finance/",
        "finance/donors/<int:donor_id>/",
        "finance/charts/<slug:slug>.csv",
        "finance/iati.xml",
    }


def test_donor_a_never_sees_donor_bs_agreements_or_amounts_on_any_finance_url(
    client, account_a, donor_a, donor_b
):
    urls = _finance_urls([donor_a.pk, donor_b.pk])
    api_requests = _api_requests([donor_a, donor_b])

    public = "\n".join(_bodies(client.get, urls))  # what anyone may see, before logging in
    b_references = set(Agreement.objects.filter(donor=donor_b).values_list("reference", flat=True))
    b_only = {
        text
        for amount in _amounts_of(donor_b) - _amounts_of(donor_a)
        for text in _amount_texts(amount)
        if text not in public
    }
    assert b_references and b_only, "the walk must have something to look for"

    client.force_login(account_a.user)
    seen = _bodies(client.get, urls)
    assert client.get(f"/finance/donors/{donor_b.pk}/").status_code == 404

    api = APIClient()
    _token, key = ApiToken.issue(account_a.user)
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    for path, params in api_requests:
        response = api.get(path, params)
        assert response.status_code in (200, 400), (path, params, response.status_code)
        seen.append(response.content.decode())

    for body in seen:
        leaked = {r for r in b_references if re.search(rf"\b{re.escape(r)}\b", body)}
        leaked |= {text for text in b_only if text in body}
        assert not leaked
    assert api.get("/api/v1/finance/income/", {"donor": donor_b.slug}).status_code == 400


def test_a_donor_users_api_token_answers_about_its_own_donor_only(account_a, donor_a):
    api = APIClient()
    _token, key = ApiToken.issue(account_a.user)
    api.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    rows = api.get("/api/v1/finance/income/", {"group_by": "donor"}).json()["results"]
    assert [row["donor"] for row in rows] == [donor_a.slug]
