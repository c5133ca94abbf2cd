"""Dashboards, targets, inspection report and the public transparency page."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from motcua.accounts.models import Agency, Role
from motcua.core.errors import DomainError
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_list_for
from motcua.kpi import charts, exports
from motcua.kpi.models import Indicator, Target
from motcua.kpi.selectors import (
    Scope,
    dashboard_agencies_for,
    dashboard_figures,
    fill_lag,
    indicator_series,
    target_rows,
)
from motcua.kpi.services import period_problem, target_delete, target_set

MONTH_LABELS = [f"T{n}" for n in range(1, 13)]


class PeriodForm(forms.Form):
    """The period of a dashboard: local dates, this year to today by default."""

    tu = forms.DateField(label=gettext_lazy("Từ ngày"), required=False)
    den = forms.DateField(label=gettext_lazy("Đến ngày"), required=False)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        start = data.get("tu") or date(today.year, 1, 1)
        end = data.get("den") or today
        problem = period_problem(start, end)
        if problem:
            raise forms.ValidationError(problem)
        if (end - start).days > 366 * 5:
            raise forms.ValidationError(_("Hãy chọn kỳ không quá 5 năm."))
        data["start"], data["end"] = start, end
        return data


def _period(request: HttpRequest) -> tuple[date, date, PeriodForm]:
    form = PeriodForm(request.GET)
    if not form.is_valid():
        return None, None, form
    data = form.cleaned_data
    return data["start"], data["end"], form


def _province_wide(user) -> bool:
    return user.is_official and user.has_role(Role.PROVINCE_ADMIN, Role.INSPECTOR)


def _agency_for(request: HttpRequest) -> Agency | None:
    """Return the agency asked for (by code) among those the user may see."""
    code = request.GET.get("co-quan", "")
    allowed = dashboard_agencies_for(user=request.user)
    if code:
        agency = allowed.filter(code=code).first()
        if agency is None:
            raise Http404(_("Không có cơ quan này trong phạm vi được xem."))
        return agency
    if _province_wide(request.user):
        return None
    return request.user.agency


def _bad_period(request: HttpRequest, form: PeriodForm, template: str) -> HttpResponse:
    return render(request, template, {"form": form, "errors": True}, status=400)


def _period_query(start: date, end: date) -> str:
    """Return the query string of a period, for the links of a page."""
    return urlencode({"tu": start.isoformat(), "den": end.isoformat()})


def _charts(series: list[dict], targets: list[dict], data: dict) -> dict:
    labels = [MONTH_LABELS[m["month"].month - 1] for m in series]
    target = next(
        (t["target"] for t in targets if t["indicator"] == Indicator.ON_TIME_RATE), None
    )
    return {
        "trend": charts.bar_chart(
            labels=labels,
            series=[
                (_("Trực tuyến"), [m["received_online"] for m in series]),
                (_("Trực tiếp"), [m["received_direct"] for m in series]),
                (_("Bưu chính"), [m["received_postal"] for m in series]),
            ],
            title=_("Hồ sơ tiếp nhận theo tháng"),
        ),
        "on_time": charts.line_chart(
            labels=labels,
            values=[m["on_time_rate"] for m in series],
            title=_("Tỷ lệ giải quyết đúng hạn theo tháng"),
            target=target,
        ),
        "channels": charts.pie_chart(
            parts_=[
                (_("Trực tuyến"), data["dossiers"]["online"]),
                (_("Trực tiếp"), data["dossiers"]["direct"]),
                (_("Bưu chính"), data["dossiers"]["postal"]),
            ],
            title=_("Cơ cấu kênh tiếp nhận"),
        ),
    }


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    """A leader's dashboard of an agency, or the province's with its ranking."""
    if not request.user.is_official:
        raise Http404(_("Trang dành cho cán bộ, công chức."))
    start, end, form = _period(request)
    if start is None:
        return _bad_period(request, form, "kpi/dashboard.html")
    agency = _agency_for(request)
    scope = Scope(agency=agency) if agency else Scope()
    agency_ids = scope.agency_ids()
    figures = dashboard_figures(
        scope=scope,
        start=start,
        end=end,
        ranking=agency is None,
        top_procedures=20,
        agency_ids=agency_ids,
    )
    data = figures["data"]
    series = indicator_series(
        scope=scope, year=end.year, until=end, agency_ids=agency_ids
    )
    targets = (
        target_rows(agency=agency, year=end.year, values=data, series=series)
        if agency
        else []
    )
    ranking = figures.get("ranking", [])
    if request.GET.get("xuat") == "xlsx":
        return exports.dashboard_xlsx(
            data=data, series=series, targets=targets, ranking=ranking, scope=scope
        )
    period_query = _period_query(start, end)
    context = {
        "form": form,
        "agency": agency,
        "start": start,
        "end": end,
        "data": data,
        "series": series,
        "targets": targets,
        "charts": _charts(series, targets, data),
        "ranking": ranking,
        "procedures": figures["procedures"],
        "agencies": dashboard_agencies_for(user=request.user)
        .filter(
            level__in=(
                Agency.Level.PROVINCE,
                Agency.Level.DEPARTMENT,
                Agency.Level.DISTRICT,
                Agency.Level.COMMUNE,
                Agency.Level.CENTRAL,
                Agency.Level.ENTERPRISE,
            )
        )
        .only("pk", "code", "name"),
        "lag": fill_lag(),
        "query": request.GET.urlencode(),
        "period_query": period_query,
        "drill_url": reverse("kpi:dossiers"),
        "drill_query": (
            f"{period_query}&{urlencode({'co-quan': agency.code})}"
            if agency
            else period_query
        ),
        "can_targets": _province_wide(request.user),
    }
    return render(request, "kpi/dashboard.html", context)


DRILL_KINDS = {
    "received": gettext_lazy("Hồ sơ tiếp nhận"),
    "online": gettext_lazy("Hồ sơ tiếp nhận trực tuyến"),
    "resolved": gettext_lazy("Hồ sơ đã giải quyết"),
    "late": gettext_lazy("Hồ sơ giải quyết quá hạn"),
    "open": gettext_lazy("Hồ sơ đang giải quyết"),
    "overdue": gettext_lazy("Hồ sơ đang quá hạn"),
    "refused": gettext_lazy("Hồ sơ bị từ chối"),
}


@login_required
def dossiers(request: HttpRequest) -> HttpResponse:
    """The dossiers behind a number, among those the user may see."""
    start, end, form = _period(request)
    kind = request.GET.get("loai", "received")
    if start is None or kind not in DRILL_KINDS:
        return render(
            request, "kpi/dossier_list.html", {"form": form, "errors": True}, status=400
        )
    agency = _agency_for(request) if request.user.is_official else None
    visible = dossier_list_for(user=request.user).exclude(status=Dossier.Status.DRAFT)
    if agency is not None:
        visible = visible.filter(agency__path__startswith=agency.path)
    procedure = request.GET.get("thu-tuc")
    if procedure:
        visible = visible.filter(procedure__code=procedure)
    period = (start, end)
    s = Dossier.Status
    resolved = (s.FINISHED, s.RETURNED)
    if kind in ("received", "online"):
        visible = visible.filter(received_at__date__range=period).exclude(
            status=s.REFUSED
        )
        if kind == "online":
            visible = visible.filter(channel=Dossier.Channel.ONLINE)
    elif kind in ("resolved", "late"):
        visible = visible.filter(status__in=resolved, finished_at__date__range=period)
        if kind == "late":
            visible = visible.filter(timeliness=Dossier.Timeliness.LATE)
    elif kind == "refused":
        visible = visible.filter(status=s.REFUSED, submitted_at__date__range=period)
    else:
        visible = visible.filter(
            status__in=(
                s.RECEIVED,
                s.IN_PROGRESS,
                s.SUPPLEMENT_REQUESTED,
                s.PAYMENT_REQUESTED,
            ),
            received_at__date__lte=end,
        )
        if kind == "overdue":
            visible = visible.filter(due_at__date__lte=end)
    page = Paginator(visible.order_by("-received_at", "-pk"), 50).get_page(
        request.GET.get("trang")
    )
    return render(
        request,
        "kpi/dossier_list.html",
        {"page": page, "kind": DRILL_KINDS[kind], "form": form, "agency": agency},
    )


# ---------------------------------------------------------------- targets


class TargetForm(forms.Form):
    year = forms.IntegerField(label=gettext_lazy("Năm"), min_value=2000, max_value=2100)
    indicator = forms.ChoiceField(
        label=gettext_lazy("Chỉ số"), choices=Indicator.choices
    )
    level = forms.ChoiceField(
        label=gettext_lazy("Cho mọi cơ quan cấp"),
        required=False,
        choices=[("", "—"), *Agency.Level.choices],
    )
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Hoặc cho một cơ quan"),
        required=False,
        queryset=Agency.objects.exclude(level=Agency.Level.RECEPTION),
        to_field_name="code",
    )
    value = forms.DecimalField(
        label=gettext_lazy("Chỉ tiêu (%)"), min_value=0, max_value=100, decimal_places=2
    )

    def clean(self):
        data = super().clean()
        if not data.get("level") and not data.get("agency"):
            raise forms.ValidationError(_("Hãy chọn một cấp cơ quan hoặc một cơ quan."))
        if data.get("level") and data.get("agency"):
            raise forms.ValidationError(
                _("Chỉ chọn một: cấp cơ quan hoặc một cơ quan.")
            )
        return data


@login_required
@require_http_methods(["GET", "POST"])
def targets(request: HttpRequest) -> HttpResponse:
    """The province administrator sets each year's targets, per agency or per level."""
    if not request.user.has_role(Role.PROVINCE_ADMIN, Role.INSPECTOR):
        raise Http404(_("Trang dành cho quản trị cấp tỉnh."))
    year = timezone.localdate().year
    form = TargetForm(request.POST or None, initial={"year": year})
    status = 200
    if request.method == "POST":
        if request.POST.get("xoa"):
            target = Target.objects.filter(pk=request.POST["xoa"]).first()
            if target is not None:
                try:
                    target_delete(actor=request.user, target=target)
                    messages.success(request, _("Đã xóa chỉ tiêu."))
                except DomainError as error:
                    messages.error(request, error.message)
            return redirect("kpi:targets")
        if form.is_valid():
            data = form.cleaned_data
            try:
                target_set(
                    actor=request.user,
                    year=data["year"],
                    indicator=data["indicator"],
                    value=data["value"],
                    agency=data["agency"],
                    level=data["level"] or "",
                )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Đã lưu chỉ tiêu."))
                return redirect("kpi:targets")
        status = 400
    rows = Target.objects.select_related("agency").order_by(
        "-year", "indicator", "level"
    )
    return render(
        request,
        "kpi/target_list.html",
        {
            "form": form,
            "targets": rows,
            "can_edit": request.user.has_role(Role.PROVINCE_ADMIN),
        },
        status=status,
    )


