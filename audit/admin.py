"""Admin: every history row, read-only, filterable by door, change type and date."""

from django.contrib import admin

from audit.models import AUDITED
from unitar_site.admin import ReadOnlyAdmin


class HistoryAdmin(ReadOnlyAdmin):
    list_display = ("history_date", "history_type", "history_user", "door",
                    "history_change_reason", "__str__")  # fmt: skip
    list_filter = ("door", "history_type", "history_date")
    search_fields = ("history_user__username", "history_change_reason")
    date_hierarchy = "history_date"
    list_select_related = ("history_user",)


for audited in AUDITED:
    admin.site.register(audited.history.model, HistoryAdmin)
