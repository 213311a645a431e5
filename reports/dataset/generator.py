"""Turn the plan into events, participations and tallies: deterministic, vectorised, exact.

Every count the plan fixes is split with integer apportionment (apportion.py), so totals hold to
the unit; randomness (a fixed seed) only decides which record gets which value.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from .apportion import balance, largest_remainder, shares_to_counts
from .countries import STATUS_INDEX, STATUSES, CountryTable
from .plan import (
    AGE_GROUPS_FROM,
    AGE_PROFILE,
    AREAS,
    CERTIFICATE_RATE,
    DISABLED_LEARNERS,
    LEARNER_PROFILES,
    OTHER_PROFILE,
    PINS,
    PLAN,
    PROGRAMMES,
    REFERENCE_YEAR,
    YEARS,
    Pin,
    Profile,
    Totals,
)

SEED = 20210608  # E/2021/49 is dated 8 June 2021
REGIONS = (
    "africa",
    "asia-pacific",
    "europe",
    "latin-america-caribbean",
    "middle-east",
    "north-america",
)
DAY_WEIGHT = {"online": 1.8, "face-to-face": 1.0, "blended": 1.4}
COLOMBIA_TALLY_WOMEN_SHARE = 0.52


@dataclass
class Dataset:
    events: list[dict] = field(default_factory=list)
    participants: dict[str, np.ndarray] = field(default_factory=dict)
    tallies: list[dict] = field(default_factory=list)


def generate(table: CountryTable) -> Dataset:
    rng = np.random.default_rng(SEED)
    dataset = Dataset()
    parts = []
    for year in YEARS:
        parts.append(_Year(year, rng, table, dataset).build())
    dataset.participants = {key: np.concatenate([p[key] for p in parts]) for key in parts[0]}
    n = len(dataset.participants["event"])
    # A bijection of 0..2^32-1 (odd multiplier), so keys are unique and carry no order.
    keys = (np.arange(n, dtype=np.uint64) * np.uint64(2654435761)) % np.uint64(2**32)
    dataset.participants["person_key"] = np.char.add("g", np.char.zfill(np.char.mod("%x", keys), 8))
    return dataset


def area_totals(year: int) -> dict[str, Totals]:
    plan = PLAN[year]
    if plan.areas:
        return plan.areas
    ref = PLAN[REFERENCE_YEAR[year]].areas
    active = [a for a in AREAS if not (a == "defeat-ncd" and year < 2019)]
    weight = {a: (ref[a] if a in active else None) for a in AREAS}
    learners = largest_remainder(plan.learners, [w.learners if w else 0 for w in weight.values()])
    others = largest_remainder(plan.others, [w.others if w else 0 for w in weight.values()])
    events = largest_remainder(
        plan.events, [w.events if w else 0 for w in weight.values()], minimum=2
    )
    certificates = largest_remainder(round(plan.learners * CERTIFICATE_RATE[year]), learners)
    result = {}
    for i, area in enumerate(AREAS):
        w = weight[area]
        if w is None:
            result[area] = Totals(0, 0, 0, 0, 0)
            continue
        learning = round(events[i] * w.learning_events / w.events)
        learning = min(max(learning, 1 if learners[i] else 0), events[i] - (1 if others[i] else 0))
        result[area] = Totals(
            learners[i], others[i], learning, events[i] - learning, certificates[i]
        )
    return result


def _split(
    total: int,
    pinned: dict[str, int | None],
    weights: dict[str, float],
    what: str,
    minimum: int = 0,
) -> dict[str, int]:
    """Pinned values as given; what is left goes to the others by weight."""
    fixed = {k: v for k, v in pinned.items() if v is not None}
    rest = total - sum(fixed.values())
    free = [k for k in weights if k not in fixed]
    if rest < 0:
        raise ValueError(f"{what}: pinned values {fixed} exceed the total {total}")
    free_weights = [weights[k] for k in free]
    if rest and not any(free_weights):
        raise ValueError(f"{what}: {rest} left over with no programme to take it")
    split = largest_remainder(rest, free_weights, minimum=minimum) if free else []
    return {**fixed, **dict(zip(free, split, strict=True))}


def programme_totals(year: int, area: str, totals: Totals) -> dict[str, Totals]:
    last_day = datetime.date(year, 12, 31)
    slugs = [
        s
        for s, p in PROGRAMMES.items()
        if p.area == area and datetime.date.fromisoformat(p.first_day) <= last_day
    ]
    pins = {s: PINS.get((s, year), Pin()) for s in slugs}
    where = f"{area} {year}"
    learners = _split(
        totals.learners,
        {s: pins[s].learners for s in slugs},
        {s: PROGRAMMES[s].learner_weight for s in slugs},
        f"learners {where}",
    )
    others = _split(
        totals.others,
        {s: pins[s].others for s in slugs},
        {s: PROGRAMMES[s].other_weight for s in slugs},
        f"others {where}",
    )
    learning_events = _split(
        totals.learning_events,
        {s: pins[s].learning_events for s in slugs},
        {s: learners[s] ** 0.5 for s in slugs},
        f"learning events {where}",
        minimum=1,
    )
    other_events = _split(
        totals.other_events,
        {s: pins[s].other_events for s in slugs},
        {s: others[s] ** 0.5 for s in slugs},
        f"other events {where}",
        minimum=1,
    )
    certificates = (
        dict(
            zip(
                slugs,
                largest_remainder(totals.certificates, [learners[s] for s in slugs]),
                strict=True,
            )
        )
        if totals.certificates
        else dict.fromkeys(slugs, 0)
    )
    result = {}
    for s in slugs:
        for count, events, kind in (
            (learners[s], learning_events[s], "learners"),
            (others[s], other_events[s], "others"),
        ):
            if (count and not events) or events > count:
                raise ValueError(f"{s} {year}: {count} {kind} cannot fill {events} events")
        result[s] = Totals(
            learners[s], others[s], learning_events[s], other_events[s], certificates[s]
        )
    return result


class _Year:
    """One year's events and participants."""

    def __init__(self, year: int, rng: np.random.Generator, table: CountryTable, dataset: Dataset):
        self.year, self.rng, self.table, self.dataset = year, rng, table, dataset
        self.plan = PLAN[year]
        self.first = len(dataset.events)

    # Events ------------------------------------------------------------------------------
    def build(self) -> dict[str, np.ndarray]:
        sizes: list[int] = []
        programme_of: list[str] = []
        plans: dict[str, Totals] = {}
        for area, totals in area_totals(self.year).items():
            for slug, totals_p in programme_totals(self.year, area, totals).items():
                plans[slug] = totals_p
                pin = PINS.get((slug, self.year), Pin())
                for learning, count, n_events in (
                    (True, totals_p.learners, totals_p.learning_events),
                    (False, totals_p.others, totals_p.other_events),
                ):
                    if not n_events:
                        continue
                    split = largest_remainder(
                        count, self.rng.lognormal(0, 0.8, n_events), minimum=1
                    )
                    for size in split:
                        self._add_event(slug, learning)
                        sizes.append(0 if (pin.tally_others and not learning) else size)
                        if pin.tally_others and not learning:
                            self._add_tallies(len(self.dataset.events) - 1, size)
                        programme_of.append(slug)
        events = self.dataset.events[self.first :]
        if len(events) != self.plan.events:
            raise ValueError(
                f"{self.year}: {len(events)} events planned, {self.plan.events} published"
            )
        self._set_modes_days_and_dates(events)
        participants = self._participants(np.array(sizes), programme_of, plans)
        self._set_venues_and_partners(events, participants, sizes)
        return participants

    def _add_event(self, slug: str, learning: bool) -> None:
        number = len(self.dataset.events) - self.first + 1
        first_day = max(
            datetime.date(self.year, 1, 1), datetime.date.fromisoformat(PROGRAMMES[slug].first_day)
        )
        span = (datetime.date(self.year, 12, 31) - first_day).days + 1
        start = first_day + datetime.timedelta(days=int(self.rng.integers(span)))
        kind = "course" if learning else "dialogue"
        self.dataset.events.append(
            {
                "code": f"GEN-{self.year}-{number:04d}",
                "programme": slug,
                "title": f"{slug.replace('-', ' ').capitalize()}: {kind} {self.year}/{number}",
                "start_date": start,
                "learning": learning,
                "unplanned": False,
                "with_partners": False,
                "country": None,
            }
        )

    def _add_tallies(self, event: int, size: int) -> None:
        women = round(size * COLOMBIA_TALLY_WOMEN_SHARE)
        for gender, count in (("female", women), ("male", size - women)):
            if count:
                self.dataset.tallies.append(
                    {
                        "event": event,
                        "gender": gender,
                        "age_group": "under-25",
                        "disability": False,
                        "country": self.table.index_of("COL"),
                        "sector": "other",
                        "beneficiaries": count,
                        "certificates": 0,
                    }
                )

    def _set_modes_days_and_dates(self, events: list[dict]) -> None:
        n = len(events)
        if self.plan.delivery_exact:
            modes = dict(self.plan.delivery)
        else:
            modes = dict(
                zip(
                    self.plan.delivery,
                    largest_remainder(n, list(self.plan.delivery.values())),
                    strict=True,
                )
            )
        order = self.rng.permutation(n)
        # COVID-19 response events (E/2021/49 para 6) were unplanned, online, and came after March.
        unplanned = set(order[: self.plan.unplanned_events].tolist())
        labels = ["online"] * len(unplanned)
        modes["online"] -= len(unplanned)
        labels += [m for m, c in modes.items() for _ in range(c)]
        rest = [i for i in order if i not in unplanned]
        assigned = dict(zip(list(unplanned) + rest, labels, strict=True))
        weights = np.array([DAY_WEIGHT[assigned[i]] for i in range(n)]) * self.rng.lognormal(
            0, 0.6, n
        )
        days = largest_remainder(self.plan.event_days, weights, minimum=1)
        covid_start = datetime.date(2020, 3, 15)
        for i, event in enumerate(events):
            event["delivery_mode"] = assigned[i]
            event["event_days"] = days[i]
            if i in unplanned:
                event["unplanned"] = True
                span = (
                    datetime.date(self.year, 12, 31) - max(covid_start, event["start_date"])
                ).days
                event["start_date"] = max(covid_start, event["start_date"]) + datetime.timedelta(
                    days=int(self.rng.integers(max(span, 1)))
                )
            end = event["start_date"] + datetime.timedelta(days=days[i] - 1)
            event["end_date"] = min(end, datetime.date(self.year, 12, 31))

    def _set_venues_and_partners(
        self, events: list[dict], participants: dict, sizes: list[int]
    ) -> None:
        first_of = {}
        for position, event in enumerate(participants["event"].tolist()):
            first_of.setdefault(event, position)
        for i, event in enumerate(events):
            if event["delivery_mode"] == "online":
                continue
            position = first_of.get(self.first + i)
            event["country"] = (
                participants["country"][position]
                if position is not None
                else self.table.index_of("COL")
            )
        beneficiaries = [
            s
            or sum(t["beneficiaries"] for t in self.dataset.tallies if t["event"] == self.first + i)
            for i, s in enumerate(sizes)
        ]
        target = round(self.plan.partnered_share * sum(beneficiaries))
        total = 0
        for i in self.rng.permutation(len(events)):
            if total + beneficiaries[i] <= target:
                events[i]["with_partners"] = True
                total += beneficiaries[i]

    # Participants ------------------------------------------------------------------------
    def _participants(
        self, sizes: np.ndarray, programme_of: list[str], plans: dict[str, Totals]
    ) -> dict:
        event = np.repeat(np.arange(self.first, self.first + len(sizes)), sizes)
        learning = np.array(
            [self.dataset.events[e]["learning"] for e in range(self.first, self.first + len(sizes))]
        )
        is_learner = np.repeat(learning, sizes)
        programme = np.repeat(np.array(programme_of), sizes)
        dates = np.repeat(
            np.array([e["start_date"] for e in self.dataset.events[self.first :]]), sizes
        )
        n = len(event)
        gender = np.empty(n, dtype=object)
        sector = np.empty(n, dtype=object)
        country = np.full(n, -1)
        for learner, profile in ((True, LEARNER_PROFILES[self.year]), (False, OTHER_PROFILE)):
            rows = np.flatnonzero(is_learner == learner)
            self._assign_gender(rows, programme, gender, profile, exact=learner)
            self._assign_sector(rows, programme, sector, profile, exact=learner)
            self._assign_countries(rows, programme, dates, country, profile, learner)
        age = np.full(n, "not-stated", dtype=object)
        disability = np.zeros(n, dtype=bool)
        if self.year >= AGE_GROUPS_FROM:
            age[self.rng.permutation(n)] = np.repeat(
                list(AGE_PROFILE), largest_remainder(n, list(AGE_PROFILE.values()))
            )
            learners = np.flatnonzero(is_learner)
            disability[self.rng.choice(learners, DISABLED_LEARNERS[self.year], replace=False)] = (
                True
            )
            others = np.flatnonzero(~is_learner)
            disability[self.rng.choice(others, round(len(others) * 0.012), replace=False)] = True
        certified = np.zeros(n, dtype=bool)
        for slug, totals in plans.items():
            if totals.certificates:
                rows = np.flatnonzero(is_learner & (programme == slug))
                certified[self.rng.choice(rows, totals.certificates, replace=False)] = True
        if (country < 0).any():
            raise ValueError(
                f"{self.year}: {int((country < 0).sum())} participants without a country"
            )
        return {
            "event": event,
            "gender": gender.astype(str),
            "age_group": age.astype(str),
            "disability": disability,
            "country": country,
            "sector": sector.astype(str),
            "certified": certified,
        }

    def _fill(
        self, rows: np.ndarray, target: np.ndarray, quotas: dict[str, int], what: str
    ) -> None:
        """Give `rows` labels in random order, as many of each as `quotas` says."""
        if sum(quotas.values()) != len(rows) or min(quotas.values()) < 0:
            raise ValueError(f"{self.year} {what}: quotas {quotas} do not fit {len(rows)} people")
        target[self.rng.permutation(rows)] = np.repeat(list(quotas), list(quotas.values()))

    def _quotas(self, n: int, shares: dict[str, float], exact: bool) -> dict[str, int]:
        if exact:
            return shares_to_counts(n, shares)
        return dict(zip(shares, largest_remainder(n, list(shares.values())), strict=True))

    def _assign_gender(self, rows, programme, gender, profile: Profile, exact: bool) -> None:
        quotas = self._quotas(len(rows), profile.gender, exact)
        free = np.ones(len(rows), dtype=bool)
        for (slug, year), pin in PINS.items():
            if year != self.year or pin.women_share is None:
                continue
            mine = programme[rows] == slug
            women = round(pin.women_share * mine.sum())
            self._fill(rows[mine], gender, {"female": women, "male": int(mine.sum()) - women}, slug)
            quotas["female"] -= women
            quotas["male"] -= int(mine.sum()) - women
            free &= ~mine
        self._fill(rows[free], gender, quotas, "gender")

    def _assign_sector(self, rows, programme, sector, profile: Profile, exact: bool) -> None:
        quotas = self._quotas(len(rows), profile.sectors, exact)
        free = np.ones(len(rows), dtype=bool)
        pinned = {
            slug: pin.learner_sectors or {pin.sector: -1}
            for (slug, year), pin in PINS.items()
            if year == self.year and exact and (pin.sector or pin.learner_sectors)
        }
        for slug, counts in pinned.items():
            mine = programme[rows] == slug
            if not mine.any():
                continue
            counts = {k: (int(mine.sum()) if v < 0 else v) for k, v in counts.items()}
            self._fill(rows[mine], sector, counts, slug)
            for key, value in counts.items():
                quotas[key] -= value
            free &= ~mine
        self._fill(rows[free], sector, quotas, "sector")

    def _assign_countries(
        self, rows, programme, dates, country, profile: Profile, learner: bool
    ) -> None:
        table = self.table
        n = len(rows)
        mid_status, _ = table.stable_in_year(self.year)
        regions = self._quotas(n, profile.regions, learner)
        statuses = self._quotas(n, profile.status, learner)
        seed = np.array(
            [
                [
                    table.weights[(table.regions == r) & (mid_status == STATUS_INDEX[s])].sum()
                    for s in statuses
                ]
                for r in REGIONS
            ]
        )
        cells = balance(seed, [regions[r] for r in REGIONS], [statuses[s] for s in statuses])
        cells = cells[:, [list(statuses).index(s.value) for s in STATUSES]]
        free = np.ones(n, dtype=bool)
        for slug, pinned_rows, chosen in self._pinned_countries(rows, programme, cells, learner):
            country[pinned_rows] = chosen
            for position, c in zip(pinned_rows, chosen, strict=True):
                r = REGIONS.index(table.regions[c])
                cells[r, table.status_on(dates[position])[c]] -= 1
            free &= ~np.isin(rows, pinned_rows)
            if (cells < 0).any():
                raise ValueError(f"{self.year}: {slug} takes more than its region and status allow")
        rest = rows[free]
        labels = np.repeat(np.arange(cells.size), cells.ravel())
        cell_of = np.empty(len(rest), dtype=int)
        cell_of[self.rng.permutation(len(rest))] = labels
        by_date: dict = {}
        for position, cell in zip(rest.tolist(), cell_of.tolist(), strict=True):
            by_date.setdefault((dates[position], cell), []).append(position)
        status_cache: dict = {}
        for (day, cell), positions in by_date.items():
            r, s = divmod(cell, len(STATUSES))
            if day not in status_cache:
                status_cache[day] = table.status_on(day)
            pool = np.flatnonzero((table.regions == REGIONS[r]) & (status_cache[day] == s))
            if not len(pool):
                raise ValueError(f"{self.year}: no {REGIONS[r]} country is {STATUSES[s]} on {day}")
            weights = table.weights[pool] / table.weights[pool].sum()
            country[positions] = self.rng.choice(pool, len(positions), p=weights)

    def _pinned_countries(self, rows, programme, cells, learner: bool):
        """Participants whose countries a published figure fixes: (slug, rows, country indices)."""
        table = self.table
        for (slug, year), pin in PINS.items():
            if year != self.year:
                continue
            mine = rows[programme[rows] == slug]
            if not len(mine):
                continue
            if not learner:
                if pin.other_countries:
                    counts = pin.other_countries
                    chosen = np.repeat([table.index_of(c) for c in counts], list(counts.values()))
                    yield slug, mine, chosen
                continue
            if isinstance(pin.countries, tuple):
                chosen = [table.index_of(c) for c in pin.countries]
                split = largest_remainder(len(mine), table.weights[chosen], minimum=1)
                yield slug, mine, np.repeat(chosen, split)
            elif pin.countries or pin.country_groups:
                yield slug, mine, self._spread(mine, pin, cells)

    def _spread(self, mine: np.ndarray, pin: Pin, cells: np.ndarray) -> np.ndarray:
        """Choose `pin.countries` countries whose status holds all year, and share people out."""
        table = self.table
        status, stable = table.stable_in_year(self.year, pin.country_groups or None)
        how_many = pin.countries if isinstance(pin.countries, int) else 25
        # Favour each cell as much as the year still has room for in it.
        room = np.array(
            [cells[REGIONS.index(table.regions[c]), status[c]] for c in range(len(stable))], float
        )
        weights = np.where(stable & (room > 0), table.weights * room, 0)
        if (weights > 0).sum() < how_many:
            raise ValueError(f"{self.year}: fewer than {how_many} countries fit {pin}")
        chosen = self.rng.choice(len(weights), how_many, replace=False, p=weights / weights.sum())
        # People go to each cell in proportion to its room, then to its chosen countries by size.
        cell_of = np.array([REGIONS.index(table.regions[c]) * 3 + status[c] for c in chosen])
        used = np.unique(cell_of)
        members_in = np.array([(cell_of == u).sum() for u in used])
        per_cell = members_in + largest_remainder(
            len(mine) - int(members_in.sum()), [cells.ravel()[u] for u in used]
        )
        result = []
        for u, count in zip(used, per_cell, strict=True):
            members = chosen[cell_of == u]
            result.append(
                np.repeat(members, largest_remainder(count, table.weights[members], minimum=1))
            )
        return self.rng.permutation(np.concatenate(result))


def summary(dataset: Dataset) -> Counter:
    """Beneficiaries per year, for the command's closing line."""
    counts: Counter = Counter()
    years = np.array([e["start_date"].year for e in dataset.events])
    for year, n in zip(
        *np.unique(years[dataset.participants["event"]], return_counts=True), strict=True
    ):
        counts[int(year)] += int(n)
    for tally in dataset.tallies:
        counts[dataset.events[tally["event"]]["start_date"].year] += tally["beneficiaries"]
    return counts
