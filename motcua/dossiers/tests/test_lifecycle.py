"""Every transition of DOMAIN §6 through its service, and every forbidden one."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.catalog.models import WorkflowStep
from motcua.catalog.tests.factories import WorkflowStepFactory
from motcua.core.errors import (
    DomainError,
    PermissionDenied,
    ValidationFailed,
)
from motcua.core.services import calendar_for
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    TRANSITIONS,
    InvalidTransition,
    dossier_apologise,
    dossier_claim,
    dossier_draft_create,
    dossier_finish,
    dossier_receive,
    dossier_receive_direct,
    dossier_record_payment,
    dossier_refuse,
    dossier_release,
    dossier_request_payment,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_step_move,
    dossier_stop,
    dossier_submit,
    dossier_supplement_provide,
    dossier_withdraw,
)
from motcua.dossiers.services.ledger import ledger_verify_dossier
from motcua.dossiers.tests.factories import (
    BUILDABLE_STATUSES,
    MONDAY_MORNING,
    SUPPLEMENT_BEFORE_RECEIPT,
    applicant_citizen,
    counter_dossier,
    dossier_in_status,
    submitted_dossier,
)

pytestmark = pytest.mark.django_db

S = Dossier.Status
# Received Monday 2 March 2026 09:00: five working days later, Monday 9 March 09:00.
RECEIVED_AT = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)
DUE_AT = datetime(2026, 3, 9, 9, 0, tzinfo=TZ)
# The moment every action of the matrix is tried: after every building step.
TUESDAY = datetime(2026, 3, 3, 9, 0, tzinfo=TZ)

# DOMAIN §6, written out independently of the code's own table.
DOMAIN_TRANSITIONS = {
    None: {S.DRAFT, S.RECEIVED},
    S.DRAFT: {S.SUBMITTED},
    S.SUBMITTED: {S.RECEIVED, S.SUPPLEMENT_REQUESTED, S.REFUSED, S.WITHDRAWN},
    S.SUPPLEMENT_REQUESTED: {S.SUBMITTED, S.IN_PROGRESS, S.STOPPED, S.WITHDRAWN},
    S.RECEIVED: {S.IN_PROGRESS},
    S.IN_PROGRESS: {
        S.SUPPLEMENT_REQUESTED,
        S.PAYMENT_REQUESTED,
        S.FINISHED,
        S.STOPPED,
        S.WITHDRAWN,
    },
    S.PAYMENT_REQUESTED: {S.IN_PROGRESS, S.STOPPED},
    S.FINISHED: {S.RETURNED},
    S.REFUSED: set(),
    S.WITHDRAWN: set(),
    S.STOPPED: set(),
    S.RETURNED: set(),
}


@pytest.fixture
def cast(procedure, citizen, other_citizen, receiver, official, leader, other_official):
    return SimpleNamespace(
        procedure=procedure,
        citizen=citizen,
        other_citizen=other_citizen,
        receiver=receiver,
        official=official,
        leader=leader,
        other_official=other_official,
    )


def build(status: str, cast) -> Dossier:
    return dossier_in_status(
        status,
        procedure=cast.procedure,
        citizen=cast.citizen,
        receiver=cast.receiver,
        official=cast.official,
        leader=cast.leader,
    )


def snapshot(dossier: Dossier) -> tuple:
    """Return what a refused action must leave exactly as it was."""
    dossier = Dossier.objects.get(pk=dossier.pk)
    events = list(dossier.events.values_list("seq", "hash"))
    return dossier.status, dossier.version, dossier.ledger_head, events


def received_online(cast, at: datetime = RECEIVED_AT) -> Dossier:
    dossier = submitted_dossier(
        procedure=cast.procedure, owner=cast.citizen, at=at - timedelta(hours=1)
    )
    return dossier_receive(dossier=dossier, actor=cast.receiver, at=at)


def in_progress(cast, at: datetime = RECEIVED_AT) -> Dossier:
    dossier = received_online(cast, at=at)
    return dossier_start_processing(
        dossier=dossier, actor=cast.receiver, at=at + timedelta(hours=1)
    )


def last_event(dossier: Dossier):
    return dossier.events.order_by("-seq").first()


# ---------------------------------------------------------------- the matrix


def _supplement_actor(dossier: Dossier, cast):
    return cast.receiver if dossier.status in (S.DRAFT, S.SUBMITTED) else cast.official


# Each action is tried by someone entitled to it, so a refusal is about status.
ACTIONS = {
    "submit": lambda d, c, at: dossier_submit(dossier=d, actor=c.citizen, at=at),
    "receive": lambda d, c, at: dossier_receive(dossier=d, actor=c.receiver, at=at),
    "refuse": lambda d, c, at: dossier_refuse(
        dossier=d, actor=c.receiver, reasons=["Sai mẫu tờ khai"], at=at
    ),
    "request_supplement": lambda d, c, at: dossier_request_supplement(
        dossier=d, actor=_supplement_actor(d, c), items=["Thiếu bản sao"], at=at
    ),
    "provide_supplement": lambda d, c, at: dossier_supplement_provide(
        dossier=d, actor=c.citizen, note="Đã nộp bổ sung", at=at
    ),
    "withdraw": lambda d, c, at: dossier_withdraw(
        dossier=d, actor=c.receiver, reason="Công dân đề nghị rút", at=at
    ),
    "start_processing": lambda d, c, at: dossier_start_processing(
        dossier=d, actor=c.receiver, at=at
    ),
    "request_payment": lambda d, c, at: dossier_request_payment(
        dossier=d, actor=c.official, amount=100_000, at=at
    ),
    "pay": lambda d, c, at: dossier_record_payment(
        dossier=d, actor=c.citizen, online=True, reference="VNPAY-1", at=at
    ),
    "finish": lambda d, c, at: dossier_finish(
        dossier=d, actor=c.leader, outcome=Dossier.Outcome.GRANTED, at=at
    ),
    "return": lambda d, c, at: dossier_return(dossier=d, actor=c.receiver, at=at),
    "stop": lambda d, c, at: dossier_stop(
        dossier=d, actor=c.leader, reason="Quyết định của lãnh đạo", at=at
    ),
    "stop_by_system": lambda d, c, at: dossier_stop(
        dossier=d, actor=None, reason="Quá 15 ngày làm việc không bổ sung", at=at
    ),
}
# (status the dossier is built in, action) -> status it goes to; the rest refuse.
ALLOWED = {
    (S.DRAFT, "submit"): S.SUBMITTED,
    (S.SUBMITTED, "receive"): S.RECEIVED,
    (S.SUBMITTED, "refuse"): S.REFUSED,
    (S.SUBMITTED, "request_supplement"): S.SUPPLEMENT_REQUESTED,
    (S.SUBMITTED, "withdraw"): S.WITHDRAWN,
    (SUPPLEMENT_BEFORE_RECEIPT, "provide_supplement"): S.SUBMITTED,
    (SUPPLEMENT_BEFORE_RECEIPT, "withdraw"): S.WITHDRAWN,
    (SUPPLEMENT_BEFORE_RECEIPT, "stop"): S.STOPPED,
    (SUPPLEMENT_BEFORE_RECEIPT, "stop_by_system"): S.STOPPED,
    (S.SUPPLEMENT_REQUESTED, "provide_supplement"): S.IN_PROGRESS,
    (S.SUPPLEMENT_REQUESTED, "withdraw"): S.WITHDRAWN,
    (S.SUPPLEMENT_REQUESTED, "stop"): S.STOPPED,
    (S.SUPPLEMENT_REQUESTED, "stop_by_system"): S.STOPPED,
    (S.RECEIVED, "start_processing"): S.IN_PROGRESS,
    (S.IN_PROGRESS, "request_supplement"): S.SUPPLEMENT_REQUESTED,
    (S.IN_PROGRESS, "request_payment"): S.PAYMENT_REQUESTED,
    (S.IN_PROGRESS, "finish"): S.FINISHED,
    (S.IN_PROGRESS, "stop"): S.STOPPED,
    (S.IN_PROGRESS, "withdraw"): S.WITHDRAWN,
    (S.PAYMENT_REQUESTED, "pay"): S.IN_PROGRESS,
    (S.PAYMENT_REQUESTED, "stop"): S.STOPPED,
    (S.FINISHED, "return"): S.RETURNED,
}
MATRIX = [(status, action) for status in BUILDABLE_STATUSES for action in ACTIONS]


def _status_of(built: str) -> str:
    return S.SUPPLEMENT_REQUESTED if built == SUPPLEMENT_BEFORE_RECEIPT else built


def test_transition_table_is_exactly_the_one_of_the_domain():
    assert {k: set(v) for k, v in TRANSITIONS.items()} == DOMAIN_TRANSITIONS


def test_matrix_exercises_every_transition_of_the_domain():
    exercised = {(_status_of(built), to) for (built, _), to in ALLOWED.items()}
    expected = {
        (source, target)
        for source, targets in DOMAIN_TRANSITIONS.items()
        for target in targets
        if source is not None
    }
    assert exercised == expected


@pytest.mark.parametrize(("built", "action"), MATRIX)
def test_every_action_from_every_status_is_allowed_or_refused_cleanly(
    cast, built, action
):
    dossier = build(built, cast)
    before = snapshot(dossier)
    assert before[0] == _status_of(built)
    expected = ALLOWED.get((built, action))
    if expected is None:
        with pytest.raises(DomainError) as caught:
            ACTIONS[action](dossier, cast, TUESDAY)
        # Refused for the status, not for the actor or the input: a payment with
        # nothing due and a system stop outside a supplement request are plain
        # domain errors, every other refusal names the two statuses.
        if action in ("pay", "stop_by_system"):
            assert type(caught.value) in (DomainError, InvalidTransition)
        else:
            assert type(caught.value) is InvalidTransition
            assert caught.value.current == before[0]
        assert caught.value.message
        assert snapshot(dossier) == before
        return
    result = ACTIONS[action](dossier, cast, TUESDAY)
    dossier.refresh_from_db()
    assert result.status == dossier.status == expected
    assert dossier.version == before[1] + 1
    event = last_event(dossier)
    assert (event.seq, event.from_status, event.to_status, event.at) == (
        dossier.version,
        before[0],
        expected,
        TUESDAY,
    )
    assert event.prev_hash == before[2]
    assert (
        ledger_verify_dossier(dossier=dossier, events=list(dossier.events.all()))
        is None
    )


# ---------------------------------------------------------------- creation


def test_online_submission_gives_code_pin_and_a_submitted_event(cast):
    draft = dossier_draft_create(
        procedure=cast.procedure, owner=cast.citizen, at=MONDAY_MORNING
    )
    assert (draft.status, draft.code, draft.version) == (S.DRAFT, None, 1)
    dossier = dossier_submit(dossier=draft, actor=cast.citizen, at=MONDAY_MORNING)
    assert dossier.status == S.SUBMITTED
    assert dossier.code == "000.00.70.H37-260302-0001"
    assert len(dossier.pin) == 6
    assert dossier.submitted_at == MONDAY_MORNING
    assert dossier.received_at is None
    assert dossier.due_at is None


def test_counter_dossier_is_created_directly_as_received(cast):
    at = RECEIVED_AT
    dossier = counter_dossier(
        procedure=cast.procedure,
        reception=cast.receiver.agency,
        actor=cast.receiver,
        at=at,
    )
    assert dossier.status == S.RECEIVED
    assert dossier.channel == Dossier.Channel.DIRECT
    assert dossier.code == "000.00.70.H37-260302-0001"
    assert (dossier.received_at, dossier.clock_started_at, dossier.due_at) == (
        at,
        at,
        DUE_AT,
    )
    assert dossier.current_step.name == "Tiếp nhận hồ sơ"
    (event,) = dossier.events.all()
    assert (event.verb, event.from_status, event.to_status) == (
        "received",
        "",
        S.RECEIVED,
    )
    assert event.actor == cast.receiver
    assert event.actor_agency == cast.receiver.agency
    assert event.data == {"channel": "direct", "due_at": DUE_AT.isoformat()}


def test_counter_receipt_after_closing_starts_the_clock_at_the_next_opening(cast):
    evening = datetime(2026, 3, 6, 17, 30, tzinfo=TZ)  # a Friday
    dossier = counter_dossier(
        procedure=cast.procedure,
        reception=cast.receiver.agency,
        actor=cast.receiver,
        at=evening,
    )
    assert dossier.received_at == evening
    assert dossier.clock_started_at == datetime(2026, 3, 9, 7, 0, tzinfo=TZ)
    # Five working days from Monday's opening end at Friday's closing.
    assert dossier.due_at == datetime(2026, 3, 13, 17, 0, tzinfo=TZ)


def test_online_only_procedure_is_refused_at_the_counter(cast):
    cast.procedure.online_only = True
    cast.procedure.save()
    with pytest.raises(DomainError, match="chỉ tiếp nhận trực tuyến"):
        counter_dossier(
            procedure=cast.procedure,
            reception=cast.receiver.agency,
            actor=cast.receiver,
            at=RECEIVED_AT,
        )
    assert not Dossier.objects.exists()


def test_postal_dossier_needs_a_tracking_number(cast):
    def receive_by_post(tracking: str) -> Dossier:
        return dossier_receive_direct(
            procedure=cast.procedure,
            reception=cast.receiver.agency,
            applicant=applicant_citizen(),
            actor=cast.receiver,
            channel=Dossier.Channel.POSTAL,
            postal_tracking=tracking,
            at=RECEIVED_AT,
        )

    with pytest.raises(ValidationFailed) as caught:
        receive_by_post("   ")
    assert "postal_tracking" in caught.value.errors
    assert not Dossier.objects.exists()
    dossier = receive_by_post(" EB123456789VN ")
    assert dossier.status == S.RECEIVED
    assert dossier.postal_tracking == "EB123456789VN"
    assert last_event(dossier).data["channel"] == "postal"


def test_counter_refuses_the_online_channel(cast):
    with pytest.raises(DomainError):
        dossier_receive_direct(
            procedure=cast.procedure,
            reception=cast.receiver.agency,
            applicant=applicant_citizen(),
            actor=cast.receiver,
            channel=Dossier.Channel.ONLINE,
            at=RECEIVED_AT,
        )


# ---------------------------------------------------------------- reception


def test_receipt_starts_the_clock_and_sets_the_due_moment(cast):
    dossier = received_online(cast)
    assert dossier.status == S.RECEIVED
    assert dossier.received_at == dossier.clock_started_at == RECEIVED_AT
    assert dossier.due_at == DUE_AT
    assert last_event(dossier).data == {"due_at": DUE_AT.isoformat()}


def test_online_receipt_in_the_last_office_hour_starts_next_morning(cast):
    late = datetime(2026, 3, 2, 16, 15, tzinfo=TZ)
    dossier = received_online(cast, at=late)
    assert dossier.received_at == late
    assert dossier.clock_started_at == datetime(2026, 3, 3, 7, 0, tzinfo=TZ)
    assert dossier.due_at == datetime(2026, 3, 9, 17, 0, tzinfo=TZ)


def test_refusal_lists_every_reason_at_once(cast):
    dossier = submitted_dossier(
        procedure=cast.procedure, owner=cast.citizen, at=MONDAY_MORNING
    )
    reasons = ["Thiếu đơn đề nghị", "  ", "Sai mẫu tờ khai", "Ảnh chụp bị mờ"]
    dossier = dossier_refuse(
        dossier=dossier, actor=cast.receiver, reasons=reasons, at=RECEIVED_AT
    )
    assert dossier.status == S.REFUSED
    assert dossier.closed_at == RECEIVED_AT
    event = last_event(dossier)
    kept = ["Thiếu đơn đề nghị", "Sai mẫu tờ khai", "Ảnh chụp bị mờ"]
    assert event.data == {"reasons": kept}
    assert event.reason == "\n".join(kept)


@pytest.mark.parametrize("reasons", [[], ["", "   "]])
def test_refusal_without_a_reason_is_refused(cast, reasons):
    dossier = submitted_dossier(
        procedure=cast.procedure, owner=cast.citizen, at=MONDAY_MORNING
    )
    before = snapshot(dossier)
    with pytest.raises(ValidationFailed) as caught:
        dossier_refuse(dossier=dossier, actor=cast.receiver, reasons=reasons)
    assert "reasons" in caught.value.errors
    assert snapshot(dossier) == before


def test_supplement_request_lists_every_item(cast):
    dossier = in_progress(cast)
    items = ["Bản vẽ mặt bằng", "Giấy chứng nhận tập huấn"]
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.official, items=items, at=TUESDAY
    )
    event = last_event(dossier)
    assert event.data == {"items": items}
    assert event.reason == "\n".join(items)


# ---------------------------------------------------------------- supplements


def test_supplement_before_receipt_resubmits_and_the_clock_starts_from_zero(cast):
    dossier = submitted_dossier(
        procedure=cast.procedure, owner=cast.citizen, at=MONDAY_MORNING
    )
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.receiver, items=["Thiếu CCCD"], at=RECEIVED_AT
    )
    assert dossier.status == S.SUPPLEMENT_REQUESTED
    assert dossier.paused_at is None  # no clock runs before receipt
    back = datetime(2026, 3, 4, 8, 0, tzinfo=TZ)
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, note="Đã bổ sung", at=back
    )
    assert dossier.status == S.SUBMITTED
    assert dossier.submitted_at == back
    assert dossier.received_at is None
    receipt = datetime(2026, 3, 4, 9, 0, tzinfo=TZ)
    dossier = dossier_receive(dossier=dossier, actor=cast.receiver, at=receipt)
    assert dossier.clock_started_at == receipt
    assert dossier.due_at == datetime(2026, 3, 11, 9, 0, tzinfo=TZ)
    assert dossier.paused_minutes == 0


@pytest.mark.parametrize(
    ("requested", "provided", "paused"),
    [
        # Two whole working days (Tuesday 10:00 to Thursday 10:00).
        (datetime(2026, 3, 3, 10, 0), datetime(2026, 3, 5, 10, 0), 960),
        # Over the lunch break: 11:00-11:30 and 13:30-14:00.
        (datetime(2026, 3, 3, 11, 0), datetime(2026, 3, 3, 14, 0), 60),
        # Over a weekend: Friday 16:00-17:00 and Monday 07:00-08:00.
        (datetime(2026, 3, 6, 16, 0), datetime(2026, 3, 9, 8, 0), 120),
    ],
)
def test_supplement_during_processing_moves_due_by_the_paused_working_time(
    cast, requested, provided, paused
):
    requested, provided = requested.replace(tzinfo=TZ), provided.replace(tzinfo=TZ)
    dossier = in_progress(cast)
    assert dossier.due_at == DUE_AT
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.official, items=["Thiếu bản vẽ"], at=requested
    )
    assert (dossier.status, dossier.paused_at) == (S.SUPPLEMENT_REQUESTED, requested)
    assert dossier.due_at == DUE_AT  # unchanged while paused
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, note="Gửi bản vẽ", at=provided
    )
    assert dossier.status == S.IN_PROGRESS
    assert (dossier.paused_at, dossier.paused_minutes) == (None, paused)
    assert last_event(dossier).data == {"paused_minutes": paused}
    calendar = calendar_for()
    assert calendar.working_minutes_between(DUE_AT, dossier.due_at) == paused
    assert dossier.due_at == calendar.due_at(
        start=RECEIVED_AT, limit=cast.procedure.time_limit, paused_minutes=paused
    )


def test_reception_may_record_supplement_papers_brought_to_the_counter(cast):
    dossier = in_progress(cast)
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.official, items=["Thiếu bản vẽ"], at=TUESDAY
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.receiver, at=TUESDAY + timedelta(hours=1)
    )
    assert dossier.status == S.IN_PROGRESS
    assert dossier.paused_minutes == 60


def test_second_supplement_request_needs_a_leaders_override_and_makes_it_late(cast):
    dossier = in_progress(cast)
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.official, items=["Thiếu bản vẽ"], at=TUESDAY
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, at=TUESDAY + timedelta(hours=1)
    )
    at = TUESDAY + timedelta(hours=2)
    before = snapshot(dossier)
    with pytest.raises(DomainError, match="chỉ được yêu cầu bổ sung một lần"):
        dossier_request_supplement(
            dossier=dossier, actor=cast.leader, items=["Thiếu bản đồ"], at=at
        )
    with pytest.raises(PermissionDenied):
        dossier_request_supplement(
            dossier=dossier,
            actor=cast.official,
            items=["Thiếu bản đồ"],
            override_reason="Cần thêm bản đồ",
            at=at,
        )
    assert snapshot(dossier) == before
    dossier = dossier_request_supplement(
        dossier=dossier,
        actor=cast.leader,
        items=["Thiếu bản đồ"],
        override_reason="Bản vẽ mới phát sinh yêu cầu bản đồ",
        at=at,
    )
    assert dossier.status == S.SUPPLEMENT_REQUESTED
    assert (dossier.supplement_count, dossier.late_forced) == (2, True)
    assert last_event(dossier).data["override_reason"] == (
        "Bản vẽ mới phát sinh yêu cầu bản đồ"
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, at=at + timedelta(hours=1)
    )
    # Finished days before the due moment, it still counts as late.
    dossier = dossier_finish(
        dossier=dossier,
        actor=cast.leader,
        outcome=Dossier.Outcome.GRANTED,
        at=datetime(2026, 3, 4, 9, 0, tzinfo=TZ),
    )
    assert dossier.timeliness == Dossier.Timeliness.LATE


def test_a_supplement_before_receipt_counts_as_the_one_allowed(cast):
    dossier = dossier_in_status(
        SUPPLEMENT_BEFORE_RECEIPT,
        procedure=cast.procedure,
        citizen=cast.citizen,
        receiver=cast.receiver,
        official=cast.official,
        leader=cast.leader,
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, at=TUESDAY
    )
    dossier = dossier_receive(
        dossier=dossier, actor=cast.receiver, at=TUESDAY + timedelta(hours=1)
    )
    dossier = dossier_start_processing(
        dossier=dossier, actor=cast.receiver, at=TUESDAY + timedelta(hours=2)
    )
    with pytest.raises(DomainError, match="một lần"):
        dossier_request_supplement(
            dossier=dossier,
            actor=cast.official,
            items=["Thiếu bản vẽ"],
            at=TUESDAY + timedelta(hours=3),
        )


def test_system_stops_an_unanswered_supplement_request(cast):
    dossier = build(S.SUPPLEMENT_REQUESTED, cast)
    dossier = dossier_stop(
        dossier=dossier, actor=None, reason="Quá hạn bổ sung", at=TUESDAY
    )
    assert (dossier.status, dossier.closed_at, dossier.paused_at) == (
        S.STOPPED,
        TUESDAY,
        None,
    )
    event = last_event(dossier)
    assert (event.actor, event.actor_agency, event.reason) == (
        None,
        None,
        "Quá hạn bổ sung",
    )


def test_leader_stops_a_dossier_waiting_for_papers(cast):
    dossier = build(S.SUPPLEMENT_REQUESTED, cast)
    dossier = dossier_stop(
        dossier=dossier, actor=cast.leader, reason="Theo đề nghị của Sở", at=TUESDAY
    )
    event = last_event(dossier)
    assert (event.actor, event.actor_agency) == (cast.leader, cast.leader.agency)
    assert (event.from_status, event.to_status) == (S.SUPPLEMENT_REQUESTED, S.STOPPED)


def test_stop_needs_a_reason(cast):
    dossier = build(S.IN_PROGRESS, cast)
    with pytest.raises(ValidationFailed):
        dossier_stop(dossier=dossier, actor=cast.leader, reason="  ", at=TUESDAY)


@pytest.mark.parametrize("built", [SUPPLEMENT_BEFORE_RECEIPT, S.SUPPLEMENT_REQUESTED])
def test_citizen_withdraws_a_dossier_waiting_for_papers(cast, built):
    dossier = build(built, cast)
    dossier = dossier_withdraw(
        dossier=dossier, actor=cast.citizen, reason="Không bổ sung được", at=TUESDAY
    )
    assert (dossier.status, dossier.closed_at, dossier.paused_at) == (
        S.WITHDRAWN,
        TUESDAY,
        None,
    )
    assert last_event(dossier).actor_agency is None


def test_citizen_withdraws_a_submitted_dossier_but_not_one_in_progress(cast):
    dossier = build(S.SUBMITTED, cast)
    assert dossier_withdraw(dossier=dossier, actor=cast.citizen, at=TUESDAY).status == (
        S.WITHDRAWN
    )
    dossier = build(S.IN_PROGRESS, cast)
    before = snapshot(dossier)
    with pytest.raises(DomainError, match="bộ phận một cửa"):
        dossier_withdraw(dossier=dossier, actor=cast.citizen, at=TUESDAY)
    assert snapshot(dossier) == before
    dossier = dossier_withdraw(
        dossier=dossier, actor=cast.receiver, reason="Đơn xin rút", at=TUESDAY
    )
    assert dossier.status == S.WITHDRAWN


# ---------------------------------------------------------------- processing


def test_start_processing_moves_past_the_reception_step(cast):
    dossier = received_online(cast)
    dossier = dossier_start_processing(
        dossier=dossier, actor=cast.leader, assignee=cast.official, at=TUESDAY
    )
    assert dossier.status == S.IN_PROGRESS
    assert dossier.current_step.name == "Thẩm định"
    assert dossier.assignee == cast.official
    assert last_event(dossier).data == {
        "step": "Thẩm định",
        "assignee": cast.official.pk,
    }


def test_start_processing_refuses_an_outsider_as_assignee(cast):
    dossier = received_online(cast)
    with pytest.raises(DomainError):
        dossier_start_processing(
            dossier=dossier,
            actor=cast.receiver,
            assignee=cast.other_official,
            at=TUESDAY,
        )


def test_payment_request_then_payment_resumes_processing(cast):
    dossier = in_progress(cast)
    dossier = dossier_request_payment(
        dossier=dossier, actor=cast.official, amount=250_000, at=TUESDAY
    )
    assert dossier.status == S.PAYMENT_REQUESTED
    assert (dossier.fee_total, dossier.payment) == (250_000, Dossier.Payment.UNPAID)
    paid = TUESDAY + timedelta(hours=1)
    dossier = dossier_record_payment(
        dossier=dossier, actor=cast.citizen, online=True, reference="VNPAY-77", at=paid
    )
    assert dossier.status == S.IN_PROGRESS
    assert (dossier.payment, dossier.paid_at) == (Dossier.Payment.PAID_ONLINE, paid)
    event = last_event(dossier)
    assert (event.verb, event.from_status, event.to_status) == (
        "paid",
        S.PAYMENT_REQUESTED,
        S.IN_PROGRESS,
    )
    with pytest.raises(DomainError):
        dossier_record_payment(dossier=dossier, actor=cast.citizen, online=True)


def test_payment_at_the_counter_needs_a_reception_officer(cast):
    dossier = build(S.PAYMENT_REQUESTED, cast)
    with pytest.raises(PermissionDenied):
        dossier_record_payment(
            dossier=dossier, actor=cast.citizen, online=False, at=TUESDAY
        )
    dossier = dossier_record_payment(
        dossier=dossier, actor=cast.receiver, online=False, at=TUESDAY
    )
    assert dossier.payment == Dossier.Payment.PAID_COUNTER


@pytest.mark.parametrize("amount", [0, -5])
def test_payment_request_needs_a_positive_amount(cast, amount):
    dossier = in_progress(cast)
    with pytest.raises(ValidationFailed):
        dossier_request_payment(
            dossier=dossier, actor=cast.official, amount=amount, at=TUESDAY
        )


def test_claim_and_release_keep_the_status_and_leave_events(cast):
    dossier = in_progress(cast)
    dossier = dossier_claim(dossier=dossier, actor=cast.official, at=TUESDAY)
    assert (dossier.status, dossier.assignee) == (S.IN_PROGRESS, cast.official)
    with pytest.raises(DomainError, match="đang do"):
        dossier_claim(dossier=dossier, actor=cast.leader, at=TUESDAY)
    # Claiming again is a no-op.
    version = dossier.version
    assert dossier_claim(dossier=dossier, actor=cast.official).version == version
    dossier = dossier_release(
        dossier=dossier, actor=cast.official, at=TUESDAY + timedelta(hours=1)
    )
    assert dossier.assignee is None
    verbs = list(dossier.events.values_list("verb", "from_status", "to_status"))
    assert verbs[-2:] == [
        ("claimed", S.IN_PROGRESS, S.IN_PROGRESS),
        ("released", S.IN_PROGRESS, S.IN_PROGRESS),
    ]


def test_only_a_leader_releases_someone_elses_claim(cast, department):
    colleague = OfficialFactory(agency=department, roles=[Role.SPECIALIST])
    dossier = in_progress(cast)
    dossier = dossier_claim(dossier=dossier, actor=cast.official, at=TUESDAY)
    with pytest.raises(PermissionDenied):
        dossier_release(dossier=dossier, actor=colleague, at=TUESDAY)
    dossier = dossier_release(dossier=dossier, actor=cast.leader, at=TUESDAY)
    assert last_event(dossier).data == {"released": cast.official.pk}


@pytest.mark.parametrize(
    ("finished_at", "timeliness"),
    [
        (datetime(2026, 3, 6, 16, 0), Dossier.Timeliness.EARLY),
        (datetime(2026, 3, 9, 7, 30), Dossier.Timeliness.ON_TIME),
        (datetime(2026, 3, 9, 9, 0), Dossier.Timeliness.ON_TIME),
        (datetime(2026, 3, 9, 9, 1), Dossier.Timeliness.LATE),
        (datetime(2026, 3, 12, 10, 0), Dossier.Timeliness.LATE),
    ],
)
def test_finishing_records_early_on_time_or_late(cast, finished_at, timeliness):
    finished_at = finished_at.replace(tzinfo=TZ)
    dossier = in_progress(cast)
    dossier = dossier_finish(
        dossier=dossier,
        actor=cast.leader,
        outcome=Dossier.Outcome.GRANTED,
        note="Cấp giấy chứng nhận",
        at=finished_at,
    )
    assert dossier.status == S.FINISHED
    assert (dossier.finished_at, dossier.timeliness) == (finished_at, timeliness)
    assert dossier.current_step.name == "Trả kết quả"
    assert dossier.assignee is None
    assert last_event(dossier).data == {"outcome": "granted", "timeliness": timeliness}


def test_denial_needs_a_written_reason(cast):
    dossier = in_progress(cast)
    with pytest.raises(ValidationFailed):
        dossier_finish(
            dossier=dossier, actor=cast.leader, outcome=Dossier.Outcome.DENIED
        )
    with pytest.raises(ValidationFailed):
        dossier_finish(dossier=dossier, actor=cast.leader, outcome="maybe")
    dossier = dossier_finish(
        dossier=dossier,
        actor=cast.leader,
        outcome=Dossier.Outcome.DENIED,
        note="Không đủ điều kiện",
        at=TUESDAY,
    )
    assert dossier.outcome == Dossier.Outcome.DENIED


def test_return_by_post_needs_a_tracking_number(cast):
    dossier = build(S.FINISHED, cast)
    Dossier.objects.filter(pk=dossier.pk).update(
        delivery=Dossier.Delivery.POST, delivery_address="Thôn Bản Thín"
    )
    with pytest.raises(ValidationFailed):
        dossier_return(dossier=dossier, actor=cast.receiver, at=TUESDAY)
    dossier = dossier_return(
        dossier=dossier, actor=cast.receiver, postal_tracking="EB1VN", at=TUESDAY
    )
    assert dossier.status == S.RETURNED
    assert (dossier.returned_at, dossier.closed_at) == (TUESDAY, TUESDAY)
    assert last_event(dossier).data == {"delivery": "post", "postal_tracking": "EB1VN"}


# ---------------------------------------------------------------- apology


def test_apology_a_working_day_before_due_sets_a_new_appointment_and_counts_late(cast):
    dossier = in_progress(cast)
    # Friday 09:00 to Monday 09:00 is exactly one working day (480 minutes).
    at = datetime(2026, 3, 6, 9, 0, tzinfo=TZ)
    new_appointment = datetime(2026, 3, 12, 9, 0, tzinfo=TZ)
    dossier = dossier_apologise(
        dossier=dossier,
        actor=cast.leader,
        reason="Chờ ý kiến cơ quan phối hợp",
        new_appointment=new_appointment,
        at=at,
    )
    assert dossier.status == S.IN_PROGRESS
    assert (dossier.apology_at, dossier.appointment_at) == (at, new_appointment)
    assert dossier.effective_due_at == new_appointment
    assert dossier.late_forced
    event = last_event(dossier)
    assert (event.verb, event.from_status, event.to_status) == (
        "apologised",
        S.IN_PROGRESS,
        S.IN_PROGRESS,
    )
    assert {k: datetime.fromisoformat(v) for k, v in event.data.items()} == {
        "due_at": DUE_AT,
        "new_appointment": new_appointment,
    }
    # Finished on the due date, before the due moment: still late.
    dossier = dossier_finish(
        dossier=dossier,
        actor=cast.leader,
        outcome=Dossier.Outcome.GRANTED,
        at=datetime(2026, 3, 9, 8, 0, tzinfo=TZ),
    )
    assert dossier.timeliness == Dossier.Timeliness.LATE


def test_apology_less_than_a_working_day_before_due_is_refused(cast):
    dossier = in_progress(cast)
    before = snapshot(dossier)
    with pytest.raises(DomainError, match="một ngày làm việc"):
        dossier_apologise(
            dossier=dossier,
            actor=cast.leader,
            reason="Chậm",
            new_appointment=datetime(2026, 3, 12, 9, 0, tzinfo=TZ),
            at=datetime(2026, 3, 6, 9, 1, tzinfo=TZ),
        )
    assert snapshot(dossier) == before


def test_apology_is_given_once_by_a_leader_with_a_later_appointment(cast):
    dossier = in_progress(cast)
    kwargs = {
        "reason": "Chờ kết quả kiểm tra thực tế",
        "new_appointment": datetime(2026, 3, 12, 9, 0, tzinfo=TZ),
        "at": TUESDAY,
    }
    with pytest.raises(PermissionDenied):
        dossier_apologise(dossier=dossier, actor=cast.official, **kwargs)
    with pytest.raises(PermissionDenied):
        dossier_apologise(dossier=dossier, actor=cast.other_official, **kwargs)
    with pytest.raises(ValidationFailed):
        dossier_apologise(
            dossier=dossier, actor=cast.leader, **{**kwargs, "new_appointment": DUE_AT}
        )
    with pytest.raises(ValidationFailed):
        dossier_apologise(
            dossier=dossier, actor=cast.leader, **{**kwargs, "reason": ""}
        )
    dossier_apologise(dossier=dossier, actor=cast.leader, **kwargs)
    before = snapshot(dossier)
    with pytest.raises(DomainError, match="đã có phiếu xin lỗi"):
        dossier_apologise(dossier=dossier, actor=cast.leader, **kwargs)
    assert snapshot(dossier) == before


@pytest.mark.parametrize("built", [S.SUBMITTED, S.FINISHED, S.RETURNED, S.STOPPED])
def test_apology_only_for_a_dossier_being_settled(cast, built):
    dossier = build(built, cast)
    with pytest.raises(DomainError):
        dossier_apologise(
            dossier=dossier,
            actor=cast.leader,
            reason="Chậm",
            new_appointment=datetime(2026, 3, 20, 9, 0, tzinfo=TZ),
            at=TUESDAY,
        )


# ---------------------------------------------------------------- permissions


OUTSIDER_ATTEMPTS = {
    "receive": (S.SUBMITTED, lambda d, c: dossier_receive(dossier=d, actor=c)),
    "refuse": (
        S.SUBMITTED,
        lambda d, c: dossier_refuse(dossier=d, actor=c, reasons=["Sai"]),
    ),
    "supplement_before_receipt": (
        S.SUBMITTED,
        lambda d, c: dossier_request_supplement(dossier=d, actor=c, items=["Thiếu"]),
    ),
    "start_processing": (
        S.RECEIVED,
        lambda d, c: dossier_start_processing(dossier=d, actor=c),
    ),
    "supplement_in_processing": (
        S.IN_PROGRESS,
        lambda d, c: dossier_request_supplement(dossier=d, actor=c, items=["Thiếu"]),
    ),
    "request_payment": (
        S.IN_PROGRESS,
        lambda d, c: dossier_request_payment(dossier=d, actor=c, amount=1000),
    ),
    "claim": (S.IN_PROGRESS, lambda d, c: dossier_claim(dossier=d, actor=c)),
    "finish": (
        S.IN_PROGRESS,
        lambda d, c: dossier_finish(dossier=d, actor=c, outcome="granted"),
    ),
    "stop": (S.IN_PROGRESS, lambda d, c: dossier_stop(dossier=d, actor=c, reason="x")),
    "withdraw": (
        S.IN_PROGRESS,
        lambda d, c: dossier_withdraw(dossier=d, actor=c, reason="x"),
    ),
    "provide_supplement": (
        S.SUPPLEMENT_REQUESTED,
        lambda d, c: dossier_supplement_provide(dossier=d, actor=c),
    ),
    "return": (S.FINISHED, lambda d, c: dossier_return(dossier=d, actor=c)),
}


@pytest.mark.parametrize("attempt", OUTSIDER_ATTEMPTS)
def test_official_of_another_department_may_not_act(cast, attempt):
    built, act = OUTSIDER_ATTEMPTS[attempt]
    dossier = build(built, cast)
    before = snapshot(dossier)
    with pytest.raises(PermissionDenied):
        act(dossier, cast.other_official)
    assert snapshot(dossier) == before


@pytest.mark.parametrize(
    ("built", "act"),
    [
        (S.DRAFT, lambda d, c: dossier_submit(dossier=d, actor=c)),
        (S.SUBMITTED, lambda d, c: dossier_withdraw(dossier=d, actor=c)),
        (
            SUPPLEMENT_BEFORE_RECEIPT,
            lambda d, c: dossier_supplement_provide(dossier=d, actor=c),
        ),
        (S.SUBMITTED, lambda d, c: dossier_receive(dossier=d, actor=c)),
    ],
    ids=["submit", "withdraw", "provide_supplement", "receive"],
)
def test_another_citizen_may_not_act_on_a_dossier(cast, built, act):
    dossier = build(built, cast)
    before = snapshot(dossier)
    with pytest.raises(PermissionDenied):
        act(dossier, cast.other_citizen)
    assert snapshot(dossier) == before


def test_specialist_may_not_finish_or_stop(cast):
    dossier = build(S.IN_PROGRESS, cast)
    with pytest.raises(PermissionDenied):
        dossier_finish(dossier=dossier, actor=cast.official, outcome="granted")
    with pytest.raises(PermissionDenied):
        dossier_stop(dossier=dossier, actor=cast.official, reason="Dừng")


def test_officer_of_another_reception_unit_may_not_receive_at_the_center(cast):
    with pytest.raises(PermissionDenied):
        counter_dossier(
            procedure=cast.procedure,
            reception=cast.receiver.agency,
            actor=cast.other_official,
            at=RECEIVED_AT,
        )
    assert not Dossier.objects.exists()


@pytest.fixture
def consulting(cast, other_department):
    """An in-progress dossier sent to the other department for its opinion."""
    step = WorkflowStepFactory(
        procedure=cast.procedure,
        order=5,
        name="Lấy ý kiến Sở Y tế",
        actor=WorkflowStep.Actor.CONSULTED,
        role=Role.SPECIALIST,
        agency=other_department,
        share=Decimal(0),
    )
    dossier = build(S.IN_PROGRESS, cast)
    return dossier_step_move(
        dossier=dossier, actor=cast.official, to_step=step, at=TUESDAY
    )


DECISIONS = {
    "finish": lambda d, c, at: dossier_finish(
        dossier=d, actor=c, outcome="granted", at=at
    ),
    "stop": lambda d, c, at: dossier_stop(dossier=d, actor=c, reason="Dừng", at=at),
    "apologise": lambda d, c, at: dossier_apologise(
        dossier=d,
        actor=c,
        reason="Chậm",
        new_appointment=datetime(2026, 3, 20, 9, 0, tzinfo=TZ),
        at=at,
    ),
}


@pytest.mark.parametrize("decision", DECISIONS)
def test_consulted_agency_gives_its_opinion_but_does_not_decide(
    cast, consulting, decision
):
    dossier = consulting
    assert dossier.consulted.filter(pk=cast.other_official.agency_id).exists()
    before = snapshot(dossier)
    with pytest.raises(PermissionDenied):
        DECISIONS[decision](dossier, cast.other_official, TUESDAY)
    assert snapshot(dossier) == before
    # Its opinion given, it hands the dossier back to the deciding department.
    appraisal = cast.procedure.steps.get(order=2)
    dossier = dossier_step_move(
        dossier=dossier,
        actor=cast.other_official,
        to_step=appraisal,
        note="Đồng ý cấp",
        at=TUESDAY + timedelta(hours=1),
    )
    assert last_event(dossier).verb == "step_returned"
    assert last_event(dossier).actor_agency == cast.other_official.agency
    dossier = DECISIONS[decision](dossier, cast.leader, TUESDAY + timedelta(hours=2))
    assert dossier.version == before[1] + 2


# ---------------------------------------------------------------- the trail


def test_events_record_who_from_which_unit_moved_what_and_why(cast):
    dossier = in_progress(cast)
    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast.official, items=["Thiếu bản vẽ"], at=TUESDAY
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast.citizen, note="Đã gửi", at=TUESDAY.replace(hour=10)
    )
    dossier = dossier_finish(
        dossier=dossier,
        actor=cast.leader,
        outcome=Dossier.Outcome.GRANTED,
        note="Đủ điều kiện",
        at=TUESDAY.replace(hour=14),
    )
    dossier = dossier_return(
        dossier=dossier,
        actor=cast.receiver,
        note="Nhận tại quầy",
        at=TUESDAY.replace(hour=15),
    )
    rows = [
        (e.seq, e.verb, e.from_status, e.to_status, e.actor, e.actor_agency, e.reason)
        for e in dossier.events.all()
    ]
    center, department = cast.receiver.agency, cast.official.agency
    citizen = cast.citizen
    assert rows == [
        (1, "created", "", S.DRAFT, citizen, None, ""),
        (2, "submitted", S.DRAFT, S.SUBMITTED, citizen, None, ""),
        (3, "received", S.SUBMITTED, S.RECEIVED, cast.receiver, center, ""),
        (4, "processing_started", S.RECEIVED, S.IN_PROGRESS, cast.receiver, center, ""),
        (
            5,
            "supplement_requested",
            S.IN_PROGRESS,
            S.SUPPLEMENT_REQUESTED,
            cast.official,
            department,
            "Thiếu bản vẽ",
        ),
        (
            6,
            "supplement_provided",
            S.SUPPLEMENT_REQUESTED,
            S.IN_PROGRESS,
            citizen,
            None,
            "Đã gửi",
        ),
        (
            7,
            "finished",
            S.IN_PROGRESS,
            S.FINISHED,
            cast.leader,
            department,
            "Đủ điều kiện",
        ),
        (8, "returned", S.FINISHED, S.RETURNED, cast.receiver, center, "Nhận tại quầy"),
    ]
    assert dossier.version == 8


def test_an_action_dated_before_the_last_event_is_refused(cast):
    dossier = in_progress(cast)
    before = snapshot(dossier)
    with pytest.raises(DomainError, match="không được sớm hơn"):
        dossier_request_payment(
            dossier=dossier, actor=cast.official, amount=1000, at=MONDAY_MORNING
        )
    assert snapshot(dossier) == before
