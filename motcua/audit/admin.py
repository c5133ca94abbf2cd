"""The access log in the admin: read only, for inspectors and administrators."""

from __future__ import annotations

from django.contrib import admin

from motcua.audit.models import AccessLog


@admin.register(AccessLog)
class AccessLogAdmin(admin.ModelAdmin):
    list_display = ("at", "user", "agency", "dossier", "action", "target")
    list_filter = ("action", "agency")
    search_fields = ("dossier__code", "user__username", "user__full_name")
    date_hierarchy = "at"
    list_select_related = ("user", "agency", "dossier")
    raw_id_fields = ("user", "agency", "dossier")

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
