"""Every model a data manager keeps is in the admin, and each list page and its search answer
on the bundled dataset."""

import pytest
from django.apps import apps
from django.contrib import admin

pytestmark = pytest.mark.django_db

# Derived or framework tables, rebuilt or written by Django itself: no admin page by design.
NOT_IN_ADMIN = {
    "admin.LogEntry",
    "contenttypes.ContentType",
    "sessions.Session",
    "auth.Permission",
    "reports.StatisticsLease",
    "reports.DirtySlice",
    "reports.CountryStatusPeriod",
    "reports.BeneficiaryStatistic",
    "reports.BeneficiaryByCountry",
    "reports.BeneficiaryByPlace",
    "reports.BeneficiaryByProfile",
    "reports.EventStatistic",
    "axes.AccessAttemptExpiration",  # django-axes' own bookkeeping of each attempt's expiry
}


def test_every_kept_model_has_an_admin_page():
    missing = [
        model._meta.label
        for model in apps.get_models()
        if model not in admin.site._registry and model._meta.label not in NOT_IN_ADMIN
    ]
    assert missing == []


@pytest.mark.parametrize(
    "model_admin", list(admin.site._registry.values()), ids=lambda a: a.model._meta.label
)
def test_each_admin_list_answers_and_searches(admin_client, model_admin):
    opts = model_admin.model._meta
    url = f"/admin/{opts.app_label}/{opts.model_name}/"
    assert admin_client.get(url).status_code == 200
    if model_admin.search_fields:
        assert admin_client.get(url, {"q": "a"}).status_code == 200
