"""What each slip says, read from the dossier and its history (DOMAIN §9).

Every slip is issued by one event of the dossier's history: the receipt, a
supplement request, the refusal, the apology, the withdrawal or stop. A slip whose
event has not happened yet is refused with a DomainError, never printed blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, Role, User
from motcua.catalog.models import WorkflowStep
from motcua.core.errors import DomainError
from motcua.core.services import calendar_for
from motcua.core.workcal import LimitUnit, WorkCalendar
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.slips.models import SlipType

T = SlipType


@dataclass(frozen=True)
class SlipForm:
    """Name a form of Circular 03/2025: number, abbreviation and template."""

    type: str
    number: str
    abbreviation: str
    template: str

    @property
    def title(self) -> str:
        return str(SlipType(self.type).label)


FORMS = {
    form.type: form
    for form in (
        SlipForm(T.RECEIPT, "01", "TN", "slips/receipt.html"),
        SlipForm(T.SUPPLEMENT, "02", "BS", "slips/supplement.html"),
        SlipForm(T.REFUSAL, "03", "TC", "slips/refusal.html"),
        SlipForm(T.APOLOGY, "04", "XL", "slips/apology.html"),
        SlipForm(T.STOP, "05", "DG", "slips/stop.html"),
        SlipForm(T.CONTROL, "06", "KS", "slips/control.html"),
        SlipForm(T.BOOK, "07", "STD", "slips/book.html"),
    )
}
# The slips printed for one dossier; the book (07) is a register of many.
DOSSIER_SLIPS = tuple(t for t in FORMS if t != T.BOOK)


# ---------------------------------------------------------------- formatting


def local(moment: datetime) -> datetime:
    return timezone.localtime(moment)


def date_text(moment: datetime | date | None) -> str:
    """Return `dd/mm/yyyy`, or an empty string."""
    if moment is None:
        return ""
    if isinstance(moment, datetime):
        moment = local(moment)
    return f"{moment:%d/%m/%Y}"


def moment_text(moment: datetime | None) -> str:
    """Return `hh:mm ngày dd/mm/yyyy`, as the slips write a moment."""
    if moment is None:
        return ""
    moment = local(moment)
    return _("%(time)s ngày %(date)s") % {
        "time": f"{moment:%H:%M}",
        "date": f"{moment:%d/%m/%Y}",
    }


def place_date_text(day: date) -> str:
    """Return `Lạng Sơn, ngày 02 tháng 03 năm 2026` for the top of a slip."""
    return _("%(place)s, ngày %(day)s tháng %(month)s năm %(year)s") % {
        "place": settings.MOTCUA["PROVINCE_NAME"],
        "day": f"{day:%d}",
        "month": f"{day:%m}",
        "year": f"{day:%Y}",
    }


def _iso(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


# ---------------------------------------------------------------- what a slip holds


@dataclass
class Signature:
    title: str
    hint: str
    name: str = ""


@dataclass
class SlipContent:
    """What a slip of one dossier shows, and the event and unit that issue it."""

    form: SlipForm
    unit: Agency
    event: DossierEvent
    day: date
    data: dict = field(default_factory=dict)
    signatures: list[Signature] = field(default_factory=list)


def _last(events: list[DossierEvent], *verbs: str) -> DossierEvent | None:
    for event in reversed(events):
        if event.verb in verbs:
            return event
    return None


def _first(events: list[DossierEvent], *verbs: str) -> DossierEvent | None:
    return next((event for event in events if event.verb in verbs), None)


def _received_event(
    dossier: Dossier, events: list[DossierEvent], form: SlipForm
) -> DossierEvent:
    event = _last(events, "received")
    if event is None:
        raise DomainError(
            _("Hồ sơ %(code)s chưa được tiếp nhận nên chưa có «%(title)s».")
            % {"code": dossier.code, "title": form.title}
        )
    return event


def _officer(event: DossierEvent) -> str:
    actor = event.actor
    return actor.full_name if actor is not None and actor.is_official else ""


def _applicant_signature(dossier: Dossier) -> Signature:
    return Signature(
        _("NGƯỜI NỘP HỒ SƠ"), _("(Ký và ghi rõ họ tên)"), dossier.applicant_name
    )


def _head_of(agency: Agency, event: DossierEvent) -> str:
    """Return the name of the agency's head: the signer if a head, else its leader."""
    actor = event.actor
    if actor is not None and actor.is_official and actor.has_role(Role.AGENCY_LEADER):
        return actor.full_name
    head = (
        User.objects.filter(
            agency=agency, roles__role=Role.AGENCY_LEADER, is_active=True
        )
        .order_by("pk")
        .values_list("full_name", flat=True)
        .first()
    )
    return head or _officer(event)


