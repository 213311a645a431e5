"""Loads the finance dataset: the figures of E/2021/49 section IV, plus illustrative detail.

The report gives totals only (income, budgets, financial position, top-10 donor share, number of
Strategic Framework Fund projects, audit opinions). Everything below that level (donors other than
the two it names, amounts by donor, agreements, individual SFF projects) is made up, built by
explicit arithmetic so that it adds up to the published totals, and marked illustrative.
"""

import datetime
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.utils import translation

from beneficiaries.models import Country
from finance.models import (
    Agreement,
    AuditOpinion,
    Budget,
    BudgetKind,
    Contribution,
    Donor,
    DonorKind,
    FinancialPosition,
    Fund,
    Income,
    Opinion,
    StrategicFrameworkFundAllocation,
)
from programmes.models import Pillar, Programme

E21 = "E/2021/49"
CENT = Decimal("0.01")
YEARS = tuple(range(2016, 2022))

# E/2021/49 para 67: the revised 2020-2021 programme budget is 22.5% above the 2018-2019 one.
REVISED_BUDGET_2020_2021 = Decimal("68100000.00")
BUDGET_GROWTH = Decimal("1.225")


@dataclass(frozen=True)
class DonorEntry:
    slug: str
    name: str
    kind: str
    weights: tuple[int, ...]  # relative size of its contribution in each of YEARS; 0: none
    general_fund: Decimal = Decimal(0)  # share of its yearly contribution to the General Fund
    strategic_framework_fund: Decimal = Decimal(0)  # share to the SFF, from SFF_FIRST_YEAR
    three_year_agreements: bool = False
    country: str | None = None  # ISO 3166-1 alpha-3
    source: str = ""  # empty: the donor is illustrative

    @property
    def illustrative(self) -> bool:
        return not self.source


def _illustrative(letter: str, kind: str, weights: tuple[int, ...], **shares) -> DonorEntry:
    """A made-up donor; never a real name, since its amounts are made up."""
    # Stored in English whatever the active language; pages translate it (data_text).
    with translation.override("en"):
        label = str(DonorKind(kind).label).lower()
    return DonorEntry(
        f"illustrative-donor-{letter.lower()}",
        f"Illustrative donor {letter} ({label})",
        kind,
        weights,
        **shares,
    )


GOV, MULTI, FOUND, PRIV, OTHER = (
    DonorKind.GOVERNMENT,
    DonorKind.MULTILATERAL,
    DonorKind.FOUNDATION,
    DonorKind.PRIVATE,
    DonorKind.OTHER,
)
PCT = Decimal("0.01")

