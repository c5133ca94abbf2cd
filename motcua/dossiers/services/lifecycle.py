"""Every change of a dossier's status: one service each (DOMAIN §6).

Each service locks the dossier row, checks who acts and from which status, writes
the dossier and appends one event to its hash-chained history, all in one
transaction. A second, concurrent change of the same dossier waits for the lock,
then finds the status moved on and is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import functools
from dataclasses import dataclass, field
from datetime import datetime

from django.db import router, transaction
from django.db.models import Exists, Expression, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, Role, User
from motcua.catalog.models import Procedure, WorkflowStep
from motcua.catalog.services import form_data_validate
from motcua.core.compiled import (
    CompiledQuery,
    attnames,
    insert_statement,
    instance,
    instance_of,
    pk_reserve,
    saved,
    statements_run,
    update_statement,
)
from motcua.core.errors import ConcurrentChange, DomainError, ValidationFailed
from motcua.core.services import calendar_for
from motcua.core.workcal import LimitUnit, WorkCalendar
from motcua.dossiers.models import FINAL_STATUSES, Dossier, DossierEvent
from motcua.dossiers.services.codes import dossier_code_next, pin_new
from motcua.dossiers.services.ledger import event_build, is_allowed
from motcua.dossiers.services.permissions import (
    Side,
    require_official,
    require_owner_or_reception,
)
from motcua.dossiers.validation import applicant_validate
from motcua.kpi.services import dossier_moved
from motcua.notifications.services import event_notify_schedule

S = Dossier.Status
# The key of a first event's data that holds the request's fingerprint, when the
# client sent an Idempotency-Key (`whole.submission_fingerprint`).
FINGERPRINT = "request_sha256"
RECEPTION_ROLES = (Role.RECEPTION_OFFICER,)
PROCESSING_ROLES = (
    Role.SPECIALIST,
    Role.UNIT_LEADER,
    Role.AGENCY_LEADER,
    Role.RECEPTION_OFFICER,
)
LEADER_ROLES = (Role.UNIT_LEADER, Role.AGENCY_LEADER)
ASSISTING_ROLES = (Role.RECEPTION_OFFICER, Role.GUIDANCE_MEMBER)


class InvalidTransition(DomainError):
    """The dossier is not in a status from which this action is allowed."""

    code = "invalid_transition"

    def __init__(self, current: str, target: str) -> None:
        super().__init__(
            _(
                "Hồ sơ đang ở trạng thái «%(current)s», không thể chuyển sang "
                "«%(target)s»."
            )
            % {"current": S(current).label, "target": S(target).label}
        )
        self.current = current
        self.target = target


@dataclass
class Applicant:
    """Who applies, as written on the papers."""

    kind: str
    name: str
    id_number: str = ""
    tax_code: str = ""
    representative: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""

    @classmethod
    def from_user(cls, user: User) -> Applicant:
        """Return the applicant an account stands for."""
        kind = (
            Dossier.ApplicantKind.ORGANISATION
            if user.kind == User.Kind.ORGANISATION
            else Dossier.ApplicantKind.CITIZEN
        )
        return cls(
            kind=kind,
            name=user.full_name,
            id_number=user.id_number,
            tax_code=user.tax_code,
            representative=user.representative,
            phone=user.phone,
            email=user.email,
            address=user.address,
        )


@dataclass
class Delivery:
    """How the applicant wants the result."""

    method: str = Dossier.Delivery.COUNTER
    address: str = ""
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- helpers


def _now(at: datetime | None) -> datetime:
    return at or timezone.now()


def _last_event_at() -> Subquery:
    """Return the moment of a dossier's latest event, as a subquery of its row."""
    events = DossierEvent.objects.filter(dossier_id=OuterRef("pk")).order_by("-seq")
    return Subquery(events.values("at")[:1])


def _locked(
    dossier: Dossier,
    expected_version: int | None,
    related: tuple[str, ...] = ("procedure", "reception", "agency"),
    **annotations: Expression,
) -> Dossier:
    """Return the dossier row locked for this transaction, refusing stale edits.

    The row comes with the `related` rows the service reads (others load when
    used), the moment of its latest event (`_check_order`) and any further
    `annotations` a service checks, all in the same query.
    """
    locked = (
        Dossier.objects.select_for_update(of=("self",))
        .select_related(*related)
        .annotate(last_event_at=_last_event_at(), **annotations)
        .get(pk=dossier.pk)
    )
    if expected_version is not None and locked.version != expected_version:
        raise ConcurrentChange()
    return locked


_UNREAD = object()


def _check_order(dossier: Dossier, at: datetime) -> None:
    """Refuse an action dated before the dossier's latest event."""
    if not dossier.version:
        return  # no event yet: nothing to come after
    last = getattr(dossier, "last_event_at", _UNREAD)
    if last is _UNREAD:
        last = (
            DossierEvent.objects.filter(dossier_id=dossier.pk)
            .order_by("-seq")
            .values_list("at", flat=True)
            .first()
        )
    if last is not None and at < last:
        raise DomainError(
            _("Thời điểm thao tác không được sớm hơn sự kiện trước của hồ sơ.")
        )


def _transition(
    dossier: Dossier,
    *,
    to_status: str,
    verb: str,
    actor: User | None,
    at: datetime,
    reason: str = "",
    data: dict | None = None,
    update_fields: tuple[str, ...] = (),
    insert: bool = False,
) -> DossierEvent:
    """Check the move, append its event and save the dossier's changed fields.

    `insert=True` writes a new dossier (its key reserved, `pk_reserve`) with its
    first event instead of updating one.
    """
    current = dossier.status if dossier.version else None
    if not is_allowed(current, to_status):
        raise InvalidTransition(current or "", to_status)
    _check_order(dossier, at)
    event = event_build(
        dossier=dossier,
        verb=verb,
        to_status=to_status,
        at=at,
        actor=actor,
        reason=reason,
        data=data,
    )
    dossier.last_event_at = at  # what `_check_order` compares the next action with
    fields = {"status", "version", "ledger_head", "updated_at", *update_fields}
    if to_status in FINAL_STATUSES and dossier.assignee_id:
        # Nobody holds a closed dossier any more.
        dossier.assignee = None
        fields.add("assignee")
    _write(dossier, event, fields, insert)
    event_notify_schedule(event=event)  # e-mail and SMS to the applicant, on commit
    # Indicators recounted with the commit, where the move can change them.
    dossier_moved(dossier_id=dossier.pk, from_status=current, to_status=to_status)
    return event


