"""Reads for the citizen's pages: their own dossiers, and the public look-up."""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Component, CounterGroup, Procedure
from motcua.core.services import calendar_for
from motcua.core.workcal import WorkCalendar
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent

S = Dossier.Status
MINUTES_PER_WORKING_DAY = 480

# What each event of the history means, in the applicant's words.
EVENT_LABELS = {
    "created": gettext_lazy("Tạo bản nháp"),
    "submitted": gettext_lazy("Nộp hồ sơ trực tuyến"),
    "received": gettext_lazy("Tiếp nhận hồ sơ"),
    "refused": gettext_lazy("Từ chối tiếp nhận"),
    "supplement_requested": gettext_lazy("Yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "supplement_provided": gettext_lazy("Đã bổ sung giấy tờ"),
    "withdrawn": gettext_lazy("Rút hồ sơ"),
    "processing_started": gettext_lazy("Chuyển xử lý"),
    "step_moved": gettext_lazy("Chuyển bước xử lý"),
    "step_returned": gettext_lazy("Chuyển lại bước trước"),
    "claimed": gettext_lazy("Cán bộ nhận xử lý"),
    "released": gettext_lazy("Cán bộ trả lại hồ sơ để phân công"),
    "payment_requested": gettext_lazy("Yêu cầu thực hiện nghĩa vụ tài chính"),
    "paid": gettext_lazy("Đã thanh toán phí, lệ phí"),
    "finished": gettext_lazy("Đã có kết quả giải quyết"),
    "returned": gettext_lazy("Đã trả kết quả"),
    "stopped": gettext_lazy("Dừng xử lý"),
    "apologised": gettext_lazy("Xin lỗi và hẹn lại ngày trả kết quả"),
    "agency_transferred": gettext_lazy("Chuyển cơ quan giải quyết"),
}
# The statuses of a dossier as the applicant would say them.
PLAIN_STATUS = {
    S.DRAFT: gettext_lazy("Bản nháp, chưa nộp"),
    S.SUBMITTED: gettext_lazy("Đã nộp, chờ tiếp nhận"),
    S.RECEIVED: gettext_lazy("Đã tiếp nhận"),
    S.REFUSED: gettext_lazy("Không được tiếp nhận"),
    S.IN_PROGRESS: gettext_lazy("Đang giải quyết"),
    S.SUPPLEMENT_REQUESTED: gettext_lazy("Cần bổ sung giấy tờ"),
    S.PAYMENT_REQUESTED: gettext_lazy("Chờ nộp phí, lệ phí"),
    S.WITHDRAWN: gettext_lazy("Đã rút hồ sơ"),
    S.STOPPED: gettext_lazy("Đã dừng giải quyết"),
    S.FINISHED: gettext_lazy("Đã có kết quả, chờ nhận"),
    S.RETURNED: gettext_lazy("Đã trả kết quả"),
}
# Kinds of files the applicant may see and download (never internal papers).
VISIBLE_KINDS = (
    DossierDocument.Kind.COMPONENT,
    DossierDocument.Kind.SUPPLEMENT,
    DossierDocument.Kind.RESULT,
)


def plain_status(status: str) -> str:
    """Return a dossier status in plain words."""
    return str(PLAIN_STATUS.get(status, status))


def event_label(verb: str) -> str:
    """Return what an event of the history means, in plain words."""
    return str(EVENT_LABELS.get(verb, verb))


# ---------------------------------------------------------------- catalog


def agencies_with_procedures() -> list[tuple[str, str]]:
    """Return (code, name) of the deciding agencies that have published procedures."""
    return list(
        Agency.objects.filter(procedures__state=Procedure.State.PUBLISHED)
        .values_list("code", "name")
        .distinct()
        .order_by("name")
    )


def procedure_levels() -> list[tuple[str, str]]:
    """Return the implementing levels still in use (no district level since 2025)."""
    return [
        (value, label)
        for value, label in Procedure.Level.choices
        if value != Procedure.Level.DISTRICT
    ]


def procedure_for_submit(*, code: str) -> Procedure:
    """Return a published procedure with its papers, or raise Http404."""
    procedure = (
        Procedure.objects.filter(state=Procedure.State.PUBLISHED, code=code)
        .select_related("agency", "field")
        .prefetch_related("components", "fees")
        .first()
    )
    if procedure is None:
        raise Http404
    return procedure


def procedure_counter_groups(*, procedure: Procedure) -> QuerySet[CounterGroup]:
    """Return the counter groups where the procedure is served, with their unit."""
    return procedure.counter_groups.select_related("reception")


def component_with_template(*, procedure_code: str, component_id: int) -> Component:
    """Return a published procedure's component that has a template file."""
    component = (
        Component.objects.filter(
            pk=component_id,
            procedure__code=procedure_code,
            procedure__state=Procedure.State.PUBLISHED,
        )
        .exclude(template_file="")
        .first()
    )
    if component is None:
        raise Http404
    return component


def commune_choices(*, on: datetime | None = None) -> QuerySet[Agency]:
    """Return the communes and wards that take new dossiers today."""
    day = timezone.localdate(on or timezone.now())
    return (
        Agency.objects.filter(level=Agency.Level.COMMUNE)
        .exclude(active_to__lt=day)
        .exclude(active_from__gt=day)
        .order_by("name")
    )


# ---------------------------------------------------------------- own dossiers


def own_dossiers(*, user: User) -> QuerySet[Dossier]:
    """Return the dossiers of this account (a citizen's or an organisation's own).

    Starts from the owner, never from an official's scope: "my dossiers" of an
    official are the ones they applied for themselves.
    """
    if not user.is_authenticated:
        return Dossier.objects.none()
    return Dossier.objects.filter(owner=user).select_related(
        "procedure", "agency", "reception"
    )


def own_dossier_list(*, user: User) -> list[Dossier]:
    """Return the account's dossiers, drafts first, newest first, with days left.

    Each dossier gets `plain_status` and, when open with a due moment,
    `days_left` (working days, may be 0) and `overdue`.
    """
    dossiers = list(own_dossiers(user=user).order_by("-updated_at", "-pk")[:500])
    annotate_days_left(dossiers)
    dossiers.sort(key=lambda d: d.status != S.DRAFT)
    return dossiers


def annotate_days_left(dossiers: list[Dossier], now: datetime | None = None) -> None:
    """Set `plain_status`, `days_left` and `overdue` on each dossier."""
    now = now or timezone.now()
    calendars: dict[str, WorkCalendar] = {}
    for dossier in dossiers:
        dossier.plain_status = plain_status(dossier.status)
        dossier.days_left = None
        dossier.overdue = False
        due = dossier.effective_due_at
        if not (dossier.is_open and due):
            continue
        hours = dossier.reception.office_hours
        if hours not in calendars:
            calendars[hours] = calendar_for(office_hours=hours)
        if due <= now:
            dossier.overdue = True
            dossier.days_left = 0
            continue
        minutes = calendars[hours].working_minutes_between(now, due)
        # Whole working days left; under one day reads "less than a day".
        dossier.days_left = minutes // MINUTES_PER_WORKING_DAY


def own_draft_get(*, user: User, pk: int) -> Dossier:
    """Return one of the account's dossiers by id (drafts have no code yet)."""
    dossier = (
        own_dossiers(user=user)
        .prefetch_related("procedure__components", "procedure__fees")
        .filter(pk=pk)
        .first()
    )
    if dossier is None:
        raise Http404
    return dossier


def own_dossier_get(*, user: User, code: str) -> Dossier:
    """Return one of the account's submitted dossiers by code, or raise Http404."""
    dossier = own_dossiers(user=user).filter(code=code).first()
    if dossier is None:
        raise Http404
    return dossier


def own_drafts_for_procedure(*, user: User, procedure: Procedure) -> list[Dossier]:
    """Return the account's unfinished drafts of one procedure."""
    return list(
        own_dossiers(user=user)
        .filter(procedure=procedure, status=S.DRAFT)
        .order_by("-updated_at")
    )


def own_document_get(*, user: User, pk: int) -> DossierDocument:
    """Return a file of one of the account's dossiers that the applicant may see."""
    document = (
        DossierDocument.objects.filter(
            pk=pk, dossier__owner=user, kind__in=VISIBLE_KINDS
        )
        .select_related("dossier")
        .first()
    )
    if document is None or not user.is_authenticated:
        raise Http404
    return document


def dossier_documents(*, dossier: Dossier) -> list[DossierDocument]:
    """Return the current files of a dossier the applicant may see."""
    return list(
        dossier.documents.filter(withdrawn=False, kind__in=VISIBLE_KINDS)
        .select_related("component")
        .order_by("kind", "component__order", "uploaded_at", "pk")
    )


def draft_documents_by_component(*, dossier: Dossier) -> dict[int, list]:
    """Return the current files of a draft, grouped by component id."""
    grouped: dict[int, list] = {}
    for document in dossier.documents.filter(
        withdrawn=False, kind=DossierDocument.Kind.COMPONENT
    ).order_by("uploaded_at", "pk"):
        grouped.setdefault(document.component_id, []).append(document)
    return grouped


@dataclass
class TimelineEntry:
    """One line of a dossier's history as shown to the applicant or the public."""

    at: datetime
    label: str
    status: str
    unit: str
    reason: str
    items: list[str]


def dossier_timeline(*, dossier: Dossier, public: bool = False) -> list[TimelineEntry]:
    """Return the history: time, what happened, the acting unit (never a person).

    The public look-up leaves out reasons and items, which may name people.
    """
    entries = []
    events = (
        DossierEvent.objects.filter(dossier_id=dossier.pk)
        .select_related("actor_agency")
        .only(
            "at",
            "verb",
            "to_status",
            "reason",
            "data",
            "actor_agency__name",
            "actor_id",
        )
        .order_by("seq")
    )
    for event in events:
        if event.actor_agency is not None:
            unit = event.actor_agency.name
        elif event.actor_id is not None and event.actor_id == dossier.owner_id:
            unit = _("Người nộp hồ sơ")
        elif event.actor_id is None:
            unit = _("Hệ thống")
        else:
            unit = _("Người nộp hồ sơ")
        items = event.data.get("items", []) if isinstance(event.data, dict) else []
        entries.append(
            TimelineEntry(
                at=event.at,
                label=event_label(event.verb),
                status=plain_status(event.to_status),
                unit=unit,
                reason="" if public else event.reason,
                items=[] if public else [str(item) for item in items],
            )
        )
    return entries


def supplement_items(*, dossier: Dossier) -> list[str]:
    """Return what the last supplement request asked for, item by item."""
    event = dossier.events.filter(verb="supplement_requested").order_by("-seq").first()
    if event is None:
        return []
    items = event.data.get("items") if isinstance(event.data, dict) else None
    if items:
        return [str(item) for item in items]
    return [line for line in event.reason.splitlines() if line.strip()]


# ---------------------------------------------------------------- public look-up

_NO_PIN = "0" * 6


def dossier_lookup(*, code: str, pin: str) -> Dossier | None:
    """Return the dossier with this code and PIN, or None.

    An unknown code and a wrong PIN give the same None, after the same comparison,
    so the answer tells nothing about which codes exist.
    """
    code = code.strip().upper()[:60]
    pin = pin.strip()[:8]
    dossier = (
        Dossier.objects.filter(code=code)
        .exclude(status=S.DRAFT)
        .select_related("procedure", "agency", "reception")
        .first()
        if code
        else None
    )
    expected = dossier.pin if dossier is not None and dossier.pin else _NO_PIN
    matches = hmac.compare_digest(expected.encode(), pin.encode())
    if dossier is None or not dossier.pin or not matches:
        return None
    return dossier


def lookup_url(dossier: Dossier) -> str:
    """Return the path of the public look-up of a dossier (for the QR code of slips).

    Relative to the site root, e.g. `/tra-cuu/?ma=000.00.70.H37-260302-0001&pin=234567`.
    """
    query = urlencode({"ma": dossier.code or "", "pin": dossier.pin or ""})
    return f"{reverse('portal:lookup')}?{query}"
