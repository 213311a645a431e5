"""The finance dataset reproduces E/2021/49 section IV and marks everything else illustrative."""

from decimal import ROUND_HALF_UP, Decimal

import factory
import pytest
from django.db import IntegrityError, transaction
from django.db.models import Sum
from hypothesis import given
from hypothesis import strategies as st

from finance.models import (
    Agreement,
    AuditOpinion,
    Budget,
    Contribution,
    Donor,
    FinancialPosition,
    Fund,
    Income,
    StrategicFrameworkFundAllocation,
)
from finance.published import FINANCE_FIGURES
from finance.selectors import contributions_by, finance_measure
from finance.services.dataset import apportion, load_finance_dataset
from programmes.models import Pillar

pytestmark = pytest.mark.django_db

PILLARS = [
    ("peace", "SO1", "Peace"),
    ("people", "SO2", "People"),
    ("planet", "SO3", "Planet"),
    ("prosperity", "SO4", "Prosperity"),
    ("agenda-2030", "SO5", "Accelerating the 2030 Agenda"),
]


class DonorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Donor

    slug = factory.Sequence(lambda n: f"test-donor-{n}")
    name = factory.Sequence(lambda n: f"Test donor {n}")
    kind = "government"
    illustrative = True


@pytest.fixture
def finance():
    """The finance dataset, over the five pillars (made here unless the catalogue made them)."""
    for position, (slug, code, name) in enumerate(PILLARS, start=1):
        Pillar.objects.get_or_create(
            slug=slug, defaults={"code": code, "position": position, "name": name}
        )
    return load_finance_dataset()


