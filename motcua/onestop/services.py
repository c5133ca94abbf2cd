"""The one-stop workflow: who may do what, and the processing steps between states.

The status changes themselves live in `dossiers.services.lifecycle`; the services
here add what happens inside processing (notes, consultations, proposals,
assignments, result files) and the counter's compound actions (a paper dossier
with its scans, an assisted online submission). Each one locks the dossier,
checks the actor, writes and appends one event in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, Role, User
from motcua.catalog.models import Component, Procedure, WorkflowStep
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services import (
    Applicant,
    Delivery,
    document_attach,
    dossier_apologise,
    dossier_claim,
    dossier_draft_create,
    dossier_finish,
    dossier_receive,
    dossier_receive_direct,
    dossier_refuse,
    dossier_release,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_step_move,
    dossier_submit,
    dossier_supplement_provide,
)
from motcua.dossiers.services.lifecycle import (
    LEADER_ROLES,
    PROCESSING_ROLES,
    RECEPTION_ROLES,
    _calendar,
    _checked_assignee,
    _locked,
    _transition,
)
from motcua.onestop.models import Consultation

S = Dossier.Status
PROPOSING_ROLES = (Role.SPECIALIST, Role.UNIT_LEADER, Role.AGENCY_LEADER)
DECIDING_ROLES = (Role.SPECIALIST, Role.UNIT_LEADER, Role.AGENCY_LEADER)

# ---------------------------------------------------------------- who may act


def _within(agency: Agency | None, user: User) -> bool:
    return bool(
        agency is not None
        and user.agency_id
        and agency.path.startswith(user.agency.path)
    )


def _official(user: User, roles) -> bool:
    return bool(
        user.is_authenticated
        and user.is_official
        and user.agency_id
        and user.has_role(*roles)
    )


def _reception(user: User, dossier: Dossier, roles=RECEPTION_ROLES) -> bool:
    return _official(user, roles) and _within(dossier.reception, user)


def _deciding(user: User, dossier: Dossier, roles) -> bool:
    """The official belongs to the deciding agency itself (not a consulted one)."""
    return _official(user, roles) and _within(dossier.agency, user)


def _routed_step(user: User, dossier: Dossier) -> bool:
    """The current workflow step is routed to the official's (consulted) agency."""
    step = dossier.current_step
    return (
        step is not None
        and step.actor == WorkflowStep.Actor.CONSULTED
        and _official(user, PROCESSING_ROLES)
        and _within(step.agency, user)
    )


def open_consultation_for(*, user: User, dossier: Dossier) -> Consultation | None:
    """Return the open consultation of this dossier addressed to the user's agency."""
    if not (_official(user, PROCESSING_ROLES) and user.agency_id):
        return None
    return (
        Consultation.objects.filter(
            dossier=dossier,
            answered_at__isnull=True,
            agency__path__startswith=user.agency.path,
        )
        .select_related("agency")
        .first()
    )


def _may_forward(user: User, dossier: Dossier) -> bool:
    if dossier.status == S.RECEIVED:
        return _reception(user, dossier) or _deciding(user, dossier, LEADER_ROLES)
    return _deciding(user, dossier, PROCESSING_ROLES) or _routed_step(user, dossier)


def _may_request_supplement(user: User, dossier: Dossier) -> bool:
    if dossier.status == S.SUBMITTED:
        return _reception(user, dossier)
    return _deciding(user, dossier, PROCESSING_ROLES)


def _may_claim(user: User, dossier: Dossier) -> bool:
    if dossier.status in (S.SUBMITTED, S.RECEIVED, S.FINISHED):
        return _reception(user, dossier) or _deciding(user, dossier, PROCESSING_ROLES)
    return _deciding(user, dossier, PROCESSING_ROLES) or _routed_step(user, dossier)


def _may_release(user: User, dossier: Dossier) -> bool:
    if dossier.assignee_id and dossier.assignee_id == user.pk:
        return True
    return _deciding(user, dossier, LEADER_ROLES)


def _may_supplement_provide(user: User, dossier: Dossier) -> bool:
    return _reception(user, dossier)


