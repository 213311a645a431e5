"""Admin pages for published figures (editable, with their sources) and statistics builds.

Builds are a record of what ran: listed and searchable, never edited by hand. The statistics
tables themselves are derived data, rebuilt from the records, so they have no admin page.
"""

from django.contrib import admin

from reports.models import PublishedFigure, StatisticsBuild
from unitar_site.admin import ReadOnlyAdmin


@admin.register(PublishedFigure)
class PublishedFigureAdmin(admin.ModelAdmin):
    list_display = ["key", "label", "period", "value", "unit", "source_document", "source_locator"]
    list_filter = ["period", "unit", "source_document"]
    search_fields = ["key", "label", "source_locator"]


@admin.register(StatisticsBuild)
class StatisticsBuildAdmin(ReadOnlyAdmin):
    list_display = ["id", "trigger", "full", "status", "started_at", "duration_seconds",
                    "rows_written"]  # fmt: skip
    list_filter = ["status", "trigger", "full"]
    search_fields = ["error"]
    date_hierarchy = "started_at"