def _write(dossier: Dossier, event: DossierEvent, fields: set[str], insert: bool):
    """Write the dossier and its new event: one statement on PostgreSQL.

    The event's own save() only refuses changes to a recorded event: its insert
    is plain. Where a statement cannot be built, the models save themselves.
    """
    using = router.db_for_write(Dossier)
    dossier_statement = (
        insert_statement(dossier, using)
        if insert
        else update_statement(dossier, fields, using)
    )
    event_statement = insert_statement(event, using, own_save=True, returning=True)
    if dossier_statement is None or event_statement is None:
        with transaction.atomic(using=using):  # a reserved draft has none of its own
            if insert:
                dossier.save(using=using, force_insert=True)
            event.save(using=using)
            if not insert:
                dossier.save(using=using, update_fields=sorted(fields))
        return
    # The dossier's row first: the event refers to it (an insert).
    (event_pk,) = statements_run([dossier_statement, event_statement], using)
    saved(event, using, event_pk)
    if insert:
        saved(dossier, using)


def _calendar(dossier: Dossier) -> WorkCalendar:
    return calendar_for(office_hours=dossier.reception.office_hours)


def _first_step(procedure: Procedure) -> WorkflowStep | None:
    return procedure.steps.order_by("order").first()


def _next_step(dossier: Dossier) -> WorkflowStep | None:
    steps = dossier.procedure.steps.order_by("order")
    if dossier.current_step_id is None:
        return steps.first()
    return steps.filter(order__gt=dossier.current_step.order).first()


def _start_clock(dossier: Dossier, at: datetime) -> None:
    """Fix the receipt moment, the clock start and the due moment (DOMAIN §7)."""
    calendar = _calendar(dossier)
    limit = dossier.procedure.time_limit
    dossier.received_at = at
    dossier.clock_started_at = calendar.clock_start(
        at, online=dossier.channel == Dossier.Channel.ONLINE, limit=limit
    )
    dossier.due_at = calendar.due_at(start=dossier.clock_started_at, limit=limit)
    dossier.paused_minutes = 0
    dossier.paused_at = None


_AGENCY_COLUMNS = attnames(Agency)


@functools.cache
def _receptions_query(depth: int) -> CompiledQuery:
    """Return the query of the reception units under `depth` agencies, by pk."""
    slots = {f"id{number}": Agency._meta.pk for number in range(depth)}
    return CompiledQuery(
        lambda **ids: (
            Agency.objects.filter(
                level=Agency.Level.RECEPTION,
                parent_id__in=list(ids.values()),
                active_to__isnull=True,
            )
            .order_by("pk")
            .values_list(*_AGENCY_COLUMNS)
        ),
        **slots,
    )


def reception_for(*, agency: Agency) -> Agency:
    """Return the reception unit that receives for a deciding agency.

    The nearest reception unit placed under the agency or one of its ancestors:
    a commune's one-stop section for the commune, the Center for the departments.
    """
    ids = [int(part) for part in agency.path.strip("/").split("/") if part]
    # One query per depth of the tree, compiled once per process.
    using = router.db_for_read(Agency)
    rows = (
        _receptions_query(len(ids)).rows(
            using, **{f"id{number}": pk for number, pk in enumerate(ids)}
        )
        if ids
        else []
    )
    receptions = (instance(Agency, _AGENCY_COLUMNS, row, using) for row in rows)
    by_parent = {r.parent_id: r for r in receptions}
    for pk in reversed(ids):
        if pk in by_parent:
            return by_parent[pk]
    raise DomainError(
        _("Chưa có bộ phận tiếp nhận cho %(agency)s.") % {"agency": agency.name}
    )


def deciding_agency_for(
    *, procedure: Procedure, agency: Agency | None, on: datetime | None = None
) -> Agency:
    """Return the deciding agency: the procedure's, or the commune chosen.

    An agency abolished by the 2025 reform takes no new dossiers: its successor does.
    """
    if procedure.agency_id:
        deciding = procedure.agency
    elif agency is None or agency.level != Agency.Level.COMMUNE:
        raise ValidationFailed(
            {"agency": [_("Hãy chọn UBND xã, phường giải quyết hồ sơ.")]}
        )
    else:
        deciding = agency
    day = timezone.localdate(on or timezone.now())
    if deciding.active_from and day < deciding.active_from:
        raise ValidationFailed(
            {
                "agency": [
                    _("%(agency)s chỉ hoạt động từ ngày %(day)s.")
                    % {
                        "agency": deciding.name,
                        "day": f"{deciding.active_from:%d/%m/%Y}",
                    }
                ]
            }
        )
    if not deciding.is_active_on(day):
        successor = deciding.successor
        message = _("%(agency)s không còn hoạt động từ ngày %(day)s.") % {
            "agency": deciding.name,
            "day": f"{deciding.active_to:%d/%m/%Y}",
        }
        if successor is not None:
            message += " " + _("Hồ sơ nộp cho %(successor)s.") % {
                "successor": successor.name
            }
        raise ValidationFailed({"agency": [message]})
    return deciding


def _apply_applicant(dossier: Dossier, applicant: Applicant) -> None:
    errors = applicant_validate(applicant)
    if errors:
        raise ValidationFailed(errors)
    dossier.applicant_kind = applicant.kind
    dossier.applicant_name = applicant.name.strip()
    dossier.applicant_id_number = applicant.id_number
    dossier.applicant_tax_code = applicant.tax_code
    dossier.applicant_representative = applicant.representative
    dossier.applicant_phone = applicant.phone
    dossier.applicant_email = applicant.email
    dossier.applicant_address = applicant.address


