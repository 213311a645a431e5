"""Admin: imports as a read-only record, and the programme area of each staff member."""

from django.contrib import admin

from imports.models import Import, StaffArea


@admin.register(Import)
class ImportAdmin(admin.ModelAdmin):
    list_display = (
        "created_at", "kind", "file_name", "user", "door", "status", "rows", "created",
        "updated", "unchanged",
    )  # fmt: skip
    list_filter = ("kind", "status", "door", "dry_run")
    search_fields = ("file_name", "checksum", "user__username")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Import._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(StaffArea)
class StaffAreaAdmin(admin.ModelAdmin):
    list_display = ("user", "area")
    list_filter = ("area",)
    search_fields = ("user__username",)
    autocomplete_fields = ("user",)
