"""Admin: every history row, read-only, filterable by door, change type and date."""

from django.contrib import admin

from audit.models import AUDITED


class HistoryAdmin(admin.ModelAdmin):
    list_display = ("history_date", "history_type", "history_user", "door",
                    "history_change_reason", "__str__")  # fmt: skip
    list_filter = ("door", "history_type", "history_date")
    search_fields = ("history_user__username", "history_change_reason")
    date_hierarchy = "history_date"
    list_select_related = ("history_user",)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


for audited in AUDITED:
    admin.site.register(audited.history.model, HistoryAdmin)
