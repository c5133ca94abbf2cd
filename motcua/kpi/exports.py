"""Exports: dashboard and inspection report as .xlsx (openpyxl) and PDF (WeasyPrint)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from django.db.models import Count
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from motcua.accounts.models import Agency, User
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.selectors import dossier_list_for
from motcua.kpi.selectors import Scope, indicator_series, indicators, target_rows

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

LABELS = [
    ("dossiers.received", "Hồ sơ tiếp nhận"),
    ("dossiers.online", "Tiếp nhận trực tuyến"),
    ("dossiers.direct", "Tiếp nhận trực tiếp"),
    ("dossiers.postal", "Tiếp nhận qua bưu chính"),
    ("dossiers.refused", "Từ chối tiếp nhận"),
    ("dossiers.withdrawn", "Rút, dừng xử lý"),
    ("online_reception_rate", "Tỷ lệ tiếp nhận trực tuyến (%)"),
    ("online_processing_rate", "Tỷ lệ xử lý trực tuyến (%)"),
    ("services_with_dossiers", "DVCTT phát sinh hồ sơ"),
    ("services_with_online_dossiers", "DVCTT phát sinh hồ sơ trực tuyến"),
    ("uptake_rate", "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến (%)"),
    ("resolved.total", "Hồ sơ đã giải quyết"),
    ("resolved.early", "Trước hạn"),
    ("resolved.on_time", "Đúng hạn"),
    ("resolved.late", "Quá hạn"),
    ("on_time_rate", "Tỷ lệ giải quyết đúng hạn (%)"),
    ("timeliness_rate", "Tỷ lệ đúng hạn theo QĐ 766 (%)"),
    ("open.total", "Đang giải quyết cuối kỳ"),
    ("open.overdue", "Đang quá hạn cuối kỳ"),
    ("digitisation_rate", "Tỷ lệ số hóa hồ sơ (%)"),
    ("online_payment_rate", "Tỷ lệ thanh toán trực tuyến (%)"),
    ("online_change_vs_last_year", "Tăng giảm trực tuyến so với cùng kỳ (%)"),
    ("score_766.total", "Điểm QĐ 766 (/100)"),
]


def pick(data: dict, dotted: str):
    value = data
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _cell(value):
    if isinstance(value, Decimal):
        return float(value)
    if value is None:
        return ""
    return value


def _response(workbook: Workbook, name: str) -> HttpResponse:
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(buffer.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def _bold_row(sheet, values: list) -> None:
    sheet.append(values)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)


def dashboard_xlsx(
    *,
    data: dict,
    series: list[dict],
    targets: list[dict],
    ranking: list[dict],
    scope: Scope,
) -> HttpResponse:
    """Return the dashboard as a workbook: indicators, targets, months, ranking."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Chỉ số")
    sheet.append([_("Phạm vi"), data["scope"]])
    sheet.append([_("Kỳ"), f"{data['period']['from']} – {data['period']['to']}"])
    _bold_row(sheet, [_("Chỉ số"), _("Giá trị"), _("Cùng kỳ năm trước")])
    last = data.get("last_year", {})
    for key, label in LABELS:
        sheet.append([_(label), _cell(pick(data, key)), _cell(pick(last, key))])
    if targets:
        tab = book.create_sheet(_("Chỉ tiêu"))
        _bold_row(
            tab,
            [
                _("Chỉ số"),
                _("Chỉ tiêu"),
                _("Thực hiện"),
                _("Chênh lệch"),
                _("Dự báo cuối năm"),
                _("Nguy cơ không đạt"),
            ],
        )
        for row in targets:
            tab.append(
                [
                    str(row["label"]),
                    _cell(row["target"]),
                    _cell(row["actual"]),
                    _cell(row["gap"]),
                    _cell(row["projected"]),
                    _("Có") if row["will_miss"] else _("Không"),
                ]
            )
    months = book.create_sheet(_("Theo tháng"))
    _bold_row(
        months,
        [
            _("Tháng"),
            _("Tiếp nhận"),
            _("Trực tuyến"),
            _("Đã giải quyết"),
            _("Đúng hạn (%)"),
        ],
    )
    for m in series:
        months.append(
            [
                m["month"].strftime("%m/%Y"),
                m["received"],
                m["received_online"],
                m["resolved"],
                _cell(m["on_time_rate"]),
            ]
        )
    if ranking:
        tab = book.create_sheet(_("Xếp hạng"))
        _bold_row(
            tab,
            [
                _("Hạng"),
                _("Cơ quan"),
                _("Tiếp nhận"),
                _("Trực tuyến (%)"),
                _("Đúng hạn (%)"),
                _("Điểm QĐ 766"),
            ],
        )
        for row in ranking:
            tab.append(
                [
                    row["rank"],
                    row["agency"].name,
                    row["dossiers"]["received"],
                    _cell(row["online_reception_rate"]),
                    _cell(row["timeliness_rate"]),
                    _cell(row["score"]),
                ]
            )
    return _response(book, f"chi-so-{data['period']['from']}-{data['period']['to']}")


