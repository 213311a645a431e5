"""What the generator needs to know about countries: region and status on any event date."""

import datetime
import zlib
from dataclasses import dataclass

import numpy as np

from beneficiaries.models import Country, DevelopmentStatus

STATUSES = (
    DevelopmentStatus.DEVELOPED,
    DevelopmentStatus.DEVELOPING,
    DevelopmentStatus.SPECIAL_SITUATION,
)
STATUS_INDEX = {status.value: i for i, status in enumerate(STATUSES)}
PUBLISHED_SPECIAL_GROUPS = ("ldc", "lldc", "sids")


@dataclass
class CountryTable:
    """UN member States (and Palestine) as arrays, with their group memberships by date."""

    ids: np.ndarray
    iso3: list[str]
    regions: np.ndarray  # region slug per country
    developed: np.ndarray
    memberships: list[list[tuple[str, datetime.date | None, datetime.date | None]]]
    weights: np.ndarray  # illustrative sizes: who sends many participants, who sends few

    @classmethod
    def from_database(cls) -> "CountryTable":
        countries = list(
            Country.objects.filter(un_member=True)
            .order_by("iso3")
            .prefetch_related("group_memberships")
        ) + list(Country.objects.filter(iso3="PSE").prefetch_related("group_memberships"))
        if len(countries) < 150:
            raise RuntimeError("Country reference data are missing: load them first.")
        # A fixed pseudo-random size per country (from its code, so it never changes between runs).
        weights = np.array([1.0 / (1 + zlib.crc32(c.iso3.encode()) % 97) ** 0.9 for c in countries])
        return cls(
            ids=np.array([c.pk for c in countries]),
            iso3=[c.iso3 for c in countries],
            regions=np.array([c.region for c in countries]),
            developed=np.array([c.developed for c in countries]),
            memberships=[
                [(m.group, m.start_date, m.end_date) for m in c.group_memberships.all()]
                for c in countries
            ],
            weights=weights,
        )

    def index_of(self, iso3: str) -> int:
        return self.iso3.index(iso3)

    def in_groups(self, day: datetime.date, groups: tuple[str, ...] | None = None) -> np.ndarray:
        """Whether each country is, on `day`, in any of `groups` (all groups when None)."""
        return np.array(
            [
                any(
                    (groups is None or group in groups)
                    and (start is None or start <= day)
                    and (end is None or day < end)
                    for group, start, end in spans
                )
                for spans in self.memberships
            ]
        )

    def status_on(self, day: datetime.date) -> np.ndarray:
        """Status index per country as the published shares count it: LDC, LLDC or SIDS first
        (R20's "countries in special situations"), then the M49 developed regions."""
        special = self.in_groups(day, PUBLISHED_SPECIAL_GROUPS)
        return np.where(special, 2, np.where(self.developed, 0, 1))

    def stable_in_year(
        self, year: int, groups: tuple[str, ...] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Status (and group membership) that hold all year, and which countries keep them."""
        days = [datetime.date(year, 1, 1), datetime.date(year, 7, 1), datetime.date(year, 12, 31)]
        days += [
            d
            for spans in self.memberships
            for _, s, e in spans
            for d in (s, e)
            if d is not None and d.year == year
        ]
        statuses = np.array([self.status_on(d) for d in days])
        member = np.array([self.in_groups(d, groups) for d in days]) if groups else None
        stable = (statuses == statuses[0]).all(axis=0)
        if member is not None:
            stable &= member.all(axis=0)
        return statuses[0], stable