# ---------------------------------------------------------------- inspection


@login_required
def inspection(request: HttpRequest, code: str) -> HttpResponse:
    """The inspection report of one agency: indicators, overdue, delays, refusals."""
    agency = dashboard_agencies_for(user=request.user).filter(code=code).first()
    if agency is None:
        raise Http404(_("Không có cơ quan này trong phạm vi được xem."))
    start, end, form = _period(request)
    if start is None:
        return _bad_period(request, form, "kpi/inspection.html")
    report = exports.inspection_data(
        user=request.user, agency=agency, start=start, end=end
    )
    fmt = request.GET.get("xuat")
    if fmt == "xlsx":
        return exports.inspection_xlsx(report)
    if fmt == "pdf":
        return exports.inspection_pdf(report)
    return render(request, "kpi/inspection.html", {"report": report, "form": form})


# ---------------------------------------------------------------- public


def _public_data(start: date, end: date) -> tuple[dict, list[dict]]:
    figures = dashboard_figures(scope=Scope(), start=start, end=end, ranking=True)
    return figures["data"], figures["ranking"]


def public(request: HttpRequest) -> HttpResponse:
    """The public transparency page: the province's and each agency's figures."""
    start, end, form = _period(request)
    if start is None:
        return _bad_period(request, form, "kpi/public.html")
    province, ranking = _public_data(start, end)
    series = indicator_series(scope=Scope(), year=end.year, until=end)
    return render(
        request,
        "kpi/public.html",
        {
            "form": form,
            "start": start,
            "end": end,
            "data": province,
            "ranking": ranking,
            "charts": _charts(series, [], province),
            "lag": fill_lag(),
            "query": request.GET.urlencode(),
            "period_query": _period_query(start, end),
        },
    )


