"""Load the programme catalogue (programmes/catalogue.py) into the database, idempotently."""

from decimal import Decimal
from typing import TypeVar

from django.db import transaction

from programmes import catalogue
from programmes.models import (
    Highlight,
    Indicator,
    Pillar,
    Programme,
    ProgrammeArea,
    SustainableDevelopmentGoal,
)

Row = TypeVar("Row")


@transaction.atomic
def load_catalogue() -> dict[str, int]:
    """Create or update every catalogue row by its natural key; running it twice changes nothing.

    Highlights from the catalogue's own sources that the catalogue no longer lists are removed,
    so moving a paragraph to another programme does not leave its old copy behind.
    """
    pillars = {
        entry.slug: Pillar.objects.update_or_create(
            slug=entry.slug,
            defaults={
                "code": entry.code,
                "position": entry.position,
                "name": entry.names["en"],
                "name_translations": entry.names,
            },
        )[0]
        for entry in catalogue.PILLARS
    }
    areas = {
        entry.slug: ProgrammeArea.objects.update_or_create(
            slug=entry.slug,
            defaults={
                "position": entry.position,
                "cross_cutting": entry.cross_cutting,
                "name": entry.names["en"],
                "name_translations": entry.names,
            },
        )[0]
        for entry in catalogue.AREAS
    }
    programmes = {
        entry.slug: Programme.objects.update_or_create(
            slug=entry.slug,
            defaults={
                "area": areas[entry.area],
                "pillar": pillars[entry.pillar],
                "name": entry.names["en"],
                "name_translations": entry.names,
                "summary": entry.summary,
                "source": entry.source,
            },
        )[0]
        for entry in catalogue.PROGRAMMES
    }
    for number, name in catalogue.SDGS:
        SustainableDevelopmentGoal.objects.update_or_create(number=number, defaults={"name": name})
    for entry in catalogue.INDICATORS:
        Indicator.objects.update_or_create(
            programme=programmes[entry.programme],
            code=entry.code,
            period=entry.period,
            defaults={
                "name": entry.name,
                "period_start": entry.period_start,
                "period_end": entry.period_end,
                "value": Decimal(entry.value),
                "comparator": entry.comparator,
                "unit": entry.unit,
                "source": entry.source,
            },
        )
    kept = [
        Highlight.objects.update_or_create(
            source=entry.source,
            paragraph=entry.paragraph,
            pillar=_optional(pillars, entry.pillar),
            area=_optional(areas, entry.area),
            programme=_optional(programmes, entry.programme),
            defaults={
                "period": entry.period,
                "text": entry.text,
                "text_translations": entry.text_translations,
            },
        )[0].pk
        for entry in catalogue.HIGHLIGHTS
    ]
    sources = {entry.source for entry in catalogue.HIGHLIGHTS}
    Highlight.objects.filter(source__in=sources).exclude(pk__in=kept).delete()
    return {
        "pillars": len(pillars),
        "areas": len(areas),
        "programmes": len(programmes),
        "sdgs": len(catalogue.SDGS),
        "indicators": len(catalogue.INDICATORS),
        "highlights": len(kept),
    }


def _optional(rows: dict[str, Row], slug: str | None) -> Row | None:
    """The row a highlight is attached to, if any; an unknown slug is an error, not None."""
    return None if slug is None else rows[slug]
