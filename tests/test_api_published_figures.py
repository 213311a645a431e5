"""Every published figure a partner could ask the API for comes back from the API exactly.

Each figure's definition (reports/figures.py) is translated into API v1 requests; the answer must
equal the value computed from the raw records, and reproduce the published value unless the
figure carries a discrepancy note. A figure the API could not express would fail the test.
"""

import io
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import transaction
from rest_framework.test import APIClient

from reports.figures import evaluate, reproduces
from reports.models import PublishedFigure

pytestmark = pytest.mark.django_db

# M49, as the query layer counts it: "developing" includes every country in a special situation.
WITHIN_DEVELOPING = {"ldc", "lldc", "sids", "special-situation", "developing"}


class Untranslatable(Exception):
    pass


class ApiFigures:
    """Computes a figure's definition from API v1 answers only."""

    def __init__(self, client: APIClient):
        self.client = client

    def get(self, url: str, params: dict) -> dict:
        response = self.client.get(url, params)
        assert response.status_code == 200, (url, params, response.content)
        return response.json()

    @staticmethod
    def params(filters: dict) -> dict:
        params = {}
        for name, value in filters.items():
            values = value if isinstance(value, list) else [value]
            params[name] = ",".join(
                str(v).lower() if isinstance(v, bool) else str(v) for v in values
            )
        return params

    def count(self, measure: str, filters: dict) -> Decimal:
        if any(value == [] for value in filters.values()):
            return Decimal(0)  # "any of none" matches nothing
        filters = dict(filters)
        status = filters.pop("development_status", None)
        if status is not None:
            groups = status if isinstance(status, list) else [status]
            if groups == ["developing"]:  # developing here excludes the special situations
                return self.count(measure, {**filters, "country_group": "developing"}) - self.count(
                    measure, {**filters, "country_group": "special-situation"}
                )
            filters["country_group"] = groups
        params = self.params(filters)
        if measure in ("events", "event_days"):
            body = self.get("/api/v1/events/counts/", params)
            return Decimal(body["results"][0][measure])
        if measure == "certificates":
            body = self.get("/api/v1/certificates/counts/", params)
            assert body["total"] is not None, (filters, "a published figure is never a small cell")
            return Decimal(body["total"])
        if measure == "countries":
            body = self.get("/api/v1/beneficiaries/counts/", {**params, "group_by": "country"})
            return Decimal(sum(1 for r in body["results"] if r["suppressed"] or r["beneficiaries"]))
        body = self.get("/api/v1/beneficiaries/counts/", params)
        assert body["total"] is not None, (filters, "a published figure is never a small cell")
        return Decimal(body["total"])

    def finance(self, d: dict) -> Decimal:
        measure = d["measure"]
        if measure == "sff_projects":
            params = {"year_from": d["start_year"]}
            if "end_year" in d:
                params["year_to"] = d["end_year"]
            return Decimal(self.get("/api/v1/finance/sff/", params)["projects"])
        if measure == "unqualified_audit_opinions":
            opinions = self.get("/api/v1/finance/audits/", {})
            return Decimal(
                sum(
                    1
                    for o in opinions
                    if o["opinion"] == "unqualified"
                    and d["start_year"] <= o["year"] <= d["end_year"]
                )
            )
        if measure in ("income_usd", "income_growth_percent"):
            income = {
                p["period"]: Decimal(p["amount_usd"])
                for p in self.get("/api/v1/finance/income/", {})["published_income"]
            }
            value = income[f"{d['start_year']}-{d['end_year']}"]
            if measure == "income_usd":
                return value
            previous = income[f"{d['previous_start_year']}-{d['previous_end_year']}"]
            return (value - previous) * 100 / previous
        if measure in ("budget_usd", "budget_growth_percent"):
            budgets = {
                (b["biennium"], "revised" if b["revised"] else "approved"): Decimal(b["amount_usd"])
                for b in self.get("/api/v1/finance/budgets/", {})
            }
            value = budgets[(f"{d['start_year']}-{d['end_year']}", d.get("kind", "approved"))]
            if measure == "budget_usd":
                return value
            previous = budgets[
                (
                    f"{d['previous_start_year']}-{d['previous_end_year']}",
                    d.get("previous_kind", "approved"),
                )
            ]
            return (value - previous) * 100 / previous
        if measure == "top_donor_share_percent":
            body = self.get("/api/v1/finance/income/", {"year": d["year"], "group_by": "donor"})
            amounts = sorted((Decimal(r["amount_usd"]) for r in body["results"]), reverse=True)
            return sum(amounts[: d["top"]]) * 100 / sum(amounts)
        rows = self.get("/api/v1/finance/position/", {"year": d["year"]})
        return Decimal(rows[0][measure])

    def value(self, d: dict) -> Decimal:
        measure = d["measure"]
        if measure not in ("beneficiaries", "certificates", "countries", "events", "event_days"):
            return self.finance(d)
        filters = d.get("filters", {})
        value = self.count(measure, filters)
        if d.get("exclude"):
            excluded = {**filters}
            for name, v in d["exclude"].items():
                inner = set(v if isinstance(v, list) else [v])
                if name == "country_group" and filters.get(name) == "developing":
                    if not inner <= WITHIN_DEVELOPING:
                        raise Untranslatable(f"exclude of {v} within developing countries")
                elif name in excluded:
                    raise Untranslatable(f"exclude on a filtered {name}")
                excluded[name] = v  # within "developing", these groups are their own intersection
            value -= self.count(measure, excluded)
        if "share_of" in d:
            value = value * 100 / self.count(measure, d["share_of"])
        if "change_from" in d:
            base = self.count(measure, d["change_from"])
            value = (value - base) * 100 / base
        return value


@pytest.fixture(scope="module")
def figures_through_the_api(django_db_setup, django_db_blocker) -> dict:
    """Computed once for the module; the API client it makes is rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("create_api_client", "published-figures", stdout=out)
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Token {out.getvalue().split()[-1]}")
        api = ApiFigures(client)
        answers = {}
        for figure in PublishedFigure.objects.all():
            try:
                answers[figure.key] = (figure, api.value(figure.definition))
            except Untranslatable as reason:
                answers[figure.key] = (figure, reason)
        transaction.set_rollback(True)
    return answers


def test_the_api_reproduces_every_published_figure_it_can_express(figures_through_the_api):
    wrong = []
    for key, (figure, value) in figures_through_the_api.items():
        if isinstance(value, Untranslatable):
            continue
        if figure.discrepancy_note:
            ok = value == evaluate(figure.definition) and not reproduces(figure, value)
        else:
            ok = reproduces(figure, value)
        if not ok:
            wrong.append((key, str(figure.value), str(value)))
    assert wrong == []


def test_every_published_figure_is_reachable_through_the_api(figures_through_the_api):
    missing = {
        key: str(value)
        for key, (_, value) in figures_through_the_api.items()
        if isinstance(value, Untranslatable)
    }
    assert len(figures_through_the_api) == PublishedFigure.objects.count() == 167
    assert missing == {}