OPEN_DATA_FIELDS = [
    "agency_code",
    "agency_name",
    "rank",
    "received",
    "online",
    "direct",
    "postal",
    "refused",
    "withdrawn",
    "online_reception_rate",
    "online_processing_rate",
    "resolved",
    "early",
    "on_time",
    "late",
    "on_time_rate",
    "timeliness_rate",
    "open",
    "overdue",
    "services_with_dossiers",
    "services_with_online_dossiers",
    "uptake_rate",
]


def _open_row(code: str, name: str, rank, data: dict) -> dict:
    return {
        "agency_code": code,
        "agency_name": name,
        "rank": rank,
        "received": data["dossiers"]["received"],
        "online": data["dossiers"]["online"],
        "direct": data["dossiers"]["direct"],
        "postal": data["dossiers"]["postal"],
        "refused": data["dossiers"]["refused"],
        "withdrawn": data["dossiers"]["withdrawn"],
        "online_reception_rate": data["online_reception_rate"],
        "online_processing_rate": data["online_processing_rate"],
        "resolved": data["resolved"]["total"],
        "early": data["resolved"]["early"],
        "on_time": data["resolved"]["on_time"],
        "late": data["resolved"]["late"],
        "on_time_rate": data["on_time_rate"],
        "timeliness_rate": data["timeliness_rate"],
        "open": data["open"]["total"],
        "overdue": data["open"]["overdue"],
        "services_with_dossiers": data["services_with_dossiers"],
        "services_with_online_dossiers": data["services_with_online_dossiers"],
        "uptake_rate": data["uptake_rate"],
    }


def open_data(request: HttpRequest, fmt: str) -> HttpResponse:
    """Download the public figures as CSV or JSON (open data)."""
    if fmt not in ("csv", "json"):
        raise Http404(_("Chỉ có tệp CSV hoặc JSON."))
    start, end, form = _period(request)
    if start is None:
        return JsonResponse(
            {
                "error": {
                    "code": "invalid",
                    "message": _("Kỳ không hợp lệ."),
                    "fields": form.errors,
                }
            },
            status=400,
        )
    province, ranking = _public_data(start, end)
    rows = [_open_row("", _("Toàn tỉnh"), None, province)] + [
        _open_row(r["agency"].code, r["agency"].name, r["rank"], r) for r in ranking
    ]
    name = f"chi-so-{start:%Y%m%d}-{end:%Y%m%d}"
    if fmt == "json":

        def plain(v):
            return float(v) if isinstance(v, Decimal) else v

        body = {
            "period": {"from": start.isoformat(), "to": end.isoformat()},
            "rows": [{k: plain(v) for k, v in row.items()} for row in rows],
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")
        writer = csv.DictWriter(response, fieldnames=OPEN_DATA_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
