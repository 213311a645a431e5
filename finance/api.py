"""API v1 finance: income, budgets and financial position, amounts in US dollars as decimals.

Amounts travel as decimal strings ("64500000.00"), never floats, so no cent is lost on the way.
"""

from decimal import Decimal

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from finance import queries, selectors
from finance.models import BudgetKind, Fund
from reports.queries import QueryError
from unitar_site import openapi

MONEY = {"max_digits": 16, "decimal_places": 2, "coerce_to_string": True}
BIENNIUM_PATTERN = r"^\d{4}-\d{4}$"


def _money(**kwargs) -> serializers.DecimalField:
    return serializers.DecimalField(**MONEY, **kwargs)


class IncomeRowSerializer(serializers.Serializer):
    year = serializers.IntegerField(required=False)
    biennium = serializers.CharField(required=False)
    donor = serializers.CharField(required=False, help_text="The donor's slug.")
    donor_name = serializers.CharField(required=False)
    fund = serializers.ChoiceField(Fund.values, required=False)
    amount_usd = _money()
    illustrative = serializers.BooleanField(
        help_text="True when any amount in the row is illustrative (made up, not published)."
    )


class PublishedIncomeSerializer(serializers.Serializer):
    period = serializers.CharField()
    start_year = serializers.IntegerField()
    end_year = serializers.IntegerField()
    amount_usd = _money()
    source = serializers.CharField()


class IncomeSerializer(serializers.Serializer):
    currency = serializers.CharField()
    group_by = serializers.ListField(child=serializers.CharField())
    total = _money(help_text="Sum of the rows.")
    results = IncomeRowSerializer(many=True)
    published_income = PublishedIncomeSerializer(
        many=True,
        help_text=(
            "Total income of each period covered, as published (contributions plus other "
            "revenue), with its source."
        ),
    )


class BudgetSerializer(serializers.Serializer):
    biennium = serializers.CharField()
    amount_usd = _money()
    revised = serializers.BooleanField()
    approved_on = serializers.DateField(allow_null=True)
    approved_by = serializers.CharField()
    source = serializers.CharField()


class PositionSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    accumulated_surplus_usd = _money()
    surplus_usd = _money(allow_null=True)
    actuarial_change_usd = _money(
        allow_null=True, help_text="Increase in after-service liabilities (positive: an increase)."
    )
    source = serializers.CharField()


BIENNIUM = OpenApiParameter(
    "biennium",
    {"type": "string", "pattern": BIENNIUM_PATTERN},
    description="A biennium such as 2018-2019 (an even year and the next).",
)


class IncomeView(APIView):
    """Contributions by year, biennium, donor and fund, beside the published income totals."""

    @extend_schema(
        summary="Income",
        description=(
            "Voluntary contributions (the part of income given by donors) summed by the "
            "`group_by` dimensions, with the published total income of the periods covered. "
            "Donor-level amounts of the bundled dataset are illustrative and marked so. A donor "
            "organisation's own account sees its own donor only: another donor in `donor` is "
            "refused, and grouping by donor gives its own rows."
        ),
        parameters=[
            openapi.year("year", "Contributions of this year."),
            BIENNIUM,
            OpenApiParameter(
                "donor",
                {"type": "string", "pattern": r"^[a-z0-9]+(-[a-z0-9]+)*$"},
                description="Donor slug.",
            ),
            OpenApiParameter("fund", {"type": "string", "enum": Fund.values}, description="Fund."),
            openapi.group_by(selectors.CONTRIBUTION_GROUPS),
        ],
        responses={200: IncomeSerializer, **openapi.ERROR_RESPONSES},
    )
    def get(self, request):
        query = queries.parse_income(request.query_params)
        try:  # a donor user's token answers about its own donor only (DESIGN.md, Roles)
            donor = selectors.donor_filter_for(request.user, query.donor, "donor" in query.group_by)
        except ValueError:  # refused as an unknown donor would be, in the request's language
            raise QueryError(
                "donor", _("unknown donor %(value)r") % {"value": query.donor[:40]}
            ) from None
        rows = selectors.contributions_by(
            year=query.year,
            biennium=query.biennium,
            donor=donor,
            fund=query.fund,
            group_by=query.group_by,
        )
        for row in rows:
            row.pop("donor_id", None)
            row.pop("contributions", None)
        published = [
            {
                "period": f"{income.start_year}-{income.end_year}",
                "start_year": income.start_year,
                "end_year": income.end_year,
                "amount_usd": income.amount_usd,
                "source": income.source,
            }
            for income in selectors.income_by_period(year=query.year, biennium=query.biennium)
        ]
        body = {
            "currency": "USD",
            "group_by": list(query.group_by),
            "total": sum((row["amount_usd"] for row in rows), Decimal("0.00")),
            "results": rows,
            "published_income": published,
        }
        return Response(IncomeSerializer(body).data)


