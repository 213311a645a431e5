"""Reads for report pages. Until the statistics tables exist, headlines group the raw records."""

from dataclasses import dataclass

from django.db.models import Count, Q, Sum
from django.db.models.functions import ExtractYear

from beneficiaries.models import AggregateTally, Participation
from programmes.models import Event
from reports.figures import evaluate, reproduces
from reports.models import PublishedFigure


@dataclass
class YearHeadline:
    year: int
    beneficiaries: int = 0
    learners: int = 0
    events: int = 0
    event_days: int = 0
    certificates: int = 0
    countries: int = 0

    @property
    def knowledge_sharing(self) -> int:
        return self.beneficiaries - self.learners

    @property
    def learning_share(self) -> float:
        return 100 * self.learners / self.beneficiaries if self.beneficiaries else 0.0


def yearly_headlines() -> list[YearHeadline]:
    """Beneficiaries, learners, events, days, certificates and countries reached, per year."""
    years: dict[int, YearHeadline] = {}

    def row(year: int) -> YearHeadline:
        return years.setdefault(year, YearHeadline(year))

    for rec in (
        Participation.objects.annotate(year=ExtractYear("event__start_date"))
        .values("year")
        .annotate(
            n=Count("id"),
            learners=Count("id", filter=Q(event__learning=True)),
            certified=Count("id", filter=Q(certified=True)),
            countries=Count("country", distinct=True),
        )
    ):
        headline = row(rec["year"])
        headline.beneficiaries += rec["n"]
        headline.learners += rec["learners"]
        headline.certificates += rec["certified"]
        headline.countries = rec["countries"]
    for rec in (
        AggregateTally.objects.annotate(year=ExtractYear("event__start_date"))
        .values("year")
        .annotate(
            n=Sum("beneficiaries"),
            learners=Sum("beneficiaries", filter=Q(event__learning=True)),
            certified=Sum("certificates"),
        )
    ):
        headline = row(rec["year"])
        headline.beneficiaries += rec["n"] or 0
        headline.learners += rec["learners"] or 0
        headline.certificates += rec["certified"] or 0
    for rec in (
        Event.objects.annotate(year=ExtractYear("start_date"))
        .values("year")
        .annotate(n=Count("id"), days=Sum("event_days"))
    ):
        headline = row(rec["year"])
        headline.events = rec["n"]
        headline.event_days = rec["days"] or 0
    return [years[y] for y in sorted(years)]


@dataclass
class FigureCheck:
    figure: PublishedFigure
    computed: object
    reproduced: bool


def published_figure_checks() -> list[FigureCheck]:
    checks = []
    for figure in PublishedFigure.objects.all():
        computed = evaluate(figure.definition)
        checks.append(FigureCheck(figure, computed, reproduces(figure, computed)))
    return checks


def dataset_is_generated() -> bool:
    return Event.objects.filter(generated=True).exists()
