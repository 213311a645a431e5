"""Admin pieces the apps share."""

from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """A record of what happened (history rows, statistics builds): listed, never edited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