class BudgetList(APIView):
    @extend_schema(
        summary="Programme budgets",
        description="Programme budgets per biennium, as approved or as revised.",
        parameters=[BIENNIUM],
        responses={200: BudgetSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
    def get(self, request):
        biennium = queries.parse_biennium_filter(request.query_params)
        rows = [
            {
                "biennium": f"{budget.start_year}-{budget.end_year}",
                "amount_usd": budget.amount_usd,
                "revised": budget.kind == BudgetKind.REVISED,
                "approved_on": budget.approved_on,
                "approved_by": budget.approved_by,
                "source": budget.source,
            }
            for budget in selectors.budgets(biennium=biennium)
        ]
        return Response(BudgetSerializer(rows, many=True).data)


class PositionList(APIView):
    @extend_schema(
        summary="Financial position",
        description="Year-end accumulated surplus, surplus of the year and actuarial change.",
        parameters=[openapi.year("year", "Year-end position of this year.")],
        responses={200: PositionSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
    def get(self, request):
        year = queries.parse_year_filter(request.query_params)
        return Response(
            PositionSerializer(selectors.financial_positions(year=year), many=True).data
        )


class SffPillarSerializer(serializers.Serializer):
    pillar = serializers.CharField()
    projects = serializers.IntegerField()
    amount_usd = _money()
    illustrative = serializers.BooleanField()


class SffSerializer(serializers.Serializer):
    currency = serializers.CharField()
    projects = serializers.IntegerField(help_text="Distinct projects in the years asked.")
    source = serializers.CharField()
    results = SffPillarSerializer(many=True)


class AuditOpinionSerializer(serializers.Serializer):
    year = serializers.IntegerField()
    opinion = serializers.CharField()
    auditor = serializers.CharField()
    source = serializers.CharField()


class SffView(APIView):
    @extend_schema(
        summary="Strategic Framework Fund",
        description=(
            "Projects the Board's Strategic Framework Fund financed, per pillar "
            "(50 since January 2019, E/2021/49 para 67). The split by pillar and the amounts "
            "of the bundled dataset are illustrative and marked so."
        ),
        parameters=[
            openapi.year("year_from", "Allocations from this year on."),
            openapi.year("year_to", "Allocations up to this year."),
        ],
        responses={200: SffSerializer, **openapi.ERROR_RESPONSES},
    )
    def get(self, request):
        year_from, year_to = queries.parse_year_range(request.query_params)
        body = {
            "currency": "USD",
            "projects": selectors.sff_project_count(year_from, year_to),
            "source": "E/2021/49 para 67",
            "results": selectors.sff_allocations_by_pillar(year_from, year_to),
        }
        return Response(SffSerializer(body).data)


class AuditOpinionList(APIView):
    @extend_schema(
        summary="Audit opinions",
        description="The external auditor's opinion on each year's financial statements.",
        parameters=[openapi.year("year", "Opinion on this year's statements.")],
        responses={200: AuditOpinionSerializer(many=True), **openapi.ERROR_RESPONSES},
    )
    def get(self, request):
        year = queries.parse_year_filter(request.query_params)
        return Response(AuditOpinionSerializer(selectors.audit_opinions(year=year), many=True).data)
