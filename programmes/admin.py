"""Admin pages for pillars, programme areas, programmes, events, indicators and highlights."""

from django.contrib import admin

from programmes.models import (
    Event,
    Highlight,
    Indicator,
    Pillar,
    Programme,
    ProgrammeArea,
    SustainableDevelopmentGoal,
)


@admin.register(Pillar)
class PillarAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "slug", "position"]
    search_fields = ["name", "slug", "code"]


@admin.register(ProgrammeArea)
class ProgrammeAreaAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "cross_cutting"]
    list_filter = ["cross_cutting"]
    search_fields = ["name", "slug"]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "area", "pillar", "source"]
    list_filter = ["area", "pillar"]
    list_select_related = ["area", "pillar"]
    search_fields = ["name", "slug", "summary"]


@admin.register(SustainableDevelopmentGoal)
class SustainableDevelopmentGoalAdmin(admin.ModelAdmin):
    list_display = ["number", "name"]
    search_fields = ["name"]


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = [
        "code",
        "programme",
        "start_date",
        "delivery_mode",
        "learning",
        "unplanned",
        "generated",
    ]
    list_filter = [
        "delivery_mode",
        "learning",
        "unplanned",
        "generated",
        "programme__area",
        "programme__pillar",
    ]
    list_select_related = ["programme"]
    search_fields = ["code", "title"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["programme", "country"]
    filter_horizontal = ["sdgs"]


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["programme", "code", "period", "value", "comparator", "unit", "source"]
    list_filter = ["programme__area", "programme__pillar", "period", "unit"]
    list_select_related = ["programme"]
    search_fields = ["code", "name", "programme__slug", "source"]
    autocomplete_fields = ["programme"]


@admin.register(Highlight)
class HighlightAdmin(admin.ModelAdmin):
    list_display = ["source", "paragraph", "pillar", "area", "programme", "period"]
    list_filter = ["source", "pillar", "area"]
    list_select_related = ["pillar", "area", "programme"]
    search_fields = ["text", "programme__slug"]
    autocomplete_fields = ["programme"]