# Qatar and Sida are named by E/2021/49 para 67 as the main SFF donors; their amounts are not
# published, so their contributions are illustrative like everyone else's. The weights make a
# few donors give most of the money (para 65) and are checked against the top-10 share below.
DONORS: tuple[DonorEntry, ...] = (
    _illustrative("A", GOV, (16, 17, 18, 19, 19, 20), general_fund=2 * PCT),
    _illustrative("B", GOV, (14, 14, 15, 16, 16, 17)),
    _illustrative("C", MULTI, (12, 12, 13, 14, 15, 15)),
    _illustrative("D", GOV, (11, 11, 12, 12, 12, 13), general_fund=3 * PCT),
    _illustrative("E", FOUND, (9, 10, 10, 11, 11, 12)),
    _illustrative("F", MULTI, (9, 9, 10, 10, 10, 11), three_year_agreements=True),
    _illustrative("G", GOV, (8, 8, 9, 9, 10, 10), general_fund=2 * PCT),
    _illustrative("H", PRIV, (7, 8, 8, 8, 8, 9)),
    DonorEntry(
        "state-of-qatar",
        "State of Qatar",
        GOV,
        (4, 4, 5, 8, 9, 9),
        strategic_framework_fund=50 * PCT,
        country="QAT",
        source=f"{E21} para 67",
    ),
    DonorEntry(
        "sida",
        "Swedish International Development Cooperation Agency (Sida)",
        GOV,
        (5, 6, 6, 9, 9, 10),
        strategic_framework_fund=45 * PCT,
        country="SWE",
        source=f"{E21} para 67",
    ),
    _illustrative("I", GOV, (6, 6, 6, 6, 7, 7), general_fund=3 * PCT, three_year_agreements=True),
    _illustrative("J", GOV, (4, 4, 4, 4, 4, 5), strategic_framework_fund=10 * PCT),
    _illustrative("K", MULTI, (3, 3, 4, 4, 4, 4)),
    _illustrative("L", FOUND, (3, 3, 3, 3, 3, 3), three_year_agreements=True),
    _illustrative("M", GOV, (2, 2, 3, 3, 3, 3), general_fund=5 * PCT),
    _illustrative("N", OTHER, (2, 2, 2, 2, 3, 3)),
    _illustrative("O", PRIV, (2, 2, 2, 2, 2, 2)),
    _illustrative("P", MULTI, (2, 2, 2, 2, 2, 2)),
    _illustrative("Q", GOV, (1, 2, 2, 2, 2, 2), strategic_framework_fund=10 * PCT),
    _illustrative("R", FOUND, (1, 1, 1, 2, 2, 2)),
    _illustrative("S", PRIV, (1, 1, 1, 1, 1, 1)),
    _illustrative("T", OTHER, (1, 1, 1, 1, 1, 1)),
    _illustrative("U", GOV, (0, 0, 1, 1, 1, 1), general_fund=10 * PCT),
    _illustrative("V", FOUND, (0, 1, 1, 1, 1, 1)),
    _illustrative("W", PRIV, (0, 0, 0, 1, 1, 1)),
)

# Contributions are part of income (the rest is other revenue), so each biennium's total is set at
# about 90% of the income E/2021/49 para 64 publishes: 46.4 of 51.6 million for 2016-2017 and 58.1
# of 64.5 million for 2018-2019. 2020 and 2021 have no published income; their totals are made up.
CONTRIBUTION_TOTALS = {
    2016: Decimal("22500000.00"),
    2017: Decimal("23900000.00"),
    2018: Decimal("27600000.00"),
    2019: Decimal("30500000.00"),
    2020: Decimal("31800000.00"),
    2021: Decimal("32900000.00"),
}
TOP_DONORS = 10
# Share of each year's contributions given by its ten largest donors. 2019 is published (E/2021/49
# para 65: 77.6%), and 0.776 x 30,500,000 is a whole number of cents, so it holds exactly; the other
# years are illustrative.
TOP_DONOR_SHARES = {
    2016: Decimal("0.762"),
    2017: Decimal("0.768"),
    2018: Decimal("0.771"),
    2019: Decimal("0.776"),
    2020: Decimal("0.769"),
    2021: Decimal("0.764"),
}
# E/2021/49 para 67 counts SFF allocations "since January 2019"; contributions to it start then too.
SFF_FIRST_YEAR = 2019

# Programmes that earmarked agreements fund, in turn; slugs missing from the catalogue are skipped.
EARMARKED_PROGRAMMES = (
    "cifal-global-network",
    "un-cc-learn",
    "road-safety",
    "unosat-rapid-mapping",
    "defeat-ncd-partnership",
    "un-sdg-learn",
    "peacekeeping-pre-deployment",
    "page-green-economy",
    "chemicals-waste-management",
    "diplomacy-online-courses",
    "global-surgery",
    "anti-corruption",
)

AGREEMENT_KINDS = {
    Fund.EARMARKED: "earmarked",
    Fund.STRATEGIC_FRAMEWORK: "Strategic Framework Fund",
}

# E/2021/49 para 67: 50 projects since January 2019; how they split by year and pillar is made up.
SFF_PROJECTS_BY_YEAR = {2019: 26, 2020: 24}
PILLARS = ("peace", "people", "planet", "prosperity", "agenda-2030")


