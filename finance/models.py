"""Donors, agreements and contributions, income, budgets, financial position, the Strategic
Framework Fund and audit opinions. Money is Decimal, in US dollars."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

MONEY = {"max_digits": 16, "decimal_places": 2}


class Fund(models.TextChoices):
    GENERAL = "general-fund", _("General Fund")
    STRATEGIC_FRAMEWORK = "strategic-framework-fund", _("Strategic Framework Fund")
    EARMARKED = "earmarked", _("Earmarked funds")


class DonorKind(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    MULTILATERAL = "multilateral", _("Multilateral organization")
    FOUNDATION = "foundation", _("Foundation")
    PRIVATE = "private", _("Private sector")
    OTHER = "other", _("Other")


class Donor(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=16, choices=DonorKind.choices)
    country = models.ForeignKey(
        "beneficiaries.Country", null=True, blank=True, on_delete=models.PROTECT
    )
    illustrative = models.BooleanField(
        default=False, help_text="Not named by any source: made up so pages can show a donor"
    )
    source = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=DonorKind.values), name="donor_kind_valid"),
            models.CheckConstraint(
                condition=Q(illustrative=True) | ~Q(source=""), name="donor_real_has_source"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Agreement(models.Model):
    """A contribution agreement between a donor and the Institute, possibly over several years."""

    donor = models.ForeignKey(Donor, on_delete=models.PROTECT, related_name="agreements")
    reference = models.CharField(max_length=40, unique=True)
    title = models.CharField(max_length=300)
    programmes = models.ManyToManyField(
        "programmes.Programme", blank=True, related_name="agreements"
    )
    fund = models.CharField(max_length=32, choices=Fund.choices)
    signed_on = models.DateField()
    start_year = models.PositiveSmallIntegerField()
    end_year = models.PositiveSmallIntegerField()
    amount_usd = models.DecimalField(**MONEY)
    illustrative = models.BooleanField(default=False)

    class Meta:
        ordering = ["donor__name", "signed_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")), name="agreement_years_ordered"
            ),
            models.CheckConstraint(condition=Q(amount_usd__gt=0), name="agreement_amount_positive"),
            models.CheckConstraint(condition=Q(fund__in=Fund.values), name="agreement_fund_valid"),
        ]

    def __str__(self) -> str:
        return self.reference


class Contribution(models.Model):
    """Money a donor contributed in a year to a fund (revenue from voluntary contributions)."""

    donor = models.ForeignKey(Donor, on_delete=models.PROTECT, related_name="contributions")
    agreement = models.ForeignKey(
        Agreement, null=True, blank=True, on_delete=models.PROTECT, related_name="contributions"
    )
    year = models.PositiveSmallIntegerField()
    fund = models.CharField(max_length=32, choices=Fund.choices)
    amount_usd = models.DecimalField(**MONEY)
    illustrative = models.BooleanField(default=False)

    class Meta:
        ordering = ["year", "donor__name"]
        indexes = [models.Index(fields=["year", "fund"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_usd__gt=0), name="contribution_amount_positive"
            ),
            models.CheckConstraint(
                condition=Q(fund__in=Fund.values), name="contribution_fund_valid"
            ),
            models.CheckConstraint(
                condition=Q(year__gte=1965) & Q(year__lte=2100), name="contribution_year_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.donor} {self.year} {self.fund} {self.amount_usd}"


class Income(models.Model):
    """Total income of a period as published (a biennium, or one year)."""

    start_year = models.PositiveSmallIntegerField()
    end_year = models.PositiveSmallIntegerField()
    amount_usd = models.DecimalField(**MONEY)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["start_year"]
        verbose_name_plural = "income"
        constraints = [
            models.UniqueConstraint(fields=["start_year", "end_year"], name="income_unique_period"),
            models.CheckConstraint(
                condition=Q(end_year__gte=F("start_year")), name="income_period_ordered"
            ),
            models.CheckConstraint(condition=Q(amount_usd__gte=0), name="income_not_negative"),
            models.CheckConstraint(condition=~Q(source=""), name="income_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.start_year}-{self.end_year}: {self.amount_usd}"


class BudgetKind(models.TextChoices):
    APPROVED = "approved", _("Approved")
    REVISED = "revised", _("Revised")


class Budget(models.Model):
    """A programme budget for a biennium, as approved or as revised by the Board of Trustees."""

    start_year = models.PositiveSmallIntegerField()
    end_year = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=10, choices=BudgetKind.choices)
    amount_usd = models.DecimalField(**MONEY)
    approved_on = models.DateField(null=True, blank=True)
    approved_by = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["start_year", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["start_year", "end_year", "kind"], name="budget_unique_kind"
            ),
            models.CheckConstraint(
                condition=Q(end_year=F("start_year") + 1), name="budget_is_biennial"
            ),
            models.CheckConstraint(condition=Q(amount_usd__gt=0), name="budget_amount_positive"),
            models.CheckConstraint(
                condition=Q(kind__in=BudgetKind.values), name="budget_kind_valid"
            ),
            models.CheckConstraint(condition=~Q(source=""), name="budget_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.start_year}-{self.end_year} {self.kind}: {self.amount_usd}"


class FinancialPosition(models.Model):
    """Year-end position from the audited financial statements."""

    year = models.PositiveSmallIntegerField(unique=True)
    accumulated_surplus_usd = models.DecimalField(**MONEY)
    surplus_usd = models.DecimalField(
        **MONEY, null=True, blank=True, help_text="Surplus of the year"
    )
    actuarial_change_usd = models.DecimalField(
        **MONEY,
        null=True,
        blank=True,
        help_text=(
            "Change in the actuarial valuation of after-service liabilities "
            "(an increase is positive)"
        ),
    )
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["year"]
        constraints = [models.CheckConstraint(condition=~Q(source=""), name="position_has_source")]

    def __str__(self) -> str:
        return f"{self.year}: {self.accumulated_surplus_usd}"


class StrategicFrameworkFundAllocation(models.Model):
    """A project financed by the Board's Strategic Framework Fund (50 since January 2019)."""

    project = models.CharField(max_length=300)
    pillar = models.ForeignKey(
        "programmes.Pillar", on_delete=models.PROTECT, related_name="sff_allocations"
    )
    programme = models.ForeignKey(
        "programmes.Programme",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sff_allocations",
    )
    year = models.PositiveSmallIntegerField()
    amount_usd = models.DecimalField(**MONEY)
    illustrative = models.BooleanField(default=False)

    class Meta:
        ordering = ["year", "project"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_usd__gt=0), name="sff_amount_positive"),
            models.UniqueConstraint(fields=["project", "year"], name="sff_unique_project_year"),
        ]

    def __str__(self) -> str:
        return self.project


class Opinion(models.TextChoices):
    UNQUALIFIED = "unqualified", _("Unqualified")
    QUALIFIED = "qualified", _("Qualified")
    ADVERSE = "adverse", _("Adverse")
    DISCLAIMER = "disclaimer", _("Disclaimer")


class AuditOpinion(models.Model):
    year = models.PositiveSmallIntegerField(unique=True)
    opinion = models.CharField(max_length=12, choices=Opinion.choices)
    auditor = models.CharField(max_length=200)
    source = models.CharField(max_length=200)

    class Meta:
        ordering = ["year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(opinion__in=Opinion.values), name="audit_opinion_valid"
            ),
            models.CheckConstraint(condition=~Q(source=""), name="audit_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.year}: {self.opinion}"


class DonorAccount(models.Model):
    """A user who signs in for a donor organisation: the Donor role of DESIGN.md ("Roles").

    Such a user sees that donor's own page, and no other donor's agreements or amounts.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="donor_account"
    )
    donor = models.ForeignKey(Donor, on_delete=models.CASCADE, related_name="accounts")

    class Meta:
        ordering = ["donor__name", "user__username"]

    def __str__(self) -> str:
        return f"{self.user} for {self.donor}"
