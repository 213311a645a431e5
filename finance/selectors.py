"""Reads of the finance data: income, contributions, budgets, position, SFF, audits, donors' own
data and measures.

`finance_measure` evaluates the finance definitions of published figures (finance/published.py);
reports/figures.py hands it every definition whose measure is not a head count.
"""

from collections.abc import Callable, Iterable
from decimal import Decimal

from django.db.models import Count, F, IntegerField, Q, QuerySet, Sum
from django.db.models.functions import Mod

from finance.models import (
    Agreement,
    AuditOpinion,
    Budget,
    BudgetKind,
    Contribution,
    Donor,
    FinancialPosition,
    Fund,
    Income,
    Opinion,
    StrategicFrameworkFundAllocation,
)
from finance.services.dataset import apportion

CONTRIBUTION_GROUPS = ("year", "biennium", "donor", "fund")
CENT = Decimal("0.01")


def income_by_period(year: int | None = None, biennium: str | None = None) -> QuerySet[Income]:
    """Total income as published, per period; `year` or `biennium` keep the periods covering it."""
    periods = Income.objects.order_by("start_year", "end_year")
    if year is not None:
        periods = periods.filter(start_year__lte=year, end_year__gte=year)
    if biennium is not None:
        start = _biennium_start(biennium)
        periods = periods.filter(start_year=start, end_year=start + 1)
    return periods


def budgets(biennium: str | None = None) -> QuerySet[Budget]:
    rows = Budget.objects.order_by("start_year", "kind")
    if biennium is not None:
        rows = rows.filter(start_year=_biennium_start(biennium))
    return rows


def financial_positions(year: int | None = None) -> QuerySet[FinancialPosition]:
    rows = FinancialPosition.objects.order_by("year")
    return rows.filter(year=year) if year is not None else rows


def audit_opinions(year: int | None = None) -> QuerySet[AuditOpinion]:
    opinions = AuditOpinion.objects.order_by("year")
    return opinions.filter(year=year) if year is not None else opinions


def biennium_label(start_year: int) -> str:
    return f"{start_year}-{start_year + 1}"


def _biennium_start(label: str) -> int:
    """The first year of a biennium label such as "2018-2019"; bienniums start in even years."""
    try:
        start, end = (int(part) for part in label.split("-"))
    except ValueError:
        raise ValueError(f"biennium {label!r} is not of the form 2018-2019") from None
    if end != start + 1 or start % 2:
        raise ValueError(f"biennium {label!r} is not a UNITAR biennium such as 2018-2019")
    return start


def contributions_by(
    year: int | None = None,
    fund: str | None = None,
    donor: Donor | str | int | None = None,
    group_by: Iterable[str] = ("year",),
    biennium: str | None = None,
) -> list[dict]:
    """Sums of contributions, one row per combination of `group_by` (year, biennium, donor, fund).

    `donor` is a Donor, its slug or its id. Rows carry the group values (a donor as its slug, with
    `donor_id` and `donor_name`), `amount_usd` as a Decimal and `contributions`, the row count.
    """
    group_by = list(group_by)
    unknown = sorted(set(group_by) - set(CONTRIBUTION_GROUPS))
    if unknown:
        raise ValueError(f"cannot group contributions by {unknown}; use {CONTRIBUTION_GROUPS}")
    rows = Contribution.objects.annotate(
        biennium_start=F("year") - Mod(F("year"), 2, output_field=IntegerField())
    )
    if year is not None:
        rows = rows.filter(year=year)
    if biennium is not None:
        rows = rows.filter(biennium_start=_biennium_start(biennium))
    if fund is not None:
        if fund not in Fund.values:
            raise ValueError(f"unknown fund {fund!r}; use one of {Fund.values}")
        rows = rows.filter(fund=fund)
    if isinstance(donor, Donor):
        rows = rows.filter(donor=donor)
    elif isinstance(donor, int):
        rows = rows.filter(donor_id=donor)
    elif donor is not None:
        rows = rows.filter(donor__slug=donor)
    fields = {
        "year": ["year"],
        "biennium": ["biennium_start"],
        "donor": ["donor__slug", "donor_id", "donor__name"],
        "fund": ["fund"],
    }
    columns = [column for group in group_by for column in fields[group]]
    ordering = [
        "donor__name" if column == "donor__slug" else column
        for column in columns
        if column not in ("donor_id", "donor__name")
    ]
    measures = {
        "amount_usd": Sum("amount_usd"),
        "contributions": Count("id"),
        "illustrative_contributions": Count("id", filter=Q(illustrative=True)),
    }
    if not columns:  # values() with no columns would group by every field: one sum instead
        return [_contribution_row(rows.aggregate(**measures))]
    sums = rows.values(*columns).annotate(**measures).order_by(*ordering)
    return [_contribution_row(row) for row in sums]


def _dollars(total: Decimal | None) -> Decimal:
    """A sum in dollars and cents (SQLite hands sums back with a float's exponent)."""
    return (total or Decimal(0)).quantize(CENT)


