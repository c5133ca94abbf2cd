"""Queue tickets and counters: issue, open, call next, recall, skip, transfer.

Every change locks the counter row first, then takes the ticket with
`SELECT ... FOR UPDATE SKIP LOCKED`: two counters calling at the same moment each
get a different ticket, and neither waits for the other.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial

from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, Role, User
from motcua.catalog.models import CounterGroup, Procedure
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_list_for
from motcua.dossiers.services import Applicant, Delivery, dossier_receive_direct
from motcua.floor import broadcast
from motcua.floor.models import Counter, Hall, Kiosk, ScreenEvent, Ticket, TicketSeries
from motcua.floor.selectors import hall_board, tickets_waiting_for


def _now(at: datetime | None) -> datetime:
    return at or timezone.now()


def _seconds(start: datetime | None, end: datetime) -> int:
    if start is None:
        return 0
    return max(0, int((end - start).total_seconds()))


# ---------------------------------------------------------------- screens


def screen_event_record(
    *, hall: Hall, kind: str, counter: Counter | None = None, payload: dict
) -> ScreenEvent:
    """Write a screen event in this transaction; push it to the screens after commit."""
    event = ScreenEvent.objects.create(
        hall=hall, counter=counter, kind=kind, payload=payload
    )
    transaction.on_commit(partial(broadcast.event_publish, broadcast.event_dict(event)))
    return event


def _announce(*, counter: Counter, kind: str, ticket: Ticket | None) -> None:
    number = ticket.number if ticket else ""
    day = ticket.day if ticket else None
    payload = {
        "number": number,
        "counter_label": counter.label,
        "counter_number": counter.number,
        "board": hall_board(hall=counter.hall, day=day, with_ready=False),
        # What the counter's own screen shows: the ticket called, or nothing.
        "counter_board": {
            "counter": counter.label,
            "is_open": counter.is_open,
            "number": number,
        },
    }
    screen_event_record(hall=counter.hall, counter=counter, kind=kind, payload=payload)


def _queue_changed(*, reception_id: int, day=None) -> None:
    for hall in Hall.objects.filter(reception_id=reception_id):
        board = hall_board(hall=hall, day=day, with_ready=False)
        screen_event_record(
            hall=hall, kind=ScreenEvent.Kind.QUEUE, payload={"board": board}
        )


# ---------------------------------------------------------------- issuing


def ticket_number_next(*, group: CounterGroup, day) -> int:
    """Return the next number of a group for a day; numbering restarts each day.

    One upsert takes the number: on PostgreSQL its row lock, held until commit,
    makes two kiosks wait for each other instead of sharing a number.
    """
    table = TicketSeries._meta.db_table
    sql = (
        f"INSERT INTO {table} (group_id, day, last) VALUES (%s, %s, 1) "  # noqa: S608
        f"ON CONFLICT (group_id, day) DO UPDATE SET last = {table}.last + 1 "
        "RETURNING last"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [group.pk, day])
        (number,) = cursor.fetchone()
    return number


@transaction.atomic
def ticket_issue(
    *,
    reception: Agency,
    group: CounterGroup | None = None,
    procedure: Procedure | None = None,
    priority_reason: str = "",
    kiosk: Kiosk | None = None,
    at: datetime | None = None,
) -> Ticket:
    """Give a visitor the next number of a counter group (or of a procedure's group)."""
    at = _now(at)
    if group is None and procedure is not None:
        group = procedure.counter_groups.filter(reception=reception).first()
        if group is None:
            raise DomainError(
                _(
                    "Thủ tục này không tiếp nhận tại đây. Hãy hỏi cán bộ hướng dẫn "
                    "hoặc chọn nhóm quầy."
                )
            )
    if group is None:
        raise ValidationFailed({"group": [_("Hãy chọn nhóm quầy hoặc thủ tục.")]})
    if group.reception_id != reception.pk:
        raise ValidationFailed(
            {"group": [_("Nhóm quầy này không thuộc bộ phận tiếp nhận này.")]}
        )
    if priority_reason and priority_reason not in Ticket.Priority.values:
        raise ValidationFailed(
            {"priority_reason": [_("Đối tượng ưu tiên không hợp lệ.")]}
        )
    day = timezone.localdate(at)
    seq = ticket_number_next(group=group, day=day)
    ticket = Ticket.objects.create(
        reception=reception,
        group=group,
        procedure=procedure,
        day=day,
        seq=seq,
        number=f"{group.code}-{seq:04d}",
        is_priority=bool(priority_reason),
        priority_reason=priority_reason,
        kiosk=kiosk,
        issued_at=at,
    )
    _queue_changed(reception_id=reception.pk, day=day)
    return ticket


# ---------------------------------------------------------------- counters


def _require_reception_officer(*, actor: User, reception_id: int) -> None:
    if not (
        actor.is_authenticated
        and actor.is_official
        and actor.agency_id
        and actor.has_role(Role.RECEPTION_OFFICER)
        and Agency.objects.filter(
            pk=reception_id, path__startswith=actor.agency.path
        ).exists()
    ):
        raise PermissionDenied(
            _("Chỉ cán bộ tiếp nhận của đơn vị này được làm việc tại quầy.")
        )


def _locked_counter(counter: Counter) -> Counter:
    return Counter.objects.select_for_update().select_related("hall").get(pk=counter.pk)


def _require_at_counter(counter: Counter, actor: User) -> None:
    if not counter.is_open:
        raise DomainError(_("Quầy chưa mở. Hãy mở quầy trước khi gọi số."))
    if counter.officer_id != actor.pk:
        raise PermissionDenied(_("Quầy này đang do cán bộ khác phụ trách."))


def _current(counter: Counter) -> Ticket | None:
    return (
        Ticket.objects.select_for_update()
        .filter(counter_id=counter.pk, status=Ticket.Status.CALLED)
        .first()
    )


def _finish(ticket: Ticket, at: datetime, status: str) -> None:
    ticket.status = status
    ticket.finished_at = at
    if status == Ticket.Status.DONE:
        ticket.service_seconds += _seconds(ticket.called_at, at)
    ticket.save(
        update_fields=["status", "finished_at", "service_seconds", "updated_at"]
    )


@transaction.atomic
def counter_open(
    *, counter: Counter, actor: User, at: datetime | None = None
) -> Counter:
    """Open a counter for this officer (one open counter per officer)."""
    at = _now(at)
    counter = _locked_counter(counter)
    _require_reception_officer(actor=actor, reception_id=counter.hall.reception_id)
    if counter.is_open and counter.officer_id not in (None, actor.pk):
        raise DomainError(
            _("Quầy đang do %(name)s phụ trách.")
            % {"name": counter.officer.full_name or counter.officer.username}
        )
    other = Counter.objects.filter(officer=actor, is_open=True).exclude(pk=counter.pk)
    if other.exists():
        raise DomainError(
            _("Bạn đang mở %(counter)s. Hãy đóng quầy đó trước.")
            % {"counter": other.first().label}
        )
    counter.is_open = True
    counter.officer = actor
    counter.opened_at = at
    counter.save(update_fields=["is_open", "officer", "opened_at", "updated_at"])
    _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
    return counter


@transaction.atomic
def counter_close(
    *, counter: Counter, actor: User, at: datetime | None = None
) -> Counter:
    """Close a counter; the ticket being served is recorded as served."""
    at = _now(at)
    counter = _locked_counter(counter)
    _require_at_counter(counter, actor)
    current = _current(counter)
    if current is not None:
        _finish(current, at, Ticket.Status.DONE)
    counter.is_open = False
    counter.officer = None
    counter.save(update_fields=["is_open", "officer", "updated_at"])
    _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
    return counter


@transaction.atomic
def ticket_call_next(
    *, counter: Counter, actor: User, at: datetime | None = None
) -> Ticket | None:
    """Finish the ticket being served and call the next one (None if nobody waits).

    Order: tickets transferred to this counter, then priority tickets, then the
    rest by the time they were taken.
    """
    at = _now(at)
    counter = _locked_counter(counter)
    _require_at_counter(counter, actor)
    current = _current(counter)
    if current is not None:
        _finish(current, at, Ticket.Status.DONE)
    group_ids = Counter.groups.through.objects.filter(counter_id=counter.pk).values(
        "countergroup_id"
    )
    candidates = tickets_waiting_for(
        counter=counter, group_ids=group_ids, day=timezone.localdate(at)
    )
    # Lock only the ticket rows; a locked row is being called by another counter.
    ticket = candidates.select_for_update(skip_locked=True, of=("self",)).first()
    if ticket is None:
        if current is not None:
            _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
        return None
    ticket.status = Ticket.Status.CALLED
    ticket.counter = counter
    ticket.target_counter = None
    ticket.called_at = at
    ticket.served_by = actor
    if ticket.first_called_at is None:
        ticket.first_called_at = at
        ticket.wait_seconds = _seconds(ticket.issued_at, at)
    ticket.save()
    _announce(counter=counter, kind=ScreenEvent.Kind.CALL, ticket=ticket)
    return ticket


def _serving(counter: Counter, actor: User) -> tuple[Counter, Ticket]:
    counter = _locked_counter(counter)
    _require_at_counter(counter, actor)
    current = _current(counter)
    if current is None:
        raise DomainError(_("Quầy chưa gọi số nào."))
    return counter, current


@transaction.atomic
def ticket_recall(*, counter: Counter, actor: User) -> Ticket:
    """Call the number being served again (screens show and read it again)."""
    counter, ticket = _serving(counter, actor)
    ticket.recalls += 1
    ticket.save(update_fields=["recalls", "updated_at"])
    _announce(counter=counter, kind=ScreenEvent.Kind.RECALL, ticket=ticket)
    return ticket


@transaction.atomic
def ticket_skip(*, counter: Counter, actor: User, at: datetime | None = None) -> Ticket:
    """Record that the visitor did not come when called (no-show)."""
    at = _now(at)
    counter, ticket = _serving(counter, actor)
    _finish(ticket, at, Ticket.Status.SKIPPED)
    _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
    return ticket


@transaction.atomic
def ticket_finish(
    *, counter: Counter, actor: User, at: datetime | None = None
) -> Ticket:
    """Record the end of the service of the ticket being served."""
    at = _now(at)
    counter, ticket = _serving(counter, actor)
    _finish(ticket, at, Ticket.Status.DONE)
    _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
    return ticket


@transaction.atomic
def ticket_transfer(
    *, counter: Counter, actor: User, target: Counter, at: datetime | None = None
) -> Ticket:
    """Send the visitor being served to another counter, ahead of its queue."""
    at = _now(at)
    counter, ticket = _serving(counter, actor)
    target = Counter.objects.select_related("hall").get(pk=target.pk)
    if target.pk == counter.pk:
        raise ValidationFailed({"target": [_("Hãy chọn một quầy khác.")]})
    if target.hall.reception_id != counter.hall.reception_id:
        raise ValidationFailed(
            {"target": [_("Chỉ chuyển được sang quầy của cùng bộ phận tiếp nhận.")]}
        )
    ticket.service_seconds += _seconds(ticket.called_at, at)
    ticket.status = Ticket.Status.WAITING
    ticket.counter = None
    ticket.target_counter = target
    ticket.transfers += 1
    ticket.save()
    _announce(counter=counter, kind=ScreenEvent.Kind.QUEUE, ticket=None)
    if target.hall_id != counter.hall_id:
        _queue_changed(reception_id=counter.hall.reception_id)
    return ticket


# ---------------------------------------------------------------- dossiers


def _ticket_for_dossier(ticket: Ticket, actor: User) -> Ticket:
    ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
    _require_reception_officer(actor=actor, reception_id=ticket.reception_id)
    if ticket.status not in (Ticket.Status.CALLED, Ticket.Status.DONE):
        raise DomainError(_("Chỉ lập hồ sơ cho số đã được gọi."))
    if ticket.dossier_id:
        raise DomainError(
            _("Số %(number)s đã gắn với hồ sơ %(code)s.")
            % {"number": ticket.number, "code": ticket.dossier.code}
        )
    return ticket


@transaction.atomic
def ticket_dossier_receive(
    *,
    ticket: Ticket,
    actor: User,
    procedure: Procedure,
    applicant: Applicant,
    delivery: Delivery | None = None,
    agency: Agency | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Receive a paper dossier at the counter for the visitor of this ticket."""
    ticket = _ticket_for_dossier(ticket, actor)
    dossier = dossier_receive_direct(
        procedure=procedure,
        reception=ticket.reception,
        applicant=applicant,
        actor=actor,
        agency=agency,
        delivery=delivery,
        at=at,
    )
    ticket.dossier = dossier
    if ticket.procedure_id is None:
        ticket.procedure = procedure
    ticket.save(update_fields=["dossier", "procedure", "updated_at"])
    return dossier


@transaction.atomic
def ticket_dossier_link(*, ticket: Ticket, actor: User, code: str) -> Dossier:
    """Link the ticket to a dossier already received (by its code)."""
    ticket = _ticket_for_dossier(ticket, actor)
    dossier = dossier_list_for(user=actor).filter(code=code.strip()).first()
    if dossier is None:
        raise ValidationFailed(
            {"code": [_("Không tìm thấy hồ sơ có mã này trong phạm vi của bạn.")]}
        )
    ticket.dossier = dossier
    ticket.save(update_fields=["dossier", "updated_at"])
    return dossier
