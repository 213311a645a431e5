"""Admin pages for donors, donor accounts, agreements, contributions, income, budgets, position,
SFF and audits."""

from django.contrib import admin

from finance.models import (
    Agreement,
    AuditOpinion,
    Budget,
    Contribution,
    Donor,
    DonorAccount,
    FinancialPosition,
    Income,
    StrategicFrameworkFundAllocation,
)


@admin.register(Donor)
class DonorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "kind", "country", "illustrative", "source"]
    list_filter = ["kind", "illustrative"]
    list_select_related = ["country"]
    search_fields = ["name", "slug", "source"]
    autocomplete_fields = ["country"]


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "donor",
        "title",
        "fund",
        "signed_on",
        "start_year",
        "end_year",
        "amount_usd",
        "illustrative",
    ]
    list_filter = ["fund", "start_year", "illustrative"]
    list_select_related = ["donor"]
    search_fields = ["reference", "title", "donor__name"]
    autocomplete_fields = ["donor", "programmes"]
    date_hierarchy = "signed_on"


@admin.register(Contribution)
class ContributionAdmin(admin.ModelAdmin):
    list_display = ["donor", "year", "fund", "amount_usd", "agreement", "illustrative"]
    list_filter = ["year", "fund", "illustrative", "donor__kind"]
    list_select_related = ["donor", "agreement"]
    search_fields = ["donor__name", "donor__slug", "agreement__reference"]
    autocomplete_fields = ["donor", "agreement"]


@admin.register(Income)
class IncomeAdmin(admin.ModelAdmin):
    list_display = ["start_year", "end_year", "amount_usd", "source"]
    list_filter = ["start_year"]
    search_fields = ["source"]


@admin.register(Budget)
class BudgetAdmin(admin.ModelAdmin):
    list_display = ["start_year", "end_year", "kind", "amount_usd", "approved_on", "approved_by"]
    list_filter = ["start_year", "kind"]
    search_fields = ["approved_by", "source"]


@admin.register(FinancialPosition)
class FinancialPositionAdmin(admin.ModelAdmin):
    list_display = [
        "year",
        "accumulated_surplus_usd",
        "surplus_usd",
        "actuarial_change_usd",
        "source",
    ]
    list_filter = ["year"]
    search_fields = ["source"]


@admin.register(StrategicFrameworkFundAllocation)
class StrategicFrameworkFundAllocationAdmin(admin.ModelAdmin):
    list_display = ["project", "year", "pillar", "programme", "amount_usd", "illustrative"]
    list_filter = ["year", "pillar", "illustrative"]
    list_select_related = ["pillar", "programme"]
    search_fields = ["project", "programme__name"]
    autocomplete_fields = ["programme"]


@admin.register(AuditOpinion)
class AuditOpinionAdmin(admin.ModelAdmin):
    list_display = ["year", "opinion", "auditor", "source"]
    list_filter = ["year", "opinion"]
    search_fields = ["auditor", "source"]


@admin.register(DonorAccount)
class DonorAccountAdmin(admin.ModelAdmin):
    list_display = ["user", "donor"]
    list_select_related = ["user", "donor"]
    search_fields = ["user__username", "donor__name"]
    autocomplete_fields = ["user", "donor"]