def _contribution_row(row: dict) -> dict:
    renamed = {"donor__slug": "donor", "donor__name": "donor_name"}
    result = {renamed.get(key, key): value for key, value in row.items()}
    if "biennium_start" in result:
        result["biennium"] = biennium_label(result.pop("biennium_start"))
    result["amount_usd"] = _dollars(result["amount_usd"])
    result["illustrative"] = result.pop("illustrative_contributions") > 0
    return result


def contribution_years() -> list[int]:
    """The years that have contributions, in order."""
    return list(Contribution.objects.order_by("year").values_list("year", flat=True).distinct())


def contributions_by_donor(year: int) -> list[dict]:
    """Each donor's contributions in `year`, largest first (ties by donor slug)."""
    return sorted(
        contributions_by(year=year, group_by=("donor",)),
        key=lambda row: (-row["amount_usd"], row["donor"]),
    )


def sff_allocations_by_pillar(
    year_from: int | None = None, year_to: int | None = None
) -> list[dict]:
    """Strategic Framework Fund projects and amounts per pillar, in pillar order."""
    allocations = StrategicFrameworkFundAllocation.objects.all()
    if year_from is not None:
        allocations = allocations.filter(year__gte=year_from)
    if year_to is not None:
        allocations = allocations.filter(year__lte=year_to)
    return [
        {
            "pillar": row["pillar__slug"],
            "projects": row["projects"],
            "amount_usd": _dollars(row["amount_usd"]),
            "illustrative": row["illustrative_rows"] > 0,
        }
        for row in allocations.values("pillar__slug", "pillar__position")
        .annotate(
            projects=Count("project", distinct=True),
            amount_usd=Sum("amount_usd"),
            illustrative_rows=Count("id", filter=Q(illustrative=True)),
        )
        .order_by("pillar__position")
    ]


def sff_project_count(year_from: int | None = None, year_to: int | None = None) -> int:
    """Distinct SFF projects in the years (a project funded in two years counts once)."""
    allocations = StrategicFrameworkFundAllocation.objects.all()
    if year_from is not None:
        allocations = allocations.filter(year__gte=year_from)
    if year_to is not None:
        allocations = allocations.filter(year__lte=year_to)
    return allocations.values("project").distinct().count()


# Donors and their own data.


def donor_for(user) -> Donor | None:
    """The donor organisation a signed-in donor user acts for (its DonorAccount), else None."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Donor.objects.filter(accounts__user=user).first()


def sees_every_donor(user) -> bool:
    """Finance staff (who may view agreements) and superusers see every donor's page."""
    return user.is_superuser or user.has_perm("finance.view_agreement")


def donor_visible_to(user, donor_id: int) -> Donor | None:
    """The donor `donor_id` if `user` may see its page; None otherwise, whether or not it exists,
    so that a refusal (answered 404) never tells which ids exist."""
    if sees_every_donor(user):
        return Donor.objects.filter(pk=donor_id).first()
    own = donor_for(user)
    return own if own is not None and own.pk == donor_id else None


def donor_filter_for(user, donor: str | None, by_donor: bool) -> str | None:
    """The donor filter of a user's question about contributions.

    A donor user asking about donors (a donor filter or a donor grouping) is answered about its
    own donor only, never another's amounts; naming another donor raises ValueError, as an
    unknown one would. Anyone else asks what they asked.
    """
    own = donor_for(user)
    if own is None or sees_every_donor(user) or not (donor or by_donor):
        return donor
    if donor not in (None, own.slug):
        raise ValueError(f"unknown donor {donor[:40]!r}")
    return own.slug


def agreements_of(donor: Donor) -> QuerySet[Agreement]:
    return (
        Agreement.objects.filter(donor=donor)
        .prefetch_related("programmes")
        .order_by("start_year", "reference")
    )


def programme_contributions(donor: Donor | None = None) -> list[dict]:
    """Earmarked contributions attributed to the programmes their agreements fund.

    The money of an agreement that funds several programmes is split evenly among them, to the
    cent and exactly (the last cents go to the first programmes by slug), so the attributed rows
    add up to the attributed contributions. Rows: programme (slug), programme_id, pillar (slug),
    donor (slug), donor_id, donor_name, year, amount_usd; one per programme, donor and year.
    """
    # A subquery, not a join: joining the programmes would count a contribution once per programme.
    contributions = Contribution.objects.filter(
        fund=Fund.EARMARKED,
        agreement__in=Agreement.objects.filter(programmes__isnull=False).values("pk"),
    )
    if donor is not None:
        contributions = contributions.filter(donor=donor)
    sums = list(
        contributions.values("agreement_id", "donor__slug", "donor_id", "donor__name", "year")
        .annotate(amount_usd=Sum("amount_usd"))
        .order_by("agreement_id", "year")
    )
    funded: dict[int, list[tuple[str, int, str]]] = {}
    links = Agreement.programmes.through.objects.filter(
        agreement_id__in={row["agreement_id"] for row in sums}
    ).values_list("agreement_id", "programme__slug", "programme_id", "programme__pillar__slug")
    for agreement_id, slug, programme_id, pillar in links.order_by("programme__slug"):
        funded.setdefault(agreement_id, []).append((slug, programme_id, pillar))
    attributed: dict[tuple, dict] = {}
    for row in sums:
        programmes = funded[row["agreement_id"]]
        shares = apportion(_dollars(row["amount_usd"]), [1] * len(programmes))
        for (slug, programme_id, pillar), share in zip(programmes, shares, strict=True):
            key = (slug, row["donor__slug"], row["year"])
            entry = attributed.setdefault(
                key,
                {
                    "programme": slug,
                    "programme_id": programme_id,
                    "pillar": pillar,
                    "donor": row["donor__slug"],
                    "donor_id": row["donor_id"],
                    "donor_name": row["donor__name"],
                    "year": row["year"],
                    "amount_usd": Decimal("0.00"),
                },
            )
            entry["amount_usd"] += share
    return [attributed[key] for key in sorted(attributed)]