def rounded(value: Decimal, decimals: int) -> Decimal:
    """`value` rounded as published: decimals -5 rounds to hundreds of thousands."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def snapshot() -> dict[str, list[tuple]]:
    """Every finance row by its natural key, without database ids."""
    return {
        "donors": sorted(Donor.objects.values_list("slug", "name", "kind", "illustrative")),
        "agreements": sorted(
            Agreement.objects.values_list(
                "reference", "donor__slug", "fund", "start_year", "end_year", "amount_usd"
            )
        ),
        "agreement_programmes": sorted(
            Agreement.programmes.through.objects.values_list(
                "agreement__reference", "programme__slug"
            )
        ),
        "contributions": sorted(
            Contribution.objects.values_list(
                "donor__slug", "year", "fund", "amount_usd", "agreement__reference"
            )
        ),
        "income": sorted(Income.objects.values_list("start_year", "end_year", "amount_usd")),
        "budgets": sorted(Budget.objects.values_list("start_year", "kind", "amount_usd")),
        "positions": sorted(FinancialPosition.objects.values_list("year", "surplus_usd")),
        "sff": sorted(
            StrategicFrameworkFundAllocation.objects.values_list(
                "project", "year", "pillar__slug", "amount_usd"
            )
        ),
        "audits": sorted(AuditOpinion.objects.values_list("year", "opinion")),
    }


def test_loading_the_finance_dataset_twice_gives_the_same_rows(finance):
    first = snapshot()
    assert load_finance_dataset() == finance
    assert snapshot() == first


@pytest.mark.parametrize("figure", FINANCE_FIGURES, ids=lambda figure: figure["key"])
def test_published_finance_figure_is_reproduced_by_the_data(finance, figure):
    computed = finance_measure(figure["definition"])
    assert computed is not None, figure["key"]
    published = Decimal(figure["value"])
    assert rounded(computed, figure["decimals"]) == rounded(published, figure["decimals"])


def test_every_published_finance_figure_cites_e_2021_49_section_four():
    for figure in FINANCE_FIGURES:
        assert figure["source_document"] == "E/2021/49"
        assert figure["source_locator"] in {f"para {n}" for n in range(64, 69)}


def test_top_ten_donors_give_exactly_77_6_percent_of_2019_contributions(finance):
    share = finance_measure({"measure": "top_donor_share_percent", "year": 2019, "top": 10})
    assert share == Decimal("77.6")


def test_contributions_are_all_illustrative_decimal_amounts_in_cents(finance):
    amounts = list(Contribution.objects.values_list("amount_usd", "illustrative"))
    assert amounts
    for amount, illustrative in amounts:
        assert illustrative
        assert isinstance(amount, Decimal)
        assert amount == amount.quantize(Decimal("0.01")) and amount > 0


def test_contributions_of_each_biennium_are_below_its_published_income(finance):
    sums = {row["biennium"]: row["amount_usd"] for row in contributions_by(group_by=["biennium"])}
    for income in Income.objects.all():
        biennium = f"{income.start_year}-{income.end_year}"
        assert isinstance(sums[biennium], Decimal)
        assert Decimal("0.85") * income.amount_usd < sums[biennium] < income.amount_usd


def test_donors_named_by_the_source_are_real_and_all_others_are_illustrative(finance):
    real = dict(Donor.objects.filter(illustrative=False).values_list("name", "source"))
    assert real == {
        "State of Qatar": "E/2021/49 para 67",
        "Swedish International Development Cooperation Agency (Sida)": "E/2021/49 para 67",
    }
    for name in Donor.objects.filter(illustrative=True).values_list("name", flat=True):
        assert name.startswith("Illustrative donor ")
    assert 20 <= Donor.objects.count() <= 30


def test_strategic_framework_fund_money_comes_mostly_from_qatar_and_sida_from_2019(finance):
    sff = Contribution.objects.filter(fund=Fund.STRATEGIC_FRAMEWORK)
    assert not sff.filter(year__lt=2019).exists()
    for year in range(2019, 2022):
        total = sff.filter(year=year).aggregate(s=Sum("amount_usd"))["s"]
        main = sff.filter(year=year, donor__slug__in=["state-of-qatar", "sida"])
        assert main.aggregate(s=Sum("amount_usd"))["s"] > Decimal("0.8") * total


def test_general_fund_contributions_are_small(finance):
    for row in contributions_by(group_by=["year"]):
        general = contributions_by(year=row["year"], fund=Fund.GENERAL, group_by=[])
        assert general[0]["amount_usd"] < Decimal("0.02") * row["amount_usd"]


def test_each_agreement_is_the_sum_of_its_contributions_from_its_own_donor(finance):
    for agreement in Agreement.objects.all():
        contributions = agreement.contributions.all()
        assert agreement.illustrative
        assert contributions.aggregate(s=Sum("amount_usd"))["s"] == agreement.amount_usd
        assert not contributions.exclude(donor=agreement.donor_id).exists()
        assert not contributions.exclude(fund=agreement.fund).exists()
        assert not contributions.exclude(
            year__gte=agreement.start_year, year__lte=agreement.end_year
        ).exists()


def test_only_general_fund_contributions_lack_an_agreement(finance):
    assert set(
        Contribution.objects.filter(agreement__isnull=True).values_list("fund", flat=True)
    ) == {Fund.GENERAL}


def test_fifty_illustrative_sff_projects_from_2019_each_serve_a_pillar(finance):
    allocations = StrategicFrameworkFundAllocation.objects.all()
    assert allocations.count() == 50
    assert set(allocations.values_list("year", flat=True)) == {2019, 2020}
    assert not allocations.filter(illustrative=False).exists()
    for allocation in allocations.select_related("programme"):
        assert "Illustrative" in allocation.project
        if allocation.programme:
            assert allocation.programme.pillar_id == allocation.pillar_id


def test_sff_allocations_never_exceed_sff_contributions_received_so_far(finance):
    for year in (2019, 2020):
        allocated = StrategicFrameworkFundAllocation.objects.filter(year__lte=year).aggregate(
            s=Sum("amount_usd")
        )["s"]
        received = Contribution.objects.filter(
            fund=Fund.STRATEGIC_FRAMEWORK, year__lte=year
        ).aggregate(s=Sum("amount_usd"))["s"]
        assert allocated <= received


def test_accumulated_surplus_of_2019_is_2018_plus_surplus_less_actuarial_change(finance):
    before = FinancialPosition.objects.get(year=2018)
    after = FinancialPosition.objects.get(year=2019)
    assert (
        before.accumulated_surplus_usd + after.surplus_usd - after.actuarial_change_usd
        == after.accumulated_surplus_usd
    )


def test_2018_2019_budget_is_derived_and_says_it_was_not_published(finance):
    budget = Budget.objects.get(start_year=2018, kind="approved")
    assert budget.amount_usd == Decimal("55591836.73")
    assert "Derived" in budget.source and "para 67" in budget.source


def test_unknown_finance_measure_is_rejected_with_its_name():
    with pytest.raises(ValueError, match="income_per_donor"):
        finance_measure({"measure": "income_per_donor"})


def test_finance_measure_without_a_required_field_names_it():
    with pytest.raises(ValueError, match="end_year"):
        finance_measure({"measure": "income_usd", "start_year": 2018})


def test_database_rejects_a_negative_contribution():
    donor = DonorFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Contribution.objects.create(
            donor=donor, year=2019, fund=Fund.EARMARKED, amount_usd=Decimal("-1.00")
        )


def test_database_rejects_a_budget_that_does_not_span_two_years():
    with pytest.raises(IntegrityError), transaction.atomic():
        Budget.objects.create(
            start_year=2020,
            end_year=2022,
            kind="approved",
            amount_usd=Decimal("1000000.00"),
            source="test",
        )


@given(
    total=st.decimals(min_value=0, max_value=10**9, places=2),
    weights=st.lists(st.integers(min_value=0, max_value=1000), min_size=1).filter(any),
)
def test_apportion_splits_a_total_exactly_to_the_cent(total, weights):
    shares = apportion(total, weights)
    assert sum(shares) == total
    assert all(share >= 0 for share in shares)
    assert all(share == 0 for share, weight in zip(shares, weights, strict=True) if not weight)
