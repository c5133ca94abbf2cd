"""Admin of the catalog: procedures with their papers, fees and workflow steps."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.accounts.admin import FoldedSearchMixin, SpreadsheetAdmin
from motcua.catalog.models import (
    Component,
    CounterGroup,
    Fee,
    Field,
    Procedure,
    WorkflowStep,
)
from motcua.catalog.resources import FieldResource, ProcedureResource
from motcua.catalog.services import (
    form_schema_check,
    procedure_state_set,
    workflow_shares_check,
)


class ProcedureAdminForm(forms.ModelForm):
    class Meta:
        model = Procedure
        fields = [
            "code",
            "national_code",
            "name",
            "field",
            "level",
            "agency",
            "limit_value",
            "limit_unit",
            "result_type",
            "result_name",
            "legal_basis",
            "where",
            "service_level",
            "online_only",
            "counter_groups",
            "max_upload_mb",
            "form_schema",
            "state",
        ]

    def clean_form_schema(self):
        schema = self.cleaned_data.get("form_schema")
        if schema is None:
            schema = []
        # form_schema_check expects each name to be text; say so before it looks.
        if isinstance(schema, list):
            for index, item in enumerate(schema, start=1):
                if isinstance(item, dict) and not isinstance(item.get("name", ""), str):
                    raise forms.ValidationError(
                        _("Trường thứ %(n)s: tên phải là chữ, ví dụ ho_ten.")
                        % {"n": index}
                    )
        problems = form_schema_check(schema)
        if problems:
            raise forms.ValidationError(problems)
        return schema

    def clean(self):
        cleaned_data = super().clean()
        unit = cleaned_data.get("limit_unit")
        value = cleaned_data.get("limit_value")
        if unit and unit != "none" and value is not None and value <= 0:
            self.add_error(
                "limit_value",
                _("Thời hạn giải quyết phải lớn hơn 0, trừ khi không quy định."),
            )
        return cleaned_data


class WorkflowStepForm(forms.ModelForm):
    class Meta:
        model = WorkflowStep
        fields = ["order", "name", "actor", "role", "agency", "share"]

    def clean_share(self):
        share = self.cleaned_data.get("share")
        if share is not None and share > 1:
            raise forms.ValidationError(_("Tỷ lệ thời hạn phải từ 0 đến 1."))
        return share


class WorkflowStepFormSet(BaseInlineFormSet):
    """Check that the kept steps share the whole time limit."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        shares = [
            form.cleaned_data["share"]
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("share") is not None
        ]
        problem = workflow_shares_check(shares)
        if problem:
            raise forms.ValidationError(problem)


class ComponentInline(admin.TabularInline):
    model = Component
    extra = 0
    fields = [
        "order",
        "name",
        "originals",
        "copies",
        "photocopies",
        "template_name",
        "template_file",
        "reusable",
        "required",
    ]


class FeeInline(admin.TabularInline):
    model = Fee
    extra = 0


class WorkflowStepInline(admin.TabularInline):
    model = WorkflowStep
    form = WorkflowStepForm
    formset = WorkflowStepFormSet
    extra = 0
    autocomplete_fields = ["agency"]


@admin.register(Procedure)
class ProcedureAdmin(FoldedSearchMixin, SpreadsheetAdmin):
    form = ProcedureAdminForm
    resource_classes = [ProcedureResource]
    list_display = ["code", "name", "field", "level", "service_level", "state"]
    list_filter = ["state", "service_level", "level", "online_only", "field"]
    list_select_related = ["field"]
    search_fields = ["code", "national_code", "name", "name_folded"]
    autocomplete_fields = ["agency", "field"]
    filter_horizontal = ["counter_groups"]
    inlines = [ComponentInline, FeeInline, WorkflowStepInline]
    actions = ["publish", "withdraw"]
    readonly_fields = ["created_at", "updated_at"]
    fieldsets = (
        (
            None,
            {"fields": ("code", "national_code", "name", "field", "level", "agency")},
        ),
        (
            gettext_lazy("Thời hạn và kết quả"),
            {
                "fields": (
                    ("limit_value", "limit_unit"),
                    "result_type",
                    "result_name",
                    "legal_basis",
                    "where",
                )
            },
        ),
        (
            gettext_lazy("Tiếp nhận"),
            {
                "fields": (
                    "service_level",
                    "online_only",
                    "counter_groups",
                    "max_upload_mb",
                    "form_schema",
                )
            },
        ),
        (
            gettext_lazy("Công bố"),
            {"fields": ("state", "created_at", "updated_at")},
        ),
    )

    @admin.action(
        description=gettext_lazy("Công bố các thủ tục đã chọn"), permissions=["change"]
    )
    def publish(self, request: HttpRequest, queryset) -> None:
        self._state_set(request, queryset, Procedure.State.PUBLISHED)

    @admin.action(
        description=gettext_lazy("Bãi bỏ các thủ tục đã chọn"), permissions=["change"]
    )
    def withdraw(self, request: HttpRequest, queryset) -> None:
        self._state_set(request, queryset, Procedure.State.WITHDRAWN)

    def _state_set(self, request: HttpRequest, queryset, state: str) -> None:
        count = procedure_state_set(
            procedure_ids=list(queryset.values_list("pk", flat=True)), state=state
        )
        self.message_user(
            request,
            _("Đã chuyển %(count)s thủ tục sang trạng thái «%(state)s».")
            % {"count": count, "state": Procedure.State(state).label},
            messages.SUCCESS,
        )


@admin.register(Field)
class FieldAdmin(SpreadsheetAdmin):
    resource_classes = [FieldResource]
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(CounterGroup)
class CounterGroupAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "reception"]
    list_select_related = ["reception"]
    autocomplete_fields = ["reception"]