# The role and agency each action needs (the state is checked by the service).
ROLE_RULES: Mapping[str, Callable[[User, Dossier], bool]] = {
    "receive": _reception,
    "request-supplement": _may_request_supplement,
    "refuse": _reception,
    "claim": _may_claim,
    "release": _may_release,
    "assign": lambda u, d: _deciding(u, d, LEADER_ROLES),
    "forward": _may_forward,
    "consult": lambda u, d: _deciding(u, d, PROCESSING_ROLES),
    "consult-answer": lambda u, d: open_consultation_for(user=u, dossier=d) is not None,
    "note": lambda u, d: (
        _deciding(u, d, PROCESSING_ROLES)
        or _reception(u, d)
        or open_consultation_for(user=u, dossier=d) is not None
        or _routed_step(u, d)
    ),
    "propose": lambda u, d: _deciding(u, d, PROPOSING_ROLES),
    "approve": lambda u, d: _deciding(u, d, LEADER_ROLES),
    "send-back": lambda u, d: _deciding(u, d, PROCESSING_ROLES),
    "attach-result": lambda u, d: _deciding(u, d, PROCESSING_ROLES),
    "return": _reception,
    "apologise": lambda u, d: _deciding(u, d, LEADER_ROLES),
    "supplement-provide": _may_supplement_provide,
}
# The states in which an action makes sense (to show only the forms that apply).
STATE_RULES: Mapping[str, frozenset[str]] = {
    "receive": frozenset({S.SUBMITTED}),
    "request-supplement": frozenset({S.SUBMITTED, S.IN_PROGRESS}),
    "refuse": frozenset({S.SUBMITTED}),
    "claim": frozenset(
        {S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS, S.FINISHED, S.PAYMENT_REQUESTED}
    ),
    "release": frozenset(
        {S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS, S.FINISHED, S.PAYMENT_REQUESTED}
    ),
    "assign": frozenset({S.IN_PROGRESS}),
    "forward": frozenset({S.RECEIVED, S.IN_PROGRESS}),
    "consult": frozenset({S.IN_PROGRESS}),
    "consult-answer": frozenset({S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED}),
    "note": frozenset(
        {
            S.SUBMITTED,
            S.RECEIVED,
            S.IN_PROGRESS,
            S.SUPPLEMENT_REQUESTED,
            S.PAYMENT_REQUESTED,
            S.FINISHED,
        }
    ),
    "propose": frozenset({S.IN_PROGRESS}),
    "approve": frozenset({S.IN_PROGRESS}),
    "send-back": frozenset({S.IN_PROGRESS}),
    "attach-result": frozenset({S.IN_PROGRESS, S.FINISHED}),
    "return": frozenset({S.FINISHED}),
    "apologise": frozenset(
        {S.RECEIVED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED}
    ),
    "supplement-provide": frozenset({S.SUPPLEMENT_REQUESTED}),
}
# The order the dossier's page offers them in: the usual next step first.
ACTIONS = (
    "receive",
    "approve",
    "propose",
    "forward",
    "return",
    "supplement-provide",
    "consult-answer",
    "claim",
    "note",
    "request-supplement",
    "refuse",
    "send-back",
    "attach-result",
    "consult",
    "assign",
    "release",
    "apologise",
)


def action_permitted(*, user: User, dossier: Dossier, action: str) -> bool:
    """Return whether the user's role and agency allow this action on the dossier."""
    rule = ROLE_RULES.get(action)
    return bool(rule and user.is_authenticated and rule(user, dossier))


def action_available(*, user: User, dossier: Dossier, action: str) -> bool:
    """Return whether the action is permitted and makes sense in the current state."""
    if dossier.status not in STATE_RULES.get(action, frozenset()):
        return False
    if action == "release" and not dossier.assignee_id:
        return False
    if action == "claim" and dossier.assignee_id == user.pk:
        return False
    at_approval = dossier.current_step is None or (
        dossier.current_step.role in LEADER_ROLES
        and dossier.current_step.actor == WorkflowStep.Actor.DECIDING
    )
    if action == "approve" and not at_approval:
        return False
    if action == "propose" and at_approval and dossier.current_step is not None:
        return False
    return action_permitted(user=user, dossier=dossier, action=action)


def action_require(*, user: User, dossier: Dossier, action: str) -> None:
    """Raise PermissionDenied unless the user may take this action on the dossier."""
    if not action_permitted(user=user, dossier=dossier, action=action):
        raise PermissionDenied(
            _("Bạn không có quyền thực hiện thao tác này với hồ sơ %(code)s.")
            % {"code": dossier.code or ""}
        )


