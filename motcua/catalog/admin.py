from __future__ import annotations

from django.contrib import admin

from motcua.catalog.models import (
    Component,
    CounterGroup,
    Fee,
    Field,
    Procedure,
    WorkflowStep,
)


class ComponentInline(admin.TabularInline):
    model = Component
    extra = 0


class FeeInline(admin.TabularInline):
    model = Fee
    extra = 0


class WorkflowStepInline(admin.TabularInline):
    model = WorkflowStep
    extra = 0
    autocomplete_fields = ["agency"]


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "field", "level", "service_level", "state"]
    list_filter = ["service_level", "level", "state", "online_only", "field"]
    search_fields = ["code", "name", "name_folded"]
    autocomplete_fields = ["agency", "field"]
    filter_horizontal = ["counter_groups"]
    inlines = [ComponentInline, FeeInline, WorkflowStepInline]


@admin.register(Field)
class FieldAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(CounterGroup)
class CounterGroupAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "reception"]
    autocomplete_fields = ["reception"]