def _apply_delivery(dossier: Dossier, delivery: Delivery) -> None:
    if delivery.method not in Dossier.Delivery.values:
        raise ValidationFailed(
            {"delivery": [_("Hình thức nhận kết quả không hợp lệ.")]}
        )
    if delivery.method == Dossier.Delivery.POST and not delivery.address.strip():
        raise ValidationFailed(
            {"delivery_address": [_("Nhận qua bưu chính cần địa chỉ nhận kết quả.")]}
        )
    if (
        delivery.method == Dossier.Delivery.ONLINE
        and dossier.procedure.result_type == Procedure.ResultType.PAPER
    ):
        raise ValidationFailed(
            {
                "delivery": [
                    _(
                        "Kết quả của thủ tục này là bản giấy, không nhận trực "
                        "tuyến được."
                    )
                ]
            }
        )
    dossier.delivery = delivery.method
    dossier.delivery_address = delivery.address.strip()


def _fees(dossier: Dossier) -> None:
    # A procedure read with its fees' sum annotated as `fee_sum` (the portal API
    # does) needs no further query.
    fee_sum = getattr(dossier.procedure, "fee_sum", None)
    if fee_sum is None:
        fee_sum = sum(fee.amount for fee in dossier.procedure.fees.all())
    dossier.fee_total = fee_sum
    dossier.payment = (
        Dossier.Payment.UNPAID if dossier.fee_total else Dossier.Payment.NOT_DUE
    )


def _require_published(procedure: Procedure) -> None:
    if not procedure.is_published:
        raise DomainError(_("Thủ tục này hiện không còn được áp dụng."))


# ---------------------------------------------------------------- creation


def dossier_draft_create(
    *,
    procedure: Procedure,
    owner: User,
    applicant: Applicant | None = None,
    agency: Agency | None = None,
    form_data: dict | None = None,
    delivery: Delivery | None = None,
    assisted_by: User | None = None,
    client_key: str | None = None,
    fingerprint: str = "",
    at: datetime | None = None,
) -> Dossier:
    """Start an online dossier as a draft kept on the server.

    On PostgreSQL its key is reserved first, so the draft and its first event
    are one statement, atomic without a transaction of its own; elsewhere they
    are written in one transaction. A `client_key` (the API's Idempotency-Key)
    is unique per owner: the same key again raises IntegrityError, and the
    request's `fingerprint` is kept in the first event to tell a retry apart.
    """
    at = _now(at)
    _require_published(procedure)
    if procedure.service_level == Procedure.ServiceLevel.INFO:
        raise DomainError(
            _("Thủ tục này chỉ cung cấp thông tin, không nộp trực tuyến được.")
        )
    deciding = deciding_agency_for(procedure=procedure, agency=agency, on=at)
    dossier = Dossier(
        procedure=procedure,
        agency=deciding,
        reception=reception_for(agency=deciding),
        owner=owner,
        channel=Dossier.Channel.ONLINE,
        assisted=assisted_by is not None,
        assisted_by=assisted_by,
        form_data=form_data or {},
        status=S.DRAFT,
        client_key=client_key,
    )
    _apply_applicant(dossier, applicant or Applicant.from_user(owner))
    _apply_delivery(dossier, delivery or Delivery())
    _fees(dossier)
    data = {"assisted_by": assisted_by.pk} if assisted_by else {}
    if fingerprint:
        data[FINGERPRINT] = fingerprint
    using = router.db_for_write(Dossier)
    dossier.pk = pk_reserve(Dossier, using)
    reserved = dossier.pk is not None
    with contextlib.nullcontext() if reserved else transaction.atomic(using=using):
        if not reserved:
            dossier.save(using=using)
        _transition(
            dossier,
            to_status=S.DRAFT,
            verb="created",
            actor=assisted_by or owner,
            at=at,
            data=data,
            insert=reserved,
        )
    return dossier


@transaction.atomic
def dossier_draft_update(
    *,
    dossier: Dossier,
    actor: User,
    form_data: dict | None = None,
    applicant: Applicant | None = None,
    delivery: Delivery | None = None,
) -> Dossier:
    """Save a step of the online form; a draft has no history beyond its creation."""
    dossier = _locked(dossier, None)
    require_owner_or_reception(actor=actor, dossier=dossier, roles=ASSISTING_ROLES)
    if dossier.status != S.DRAFT:
        raise DomainError(_("Chỉ sửa được hồ sơ khi còn là bản nháp."))
    if form_data is not None:
        dossier.form_data = form_data
    if applicant is not None:
        _apply_applicant(dossier, applicant)
    if delivery is not None:
        _apply_delivery(dossier, delivery)
    dossier.save()
    return dossier


def _papers_missing() -> Exists:
    """Return whether a dossier lacks a required paper, as an expression of its row."""
    from motcua.catalog.models import Component
    from motcua.dossiers.models import DossierDocument

    present = DossierDocument.objects.filter(
        dossier_id=OuterRef(OuterRef("pk")),
        component_id=OuterRef("pk"),
        withdrawn=False,
    )
    required = Component.objects.filter(
        procedure_id=OuterRef("procedure_id"), required=True
    )
    return Exists(required.filter(~Exists(present)))


def _require_verified(user: User, pending: bool | None = None) -> None:
    """Refuse a submission from an account whose phone or e-mail is unverified.

    `pending` is the answer already read with the locked dossier, if it was.
    """
    from motcua.notifications.selectors import account_is_verified

    if pending is None:
        pending = not account_is_verified(user=user)
    if pending:
        raise DomainError(
            _(
                "Tài khoản chưa được xác minh. Hãy nhập mã xác minh đã gửi tới số "
                "điện thoại hoặc thư điện tử của bạn trước khi nộp hồ sơ."
            )
        )


def _check_complete(dossier: Dossier) -> None:
    """Refuse a dossier whose form or required papers are missing."""
    errors = form_data_validate(
        schema=dossier.procedure.form_schema, data=dossier.form_data
    )
    # Read with the locked row (`_papers_missing`): the names only when one lacks.
    if getattr(dossier, "papers_missing", True):
        present = set(
            dossier.documents.filter(withdrawn=False).values_list(
                "component_id", flat=True
            )
        )
        for component in dossier.procedure.components.filter(required=True):
            if component.pk not in present:
                errors.setdefault("documents", []).append(
                    _("Thiếu giấy tờ: %(name)s") % {"name": component.name}
                )
    if errors:
        raise ValidationFailed(errors, _("Hồ sơ chưa đủ thông tin hoặc giấy tờ."))


