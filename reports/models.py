"""Published figures: each published number, its source, and how to compute it from the data."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy

from reports.dataset.translations import cited, data_text


class Unit(models.TextChoices):
    COUNT = "count", gettext_lazy("count")
    PERCENT = "percent", gettext_lazy("per cent")
    USD = "usd", gettext_lazy("US dollars")


class Comparator(models.TextChoices):
    EXACT = "exact", gettext_lazy("exactly")
    AT_LEAST = "at-least", gettext_lazy("at least")


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
    decimals = models.SmallIntegerField(
        default=0, help_text="Digits it was rounded to; -5 means to the nearest 100,000"
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

    # The bundled dataset's text in the active language (reports/dataset/translations/); a
    # document symbol (E/2021/49, R20) is the same in every language.

    def localized_label(self) -> str:
        return data_text(self.label)

    def localized_source(self) -> str:
        return cited(self.source_document, self.source_locator)

    def localized_note(self) -> str:
        return data_text(self.discrepancy_note)


# Statistics -------------------------------------------------------------------------------
# Derived tables, rebuilt from the records by reports/statistics/build.py and read only through
# reports/selectors.py. Each beneficiary table ("cube") keeps a subset of the dimensions; the
# query layer answers from the smallest cube that has every dimension a question needs.


class BuildStatus(models.TextChoices):
    RUNNING = "running", "running"
    SUCCEEDED = "succeeded", "succeeded"
    FAILED = "failed", "failed"


class StatisticsBuild(models.Model):
    """One rebuild of the statistics, full or of some slices (year and programme pairs)."""

    trigger = models.CharField(
        max_length=40, help_text="command, nightly, data change, dataset load"
    )
    full = models.BooleanField()
    slices = models.JSONField(default=list, blank=True, help_text="[[year, programme id], ...]")
    status = models.CharField(
        max_length=10, choices=BuildStatus.choices, default=BuildStatus.RUNNING
    )
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    rows_written = models.PositiveBigIntegerField(default=0)
    duration_seconds = models.FloatField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["status", "-finished_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=BuildStatus.values), name="build_status_valid"
            )
        ]
        # The analyst's rights over what the statistics and records give out (DESIGN.md, Roles).
        permissions = [
            ("view_small_cells", "See small cells unsuppressed"),
            ("export_participations", "Export pseudonymised participation records"),
        ]

    def __str__(self) -> str:
        return f"build {self.pk} ({self.trigger}, {self.status})"


class StatisticsLease(models.Model):
    """The single-flight lock: one row per name; a holder keeps it until it ends or it expires."""

    name = models.CharField(max_length=40, unique=True)
    holder = models.CharField(max_length=80, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name}: {self.holder or 'free'}"


class DirtySlice(models.Model):
    """A year of a programme whose records changed since its statistics were last built."""

    year = models.PositiveSmallIntegerField()
    programme_id = models.BigIntegerField()
    marked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["year", "programme_id"], name="dirty_slice_unique")
        ]

    def __str__(self) -> str:
        return f"{self.year}/{self.programme_id}"


class CountryStatusPeriod(models.Model):
    """A country's groups and development status over [valid_from, valid_to): the memberships,
    flattened so the build can join each record to the status on its event's date."""

    country_id = models.BigIntegerField()
    valid_from = models.DateField()
    valid_to = models.DateField()
    development_status = models.CharField(max_length=20)
    ldc = models.BooleanField()
    lldc = models.BooleanField()
    sids = models.BooleanField()
    fragile = models.BooleanField()

    class Meta:
        indexes = [models.Index(fields=["country_id", "valid_from"])]

    def __str__(self) -> str:
        return f"{self.country_id} {self.valid_from}..{self.valid_to} {self.development_status}"


class BeneficiaryCube(models.Model):
    """Dimensions every cube keeps, and the two measures."""

    year = models.PositiveSmallIntegerField()
    programme_id = models.BigIntegerField()
    area_id = models.BigIntegerField()
    pillar_id = models.BigIntegerField()
    learning = models.BooleanField()
    delivery = models.CharField(max_length=16)
    # Trained with partners: R19 and R20 publish the share of beneficiaries this gives.
    with_partners = models.BooleanField(default=False)
    gender = models.CharField(max_length=8)
    beneficiaries = models.PositiveBigIntegerField()
    certificates = models.PositiveBigIntegerField()

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return f"{self.year}/{self.programme_id}: {self.beneficiaries}"


class CountryDimension(models.Model):
    country_id = models.BigIntegerField()

    class Meta:
        abstract = True


class PlaceDimensions(models.Model):
    """Region, and the country's status and groups on the event's first day."""

    region = models.CharField(max_length=32)
    development_status = models.CharField(max_length=20)
    ldc = models.BooleanField()
    lldc = models.BooleanField()
    sids = models.BooleanField()
    fragile = models.BooleanField()

    class Meta:
        abstract = True


class ProfileDimensions(models.Model):
    age_group = models.CharField(max_length=12)
    disability = models.BooleanField()
    sector = models.CharField(max_length=32)

    class Meta:
        abstract = True


class BeneficiaryStatistic(BeneficiaryCube, CountryDimension, PlaceDimensions, ProfileDimensions):
    """The finest grain: every dimension anything publishes."""

    class Meta:
        indexes = [models.Index(fields=["year", "programme_id"])]


class BeneficiaryByCountry(BeneficiaryCube, CountryDimension, PlaceDimensions):
    class Meta:
        indexes = [models.Index(fields=["year", "programme_id"])]


class BeneficiaryByPlace(BeneficiaryCube, PlaceDimensions):
    class Meta:
        indexes = [models.Index(fields=["year", "programme_id"])]


class BeneficiaryByProfile(BeneficiaryCube, ProfileDimensions):
    class Meta:
        indexes = [models.Index(fields=["year", "programme_id"])]


class EventStatistic(models.Model):
    """Events and event days by year, programme, venue, delivery mode, learning and planning."""

    year = models.PositiveSmallIntegerField()
    programme_id = models.BigIntegerField()
    area_id = models.BigIntegerField()
    pillar_id = models.BigIntegerField()
    country_id = models.BigIntegerField(null=True)
    region = models.CharField(max_length=32, blank=True)
    delivery = models.CharField(max_length=16)
    learning = models.BooleanField()
    unplanned = models.BooleanField()
    with_partners = models.BooleanField(default=False)
    events = models.PositiveIntegerField()
    event_days = models.PositiveBigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["year", "programme_id"])]

    def __str__(self) -> str:
        return f"{self.year}/{self.programme_id}: {self.events} events"