@dataclass(frozen=True)
class PlannedContribution:
    donor: str
    year: int
    fund: str
    amount_usd: Decimal


@dataclass(frozen=True)
class PlannedAgreement:
    donor: str
    fund: str
    start_year: int
    end_year: int


@transaction.atomic
def load_finance_dataset() -> dict[str, int]:
    """Replace every finance row with the bundled dataset; running it twice changes nothing."""
    _clear()
    counts = {
        "income_periods": _load_income(),
        "budgets": _load_budgets(),
        "financial_positions": _load_financial_positions(),
        "audit_opinions": _load_audit_opinions(),
        "donors": _load_donors(),
    }
    counts.update(_load_agreements_and_contributions())
    counts["sff_allocations"] = _load_sff_allocations()
    return counts


def _clear() -> None:
    # Children before parents: the foreign keys protect donors and agreements.
    Contribution.objects.all().delete()
    Agreement.objects.all().delete()
    Donor.objects.all().delete()
    StrategicFrameworkFundAllocation.objects.all().delete()
    for model in (Income, Budget, FinancialPosition, AuditOpinion):
        model.objects.all().delete()


def _load_income() -> int:
    rows = Income.objects.bulk_create(
        [
            Income(
                start_year=2016,
                end_year=2017,
                amount_usd=Decimal("51600000.00"),
                source=f"{E21} para 64",
            ),
            Income(
                start_year=2018,
                end_year=2019,
                amount_usd=Decimal("64500000.00"),
                source=f"{E21} para 64",
            ),
        ]
    )
    return len(rows)


def derived_budget_2018_2019() -> Decimal:
    """The 2018-2019 programme budget implied by para 67 (68.1 million is 22.5% above it)."""
    return (REVISED_BUDGET_2020_2021 / BUDGET_GROWTH).quantize(CENT, rounding=ROUND_HALF_UP)


def _load_budgets() -> int:
    rows = Budget.objects.bulk_create(
        [
            Budget(
                start_year=2018,
                end_year=2019,
                kind=BudgetKind.APPROVED,
                amount_usd=derived_budget_2018_2019(),
                source=(
                    f"Derived, not published: {E21} para 67 says the revised 2020-2021 budget "
                    "(68.1 million) is 22.5% above it; 68.1 million / 1.225"
                ),
            ),
            Budget(
                start_year=2020,
                end_year=2021,
                kind=BudgetKind.REVISED,
                amount_usd=REVISED_BUDGET_2020_2021,
                # Para 67 gives the month (November 2020), not the day: the 1st stands for it.
                approved_on=datetime.date(2020, 11, 1),
                approved_by="Board of Trustees, sixty-first session",
                source=f"{E21} para 67",
            ),
        ]
    )
    return len(rows)


def _load_financial_positions() -> int:
    # Para 66: 23.5 + 16.0 (surplus of 2019) - 7.5 (higher after-service liabilities) = 32.0.
    rows = FinancialPosition.objects.bulk_create(
        [
            FinancialPosition(
                year=2018,
                accumulated_surplus_usd=Decimal("23500000.00"),
                source=f"{E21} para 66",
            ),
            FinancialPosition(
                year=2019,
                accumulated_surplus_usd=Decimal("32000000.00"),
                surplus_usd=Decimal("16000000.00"),
                actuarial_change_usd=Decimal("7500000.00"),
                source=f"{E21} para 66",
            ),
        ]
    )
    return len(rows)


def _load_audit_opinions() -> int:
    rows = AuditOpinion.objects.bulk_create(
        AuditOpinion(
            year=year,
            opinion=Opinion.UNQUALIFIED,
            auditor="United Nations Board of Auditors",
            source=f"{E21} para 68",
        )
        for year in (2018, 2019)
    )
    return len(rows)