def _result_place(dossier: Dossier) -> str:
    reception = dossier.reception
    if dossier.delivery == Dossier.Delivery.POST:
        return _("Qua dịch vụ bưu chính công ích, đến địa chỉ: %(address)s") % {
            "address": dossier.delivery_address or dossier.applicant_address
        }
    if dossier.delivery == Dossier.Delivery.ONLINE:
        return _(
            "Trực tuyến trên Cổng dịch vụ công: tải kết quả bằng tài khoản đã nộp hồ sơ"
        )
    place = reception.name
    if reception.address:
        place = f"{place}, {reception.address}"
    return _("Nhận trực tiếp tại %(place)s") % {"place": place}


def _receipt(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    event = _received_event(dossier, events, FORMS[T.RECEIPT])
    attached = set(
        dossier.documents.filter(
            kind="component", withdrawn=False, component__isnull=False
        ).values_list("component_id", flat=True)
    )
    # On paper the counter checked the dossier complete; online, what was uploaded.
    on_paper = dossier.channel != Dossier.Channel.ONLINE
    components = [
        {"name": c.name, "quantity": c.quantity_display()}
        for c in dossier.procedure.components.all()
        if c.pk in attached or (on_paper and c.required)
    ]
    due_at = _iso(event.data.get("due_at")) or dossier.due_at
    return SlipContent(
        form=FORMS[T.RECEIPT],
        unit=dossier.reception,
        event=event,
        day=local(event.at).date(),
        data={
            "components": components,
            "limit": dossier.procedure.limit_display(),
            "received": moment_text(event.at),
            "due": moment_text(due_at),
            "due_date": date_text(due_at),
            "channel": dossier.get_channel_display(),
            "delivery": dossier.get_delivery_display(),
            "result_place": _result_place(dossier),
        },
        signatures=[
            _applicant_signature(dossier),
            Signature(
                _("NGƯỜI TIẾP NHẬN HỒ SƠ"), _("(Ký và ghi rõ họ tên)"), _officer(event)
            ),
        ],
    )


def _supplement(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    event = _last(events, "supplement_requested")
    if event is None:
        raise DomainError(
            _("Hồ sơ %(code)s chưa có yêu cầu bổ sung, hoàn thiện nào.")
            % {"code": dossier.code}
        )
    items = event.data.get("items") or [
        line for line in event.reason.splitlines() if line.strip()
    ]
    unit = event.actor_agency or dossier.reception
    officer = event.actor
    phone = (officer.phone if officer is not None else "") or unit.phone
    before_receipt = event.from_status == Dossier.Status.SUBMITTED
    return SlipContent(
        form=FORMS[T.SUPPLEMENT],
        unit=unit,
        event=event,
        day=local(event.at).date(),
        data={
            "items": items,
            "override_reason": event.data.get("override_reason", ""),
            "requested": moment_text(event.at),
            "before_receipt": before_receipt,
            "stop_days": settings.MOTCUA["SUPPLEMENT_STOP_DAYS"],
            "officer": _officer(event),
            "officer_unit": unit.name,
            "phone": phone,
        },
        signatures=[
            Signature(_("NGƯỜI HƯỚNG DẪN"), _("(Ký và ghi rõ họ tên)"), _officer(event))
        ],
    )


def _refusal(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    event = _last(events, "refused")
    if event is None:
        raise DomainError(
            _("Hồ sơ %(code)s không bị từ chối tiếp nhận, không có phiếu từ chối.")
            % {"code": dossier.code}
        )
    reasons = event.data.get("reasons") or [
        line for line in event.reason.splitlines() if line.strip()
    ]
    return SlipContent(
        form=FORMS[T.REFUSAL],
        unit=event.actor_agency or dossier.reception,
        event=event,
        day=local(event.at).date(),
        data={"reasons": reasons, "submitted": moment_text(dossier.submitted_at)},
        signatures=[
            Signature(
                _("NGƯỜI TIẾP NHẬN HỒ SƠ"), _("(Ký và ghi rõ họ tên)"), _officer(event)
            )
        ],
    )


def _apology(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    event = _last(events, "apologised")
    if event is None:
        raise DomainError(
            _("Hồ sơ %(code)s chưa có phiếu xin lỗi và hẹn lại ngày trả kết quả.")
            % {"code": dossier.code}
        )
    received = _last(events, "received")
    original = _iso(event.data.get("due_at")) or dossier.due_at
    new = _iso(event.data.get("new_appointment")) or dossier.appointment_at
    return SlipContent(
        form=FORMS[T.APOLOGY],
        unit=dossier.agency,
        event=event,
        day=local(event.at).date(),
        data={
            "received_date": date_text(received.at if received else None),
            "original": moment_text(original),
            "new": moment_text(new),
            "new_date": date_text(new),
            "reason": event.reason,
        },
        signatures=[
            Signature(
                _("THỦ TRƯỞNG CƠ QUAN"),
                _("(Ký, ghi rõ họ tên và đóng dấu)"),
                _head_of(dossier.agency, event),
            )
        ],
    )


def _stop(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    event = _last(events, "withdrawn", "stopped")
    if event is None:
        raise DomainError(
            _(
                "Hồ sơ %(code)s không bị rút hoặc dừng giải quyết, không có thông "
                "báo dừng."
            )
            % {"code": dossier.code}
        )
    withdrawn = event.verb == "withdrawn"
    received = _last(events, "received") is not None
    unit = event.actor_agency or (
        dossier.agency if received and not withdrawn else dossier.reception
    )
    asked = event
    if event.verb == "stopped" and event.actor_id is None:
        # Stopped by the periodic check: the unanswered supplement request.
        asked = _last(events, "supplement_requested") or event
    if unit.pk == dossier.reception_id:
        signature = Signature(
            _("NGƯỜI TIẾP NHẬN HỒ SƠ"), _("(Ký và ghi rõ họ tên)"), _officer(event)
        )
    else:
        signature = Signature(
            _("THỦ TRƯỞNG CƠ QUAN"),
            _("(Ký, ghi rõ họ tên và đóng dấu)"),
            _head_of(unit, event),
        )
    return SlipContent(
        form=FORMS[T.STOP],
        unit=unit,
        event=event,
        day=local(event.at).date(),
        data={
            "withdrawn": withdrawn,
            "unanswered": asked is not event,
            "asked_date": date_text(asked.at),
            "stopped_date": date_text(event.at),
            "received": moment_text(dossier.received_at),
            "reason": event.reason,
        },
        signatures=[signature],
    )


# ---------------------------------------------------------------- control slip


@dataclass
class ControlRow:
    giver: str
    giver_note: str
    taker: str
    taker_note: str
    at: str
    result: str
    note: str


class _StepClock:
    """Follow the workflow step in hand and its due moment through the history."""

    def __init__(self, dossier: Dossier, calendar: WorkCalendar) -> None:
        self.dossier = dossier
        self.calendar = calendar
        self.steps = {step.name: step for step in dossier.procedure.steps.all()}
        self.ordered = sorted(self.steps.values(), key=lambda s: s.order)
        self.step: WorkflowStep | None = None
        self.started: datetime | None = None
        self.paused = 0
        # The deciding agency when each event happened: an agency abolished in
        # the 2025 reform handed its open dossiers to its successor.
        self.deciding = dossier.agency.name

    def unit(self, step: WorkflowStep | None) -> str:
        """Return the name of the unit acting in a step."""
        if step is not None and step.actor == WorkflowStep.Actor.RECEPTION:
            return self.dossier.reception.name
        if (
            step is not None
            and step.actor == WorkflowStep.Actor.CONSULTED
            and step.agency is not None
        ):
            return step.agency.name
        return self.deciding

    def start(self, step: WorkflowStep | None, at: datetime) -> None:
        self.step, self.started, self.paused = step, at, 0

    def due(self) -> datetime | None:
        """Return the step's due moment: its share of the limit from its start."""
        step, limit = self.step, self.dossier.procedure.time_limit
        if step is None or self.started is None or not step.share:
            return None
        minutes = limit.working_minutes
        if minutes is not None:
            budget = int((step.share * minutes).to_integral_value())
            return self.calendar.add_working_minutes(self.started, budget + self.paused)
        if limit.unit == LimitUnit.CALENDAR_DAYS:
            days = step.share * limit.value
            due = self.started + timedelta(minutes=int(days * Decimal(24 * 60)))
            return self.calendar.add_working_minutes(due, self.paused)
        return None

    def result(self, at: datetime) -> str:
        """Return early, on time or late for the step ending at `at`, or ''."""
        verdict = self.calendar.timeliness(result_at=at, due_at=self.due())
        return str(Dossier.Timeliness(str(verdict)).label) if verdict else ""


def _step_name(step: WorkflowStep | None) -> str:
    return step.name if step is not None else ""


def _control(dossier: Dossier, events: list[DossierEvent]) -> SlipContent:
    received = _received_event(dossier, events, FORMS[T.CONTROL])
    calendar = calendar_for(office_hours=dossier.reception.office_hours)
    clock = _StepClock(dossier, calendar)
    clock.start(clock.ordered[0] if clock.ordered else None, received.at)
    if dossier.clock_started_at and dossier.clock_started_at > received.at:
        clock.started = dossier.clock_started_at
    first_transfer = _first(events, "agency_transferred")
    if first_transfer is not None:
        clock.deciding = (
            Agency.objects.filter(code=first_transfer.data.get("from_agency"))
            .values_list("name", flat=True)
            .first()
            or clock.deciding
        )
    applicant = _("Người nộp hồ sơ")
    rows: list[ControlRow] = []

    def row(giver, giver_note, taker, taker_note, event, result="", note=""):
        actor = _officer(event)
        if actor:
            giver_note = f"{giver_note} ({actor})" if giver_note else actor
        rows.append(
            ControlRow(
                giver=giver,
                giver_note=giver_note,
                taker=taker,
                taker_note=taker_note,
                at=moment_text(event.at),
                result=result,
                note=note,
            )
        )

    for event in events[events.index(received) + 1 :]:
        verb, data = event.verb, event.data
        here = clock.unit(clock.step)
        if verb in ("processing_started", "step_moved", "step_returned"):
            name = data.get("step") if verb == "processing_started" else None
            target = clock.steps.get(name or data.get("to_step", ""))
            note = event.reason
            if verb == "step_returned":
                note = " ".join(filter(None, [_("Trả lại bước trước."), note]))
            row(
                here,
                _step_name(clock.step),
                clock.unit(target),
                _step_name(target),
                event,
                clock.result(event.at),
                note,
            )
            clock.start(target, event.at)
        elif verb == "supplement_requested":
            items = "; ".join(data.get("items", []))
            row(
                here,
                _step_name(clock.step),
                applicant,
                "",
                event,
                note=_("Yêu cầu bổ sung: %(items)s") % {"items": items},
            )
        elif verb == "supplement_provided":
            clock.paused += int(data.get("paused_minutes", 0))
            row(
                applicant,
                "",
                here,
                _step_name(clock.step),
                event,
                note=_("Đã bổ sung hồ sơ; tạm dừng %(hours)s giờ làm việc.")
                % {"hours": _hours(int(data.get("paused_minutes", 0)))},
            )
        elif verb == "finished":
            last = clock.ordered[-1] if clock.ordered else None
            target = (
                last
                if last is not None and last.actor == WorkflowStep.Actor.RECEPTION
                else None
            )
            outcome = (
                Dossier.Outcome(data["outcome"]).label if "outcome" in data else ""
            )
            row(
                here,
                _step_name(clock.step),
                dossier.reception.name,
                _step_name(target),
                event,
                clock.result(event.at),
                " ".join(filter(None, [str(outcome), event.reason])),
            )
            clock.start(target, event.at)
        elif verb == "returned":
            row(
                dossier.reception.name,
                _step_name(clock.step),
                applicant,
                "",
                event,
                clock.result(event.at),
                str(Dossier.Delivery(data.get("delivery", dossier.delivery)).label),
            )
        elif verb == "consulted":
            row(
                here,
                _step_name(clock.step),
                data.get("agency_name", ""),
                _("Cơ quan phối hợp"),
                event,
                note=_("Đề nghị phối hợp: %(request)s") % {"request": event.reason},
            )
        elif verb == "consult_answered":
            hours = _hours(int(data.get("working_minutes") or 0))
            row(
                data.get("agency_name", ""),
                _("Cơ quan phối hợp"),
                here,
                _step_name(clock.step),
                event,
                note=_("Trả lời sau %(hours)s giờ làm việc: %(answer)s")
                % {"hours": hours, "answer": event.reason},
            )
        elif verb == "agency_transferred":
            names = dict(
                Agency.objects.filter(
                    code__in=[data.get("from_agency"), data.get("to_agency")]
                ).values_list("code", "name")
            )
            giver = names.get(data.get("from_agency"), clock.deciding)
            clock.deciding = names.get(data.get("to_agency"), dossier.agency.name)
            row(giver, "", clock.deciding, "", event, note=event.reason)
        elif verb in ("withdrawn", "stopped"):
            label = _("Rút hồ sơ") if verb == "withdrawn" else _("Dừng giải quyết")
            row(
                here,
                _step_name(clock.step),
                applicant,
                "",
                event,
                note=f"{label}: {event.reason}" if event.reason else label,
            )
    consulted = ", ".join(a.name for a in dossier.consulted.all())
    timeliness = (
        str(Dossier.Timeliness(dossier.timeliness).label) if dossier.timeliness else ""
    )
    return SlipContent(
        form=FORMS[T.CONTROL],
        unit=dossier.reception,
        event=received,
        day=timezone.localdate(),
        data={
            "rows": rows,
            "consulted": consulted,
            "received": moment_text(received.at),
            "due": moment_text(dossier.due_at),
            "appointment": moment_text(dossier.appointment_at),
            "limit": dossier.procedure.limit_display(),
            "timeliness": timeliness,
            "status": dossier.get_status_display(),
        },
    )


def _hours(minutes: int) -> str:
    hours = Decimal(minutes) / 60
    return f"{hours.quantize(Decimal('0.01')).normalize():f}".replace(".", ",")


BUILDERS = {
    T.RECEIPT: _receipt,
    T.SUPPLEMENT: _supplement,
    T.REFUSAL: _refusal,
    T.APOLOGY: _apology,
    T.STOP: _stop,
    T.CONTROL: _control,
}


def slip_content(*, dossier: Dossier, slip_type: str) -> SlipContent:
    """Return what a slip of the dossier shows, or raise DomainError if not issued."""
    if slip_type not in BUILDERS:
        raise DomainError(_("Không có loại phiếu «%(type)s».") % {"type": slip_type})
    events = list(
        dossier.events.select_related("actor", "actor_agency").order_by("seq")
    )
    return BUILDERS[slip_type](dossier, events)
