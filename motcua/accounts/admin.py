"""Admin of agencies and accounts, and the spreadsheet admin bases shared by apps."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from import_export.admin import ImportExportModelAdmin
from import_export.formats import base_formats
from import_export.forms import ImportForm, SelectableFieldsExportForm
from import_export.results import Result

from motcua.accounts.models import Agency, OfficialRole, User
from motcua.accounts.resources import AgencyResource, import_problems
from motcua.core.text import fold

SPREADSHEET_FORMATS = [base_formats.XLSX, base_formats.CSV]
MAX_PROBLEMS_SHOWN = 30


class SpreadsheetImportForm(ImportForm):
    """The import form with Vietnamese labels."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["resource"].label = gettext_lazy("Loại dữ liệu")
        self.fields["import_file"].label = gettext_lazy("Tệp cần nhập (.xlsx, .csv)")
        self.fields["format"].label = gettext_lazy("Định dạng")


class SpreadsheetExportForm(SelectableFieldsExportForm):
    """The export form with Vietnamese labels."""

    def __init__(self, formats, resources, **kwargs):
        super().__init__(formats, resources, **kwargs)
        self.fields["resource"].label = gettext_lazy("Loại dữ liệu")
        self.fields["format"].label = gettext_lazy("Định dạng")


class SpreadsheetAdmin(ImportExportModelAdmin):
    """Import and export .xlsx and .csv; report bad rows in Vietnamese.

    Importing needs the add and change permissions of the model, exporting the
    view permission: import-export's own default lets any staff member import.
    """

    formats = SPREADSHEET_FORMATS
    import_formats = SPREADSHEET_FORMATS
    export_formats = SPREADSHEET_FORMATS
    import_form_class = SpreadsheetImportForm
    export_form_class = SpreadsheetExportForm
    to_encoding = "utf-8-sig"  # Excel reads Vietnamese in a CSV only with the BOM

    def has_import_permission(self, request: HttpRequest) -> bool:
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    def import_action(self, request: HttpRequest, **kwargs) -> HttpResponse:
        response = super().import_action(request, **kwargs)
        result = getattr(response, "context_data", {}).get("result")
        if result is not None:
            self._report_problems(request, result)
        return response

    def process_result(self, result: Result, request: HttpRequest) -> HttpResponse:
        # The confirmed import runs again on the file: if it now fails, everything
        # was rolled back and import-export's "finished" message would mislead.
        if self._report_problems(request, result):
            info = (self.opts.app_label, self.opts.model_name)
            return HttpResponseRedirect(reverse("admin:{}_{}_changelist".format(*info)))
        return super().process_result(result, request)

    def add_success_message(self, result: Result, request: HttpRequest) -> None:
        totals = result.totals
        messages.success(
            request,
            _(
                "Đã nhập xong: %(new)s dòng mới, %(update)s dòng cập nhật, "
                "%(skip)s dòng không thay đổi."
            )
            % {
                "new": totals["new"],
                "update": totals["update"],
                "skip": totals["skip"],
            },
        )

    def _report_problems(self, request: HttpRequest, result: Result) -> bool:
        """Show each bad row as a Vietnamese message; return whether there were any."""
        problems = import_problems(result)
        if not problems:
            return False
        messages.error(
            request,
            _("Chưa nhập dòng nào: tệp có %(count)s lỗi, hãy sửa rồi nhập lại.")
            % {"count": len(problems)},
        )
        for line in problems[:MAX_PROBLEMS_SHOWN]:
            messages.error(request, line)
        return True


class FoldedSearchMixin:
    """Let a search without diacritics (`thu y`) find `Thú y` via `name_folded`."""

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(
            request, queryset, search_term
        )
        folded = fold(search_term)
        if folded:
            results = results | queryset.filter(name_folded__contains=folded)
        return results, may_have_duplicates


class ActiveFilter(admin.SimpleListFilter):
    """Agencies that exist today, or that no longer (or not yet) do."""

    title = gettext_lazy("tình trạng hoạt động")
    parameter_name = "active"

    def lookups(self, request, model_admin):
        return [
            ("yes", gettext_lazy("Đang hoạt động")),
            ("no", gettext_lazy("Không hoạt động (đã bãi bỏ hoặc chưa thành lập)")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        active = (Q(active_from__isnull=True) | Q(active_from__lte=today)) & (
            Q(active_to__isnull=True) | Q(active_to__gte=today)
        )
        if self.value() == "yes":
            return queryset.filter(active)
        if self.value() == "no":
            return queryset.exclude(active)
        return queryset


class AgencyAdminForm(forms.ModelForm):
    class Meta:
        model = Agency
        fields = [
            "code",
            "name",
            "short_name",
            "level",
            "parent",
            "active_from",
            "active_to",
            "successor",
            "address",
            "phone",
            "office_hours",
        ]

    def clean_parent(self):
        parent = self.cleaned_data.get("parent")
        agency = self.instance
        if parent is not None and agency.pk and parent.path.startswith(agency.path):
            raise forms.ValidationError(
                _("Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó.")
            )
        return parent


@admin.register(Agency)
class AgencyAdmin(FoldedSearchMixin, SpreadsheetAdmin):
    form = AgencyAdminForm
    resource_classes = [AgencyResource]
    list_display = [
        "indented_name",
        "code",
        "level",
        "successor",
        "active_from",
        "active_to",
    ]
    list_display_links = ["indented_name"]
    list_filter = ["level", ActiveFilter]
    list_select_related = ["successor"]
    search_fields = ["code", "name", "name_folded"]
    autocomplete_fields = ["parent", "successor"]
    ordering = ["path"]
    list_per_page = 200
    fieldsets = (
        (None, {"fields": ("code", "name", "short_name", "level", "parent")}),
        (
            gettext_lazy("Thời gian hoạt động"),
            {"fields": ("active_from", "active_to", "successor")},
        ),
        (
            gettext_lazy("Liên hệ"),
            {"fields": ("address", "phone", "office_hours")},
        ),
    )

    @admin.display(description=gettext_lazy("tên"), ordering="path")
    def indented_name(self, agency: Agency) -> str:
        return format_html(
            '<span style="padding-left: {}em">{}</span>',
            max(agency.depth - 1, 0) * 1.5,
            agency.name,
        )


class OfficialRoleInline(admin.TabularInline):
    model = OfficialRole
    extra = 1


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "full_name", "kind", "agency", "is_active"]
    list_filter = ["kind", "is_active", "roles__role"]
    list_select_related = ["agency"]
    search_fields = ["username", "full_name", "id_number", "tax_code", "email"]
    autocomplete_fields = ["agency"]
    inlines = [OfficialRoleInline]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (
            gettext_lazy("Thông tin"),
            {
                "fields": (
                    "kind",
                    "full_name",
                    "id_number",
                    "tax_code",
                    "id_verified",
                    "representative",
                    "phone",
                    "email",
                    "address",
                    "agency",
                )
            },
        ),
        (
            gettext_lazy("Quyền"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups")},
        ),
        (gettext_lazy("Thời điểm"), {"fields": ("last_login", "date_joined")}),
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