def _now(at: datetime | None) -> datetime:
    return at or timezone.now()


def _require(actor: User, dossier: Dossier, action: str) -> None:
    action_require(user=actor, dossier=dossier, action=action)


def _in_progress(dossier: Dossier) -> None:
    if dossier.status != S.IN_PROGRESS:
        raise DomainError(
            _("Hồ sơ đang ở trạng thái «%(status)s», không thể thực hiện thao tác này.")
            % {"status": dossier.get_status_display()}
        )


# ---------------------------------------------------------------- processing


@transaction.atomic
def dossier_note_add(
    *,
    dossier: Dossier,
    actor: User,
    text: str,
    upload: UploadedFile | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Add a note (and optionally an internal document) to the dossier's history."""
    at = _now(at)
    if not text.strip() and upload is None:
        raise ValidationFailed({"text": [_("Hãy nhập nội dung ghi chú.")]})
    dossier = _locked(dossier, expected_version)
    _require(actor, dossier, "note")
    if dossier.status not in STATE_RULES["note"]:
        raise DomainError(_("Hồ sơ đã kết thúc, không thêm ghi chú được."))
    data: dict = {}
    if upload is not None:
        document = document_attach(
            dossier=dossier,
            upload=upload,
            actor=actor,
            kind=DossierDocument.Kind.INTERNAL,
            at=at,
        )
        data["document"] = document.pk
        data["document_name"] = document.name
    _transition(
        dossier,
        to_status=dossier.status,
        verb="note_added",
        actor=actor,
        at=at,
        reason=text.strip(),
        data=data,
    )
    return dossier


@transaction.atomic
def dossier_assign(
    *,
    dossier: Dossier,
    actor: User,
    assignee: User,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Give the dossier to another official (a leader reassigns who holds it)."""
    at = _now(at)
    dossier = _locked(dossier, expected_version)
    _require(actor, dossier, "assign")
    _in_progress(dossier)
    previous = dossier.assignee_id
    dossier.assignee = _checked_assignee(dossier, assignee)
    _transition(
        dossier,
        to_status=dossier.status,
        verb="assigned",
        actor=actor,
        at=at,
        reason=note.strip(),
        data={"assignee": assignee.pk, "previous": previous},
        update_fields=("assignee",),
    )
    return dossier


def _steps(dossier: Dossier) -> list[WorkflowStep]:
    return list(dossier.procedure.steps.order_by("order"))


@transaction.atomic
def dossier_forward(
    *,
    dossier: Dossier,
    actor: User,
    assignee: User | None = None,
    to_step: WorkflowStep | None = None,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Send the dossier on: from receipt to processing, or to the next step."""
    at = _now(at)
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "forward")
    if locked.status == S.RECEIVED:
        return dossier_start_processing(
            dossier=locked, actor=actor, assignee=assignee, at=at
        )
    _in_progress(locked)
    if to_step is None:
        current = locked.current_step.order if locked.current_step else 0
        following = [
            s
            for s in _steps(locked)
            if s.order > current and s.actor != WorkflowStep.Actor.RECEPTION
        ]
        if not following:
            raise DomainError(
                _("Đây là bước xử lý cuối: hãy trình phê duyệt hoặc phê duyệt kết quả.")
            )
        to_step = following[0]
    return dossier_step_move(
        dossier=locked,
        actor=actor,
        to_step=to_step,
        assignee=assignee,
        note=note,
        at=at,
    )


@transaction.atomic
def dossier_send_back(
    *,
    dossier: Dossier,
    actor: User,
    note: str,
    to_step: WorkflowStep | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Return the dossier to an earlier processing step, saying why."""
    at = _now(at)
    if not note.strip():
        raise ValidationFailed({"note": [_("Hãy ghi rõ lý do trả lại.")]})
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "send-back")
    _in_progress(locked)
    current = locked.current_step.order if locked.current_step else 0
    if to_step is None:
        earlier = [
            s
            for s in _steps(locked)
            if s.order < current and s.actor != WorkflowStep.Actor.RECEPTION
        ]
        if not earlier:
            raise DomainError(
                _("Hồ sơ đang ở bước xử lý đầu tiên, không trả lại được.")
            )
        to_step = earlier[-1]
    elif to_step.order >= current:
        raise ValidationFailed({"to_step": [_("Chỉ trả lại về một bước trước đó.")]})
    # The previous holder of that step takes it again when known.
    assignee = _holder_of(locked, to_step)
    return dossier_step_move(
        dossier=locked,
        actor=actor,
        to_step=to_step,
        assignee=assignee,
        note=note.strip(),
        at=at,
    )


def _holder_of(dossier: Dossier, step: WorkflowStep) -> User | None:
    """Return who last held the dossier at that step, if anyone."""
    for event in dossier.events.filter(
        verb__in=("step_moved", "step_returned", "processing_started")
    ).order_by("-seq"):
        if (
            event.data.get("to_step") == step.name
            or event.data.get("step") == step.name
        ) and event.data.get("assignee"):
            return User.objects.filter(pk=event.data["assignee"]).first()
    return None


@transaction.atomic
def dossier_consult(
    *,
    dossier: Dossier,
    actor: User,
    agency: Agency,
    request: str,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Consultation:
    """Ask another agency for its part (liên thông); its time is counted apart."""
    at = _now(at)
    if not request.strip():
        raise ValidationFailed({"request": [_("Hãy ghi nội dung cần phối hợp.")]})
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "consult")
    _in_progress(locked)
    if agency.path.startswith(locked.agency.path) or locked.agency.path.startswith(
        agency.path
    ):
        raise ValidationFailed(
            {"agency": [_("Hãy chọn một cơ quan khác cơ quan giải quyết.")]}
        )
    if agency.level == Agency.Level.RECEPTION or not agency.is_active_on(
        timezone.localdate(at)
    ):
        raise ValidationFailed(
            {"agency": [_("Cơ quan phối hợp không hợp lệ hoặc đã ngừng hoạt động.")]}
        )
    if Consultation.objects.filter(
        dossier=locked, agency=agency, answered_at__isnull=True
    ).exists():
        raise DomainError(
            _("Đã gửi %(agency)s và đang chờ trả lời.") % {"agency": agency.name}
        )
    consultation = Consultation.objects.create(
        dossier=locked,
        agency=agency,
        request=request.strip(),
        requested_by=actor,
        requested_at=at,
    )
    locked.consulted.add(agency)
    _transition(
        locked,
        to_status=locked.status,
        verb="consulted",
        actor=actor,
        at=at,
        reason=request.strip(),
        data={
            "consultation": consultation.pk,
            "agency": agency.code,
            "agency_name": agency.name,
        },
    )
    return consultation


@transaction.atomic
def dossier_consult_answer(
    *,
    dossier: Dossier,
    actor: User,
    answer: str,
    upload: UploadedFile | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Consultation:
    """Record the consulted agency's answer and the working time it used."""
    at = _now(at)
    if not answer.strip():
        raise ValidationFailed({"answer": [_("Hãy nhập ý kiến trả lời.")]})
    locked = _locked(dossier, expected_version)
    consultation = open_consultation_for(user=actor, dossier=locked)
    if consultation is None:
        raise PermissionDenied(
            _("Không có đề nghị phối hợp nào của hồ sơ này gửi đơn vị của bạn.")
        )
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if consultation.answered_at is not None:
        raise DomainError(_("Đề nghị phối hợp này đã được trả lời."))
    minutes = _calendar(locked).working_minutes_between(consultation.requested_at, at)
    data: dict = {
        "consultation": consultation.pk,
        "agency": consultation.agency.code,
        "agency_name": consultation.agency.name,
        "working_minutes": minutes,
    }
    if upload is not None:
        document = document_attach(
            dossier=locked,
            upload=upload,
            actor=actor,
            kind=DossierDocument.Kind.INTERNAL,
            at=at,
        )
        data["document"] = document.pk
        data["document_name"] = document.name
    consultation.answer = answer.strip()
    consultation.answered_by = actor
    consultation.answered_at = at
    consultation.working_minutes = minutes
    consultation.save(
        update_fields=["answer", "answered_by", "answered_at", "working_minutes"]
    )
    _transition(
        locked,
        to_status=locked.status,
        verb="consult_answered",
        actor=actor,
        at=at,
        reason=answer.strip(),
        data=data,
    )
    return consultation


@transaction.atomic
def dossier_result_attach(
    *,
    dossier: Dossier,
    actor: User,
    upload: UploadedFile,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> DossierDocument:
    """Attach the result document (the signed decision, licence or written answer)."""
    at = _now(at)
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "attach-result")
    if locked.status not in STATE_RULES["attach-result"]:
        raise DomainError(_("Chỉ đính kèm kết quả khi hồ sơ đang xử lý hoặc đã xong."))
    document = document_attach(
        dossier=locked,
        upload=upload,
        actor=actor,
        kind=DossierDocument.Kind.RESULT,
        at=at,
    )
    _transition(
        locked,
        to_status=locked.status,
        verb="result_attached",
        actor=actor,
        at=at,
        data={"document": document.pk, "document_name": document.name},
    )
    return document


@transaction.atomic
def dossier_propose(
    *,
    dossier: Dossier,
    actor: User,
    outcome: str,
    note: str = "",
    upload: UploadedFile | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Propose the result to the leader: the draft result file and the outcome.

    The dossier moves to the next processing step (the approval) in one event.
    """
    at = _now(at)
    if outcome not in Dossier.Outcome.values:
        raise ValidationFailed({"outcome": [_("Hãy chọn kết quả đề xuất.")]})
    if outcome == Dossier.Outcome.DENIED and not note.strip():
        raise ValidationFailed(
            {"note": [_("Đề xuất không giải quyết phải nêu rõ lý do.")]}
        )
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "propose")
    _in_progress(locked)
    data: dict = {"outcome": outcome}
    if upload is not None:
        document = document_attach(
            dossier=locked,
            upload=upload,
            actor=actor,
            kind=DossierDocument.Kind.RESULT,
            at=at,
        )
        data["document"] = document.pk
        data["document_name"] = document.name
    elif not locked.documents.filter(kind=DossierDocument.Kind.RESULT).exists():
        raise ValidationFailed(
            {"file": [_("Hãy đính kèm dự thảo kết quả giải quyết.")]}
        )
    current = locked.current_step.order if locked.current_step else 0
    approval = next(
        (
            s
            for s in _steps(locked)
            if s.order > current
            and s.actor == WorkflowStep.Actor.DECIDING
            and s.role in LEADER_ROLES
        ),
        None,
    )
    update_fields: tuple[str, ...] = ()
    if approval is not None:
        data["from_step"] = locked.current_step.name if locked.current_step else ""
        data["to_step"] = approval.name
        locked.current_step = approval
        locked.step_started_at = at
        locked.assignee = None
        update_fields = ("current_step", "step_started_at", "assignee")
    _transition(
        locked,
        to_status=locked.status,
        verb="proposed",
        actor=actor,
        at=at,
        reason=note.strip(),
        data=data,
        update_fields=update_fields,
    )
    return locked


def proposal_last(*, dossier: Dossier) -> dict | None:
    """Return the latest proposal (outcome, note, who) for the approval form."""
    event = (
        dossier.events.filter(verb="proposed")
        .select_related("actor")
        .order_by("-seq")
        .first()
    )
    if event is None:
        return None
    outcome = event.data.get("outcome", "")
    return {
        "outcome": outcome,
        "outcome_label": Dossier.Outcome(outcome).label
        if outcome in Dossier.Outcome.values
        else "",
        "note": event.reason,
        "actor": event.actor,
        "at": event.at,
    }


@transaction.atomic
def dossier_approve(
    *,
    dossier: Dossier,
    actor: User,
    outcome: str,
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Approve the result: a result document must be attached first."""
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "approve")
    if not locked.documents.filter(kind=DossierDocument.Kind.RESULT).exists():
        raise ValidationFailed(
            {"file": [_("Chưa có văn bản kết quả: hãy đính kèm trước khi phê duyệt.")]}
        )
    return dossier_finish(
        dossier=locked, actor=actor, outcome=outcome, note=note, at=at
    )


@transaction.atomic
def dossier_hand_over(
    *,
    dossier: Dossier,
    actor: User,
    collected_by: str = "",
    signed: bool = False,
    postal_tracking: str = "",
    note: str = "",
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Return the result: at the counter the collector signs, by post with tracking."""
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "return")
    if locked.delivery == Dossier.Delivery.COUNTER:
        errors = {}
        if not collected_by.strip():
            errors["collected_by"] = [_("Hãy ghi họ tên người nhận kết quả.")]
        if not signed:
            errors["signed"] = [_("Người nhận phải ký nhận kết quả.")]
        if errors:
            raise ValidationFailed(errors)
    if (
        locked.delivery == Dossier.Delivery.ONLINE
        and not locked.documents.filter(kind=DossierDocument.Kind.RESULT).exists()
    ):
        raise ValidationFailed(
            {"file": [_("Trả kết quả trực tuyến cần tệp kết quả để người nộp tải về.")]}
        )
    return dossier_return(
        dossier=locked,
        actor=actor,
        note=note,
        postal_tracking=postal_tracking,
        collected_by=collected_by,
        signed=signed,
        at=at,
    )


# ---------------------------------------------------------------- the counter


@dataclass
class CounterInput:
    """What the officer enters for a paper dossier or an assisted submission."""

    procedure: Procedure
    applicant: Applicant
    form_data: dict
    delivery: Delivery
    scans: dict[int, UploadedFile]
    agency: Agency | None = None


def _missing_scans(procedure: Procedure, scans: Mapping[int, UploadedFile]) -> dict:
    missing = [
        _("Thiếu bản quét: %(name)s") % {"name": component.name}
        for component in procedure.components.filter(required=True)
        if component.pk not in scans
    ]
    return {"documents": missing} if missing else {}


def _attach_scans(dossier: Dossier, scans, actor: User, at: datetime) -> None:
    components = {c.pk: c for c in dossier.procedure.components.all()}
    for component_id, upload in scans.items():
        component: Component | None = components.get(component_id)
        if component is None:
            raise ValidationFailed(
                {"documents": [_("Giấy tờ không thuộc thủ tục của hồ sơ.")]}
            )
        document_attach(
            dossier=dossier, upload=upload, actor=actor, component=component, at=at
        )


@transaction.atomic
def counter_receive(
    *,
    entry: CounterInput,
    reception: Agency,
    actor: User,
    channel: str = Dossier.Channel.DIRECT,
    postal_tracking: str = "",
    owner: User | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Receive a paper dossier at the counter (or by post) with its scanned papers."""
    at = _now(at)
    errors = _missing_scans(entry.procedure, entry.scans)
    if errors:
        raise ValidationFailed(errors, _("Hồ sơ chưa đủ bản quét giấy tờ bắt buộc."))
    dossier = dossier_receive_direct(
        procedure=entry.procedure,
        reception=reception,
        applicant=entry.applicant,
        actor=actor,
        channel=channel,
        agency=entry.agency,
        form_data=entry.form_data,
        delivery=entry.delivery,
        postal_tracking=postal_tracking,
        owner=owner,
        at=at,
    )
    _attach_scans(dossier, entry.scans, actor, at)
    return dossier


@transaction.atomic
def counter_submit_online(
    *,
    entry: CounterInput,
    owner: User,
    actor: User,
    at: datetime | None = None,
) -> Dossier:
    """Submit online on the applicant's behalf (online-only procedures).

    The dossier is online and flagged assisted; it then waits for receipt like any
    online dossier.
    """
    at = _now(at)
    if not _official(actor, (Role.RECEPTION_OFFICER, Role.GUIDANCE_MEMBER)):
        raise PermissionDenied(_("Chỉ cán bộ một cửa, tổ hướng dẫn hỗ trợ nộp hồ sơ."))
    if owner.is_official:
        raise ValidationFailed(
            {"owner": [_("Hồ sơ phải đứng tên tài khoản của người nộp.")]}
        )
    dossier = dossier_draft_create(
        procedure=entry.procedure,
        owner=owner,
        applicant=entry.applicant,
        agency=entry.agency,
        form_data=entry.form_data,
        delivery=entry.delivery,
        assisted_by=actor,
        at=at,
    )
    _attach_scans(dossier, entry.scans, actor, at)
    return dossier_submit(dossier=dossier, actor=actor, at=at)


# ---------------------------------------------------------------- one entry point


@transaction.atomic
def dossier_supplement_receive(
    *,
    dossier: Dossier,
    actor: User,
    note: str = "",
    upload: UploadedFile | None = None,
    at: datetime | None = None,
    expected_version: int | None = None,
) -> Dossier:
    """Record at reception that the requested papers arrived; the clock resumes."""
    at = _now(at)
    locked = _locked(dossier, expected_version)
    _require(actor, locked, "supplement-provide")
    if upload is not None:
        document_attach(
            dossier=locked,
            upload=upload,
            actor=actor,
            kind=DossierDocument.Kind.SUPPLEMENT,
            at=at,
        )
    return dossier_supplement_provide(dossier=locked, actor=actor, note=note, at=at)


def _step_by_order(dossier: Dossier, order: int | None) -> WorkflowStep | None:
    if order is None:
        return None
    step = dossier.procedure.steps.filter(order=order).first()
    if step is None:
        raise ValidationFailed({"to_step": [_("Không có bước này trong quy trình.")]})
    return step


def action_perform(
    *,
    action: str,
    dossier: Dossier,
    actor: User,
    data: Mapping,
    expected_version: int | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Check the role and agency, then run the action's service with its input.

    `data` holds the cleaned input of the web form or the API body: users and
    agencies already resolved, `to_step` as a step number, `file` an upload.
    """
    if action not in ROLE_RULES:
        raise DomainError(_("Thao tác không tồn tại."))
    action_require(user=actor, dossier=dossier, action=action)
    common = {"dossier": dossier, "actor": actor, "at": at}
    version = {"expected_version": expected_version}
    file = data.get("file")
    if action == "receive":
        return dossier_receive(**common, **version)
    if action == "request-supplement":
        return dossier_request_supplement(
            **common,
            **version,
            items=list(data.get("items") or []),
            override_reason=data.get("override_reason") or "",
        )
    if action == "refuse":
        return dossier_refuse(
            **common, **version, reasons=list(data.get("reasons") or [])
        )
    if action == "claim":
        return dossier_claim(**common, **version)
    if action == "release":
        return dossier_release(**common, **version)
    if action == "assign":
        if data.get("assignee") is None:
            raise ValidationFailed({"assignee": [_("Hãy chọn người nhận hồ sơ.")]})
        return dossier_assign(
            **common, **version, assignee=data["assignee"], note=data.get("note") or ""
        )
    if action == "forward":
        return dossier_forward(
            **common,
            **version,
            assignee=data.get("assignee"),
            to_step=_step_by_order(dossier, data.get("to_step")),
            note=data.get("note") or "",
        )
    if action == "consult":
        if data.get("agency") is None:
            raise ValidationFailed({"agency": [_("Hãy chọn cơ quan phối hợp.")]})
        dossier_consult(
            **common,
            **version,
            agency=data["agency"],
            request=data.get("request") or "",
        )
        return dossier
    if action == "consult-answer":
        dossier_consult_answer(
            **common, **version, answer=data.get("answer") or "", upload=file
        )
        return dossier
    if action == "note":
        return dossier_note_add(
            **common, **version, text=data.get("text") or "", upload=file
        )
    if action == "propose":
        return dossier_propose(
            **common,
            **version,
            outcome=data.get("outcome") or "",
            note=data.get("note") or "",
            upload=file,
        )
    if action == "approve":
        return dossier_approve(
            **common,
            **version,
            outcome=data.get("outcome") or "",
            note=data.get("note") or "",
        )
    if action == "send-back":
        return dossier_send_back(
            **common,
            **version,
            note=data.get("note") or "",
            to_step=_step_by_order(dossier, data.get("to_step")),
        )
    if action == "attach-result":
        if file is None:
            raise ValidationFailed({"file": [_("Hãy chọn tệp kết quả.")]})
        dossier_result_attach(**common, **version, upload=file)
        return dossier
    if action == "return":
        return dossier_hand_over(
            **common,
            **version,
            collected_by=data.get("collected_by") or "",
            signed=bool(data.get("signed")),
            postal_tracking=data.get("postal_tracking") or "",
            note=data.get("note") or "",
        )
    if action == "apologise":
        if data.get("new_appointment") is None:
            raise ValidationFailed(
                {"new_appointment": [_("Hãy chọn ngày, giờ hẹn trả kết quả mới.")]}
            )
        return dossier_apologise(
            **common,
            **version,
            reason=data.get("reason") or "",
            new_appointment=data["new_appointment"],
        )
    return dossier_supplement_receive(
        **common, **version, note=data.get("note") or "", upload=file
    )