# Finance measures of published-figure definitions.


def _income(start_year: int, end_year: int) -> Decimal | None:
    return (
        Income.objects.filter(start_year=start_year, end_year=end_year)
        .values_list("amount_usd", flat=True)
        .first()
    )


def _budget(start_year: int, end_year: int, kind: str) -> Decimal | None:
    if kind not in BudgetKind.values:
        raise ValueError(f"unknown budget kind {kind!r}; use one of {BudgetKind.values}")
    return (
        Budget.objects.filter(start_year=start_year, end_year=end_year, kind=kind)
        .values_list("amount_usd", flat=True)
        .first()
    )


def _position(year: int, field: str) -> Decimal | None:
    return FinancialPosition.objects.filter(year=year).values_list(field, flat=True).first()


def _change_percent(current: Decimal | None, previous: Decimal | None) -> Decimal | None:
    if current is None or not previous:
        return None
    return (current - previous) * 100 / previous


def _income_usd(d: dict) -> Decimal | None:
    return _income(d["start_year"], d["end_year"])


def _income_growth_percent(d: dict) -> Decimal | None:
    return _change_percent(
        _income(d["start_year"], d["end_year"]),
        _income(d["previous_start_year"], d["previous_end_year"]),
    )


def _budget_usd(d: dict) -> Decimal | None:
    return _budget(d["start_year"], d["end_year"], d.get("kind", BudgetKind.APPROVED))


def _budget_growth_percent(d: dict) -> Decimal | None:
    return _change_percent(
        _budget(d["start_year"], d["end_year"], d.get("kind", BudgetKind.APPROVED)),
        _budget(
            d["previous_start_year"],
            d["previous_end_year"],
            d.get("previous_kind", BudgetKind.APPROVED),
        ),
    )


def _top_donor_share_percent(d: dict) -> Decimal | None:
    totals = [row["amount_usd"] for row in contributions_by_donor(d["year"])]
    if not sum(totals):
        return None
    return sum(totals[: d["top"]]) * 100 / sum(totals)


def _sff_projects(d: dict) -> Decimal:
    allocations = StrategicFrameworkFundAllocation.objects.filter(year__gte=d["start_year"])
    if "end_year" in d:
        allocations = allocations.filter(year__lte=d["end_year"])
    return Decimal(allocations.values("project").distinct().count())


def _unqualified_audit_opinions(d: dict) -> Decimal:
    opinions = AuditOpinion.objects.filter(
        opinion=Opinion.UNQUALIFIED, year__gte=d["start_year"], year__lte=d["end_year"]
    )
    return Decimal(opinions.count())


FINANCE_MEASURES: dict[str, Callable[[dict], Decimal | None]] = {
    "income_usd": _income_usd,
    "income_growth_percent": _income_growth_percent,
    "budget_usd": _budget_usd,
    "budget_growth_percent": _budget_growth_percent,
    "top_donor_share_percent": _top_donor_share_percent,
    "accumulated_surplus_usd": lambda d: _position(d["year"], "accumulated_surplus_usd"),
    "surplus_usd": lambda d: _position(d["year"], "surplus_usd"),
    "actuarial_change_usd": lambda d: _position(d["year"], "actuarial_change_usd"),
    "sff_projects": _sff_projects,
    "unqualified_audit_opinions": _unqualified_audit_opinions,
}


def finance_measure(definition: dict) -> Decimal | None:
    """The unrounded value of a finance definition, or None when the data lack it.

    Percentages are percentage points (25 for 25%), amounts US dollars, counts whole numbers.
    """
    measure = definition.get("measure")
    if measure not in FINANCE_MEASURES:
        raise ValueError(
            f"unknown finance measure {measure!r}; known: {', '.join(sorted(FINANCE_MEASURES))}"
        )
    try:
        return FINANCE_MEASURES[measure](definition)
    except KeyError as missing:
        raise ValueError(f"finance measure {measure!r} needs {missing.args[0]!r}") from None
