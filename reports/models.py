"""Published figures: each published number, its source, and how to compute it from the data."""

from django.db import models
from django.db.models import Q


class Unit(models.TextChoices):
    COUNT = "count", "count"
    PERCENT = "percent", "per cent"
    USD = "usd", "US dollars"


class Comparator(models.TextChoices):
    EXACT = "exact", "exactly"
    AT_LEAST = "at-least", "at least"


class PublishedFigure(models.Model):
    """A number some report published, kept with its source and a machine-readable definition.

    The definition names a measure (beneficiaries, events, event_days, certificates, countries,
    or a finance measure) and filters; a `share_of` block makes it a percentage of another count.
    See reports/figures.py for the language and its evaluation.
    """

    key = models.SlugField(max_length=120, unique=True)
    label = models.CharField(max_length=300)
    period = models.CharField(max_length=20)
    value = models.DecimalField(max_digits=20, decimal_places=4)
    unit = models.CharField(max_length=10, choices=Unit.choices)
    comparator = models.CharField(
        max_length=10, choices=Comparator.choices, default=Comparator.EXACT
    )
    decimals = models.PositiveSmallIntegerField(
        default=0, help_text="Digits the published value was rounded to"
    )
    source_document = models.CharField(
        max_length=60, help_text="E/2021/49, or a results-site code such as R20"
    )
    source_locator = models.CharField(max_length=200, help_text="Paragraph, chart or table")
    definition = models.JSONField()
    discrepancy_note = models.TextField(
        blank=True, help_text="Set when the data cannot reproduce this figure, with the reason"
    )

    class Meta:
        ordering = ["period", "key"]
        constraints = [
            models.CheckConstraint(condition=Q(unit__in=Unit.values), name="figure_unit_valid"),
            models.CheckConstraint(condition=~Q(source_document=""), name="figure_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.key} = {self.value} ({self.source_document} {self.source_locator})"

    @property
    def source(self) -> str:
        return f"{self.source_document}, {self.source_locator}"
