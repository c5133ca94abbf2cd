"""Admin of the working-day calendar exceptions."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from motcua.core.models import CalendarException

WEEKDAYS = [
    _("Thứ Hai"),
    _("Thứ Ba"),
    _("Thứ Tư"),
    _("Thứ Năm"),
    _("Thứ Sáu"),
    _("Thứ Bảy"),
    _("Chủ nhật"),
]


@admin.register(CalendarException)
class CalendarExceptionAdmin(admin.ModelAdmin):
    list_display = ["date", "weekday", "kind", "name", "legal_basis"]
    list_filter = ["kind"]
    date_hierarchy = "date"
    search_fields = ["name", "legal_basis"]
    ordering = ["-date"]
    fields = ["date", "kind", "name", "legal_basis"]

    @admin.display(description=_("thứ"), ordering="date")
    def weekday(self, exception: CalendarException) -> str:
        return str(WEEKDAYS[exception.date.weekday()])
