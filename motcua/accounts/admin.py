from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Agency, OfficialRole, User


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "level", "parent", "active_from", "active_to"]
    list_filter = ["level"]
    search_fields = ["code", "name", "name_folded"]
    autocomplete_fields = ["parent", "successor"]
    ordering = ["path"]


class OfficialRoleInline(admin.TabularInline):
    model = OfficialRole
    extra = 1


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "full_name", "kind", "agency", "is_active"]
    list_filter = ["kind", "is_active", "roles__role"]
    search_fields = ["username", "full_name", "id_number", "tax_code", "email"]
    autocomplete_fields = ["agency"]
    inlines = [OfficialRoleInline]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (
            _("Thông tin"),
            {
                "fields": (
                    "kind",
                    "full_name",
                    "id_number",
                    "tax_code",
                    "representative",
                    "phone",
                    "email",
                    "address",
                    "agency",
                )
            },
        ),
        (
            _("Quyền"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups")},
        ),
        (_("Thời điểm"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "kind", "full_name", "password1", "password2"),
            },
        ),
    )