def _load_donors() -> int:
    countries = dict(
        Country.objects.filter(iso3__in=[d.country for d in DONORS if d.country]).values_list(
            "iso3", "id"
        )
    )
    rows = Donor.objects.bulk_create(
        Donor(
            slug=entry.slug,
            name=entry.name,
            kind=entry.kind,
            country_id=countries.get(entry.country) if entry.country else None,
            illustrative=entry.illustrative,
            source=entry.source,
        )
        for entry in DONORS
    )
    return len(rows)


def apportion(total: Decimal, weights: list[int]) -> list[Decimal]:
    """Split `total` in proportion to `weights`, to the cent and exactly (largest remainder)."""
    cents, whole = int(total / CENT), sum(weights)
    shares = [cents * weight // whole for weight in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(cents * weights[i] % whole), i))
    for i in by_remainder[: cents - sum(shares)]:
        shares[i] += 1
    return [Decimal(share).scaleb(-2) for share in shares]


def donor_totals(year: int) -> dict[str, Decimal]:
    """What each donor gives in `year`: the top ten share TOP_DONOR_SHARES[year] of the total."""
    column = YEARS.index(year)
    ranked = sorted(DONORS, key=lambda d: (-d.weights[column], d.slug))
    top, rest = ranked[:TOP_DONORS], ranked[TOP_DONORS:]
    total = CONTRIBUTION_TOTALS[year]
    top_total = (total * TOP_DONOR_SHARES[year]).quantize(CENT, rounding=ROUND_HALF_UP)
    top_amounts = apportion(top_total, [d.weights[column] for d in top])
    rest_amounts = apportion(total - top_total, [d.weights[column] for d in rest])
    if min(top_amounts) <= max(rest_amounts):
        # Otherwise the ten largest donors would not be the ten given the published share.
        raise ValueError(f"donor weights for {year} do not keep the top ten above the others")
    amounts = zip([*top, *rest], [*top_amounts, *rest_amounts], strict=True)
    return {donor.slug: amount for donor, amount in amounts if amount > 0}


def planned_contributions() -> list[PlannedContribution]:
    """Every donor's contribution by year and fund; the General Fund gets small shares only."""
    entries = {entry.slug: entry for entry in DONORS}
    planned = []
    for year in YEARS:
        for slug, amount in donor_totals(year).items():
            entry = entries[slug]
            general = (amount * entry.general_fund).quantize(CENT, rounding=ROUND_HALF_UP)
            strategic = Decimal(0)
            if year >= SFF_FIRST_YEAR:
                strategic = (amount * entry.strategic_framework_fund).quantize(
                    CENT, rounding=ROUND_HALF_UP
                )
            parts = (
                (Fund.GENERAL, general),
                (Fund.STRATEGIC_FRAMEWORK, strategic),
                (Fund.EARMARKED, amount - general - strategic),
            )
            planned += [PlannedContribution(slug, year, f, part) for f, part in parts if part > 0]
    return planned


def agreement_for(entry: DonorEntry, fund: str, year: int) -> PlannedAgreement | None:
    """The multi-year agreement a contribution falls under; General Fund money has none here."""
    if fund == Fund.GENERAL:
        return None
    if fund == Fund.STRATEGIC_FRAMEWORK:
        periods = ((SFF_FIRST_YEAR, YEARS[-1]),)
    elif entry.three_year_agreements:
        periods = ((2016, 2018), (2019, 2021))
    else:
        periods = ((2016, 2017), (2018, 2019), (2020, 2021))
    start, end = next((s, e) for s, e in periods if s <= year <= e)
    return PlannedAgreement(entry.slug, fund, start, end)


def _load_agreements_and_contributions() -> dict[str, int]:
    entries = {entry.slug: entry for entry in DONORS}
    position = {entry.slug: i for i, entry in enumerate(DONORS)}
    contributions = planned_contributions()
    under = {c: agreement_for(entries[c.donor], c.fund, c.year) for c in contributions}
    amounts: dict[PlannedAgreement, Decimal] = {}
    for contribution, agreement in under.items():
        if agreement is not None:
            amounts[agreement] = amounts.get(agreement, Decimal(0)) + contribution.amount_usd
    planned = sorted(amounts, key=lambda a: (a.start_year, position[a.donor], a.fund))

    programmes = dict(
        Programme.objects.filter(slug__in=EARMARKED_PROGRAMMES).values_list("slug", "id")
    )
    names = dict(Programme.objects.filter(slug__in=programmes).values_list("slug", "name"))
    available = [slug for slug in EARMARKED_PROGRAMMES if slug in programmes]
    donor_ids = dict(Donor.objects.values_list("slug", "id"))
    signed_in: Counter[int] = Counter()
    references: dict[PlannedAgreement, str] = {}
    funded: dict[str, str] = {}  # reference -> programme slug
    rows = []
    for agreement in planned:
        signed_in[agreement.start_year] += 1
        reference = f"AGR-{agreement.start_year}-{signed_in[agreement.start_year]:03d}"
        references[agreement] = reference
        title = f"Illustrative {AGREEMENT_KINDS[agreement.fund]} agreement"
        if agreement.fund == Fund.EARMARKED and available:
            slug = available[(position[agreement.donor] + agreement.start_year) % len(available)]
            funded[reference] = slug
            title += f": {names[slug]}"
        where = position[agreement.donor]
        rows.append(
            Agreement(
                donor_id=donor_ids[agreement.donor],
                reference=reference,
                title=f"{title} ({agreement.start_year}-{agreement.end_year})",
                fund=agreement.fund,
                signed_on=datetime.date(agreement.start_year, 1 + where % 6, 1 + 3 * where % 28),
                start_year=agreement.start_year,
                end_year=agreement.end_year,
                amount_usd=amounts[agreement],
                illustrative=True,
            )
        )
    Agreement.objects.bulk_create(rows)
    agreement_ids = dict(Agreement.objects.values_list("reference", "id"))
    Agreement.programmes.through.objects.bulk_create(
        Agreement.programmes.through(
            agreement_id=agreement_ids[reference], programme_id=programmes[slug]
        )
        for reference, slug in funded.items()
    )
    Contribution.objects.bulk_create(
        (
            Contribution(
                donor_id=donor_ids[c.donor],
                agreement_id=agreement_ids[references[a]] if a else None,
                year=c.year,
                fund=c.fund,
                amount_usd=c.amount_usd,
                illustrative=True,  # the sources give no amount by donor
            )
            for c, a in under.items()
        ),
        batch_size=500,
    )
    return {"agreements": len(rows), "contributions": len(under)}


def _load_sff_allocations() -> int:
    pillars = Pillar.objects.in_bulk(PILLARS, field_name="slug")
    missing = sorted(set(PILLARS) - set(pillars))
    if missing:
        raise ValueError(f"pillars {missing} are missing: load the programme catalogue first")
    programmes: dict[str, list[int]] = {slug: [] for slug in PILLARS}
    for slug, programme_id in Programme.objects.order_by("slug").values_list("pillar__slug", "id"):
        programmes.setdefault(slug, []).append(programme_id)
    rows = []
    number = 0
    for year, projects in SFF_PROJECTS_BY_YEAR.items():
        for _ in range(projects):
            number += 1
            pillar = PILLARS[number % len(PILLARS)]
            candidates = programmes[pillar]
            rows.append(
                StrategicFrameworkFundAllocation(
                    project=f"Illustrative SFF project {number:02d} ({pillars[pillar].name})",
                    pillar=pillars[pillar],
                    programme_id=candidates[number % len(candidates)] if candidates else None,
                    year=year,
                    amount_usd=Decimal(30_000 + 2_500 * (8 * number % 21)).quantize(CENT),
                    illustrative=True,
                )
            )
    return len(StrategicFrameworkFundAllocation.objects.bulk_create(rows))