# What submitting reads of the locked dossier, its procedure and reception unit.
_SUBMIT_COLUMNS = (
    "id",
    "procedure_id",
    "reception_id",
    "owner_id",
    "assisted_by_id",
    "assignee_id",
    "channel",
    "form_data",
    "status",
    "version",
    "ledger_head",
    "code",
    "pin",
    "submitted_at",
)
_SUBMIT_RELATED = {
    "procedure": (Procedure, ("state", "form_schema")),
    "reception": (Agency, ("code", "path")),
}
_SUBMIT_CHECKS = ("last_event_at", "papers_missing", "verification_pending")


def _submit_query(dossier_id: int, actor_id: int):
    from motcua.notifications.models import AccountVerification

    related = [
        f"{name}__{column}"
        for name, (_model, columns) in _SUBMIT_RELATED.items()
        for column in columns
    ]
    # Whether the account waits for a phone or e-mail code (`_require_verified`).
    pending = AccountVerification.objects.filter(user_id=actor_id, verified_at=None)
    return (
        Dossier.objects.select_for_update(of=("self",))
        .filter(pk=dossier_id)
        .annotate(
            last_event_at=_last_event_at(),
            papers_missing=_papers_missing(),
            verification_pending=Exists(pending),
        )
        .order_by()
        .values_list(*_SUBMIT_COLUMNS, *related, *_SUBMIT_CHECKS)
    )


# One locked read answers every check of a submission; compiled once per process.
_SUBMIT_LOCKED = CompiledQuery(
    _submit_query,
    dossier_id=Dossier._meta.pk,
    actor_id=Dossier._meta.get_field("owner"),
)


def _locked_for_submit(
    dossier: Dossier, actor: User, expected_version: int | None
) -> Dossier:
    """Return the dossier locked, with what `dossier_submit` checks (`_locked`)."""
    using = router.db_for_write(Dossier)
    row = _SUBMIT_LOCKED.first(using, dossier_id=dossier.pk, actor_id=actor.pk)
    if row is None:
        raise Dossier.DoesNotExist("Dossier matching query does not exist.")
    values = iter(row)
    locked = instance_of(
        Dossier, {name: next(values) for name in _SUBMIT_COLUMNS}, using
    )
    for name, (model, columns) in _SUBMIT_RELATED.items():
        related = {"id": getattr(locked, f"{name}_id")}
        related.update((column, next(values)) for column in columns)
        setattr(locked, name, instance_of(model, related, using))
    for name in _SUBMIT_CHECKS:
        setattr(locked, name, next(values))
    if expected_version is not None and locked.version != expected_version:
        raise ConcurrentChange()
    return locked