# ---------------------------------------------------------------- inspection


def inspection_data(*, user: User, agency: Agency, start: date, end: date) -> dict:
    """Return what an inspection team reads about one agency over a period."""
    scope = Scope(agency=agency)
    data = indicators(scope=scope, start=start, end=end)
    series = indicator_series(scope=scope, year=end.year, until=end)
    visible = dossier_list_for(user=user).filter(agency__path__startswith=agency.path)
    s = Dossier.Status
    now = timezone.now()
    overdue = list(
        visible.filter(
            status__in=(
                s.RECEIVED,
                s.IN_PROGRESS,
                s.SUPPLEMENT_REQUESTED,
                s.PAYMENT_REQUESTED,
            ),
            due_at__lt=now,
            received_at__date__lte=end,
        ).order_by("due_at")[:200]
    )
    reasons = {}
    for event in DossierEvent.objects.filter(
        dossier__in=overdue,
        verb__in=("supplement_requested", "apologised", "step_returned"),
    ).order_by("dossier_id", "seq"):
        reasons.setdefault(event.dossier_id, []).append(event.reason)
    for dossier in overdue:
        dossier.delay_reasons = [r for r in reasons.get(dossier.pk, []) if r]
    late_without_apology = list(
        visible.filter(
            timeliness=Dossier.Timeliness.LATE,
            apology_at__isnull=True,
            finished_at__date__range=(start, end),
        ).order_by("-finished_at")[:200]
    )
    refusals = list(
        visible.filter(status=s.REFUSED, submitted_at__date__range=(start, end))
        .values("procedure__code", "procedure__name")
        .annotate(n=Count("pk"))
        .order_by("-n")[:100]
    )
    supplements = list(
        visible.filter(supplement_count__gt=0, received_at__date__range=(start, end))
        .values("procedure__code", "procedure__name")
        .annotate(n=Count("pk"))
        .order_by("-n")[:100]
    )
    return {
        "agency": agency,
        "start": start,
        "end": end,
        "data": data,
        "labels": [(_(label), pick(data, key)) for key, label in LABELS],
        "targets": target_rows(
            agency=agency, year=end.year, values=data, series=series
        ),
        "overdue": overdue,
        "late_without_apology": late_without_apology,
        "refusals": refusals,
        "supplements": supplements,
        "made_at": timezone.localtime(now),
    }


def inspection_xlsx(report: dict) -> HttpResponse:
    book = Workbook()
    sheet = book.active
    sheet.title = _("Chỉ số")
    sheet.append([_("Báo cáo kiểm tra"), report["agency"].name])
    sheet.append([_("Kỳ"), f"{report['start']:%d/%m/%Y} – {report['end']:%d/%m/%Y}"])
    for label, value in report["labels"]:
        sheet.append([label, _cell(value)])
    tab = book.create_sheet(_("Hồ sơ quá hạn"))
    _bold_row(tab, [_("Mã hồ sơ"), _("Thủ tục"), _("Hẹn trả"), _("Lý do")])
    for d in report["overdue"]:
        tab.append(
            [
                d.code,
                d.procedure.name,
                timezone.localtime(d.due_at).strftime("%H:%M %d/%m/%Y"),
                "; ".join(d.delay_reasons),
            ]
        )
    tab = book.create_sheet(_("Trễ hạn chưa xin lỗi"))
    _bold_row(tab, [_("Mã hồ sơ"), _("Thủ tục"), _("Hẹn trả"), _("Có kết quả")])
    for d in report["late_without_apology"]:
        tab.append(
            [
                d.code,
                d.procedure.name,
                timezone.localtime(d.due_at).strftime("%H:%M %d/%m/%Y")
                if d.due_at
                else "",
                timezone.localtime(d.finished_at).strftime("%H:%M %d/%m/%Y"),
            ]
        )
    for title, rows in (
        (_("Từ chối theo thủ tục"), report["refusals"]),
        (_("Yêu cầu bổ sung theo thủ tục"), report["supplements"]),
    ):
        tab = book.create_sheet(title[:31])
        _bold_row(tab, [_("Mã thủ tục"), _("Thủ tục"), _("Số hồ sơ")])
        for row in rows:
            tab.append([row["procedure__code"], row["procedure__name"], row["n"]])
    return _response(book, f"kiem-tra-{report['agency'].code}")


def inspection_pdf(report: dict) -> HttpResponse:
    from weasyprint import HTML

    html = render_to_string("kpi/inspection_pdf.html", {"report": report})
    pdf = HTML(string=html).write_pdf()
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="kiem-tra-{report["agency"].code}.pdf"'
    )
    return response
