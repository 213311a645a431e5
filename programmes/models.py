"""Pillars, programme areas, programmes, events, result indicators and report highlights."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from programmes.units import with_unit
from reports.dataset.translations import data_text, in_language


class TranslatedNameMixin(models.Model):
    """A name in English plus its translations, keyed by Django language code."""

    name = models.CharField(max_length=200)
    name_translations = models.JSONField(default=dict, blank=True)

    class Meta:
        abstract = True

    def __str__(self) -> str:
        return self.name

    def localized_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_translations, language)


class Pillar(TranslatedNameMixin):
    """A strategic objective of the 2018-2021 Strategic Framework (SO1 to SO5)."""

    slug = models.SlugField(max_length=40, unique=True)
    code = models.CharField(max_length=8, unique=True)
    position = models.PositiveSmallIntegerField(unique=True)

    class Meta:
        ordering = ["position"]


class ProgrammeArea(TranslatedNameMixin):
    """A division of the Institute; a separate dimension from the pillar an event serves."""

    slug = models.SlugField(max_length=40, unique=True)
    position = models.PositiveSmallIntegerField(unique=True)
    cross_cutting = models.BooleanField(default=False)

    class Meta:
        ordering = ["position"]


class Programme(TranslatedNameMixin):
    """A programme, initiative or partnership; it sits in one area and serves one pillar."""

    slug = models.SlugField(max_length=80, unique=True)
    area = models.ForeignKey(ProgrammeArea, on_delete=models.PROTECT, related_name="programmes")
    pillar = models.ForeignKey(Pillar, on_delete=models.PROTECT, related_name="programmes")
    summary = models.TextField(blank=True)
    summary_translations = models.JSONField(default=dict, blank=True)
    source = models.CharField(
        max_length=200, blank=True, help_text="Where it is named, e.g. E/2021/49 para 27"
    )

    class Meta:
        ordering = ["area__position", "name"]

    def localized_summary(self, language: str | None = None) -> str:
        return in_language(self.summary, self.summary_translations, language)


class SustainableDevelopmentGoal(models.Model):
    number = models.PositiveSmallIntegerField(primary_key=True)
    name = models.CharField(max_length=120)

    class Meta:
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1) & Q(number__lte=17), name="sdg_number_1_to_17"
            )
        ]

    def __str__(self) -> str:
        return f"SDG {self.number}"


class DeliveryMode(models.TextChoices):
    ONLINE = "online", _("Online")
    FACE_TO_FACE = "face-to-face", _("Face-to-face")
    BLENDED = "blended", _("Blended")


class Event(models.Model):
    """A training or knowledge-sharing event; its participants are the beneficiaries."""

    code = models.CharField(max_length=64, unique=True, help_text="The source system's identifier")
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="events")
    title = models.CharField(max_length=300)
    start_date = models.DateField()
    end_date = models.DateField()
    event_days = models.PositiveIntegerField()
    delivery_mode = models.CharField(max_length=16, choices=DeliveryMode.choices)
    country = models.ForeignKey(
        "beneficiaries.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events_hosted",
        help_text="Venue; empty for events held online",
    )
    learning = models.BooleanField(
        help_text="Has learning outcomes (its participants are learners)"
    )
    unplanned = models.BooleanField(default=False, help_text="Not in the approved work programme")
    with_partners = models.BooleanField(default=False)
    sdgs = models.ManyToManyField(SustainableDevelopmentGoal, blank=True, related_name="events")
    generated = models.BooleanField(
        default=False, help_text="Generated to reproduce published figures, not a real record"
    )

    class Meta:
        ordering = ["start_date", "code"]
        indexes = [models.Index(fields=["programme", "start_date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=F("start_date")), name="event_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(event_days__gte=1), name="event_days_positive"),
            models.CheckConstraint(
                condition=Q(delivery_mode__in=DeliveryMode.values), name="event_delivery_mode_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    def localized_title(self) -> str:
        """A generated event's title in the page's language, marked illustrative and made again
        from its kind, year and number (reports/dataset/generator.py); a recorded title as is."""
        if not self.generated:
            return self.title
        values = {"year": self.start_date.year, "number": self.title.rpartition("/")[2]}
        if self.learning:
            return gettext("Illustrative course %(year)s/%(number)s") % values
        return gettext("Illustrative dialogue %(year)s/%(number)s") % values

    @property
    def year(self) -> int:
        return self.start_date.year


class Indicator(models.Model):
    """A programme result that is not a head count: maps made, platform users, a cost rate."""

    class Comparator(models.TextChoices):
        EXACT = "exact", _("exactly")
        AT_LEAST = "at-least", _("at least")
        ABOUT = "about", _("about")

    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="indicators")
    code = models.SlugField(max_length=80)
    name = models.CharField(max_length=300)
    name_translations = models.JSONField(default=dict, blank=True)
    period = models.CharField(max_length=20, help_text="2020, 2019-2020 or 2020-12-31")
    period_start = models.DateField()
    period_end = models.DateField()
    value = models.DecimalField(max_digits=20, decimal_places=4)
    comparator = models.CharField(
        max_length=10, choices=Comparator.choices, default=Comparator.EXACT
    )
    unit = models.CharField(max_length=40)
    source = models.CharField(max_length=200, help_text="Document symbol and paragraph")

    class Meta:
        ordering = ["programme__slug", "code", "period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "code", "period"], name="indicator_unique_per_period"
            ),
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="indicator_period_ordered"
            ),
            models.CheckConstraint(condition=~Q(source=""), name="indicator_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.programme.slug}:{self.code} {self.period}"

    def localized_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_translations, language)

    def localized_source(self) -> str:
        return data_text(self.source)

    def value_text(self) -> str:
        """The value with its unit in the active language, "about" or "at least" in front."""
        text = with_unit(self.value, self.unit)
        if self.comparator == self.Comparator.EXACT:
            return text
        return f"{self.get_comparator_display()} {text}"


class Highlight(models.Model):
    """A passage of a results report about a pillar, area or programme, with its paragraph."""

    pillar = models.ForeignKey(
        Pillar, null=True, blank=True, on_delete=models.CASCADE, related_name="highlights"
    )
    area = models.ForeignKey(
        ProgrammeArea, null=True, blank=True, on_delete=models.CASCADE, related_name="highlights"
    )
    programme = models.ForeignKey(
        Programme, null=True, blank=True, on_delete=models.CASCADE, related_name="highlights"
    )
    source = models.CharField(max_length=100, help_text="E/2021/49 para 27")
    paragraph = models.PositiveSmallIntegerField()
    period = models.CharField(max_length=20)
    text = models.TextField()
    text_translations = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["paragraph"]
        constraints = [
            models.CheckConstraint(
                condition=Q(pillar__isnull=False)
                | Q(area__isnull=False)
                | Q(programme__isnull=False),
                name="highlight_belongs_somewhere",
            ),
            models.UniqueConstraint(
                fields=["source", "paragraph", "programme"], name="highlight_unique_paragraph"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} para {self.paragraph}"

    def localized_text(self, language: str | None = None) -> str:
        return in_language(self.text, self.text_translations, language)
