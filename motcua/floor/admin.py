"""Admin of the floor: halls, counters, kiosks, guidance teams, guides, shipments."""

from __future__ import annotations

from django.contrib import admin

from motcua.floor.models import (
    Counter,
    GuidanceTeam,
    Guide,
    GuideStep,
    Hall,
    HelpSession,
    Kiosk,
    Shipment,
    Ticket,
)


class CounterInline(admin.TabularInline):
    model = Counter
    fields = ["number", "name", "groups"]
    extra = 0


@admin.register(Hall)
class HallAdmin(admin.ModelAdmin):
    list_display = ["name", "reception"]
    list_filter = ["reception"]
    inlines = [CounterInline]


@admin.register(Counter)
class CounterAdmin(admin.ModelAdmin):
    list_display = ["label", "hall", "is_open", "officer"]
    list_filter = ["hall__reception", "is_open"]
    filter_horizontal = ["groups"]
    readonly_fields = ["tablet_key", "opened_at"]


@admin.register(Kiosk)
class KioskAdmin(admin.ModelAdmin):
    list_display = ["name", "reception", "kind", "paper_width", "active"]
    list_filter = ["kind", "reception"]
    readonly_fields = ["key"]


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = [
        "number",
        "day",
        "reception",
        "status",
        "is_priority",
        "counter",
        "dossier",
    ]
    list_filter = ["status", "day", "reception"]
    search_fields = ["number"]

    def has_add_permission(self, request) -> bool:
        return False  # tickets come from kiosks

    def has_change_permission(self, request, obj=None) -> bool:
        return False  # every change goes through the counter services


@admin.register(GuidanceTeam)
class GuidanceTeamAdmin(admin.ModelAdmin):
    list_display = ["name", "agency", "active"]
    filter_horizontal = ["members"]


@admin.register(HelpSession)
class HelpSessionAdmin(admin.ModelAdmin):
    list_display = ["person_name", "team", "member", "topic", "outcome", "at"]
    list_filter = ["team", "topic", "outcome"]

    def has_add_permission(self, request) -> bool:
        return False


class GuideStepInline(admin.StackedInline):
    model = GuideStep
    extra = 0


@admin.register(Guide)
class GuideAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "procedure", "agency", "published_at"]
    list_filter = ["kind"]
    inlines = [GuideStepInline]


@admin.register(Shipment)
class ShipmentAdmin(admin.ModelAdmin):
    list_display = ["tracking_number", "dossier", "status", "status_at"]
    list_filter = ["status"]

    def has_add_permission(self, request) -> bool:
        return False