@transaction.atomic
def dossier_submit(
    *,
    dossier: Dossier,
    actor: User,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Submit an online draft; it gets its code and look-up PIN."""
    at = _now(at)
    # One locked read also answers the checks below: papers, verification, order.
    dossier = _locked_for_submit(dossier, actor, expected_version)
    require_owner_or_reception(actor=actor, dossier=dossier, roles=ASSISTING_ROLES)
    if dossier.status != S.DRAFT:
        raise InvalidTransition(dossier.status, S.SUBMITTED)
    _require_published(dossier.procedure)
    if not actor.is_official:
        _require_verified(actor, dossier.verification_pending)
    _check_complete(dossier)
    # No recount: a dossier waiting for reception counts in no indicator
    # (`kpi.services.dossier_moved`).
    local_day = timezone.localdate(at)
    dossier.code = dossier_code_next(unit=dossier.reception, day=local_day)
    dossier.pin = pin_new()
    dossier.submitted_at = at
    _transition(
        dossier,
        to_status=S.SUBMITTED,
        verb="submitted",
        actor=actor,
        at=at,
        update_fields=("code", "pin", "submitted_at"),
    )
    return dossier


@transaction.atomic
def dossier_receive_direct(
    *,
    procedure: Procedure,
    reception: Agency,
    applicant: Applicant,
    actor: User,
    channel: str = Dossier.Channel.DIRECT,
    agency: Agency | None = None,
    form_data: dict | None = None,
    delivery: Delivery | None = None,
    postal_tracking: str = "",
    owner: User | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Create a dossier received on paper at a counter or by post (checked there)."""
    at = _now(at)
    _require_published(procedure)
    if channel not in (Dossier.Channel.DIRECT, Dossier.Channel.POSTAL):
        raise DomainError(
            _("Kênh tiếp nhận tại quầy phải là trực tiếp hoặc bưu chính.")
        )
    if procedure.online_only:
        raise DomainError(
            _(
                "Thủ tục này chỉ tiếp nhận trực tuyến. Hãy hướng dẫn và hỗ trợ "
                "người nộp nộp hồ sơ trực tuyến (hồ sơ được tính là trực tuyến)."
            )
        )
    if channel == Dossier.Channel.POSTAL and not postal_tracking.strip():
        raise ValidationFailed(
            {"postal_tracking": [_("Hồ sơ qua bưu chính cần số hiệu bưu gửi.")]}
        )
    if reception.level != Agency.Level.RECEPTION or not reception.is_active_on(
        timezone.localdate(at)
    ):
        raise DomainError(_("Đơn vị tiếp nhận không hợp lệ hoặc đã ngừng hoạt động."))
    deciding = deciding_agency_for(procedure=procedure, agency=agency, on=at)
    dossier = Dossier(
        procedure=procedure,
        agency=deciding,
        reception=reception,
        owner=owner,
        channel=channel,
        postal_tracking=postal_tracking.strip(),
        form_data=form_data or {},
        status=S.RECEIVED,
    )
    require_official(
        actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
    )
    _apply_applicant(dossier, applicant)
    _apply_delivery(dossier, delivery or Delivery())
    errors = form_data_validate(schema=procedure.form_schema, data=dossier.form_data)
    if errors:
        raise ValidationFailed(errors)
    _fees(dossier)
    dossier.code = dossier_code_next(unit=reception, day=timezone.localdate(at))
    dossier.pin = pin_new()
    dossier.submitted_at = at
    dossier.status = S.DRAFT  # the event below records the creation as received
    _start_clock(dossier, at)
    dossier.current_step = _first_step(procedure)
    dossier.step_started_at = at
    dossier.save()
    _transition(
        dossier,
        to_status=S.RECEIVED,
        verb="received",
        actor=actor,
        at=at,
        data={"channel": channel, "due_at": dossier.due_at.isoformat()}
        if dossier.due_at
        else {"channel": channel},
    )
    return dossier


# ---------------------------------------------------------------- reception


@transaction.atomic
def dossier_receive(
    *,
    dossier: Dossier,
    actor: User,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Accept a submitted online dossier as valid: its clock starts now."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
    )
    if dossier.status != S.SUBMITTED:
        raise InvalidTransition(dossier.status, S.RECEIVED)
    _start_clock(dossier, at)
    dossier.current_step = _first_step(dossier.procedure)
    dossier.step_started_at = at
    data = {"due_at": dossier.due_at.isoformat()} if dossier.due_at else {}
    _transition(
        dossier,
        to_status=S.RECEIVED,
        verb="received",
        actor=actor,
        at=at,
        data=data,
        update_fields=(
            "received_at",
            "clock_started_at",
            "due_at",
            "paused_minutes",
            "paused_at",
            "current_step",
            "step_started_at",
        ),
    )
    return dossier


def _reasons(reasons: list[str]) -> list[str]:
    cleaned = [r.strip() for r in reasons if r and r.strip()]
    if not cleaned:
        raise ValidationFailed({"reasons": [_("Hãy ghi rõ ít nhất một lý do.")]})
    return cleaned


@transaction.atomic
def dossier_refuse(
    *,
    dossier: Dossier,
    actor: User,
    reasons: list[str],
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Refuse a submitted dossier, listing every reason at once."""
    at = _now(at)
    reasons = _reasons(reasons)
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
    )
    if dossier.status != S.SUBMITTED:
        raise InvalidTransition(dossier.status, S.REFUSED)
    dossier.closed_at = at
    _transition(
        dossier,
        to_status=S.REFUSED,
        verb="refused",
        actor=actor,
        at=at,
        reason="\n".join(reasons),
        data={"reasons": reasons},
        update_fields=("closed_at",),
    )
    return dossier


@transaction.atomic
def dossier_request_supplement(
    *,
    dossier: Dossier,
    actor: User,
    items: list[str],
    at: datetime | None = None,
    override_reason: str = "",
    expected_version: int | None = None,
) -> Dossier:
    """Ask for missing papers; during processing the clock pauses (DOMAIN §6)."""
    at = _now(at)
    items = _reasons(items)
    dossier = _locked(dossier, expected_version)
    if dossier.status not in (S.SUBMITTED, S.IN_PROGRESS):
        raise InvalidTransition(dossier.status, S.SUPPLEMENT_REQUESTED)
    side = Side.RECEPTION if dossier.status == S.SUBMITTED else Side.DECIDING
    roles = RECEPTION_ROLES if side == Side.RECEPTION else PROCESSING_ROLES
    require_official(actor=actor, dossier=dossier, side=side, roles=roles)
    data: dict = {"items": items}
    if dossier.supplement_count >= 1:
        if not override_reason.strip():
            raise DomainError(
                _(
                    "Mỗi hồ sơ chỉ được yêu cầu bổ sung một lần. Lần thứ hai cần "
                    "lãnh đạo đồng ý và ghi rõ lý do; hồ sơ sẽ bị tính là quá hạn."
                )
            )
        require_official(actor=actor, dossier=dossier, side=side, roles=LEADER_ROLES)
        dossier.late_forced = True
        data["override_reason"] = override_reason.strip()
    dossier.supplement_count += 1
    dossier.supplement_before_receipt = dossier.status == S.SUBMITTED
    if dossier.status == S.IN_PROGRESS:
        dossier.paused_at = at
    _transition(
        dossier,
        to_status=S.SUPPLEMENT_REQUESTED,
        verb="supplement_requested",
        actor=actor,
        at=at,
        reason="\n".join(items),
        data=data,
        update_fields=(
            "supplement_count",
            "supplement_before_receipt",
            "paused_at",
            "late_forced",
        ),
    )
    return dossier


@transaction.atomic
def dossier_supplement_provide(
    *,
    dossier: Dossier,
    actor: User,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Record that the missing papers arrived; the dossier goes back in line.

    Before receipt it is submitted again and checked from zero; during processing
    the clock resumes and the due moment moves by the paused working time.
    """
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    require_owner_or_reception(actor=actor, dossier=dossier, roles=RECEPTION_ROLES)
    if dossier.status != S.SUPPLEMENT_REQUESTED:
        raise InvalidTransition(dossier.status, S.SUBMITTED)
    if dossier.supplement_before_receipt:
        dossier.submitted_at = at
        _transition(
            dossier,
            to_status=S.SUBMITTED,
            verb="supplement_provided",
            actor=actor,
            at=at,
            reason=note,
            update_fields=("submitted_at",),
        )
        return dossier
    calendar = _calendar(dossier)
    paused = calendar.working_minutes_between(dossier.paused_at, at)
    dossier.paused_minutes += paused
    dossier.paused_at = None
    if dossier.clock_started_at and dossier.due_at:
        dossier.due_at = calendar.due_at(
            start=dossier.clock_started_at,
            limit=dossier.procedure.time_limit,
            paused_minutes=dossier.paused_minutes,
        )
    _transition(
        dossier,
        to_status=S.IN_PROGRESS,
        verb="supplement_provided",
        actor=actor,
        at=at,
        reason=note,
        data={"paused_minutes": paused},
        update_fields=("paused_minutes", "paused_at", "due_at"),
    )
    return dossier


@transaction.atomic
def dossier_withdraw(
    *,
    dossier: Dossier,
    actor: User,
    reason: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Withdraw a dossier at the applicant's request (the stop notice is issued)."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    require_owner_or_reception(actor=actor, dossier=dossier, roles=RECEPTION_ROLES)
    if (
        dossier.owner_id == actor.pk
        and not actor.is_official
        and dossier.status not in (S.SUBMITTED, S.SUPPLEMENT_REQUESTED)
    ):
        raise DomainError(
            _(
                "Hồ sơ đã được tiếp nhận: muốn rút hồ sơ, hãy gửi đề nghị tới bộ "
                "phận một cửa nơi tiếp nhận."
            )
        )
    if not is_allowed(dossier.status, S.WITHDRAWN):
        raise InvalidTransition(dossier.status, S.WITHDRAWN)
    dossier.closed_at = at
    dossier.paused_at = None
    _transition(
        dossier,
        to_status=S.WITHDRAWN,
        verb="withdrawn",
        actor=actor,
        at=at,
        reason=reason,
        update_fields=("closed_at", "paused_at"),
    )
    return dossier


# ---------------------------------------------------------------- processing


@transaction.atomic
def dossier_start_processing(
    *,
    dossier: Dossier,
    actor: User,
    assignee: User | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Hand a received dossier to the deciding agency's first processing step."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    if not (
        _may(actor, dossier, Side.RECEPTION, RECEPTION_ROLES)
        or _may(actor, dossier, Side.DECIDING, LEADER_ROLES)
    ):
        require_official(
            actor=actor, dossier=dossier, side=Side.DECIDING, roles=LEADER_ROLES
        )
    if dossier.status != S.RECEIVED:
        raise InvalidTransition(dossier.status, S.IN_PROGRESS)
    step = _next_step(dossier)
    if step is not None and step.actor == step.Actor.RECEPTION:
        # The reception step is the one just completed by receiving.
        dossier.current_step = step
        step = _next_step(dossier)
    data = {"step": step.name} if step else {}
    dossier.current_step = step
    dossier.step_started_at = at
    dossier.assignee = _checked_assignee(dossier, assignee)
    if dossier.assignee:
        data["assignee"] = dossier.assignee.pk
    _transition(
        dossier,
        to_status=S.IN_PROGRESS,
        verb="processing_started",
        actor=actor,
        at=at,
        data=data,
        update_fields=("current_step", "step_started_at", "assignee"),
    )
    return dossier


def _may(actor: User | None, dossier: Dossier, side: Side, roles) -> bool:
    from motcua.dossiers.services.permissions import official_may_act

    return actor is not None and official_may_act(
        actor=actor, dossier=dossier, side=side, roles=roles
    )


def _checked_assignee(dossier: Dossier, assignee: User | None) -> User | None:
    if assignee is None:
        return None
    if not (assignee.is_official and assignee.agency_id):
        raise DomainError(_("Chỉ giao hồ sơ cho cán bộ, công chức."))
    if not _may(assignee, dossier, Side.DECIDING, PROCESSING_ROLES) and not _may(
        assignee, dossier, Side.RECEPTION, RECEPTION_ROLES
    ):
        raise DomainError(
            _("%(name)s không thuộc đơn vị giải quyết hồ sơ này.")
            % {"name": assignee.full_name}
        )
    return assignee


@transaction.atomic
def dossier_step_move(
    *,
    dossier: Dossier,
    actor: User,
    to_step: WorkflowStep,
    assignee: User | None = None,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Move an in-progress dossier to another step (forward or back) of its workflow."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor, dossier=dossier, side=Side.DECIDING, roles=PROCESSING_ROLES
    )
    if dossier.status != S.IN_PROGRESS:
        raise InvalidTransition(dossier.status, S.IN_PROGRESS)
    if to_step.procedure_id != dossier.procedure_id:
        raise DomainError(_("Bước này không thuộc quy trình của thủ tục."))
    from_step = dossier.current_step
    back = from_step is not None and to_step.order < from_step.order
    if to_step.actor == WorkflowStep.Actor.CONSULTED and to_step.agency_id:
        dossier.consulted.add(to_step.agency_id)
    dossier.current_step = to_step
    dossier.step_started_at = at
    dossier.assignee = _checked_assignee(dossier, assignee)
    _transition(
        dossier,
        to_status=S.IN_PROGRESS,
        verb="step_returned" if back else "step_moved",
        actor=actor,
        at=at,
        reason=note,
        data={
            "from_step": from_step.name if from_step else "",
            "to_step": to_step.name,
            "assignee": dossier.assignee.pk if dossier.assignee else None,
        },
        update_fields=("current_step", "step_started_at", "assignee"),
    )
    return dossier


@transaction.atomic
def dossier_claim(
    *,
    dossier: Dossier,
    actor: User,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Take an open dossier to work on it; others see who holds it."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    if not (
        _may(actor, dossier, Side.DECIDING, PROCESSING_ROLES)
        or _may(actor, dossier, Side.RECEPTION, RECEPTION_ROLES)
    ):
        require_official(
            actor=actor, dossier=dossier, side=Side.DECIDING, roles=PROCESSING_ROLES
        )
    if dossier.assignee_id and dossier.assignee_id != actor.pk:
        raise DomainError(
            _("Hồ sơ đang do %(name)s xử lý.") % {"name": dossier.assignee.full_name}
        )
    if dossier.assignee_id == actor.pk:
        return dossier
    dossier.assignee = actor
    _transition(
        dossier,
        to_status=dossier.status,
        verb="claimed",
        actor=actor,
        at=at,
        update_fields=("assignee",),
    )
    return dossier


@transaction.atomic
def dossier_release(
    *,
    dossier: Dossier,
    actor: User,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Let go of a dossier; a leader may release someone else's."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    if dossier.assignee_id is None:
        return dossier
    if dossier.assignee_id != actor.pk:
        require_official(
            actor=actor, dossier=dossier, side=Side.DECIDING, roles=LEADER_ROLES
        )
    released = dossier.assignee_id
    dossier.assignee = None
    _transition(
        dossier,
        to_status=dossier.status,
        verb="released",
        actor=actor,
        at=at,
        data={"released": released},
        update_fields=("assignee",),
    )
    return dossier


@transaction.atomic
def dossier_request_payment(
    *,
    dossier: Dossier,
    actor: User,
    amount: int,
    reason: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Ask the applicant to pay a financial obligation before processing goes on."""
    at = _now(at)
    if amount <= 0:
        raise ValidationFailed({"amount": [_("Số tiền phải lớn hơn 0 đồng.")]})
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor, dossier=dossier, side=Side.DECIDING, roles=PROCESSING_ROLES
    )
    if dossier.status != S.IN_PROGRESS:
        raise InvalidTransition(dossier.status, S.PAYMENT_REQUESTED)
    dossier.fee_total += amount
    dossier.payment = Dossier.Payment.UNPAID
    _transition(
        dossier,
        to_status=S.PAYMENT_REQUESTED,
        verb="payment_requested",
        actor=actor,
        at=at,
        reason=reason,
        data={"amount": amount},
        update_fields=("fee_total", "payment"),
    )
    return dossier


@transaction.atomic
def dossier_record_payment(
    *,
    dossier: Dossier,
    actor: User | None,
    online: bool,
    reference: str = "",
    at: datetime | None = None,
) -> Dossier:
    """Record that the fees were paid; a payment request resumes processing."""
    at = _now(at)
    dossier = _locked(dossier, None)
    if not online:
        require_official(
            actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
        )
    elif actor is not None:
        # A person paying online pays their own dossier; the payment gateway's
        # confirmation (actor None) is checked by the integration that calls this.
        require_owner_or_reception(actor=actor, dossier=dossier, roles=RECEPTION_ROLES)
    if dossier.payment != Dossier.Payment.UNPAID:
        raise DomainError(_("Hồ sơ không có khoản phí nào đang chờ thanh toán."))
    if dossier.status not in (*_OPEN_FOR_PAYMENT, S.FINISHED):
        raise DomainError(_("Hồ sơ đã kết thúc, không nhận thanh toán."))
    dossier.payment = (
        Dossier.Payment.PAID_ONLINE if online else Dossier.Payment.PAID_COUNTER
    )
    dossier.paid_at = at
    to_status = (
        S.IN_PROGRESS if dossier.status == S.PAYMENT_REQUESTED else dossier.status
    )
    _transition(
        dossier,
        to_status=to_status,
        verb="paid",
        actor=actor,
        at=at,
        data={"online": online, "amount": dossier.fee_total, "reference": reference},
        update_fields=("payment", "paid_at"),
    )
    return dossier


_OPEN_FOR_PAYMENT = (
    S.SUBMITTED,
    S.RECEIVED,
    S.IN_PROGRESS,
    S.SUPPLEMENT_REQUESTED,
    S.PAYMENT_REQUESTED,
)


@transaction.atomic
def dossier_finish(
    *,
    dossier: Dossier,
    actor: User,
    outcome: str,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Approve the result (granted or denied): the result moment decides timeliness."""
    at = _now(at)
    if outcome not in Dossier.Outcome.values:
        raise ValidationFailed({"outcome": [_("Hãy chọn kết quả giải quyết.")]})
    if outcome == Dossier.Outcome.DENIED and not note.strip():
        raise ValidationFailed(
            {"note": [_("Không giải quyết phải nêu rõ lý do bằng văn bản.")]}
        )
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor,
        dossier=dossier,
        side=Side.DECIDING,
        roles=LEADER_ROLES,
        consulted=False,
    )
    if dossier.status != S.IN_PROGRESS:
        raise InvalidTransition(dossier.status, S.FINISHED)
    dossier.finished_at = at
    dossier.outcome = outcome
    dossier.outcome_note = note.strip()
    dossier.timeliness = _timeliness(dossier, at)
    last = dossier.procedure.steps.order_by("-order").first()
    if last is not None and last.actor == WorkflowStep.Actor.RECEPTION:
        dossier.current_step = last
        dossier.step_started_at = at
    dossier.assignee = None
    _transition(
        dossier,
        to_status=S.FINISHED,
        verb="finished",
        actor=actor,
        at=at,
        reason=note,
        data={"outcome": outcome, "timeliness": dossier.timeliness},
        update_fields=(
            "finished_at",
            "outcome",
            "outcome_note",
            "timeliness",
            "current_step",
            "step_started_at",
            "assignee",
        ),
    )
    return dossier


def _timeliness(dossier: Dossier, result_at: datetime) -> str:
    if dossier.due_at is None:
        return ""
    if dossier.late_forced:
        return Dossier.Timeliness.LATE
    return str(
        _calendar(dossier).timeliness(result_at=result_at, due_at=dossier.due_at)
    )


@transaction.atomic
def dossier_return(
    *,
    dossier: Dossier,
    actor: User,
    note: str = "",
    postal_tracking: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
    collected_by: str = "",
    signed: bool = False,
) -> Dossier:
    """Hand the result to the applicant (counter, post or online).

    At the counter, `collected_by` names who took the result and `signed` records
    that they signed for it; both go into the event.
    """
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor, dossier=dossier, side=Side.RECEPTION, roles=RECEPTION_ROLES
    )
    if dossier.status != S.FINISHED:
        raise InvalidTransition(dossier.status, S.RETURNED)
    if dossier.delivery == Dossier.Delivery.POST and not postal_tracking.strip():
        raise ValidationFailed(
            {"postal_tracking": [_("Trả kết quả qua bưu chính cần số hiệu bưu gửi.")]}
        )
    dossier.returned_at = at
    dossier.closed_at = at
    data = {"delivery": dossier.delivery}
    if postal_tracking.strip():
        data["postal_tracking"] = postal_tracking.strip()
    if collected_by.strip():
        data["collected_by"] = collected_by.strip()
    if signed:
        data["signed"] = True
    _transition(
        dossier,
        to_status=S.RETURNED,
        verb="returned",
        actor=actor,
        at=at,
        reason=note,
        data=data,
        update_fields=("returned_at", "closed_at"),
    )
    return dossier


@transaction.atomic
def dossier_stop(
    *,
    dossier: Dossier,
    actor: User | None,
    reason: str,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Stop a dossier (no answer to a supplement request, or a leader's decision).

    `actor` None is the system's periodic check of unanswered supplement requests.
    """
    at = _now(at)
    if not reason.strip():
        raise ValidationFailed({"reason": [_("Hãy ghi rõ lý do dừng xử lý.")]})
    dossier = _locked(dossier, expected_version)
    if actor is not None:
        require_official(
            actor=actor,
            dossier=dossier,
            side=Side.DECIDING,
            roles=LEADER_ROLES,
            consulted=False,
        )
    elif dossier.status != S.SUPPLEMENT_REQUESTED:
        raise DomainError(_("Hệ thống chỉ tự dừng hồ sơ quá hạn bổ sung."))
    if not is_allowed(dossier.status, S.STOPPED):
        raise InvalidTransition(dossier.status, S.STOPPED)
    dossier.closed_at = at
    dossier.paused_at = None
    _transition(
        dossier,
        to_status=S.STOPPED,
        verb="stopped",
        actor=actor,
        at=at,
        reason=reason.strip(),
        update_fields=("closed_at", "paused_at"),
    )
    return dossier


@transaction.atomic
def dossier_apologise(
    *,
    dossier: Dossier,
    actor: User,
    reason: str,
    new_appointment: datetime,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Issue the apology with a new appointment, at least a working day before due.

    Signed off by a leader, once per dossier; the dossier still counts as late.
    """
    at = _now(at)
    if not reason.strip():
        raise ValidationFailed({"reason": [_("Hãy nêu lý do chậm trả kết quả.")]})
    dossier = _locked(dossier, expected_version)
    require_official(
        actor=actor,
        dossier=dossier,
        side=Side.DECIDING,
        roles=LEADER_ROLES,
        consulted=False,
    )
    if dossier.status not in (
        S.RECEIVED,
        S.IN_PROGRESS,
        S.SUPPLEMENT_REQUESTED,
        S.PAYMENT_REQUESTED,
    ):
        raise DomainError(_("Chỉ xin lỗi, hẹn lại với hồ sơ đang giải quyết."))
    if dossier.apology_at is not None:
        raise DomainError(_("Hồ sơ này đã có phiếu xin lỗi và hẹn lại."))
    if dossier.due_at is None:
        raise DomainError(_("Thủ tục không quy định thời hạn, không cần hẹn lại."))
    calendar = _calendar(dossier)
    if calendar.working_minutes_between(at, dossier.due_at) < 8 * 60:
        raise DomainError(
            _(
                "Phiếu xin lỗi phải được ban hành chậm nhất một ngày làm việc "
                "trước hạn trả kết quả."
            )
        )
    if new_appointment <= dossier.due_at:
        raise ValidationFailed(
            {"new_appointment": [_("Ngày hẹn mới phải sau hạn trả kết quả cũ.")]}
        )
    dossier.apology_at = at
    dossier.appointment_at = new_appointment
    dossier.late_forced = True
    _transition(
        dossier,
        to_status=dossier.status,
        verb="apologised",
        actor=actor,
        at=at,
        reason=reason.strip(),
        data={
            "due_at": dossier.due_at.isoformat(),
            "new_appointment": new_appointment.isoformat(),
        },
        update_fields=("apology_at", "appointment_at", "late_forced"),
    )
    return dossier


def limit_is_counted(procedure: Procedure) -> bool:
    """Return whether the procedure's dossiers have a due moment."""
    return procedure.limit_unit != LimitUnit.NONE


@transaction.atomic
def dossier_transfer_agency(
    *,
    from_agency: Agency,
    to_agency: Agency,
    actor: User | None,
    at: datetime | None = None,
) -> int:
    """Move the open dossiers of an abolished agency to its successor, with events."""
    at = _now(at)
    moved = 0
    open_ids = Dossier.objects.filter(
        agency=from_agency,
        status__in=[
            S.SUBMITTED,
            S.RECEIVED,
            S.IN_PROGRESS,
            S.SUPPLEMENT_REQUESTED,
            S.PAYMENT_REQUESTED,
            S.FINISHED,
        ],
    ).values_list("pk", flat=True)
    for pk in list(open_ids):
        dossier = _locked(Dossier(pk=pk), None)
        dossier.agency = to_agency
        dossier.assignee = None
        _transition(
            dossier,
            to_status=dossier.status,
            verb="agency_transferred",
            actor=actor,
            at=at,
            reason=_("Chuyển sang %(agency)s do sắp xếp đơn vị hành chính.")
            % {"agency": to_agency.name},
            data={"from_agency": from_agency.code, "to_agency": to_agency.code},
            update_fields=("agency", "assignee"),
        )
        moved += 1
    return moved


def dossier_stop_unanswered(*, now: datetime | None = None) -> list[str]:
    """Stop the dossiers whose supplement request went unanswered too long.

    The limit is MOTCUA["SUPPLEMENT_STOP_DAYS"] working days (DOMAIN §6, default 15).
    Return the codes stopped. Run by `motcua stop-unanswered` on a timer.
    """
    from django.conf import settings

    now = _now(now)
    days = settings.MOTCUA["SUPPLEMENT_STOP_DAYS"]
    calendar = calendar_for()
    stopped = []
    waiting = Dossier.objects.filter(status=S.SUPPLEMENT_REQUESTED).values_list(
        "pk", flat=True
    )
    for pk in list(waiting):
        asked_at = (
            DossierEvent.objects.filter(dossier_id=pk, verb="supplement_requested")
            .order_by("-seq")
            .values_list("at", flat=True)
            .first()
        )
        if asked_at is None or calendar.working_minutes_between(asked_at, now) < (
            days * 8 * 60
        ):
            continue
        try:
            dossier = dossier_stop(
                dossier=Dossier(pk=pk),
                actor=None,
                reason=_("Quá %(days)s ngày làm việc không bổ sung hồ sơ theo yêu cầu.")
                % {"days": days},
                at=now,
            )
        except DomainError:
            continue  # answered or changed meanwhile
        stopped.append(dossier.code)
    return stopped
