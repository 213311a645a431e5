"""Countries and their groups over time, participations (record level) and aggregate tallies."""

import datetime

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from programmes.models import Event
from reports.dataset.translations import in_language


class Region(models.TextChoices):
    """UNITAR's six reporting regions, derived from M49 sub-regions (see reference data)."""

    AFRICA = "africa", _("Africa")
    ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    MIDDLE_EAST = "middle-east", _("Middle East")
    NORTH_AMERICA = "north-america", _("North America")


class CountryGroup(models.TextChoices):
    LDC = "ldc", _("Least developed countries")
    LLDC = "lldc", _("Landlocked developing countries")
    SIDS = "sids", _("Small island developing States")
    FRAGILE = "fragile", _("Fragile and conflict-affected situations")


class DevelopmentStatus(models.TextChoices):
    """A partition: developed, other developing, or in a special situation (also developing)."""

    DEVELOPED = "developed", _("Developed countries")
    DEVELOPING = "developing", _("Other developing countries")
    SPECIAL_SITUATION = "special-situation", _("Countries in special situations")


class Country(models.Model):
    """A country or territory (ISO 3166-1); names in the six UN languages come from CLDR."""

    iso3 = models.CharField(max_length=3, unique=True)
    iso2 = models.CharField(max_length=2, unique=True)
    m49 = models.PositiveSmallIntegerField(unique=True)
    name = models.CharField(max_length=120)
    name_translations = models.JSONField(default=dict, blank=True)
    region = models.CharField(max_length=32, choices=Region.choices)
    m49_subregion = models.CharField(max_length=60)
    developed = models.BooleanField(help_text="In the M49 developed regions")
    un_member = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=Q(iso3__regex=r"^[A-Z]{3}$"), name="country_iso3_format"
            ),
            models.CheckConstraint(
                condition=Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_format"
            ),
            models.CheckConstraint(
                condition=Q(region__in=Region.values), name="country_region_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.iso3})"

    def localized_name(self, language: str | None = None) -> str:
        return in_language(self.name, self.name_translations, language)

    def groups_on(self, day: datetime.date) -> set[str]:
        return {m.group for m in self.group_memberships.all() if m.covers(day)}

    def development_status_on(self, day: datetime.date) -> str:
        """Special situation wins over the M49 region, as DESIGN.md's `developing` includes it."""
        if self.groups_on(day):
            return DevelopmentStatus.SPECIAL_SITUATION
        return DevelopmentStatus.DEVELOPED if self.developed else DevelopmentStatus.DEVELOPING


class CountryGroupMembership(models.Model):
    """Membership of a country in a group over [start, end): LDC graduation counts by date."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="group_memberships")
    group = models.CharField(max_length=16, choices=CountryGroup.choices)
    start_date = models.DateField(
        null=True, blank=True, help_text="Empty: a member since before any record"
    )
    end_date = models.DateField(
        null=True, blank=True, help_text="First day no longer a member (graduation)"
    )
    source = models.CharField(max_length=300)

    class Meta:
        ordering = ["country__iso3", "group", "start_date"]
        constraints = [
            models.UniqueConstraint(
                fields=["country", "group", "start_date"], name="membership_unique_start"
            ),
            models.CheckConstraint(
                condition=Q(group__in=CountryGroup.values), name="membership_group_valid"
            ),
            models.CheckConstraint(
                condition=Q(start_date__isnull=True)
                | Q(end_date__isnull=True)
                | Q(end_date__gt=F("start_date")),
                name="membership_ends_after_start",
            ),
            models.CheckConstraint(condition=~Q(source=""), name="membership_has_source"),
        ]

    def __str__(self) -> str:
        return f"{self.country.iso3} {self.group} from {self.start_date} to {self.end_date}"

    def covers(self, day: datetime.date) -> bool:
        return (self.start_date is None or self.start_date <= day) and (
            self.end_date is None or day < self.end_date
        )


class Gender(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other")


class AgeGroup(models.TextChoices):
    UNDER_25 = "under-25", _("Under 25")
    FROM_25_TO_34 = "25-34", _("25 to 34")
    FROM_35_TO_44 = "35-44", _("35 to 44")
    FROM_45_TO_54 = "45-54", _("45 to 54")
    FROM_55 = "55-plus", _("55 and over")
    NOT_STATED = "not-stated", _("Not stated")


class Sector(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    NGO = "ngo", _("Non-governmental organization")
    ACADEMIA = "academia", _("Academia")
    PRIVATE_SECTOR = "private-sector", _("Private sector")
    UN_SYSTEM = "un-system", _("United Nations system")
    INTERNATIONAL_ORGANIZATION = "international-organization", _("Other international organization")
    MILITARY_POLICE = "military-police", _("Military and police")
    OTHER = "other", _("Other")


def _profile_constraints(prefix: str) -> list[models.BaseConstraint]:
    return [
        models.CheckConstraint(
            condition=Q(gender__in=Gender.values), name=f"{prefix}_gender_valid"
        ),
        models.CheckConstraint(
            condition=Q(age_group__in=AgeGroup.values), name=f"{prefix}_age_group_valid"
        ),
        models.CheckConstraint(
            condition=Q(sector__in=Sector.values), name=f"{prefix}_sector_valid"
        ),
    ]


class Participation(models.Model):
    """One person's participation in one event: the unit a beneficiary is counted by."""

    # Indexed below, with the columns a statistics build reads (db_index would duplicate it).
    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="participations", db_index=False
    )
    person_key = models.CharField(
        max_length=64, help_text="Pseudonymous key from the source system"
    )
    gender = models.CharField(max_length=8, choices=Gender.choices)
    age_group = models.CharField(
        max_length=12, choices=AgeGroup.choices, default=AgeGroup.NOT_STATED
    )
    disability = models.BooleanField(default=False, help_text="Identified as having a disability")
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="participations")
    sector = models.CharField(max_length=32, choices=Sector.choices)
    certified = models.BooleanField(default=False)
    generated = models.BooleanField(default=False)

    class Meta:
        indexes = [
            # A slice rebuild reads one programme-year's participations by event: with these
            # columns in the index, PostgreSQL reads them from the index alone (other databases
            # keep a plain index on the event).
            models.Index(
                fields=["event"],
                include=["country", "gender", "age_group", "disability", "sector", "certified"],
                name="participation_by_event",
            )
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person_key"], name="participation_unique_person"
            ),
            models.CheckConstraint(
                condition=~Q(person_key=""), name="participation_has_person_key"
            ),
            *_profile_constraints("participation"),
        ]

    def __str__(self) -> str:
        return f"{self.person_key} @ {self.event_id}"


class AggregateTally(models.Model):
    """Beneficiaries of an event that reported counts only, in one cell of the same dimensions."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="tallies")
    gender = models.CharField(max_length=8, choices=Gender.choices)
    age_group = models.CharField(
        max_length=12, choices=AgeGroup.choices, default=AgeGroup.NOT_STATED
    )
    disability = models.BooleanField(default=False)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="tallies")
    sector = models.CharField(max_length=32, choices=Sector.choices)
    beneficiaries = models.PositiveIntegerField()
    certificates = models.PositiveIntegerField(default=0)
    generated = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "aggregate tallies"
        constraints = [
            models.UniqueConstraint(
                fields=["event", "gender", "age_group", "disability", "country", "sector"],
                name="tally_unique_cell",
            ),
            models.CheckConstraint(
                condition=Q(beneficiaries__gt=0), name="tally_beneficiaries_positive"
            ),
            models.CheckConstraint(
                condition=Q(certificates__lte=F("beneficiaries")),
                name="tally_certificates_within_count",
            ),
            *_profile_constraints("tally"),
        ]

    def __str__(self) -> str:
        return f"{self.beneficiaries} @ {self.event_id}"
