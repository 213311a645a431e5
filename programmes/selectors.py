"""Reads of the programme catalogue: pillars, areas, programmes, indicators and highlights.

Filters take either a model instance or its slug, so views can pass URL arguments straight in.
"""

from django.db.models import Q, QuerySet

from programmes.models import Highlight, Indicator, Pillar, Programme, ProgrammeArea


def pillar_list() -> QuerySet[Pillar]:
    return Pillar.objects.order_by("position")


def area_list() -> QuerySet[ProgrammeArea]:
    return ProgrammeArea.objects.order_by("position")


def programme_list(
    area: ProgrammeArea | str | None = None, pillar: Pillar | str | None = None
) -> QuerySet[Programme]:
    programmes = Programme.objects.select_related("area", "pillar")
    if area is not None:
        programmes = programmes.filter(_matches("area", area))
    if pillar is not None:
        programmes = programmes.filter(_matches("pillar", pillar))
    return programmes


def indicators_for(
    programme: Programme | str | None = None,
    area: ProgrammeArea | str | None = None,
    pillar: Pillar | str | None = None,
    period: str | None = None,
) -> QuerySet[Indicator]:
    """Indicators of a programme, or of every programme in an area or pillar; period is a label."""
    indicators = Indicator.objects.select_related("programme__area", "programme__pillar")
    if programme is not None:
        indicators = indicators.filter(_matches("programme", programme))
    if area is not None:
        indicators = indicators.filter(_matches("programme__area", area))
    if pillar is not None:
        indicators = indicators.filter(_matches("programme__pillar", pillar))
    if period is not None:
        indicators = indicators.filter(period=period)
    return indicators


def highlights_for(
    pillar: Pillar | str | None = None,
    area: ProgrammeArea | str | None = None,
    programme: Programme | str | None = None,
) -> QuerySet[Highlight]:
    """Highlights attached to a pillar or area directly or through one of its programmes."""
    highlights = Highlight.objects.select_related("pillar", "area", "programme")
    if pillar is not None:
        highlights = highlights.filter(
            _matches("pillar", pillar) | _matches("programme__pillar", pillar)
        )
    if area is not None:
        highlights = highlights.filter(_matches("area", area) | _matches("programme__area", area))
    if programme is not None:
        highlights = highlights.filter(_matches("programme", programme))
    return highlights.order_by("paragraph", "pk")


def _matches(field: str, value: object) -> Q:
    return Q(**{f"{field}__slug": value}) if isinstance(value, str) else Q(**{field: value})
