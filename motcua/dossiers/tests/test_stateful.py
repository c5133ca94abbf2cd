"""Random walks through the dossier lifecycle keep the history and the clock right.

A hypothesis state machine drives one dossier per example with random actions at
random, always later, moments (across nights, weekends and holidays). Refused
actions must change nothing; after every step the status is the fold of the
history, the chain verifies, and the due moment is the calendar's, with the
paused working time added.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace

import pytest
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from motcua.core.errors import DomainError
from motcua.core.services import calendar_for
from motcua.core.workcal import TZ
from motcua.dossiers.models import FINAL_STATUSES, Dossier
from motcua.dossiers.services import (
    dossier_apologise,
    dossier_claim,
    dossier_draft_create,
    dossier_finish,
    dossier_receive,
    dossier_record_payment,
    dossier_refuse,
    dossier_release,
    dossier_request_payment,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_stop,
    dossier_submit,
    dossier_supplement_provide,
    dossier_withdraw,
    status_fold,
)
from motcua.dossiers.services.ledger import ledger_verify_dossier
from motcua.dossiers.tests.factories import counter_dossier

S = Dossier.Status
# Mid-April 2026: the walks run into the Hùng Kings day, 30/4 and 1/5; each
# starts on one of the next 14 days, mostly in office hours.
START = datetime(2026, 4, 20, 0, 0, tzinfo=TZ)
# Mostly minutes or hours, sometimes days: crosses lunch, nights and weekends.
DELAYS = st.one_of(st.integers(0, 240), st.integers(0, 5 * 24 * 60))
STATEFUL = settings(
    max_examples=25,
    stateful_step_count=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


OPEN = (S.SUBMITTED, S.RECEIVED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED)
SETTLING = (S.RECEIVED, S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED, S.PAYMENT_REQUESTED)
ACTION_RULES = (
    "submit",
    "receive",
    "refuse",
    "request_supplement",
    "provide_supplement",
    "withdraw",
    "start_processing",
    "request_payment",
    "pay",
    "finish",
    "return_result",
    "stop",
    "claim",
    "release",
    "apologise",
)


class DossierMachine(RuleBasedStateMachine):
    """Drive one dossier; `cast` (the named users and procedure) is set per run."""

    cast: SimpleNamespace

    def __init__(self) -> None:
        super().__init__()
        # Each example runs inside a savepoint, rolled back in teardown().
        self._atomic = transaction.atomic()
        self._atomic.__enter__()
        self.calendar = calendar_for()
        self.dossier: Dossier | None = None
        self.now = START
        self.paused_minutes = 0
        self.paused_since: datetime | None = None

    def teardown(self) -> None:
        transaction.set_rollback(True)
        self._atomic.__exit__(None, None, None)

    # ------------------------------------------------------------ helpers

    def _user(self, name: str | None):
        return None if name is None else getattr(self.cast, name)

    def _act(self, delay: int, action) -> None:
        """Try an action `delay` minutes later; a refusal must change nothing."""
        self.now += timedelta(minutes=delay)
        before = Dossier.objects.get(pk=self.dossier.pk)
        try:
            action(before, self.now)
        except DomainError:
            after = Dossier.objects.get(pk=self.dossier.pk)
            assert (after.status, after.version, after.ledger_head) == (
                before.status,
                before.version,
                before.ledger_head,
            )
            assert after.events.count() == before.version
            return
        after = Dossier.objects.get(pk=self.dossier.pk)
        self._follow_the_clock(before, after)
        self.dossier = after

    def _follow_the_clock(self, before: Dossier, after: Dossier) -> None:
        """Keep the model's own account of paused working time."""
        if before.status == S.SUBMITTED and after.status == S.RECEIVED:
            self.paused_minutes, self.paused_since = 0, None
        processing = before.received_at is not None
        if (before.status, after.status) == (S.IN_PROGRESS, S.SUPPLEMENT_REQUESTED):
            self.paused_since = self.now
        resumed_or_closed = after.status != S.SUPPLEMENT_REQUESTED
        if processing and before.status == S.SUPPLEMENT_REQUESTED and resumed_or_closed:
            if after.status == S.IN_PROGRESS:
                self.paused_minutes += self.calendar.working_minutes_between(
                    self.paused_since, self.now
                )
            self.paused_since = None

    def _in(self, *statuses: str) -> bool:
        return self.dossier is not None and self.dossier.status in statuses

    # ------------------------------------------------------------ rules

    @initialize(
        day=st.integers(0, 13),
        minute=st.integers(6 * 60, 18 * 60),
        at_counter=st.booleans(),
    )
    def create(self, day: int, minute: int, at_counter: bool) -> None:
        self.now = START + timedelta(days=day, minutes=minute)
        self._new_dossier(at_counter)

    @precondition(lambda self: self._in(*FINAL_STATUSES))
    @rule(delay=DELAYS, at_counter=st.booleans())
    def next_dossier(self, delay, at_counter):
        """Go on with a new dossier once the last one is closed."""
        self.now += timedelta(minutes=delay)
        self._new_dossier(at_counter)

    def _new_dossier(self, at_counter: bool) -> None:
        cast = self.cast
        self.paused_minutes, self.paused_since = 0, None
        if at_counter:
            self.dossier = counter_dossier(
                procedure=cast.procedure,
                reception=cast.receiver.agency,
                actor=cast.receiver,
                at=self.now,
            )
        else:
            self.dossier = dossier_draft_create(
                procedure=cast.procedure, owner=cast.citizen, at=self.now
            )

    @precondition(lambda self: self._in(S.DRAFT))
    @rule(delay=DELAYS)
    def submit(self, delay, actor="citizen"):
        self._act(
            delay,
            lambda d, at: dossier_submit(dossier=d, actor=self._user(actor), at=at),
        )

    @precondition(lambda self: self._in(S.SUBMITTED))
    @rule(delay=DELAYS)
    def receive(self, delay, actor="receiver"):
        self._act(
            delay,
            lambda d, at: dossier_receive(dossier=d, actor=self._user(actor), at=at),
        )

    @precondition(lambda self: self._in(S.SUBMITTED))
    @rule(delay=DELAYS)
    def refuse(self, delay, actor="receiver"):
        self._act(
            delay,
            lambda d, at: dossier_refuse(
                dossier=d, actor=self._user(actor), reasons=["Sai mẫu", "Thiếu"], at=at
            ),
        )

    @precondition(lambda self: self._in(S.SUBMITTED, S.IN_PROGRESS))
    @rule(delay=DELAYS, override=st.booleans())
    def request_supplement(self, delay, actor=None, override=False):
        if actor is None:
            # Reception before receipt; during processing a leader may override.
            submitted = self.dossier.status == S.SUBMITTED
            actor = "receiver" if submitted else ("leader" if override else "official")
        self._act(
            delay,
            lambda d, at: dossier_request_supplement(
                dossier=d,
                actor=self._user(actor),
                items=["Thiếu bản vẽ", "Thiếu bản sao CCCD"],
                override_reason="Lãnh đạo đồng ý" if override else "",
                at=at,
            ),
        )

    @precondition(lambda self: self._in(S.SUPPLEMENT_REQUESTED))
    @rule(delay=DELAYS, actor=st.sampled_from(["citizen", "receiver"]))
    def provide_supplement(self, delay, actor="citizen"):
        self._act(
            delay,
            lambda d, at: dossier_supplement_provide(
                dossier=d, actor=self._user(actor), at=at
            ),
        )

    @precondition(
        lambda self: self._in(S.SUBMITTED, S.SUPPLEMENT_REQUESTED, S.IN_PROGRESS)
    )
    @rule(delay=DELAYS, actor=st.sampled_from(["citizen", "receiver"]))
    def withdraw(self, delay, actor="receiver"):
        self._act(
            delay,
            lambda d, at: dossier_withdraw(
                dossier=d, actor=self._user(actor), reason="Xin rút", at=at
            ),
        )

    @precondition(lambda self: self._in(S.RECEIVED))
    @rule(delay=DELAYS, actor=st.sampled_from(["receiver", "leader"]))
    def start_processing(self, delay, actor="receiver"):
        self._act(
            delay,
            lambda d, at: dossier_start_processing(
                dossier=d, actor=self._user(actor), at=at
            ),
        )

    @precondition(lambda self: self._in(S.IN_PROGRESS))
    @rule(delay=DELAYS)
    def request_payment(self, delay, actor="official"):
        self._act(
            delay,
            lambda d, at: dossier_request_payment(
                dossier=d, actor=self._user(actor), amount=50_000, at=at
            ),
        )

    @precondition(lambda self: self._in(S.PAYMENT_REQUESTED))
    @rule(delay=DELAYS, online=st.booleans())
    def pay(self, delay, actor=None, online=True):
        actor = actor or ("citizen" if online else "receiver")
        self._act(
            delay,
            lambda d, at: dossier_record_payment(
                dossier=d, actor=self._user(actor), online=online, at=at
            ),
        )

    @precondition(lambda self: self._in(S.IN_PROGRESS))
    @rule(delay=DELAYS, outcome=st.sampled_from(Dossier.Outcome.values))
    def finish(self, delay, actor="leader", outcome=Dossier.Outcome.GRANTED):
        self._act(
            delay,
            lambda d, at: dossier_finish(
                dossier=d,
                actor=self._user(actor),
                outcome=outcome,
                note="Văn bản trả lời",
                at=at,
            ),
        )

    @precondition(lambda self: self._in(S.FINISHED))
    @rule(delay=DELAYS)
    def return_result(self, delay, actor="receiver"):
        self._act(
            delay,
            lambda d, at: dossier_return(dossier=d, actor=self._user(actor), at=at),
        )

    @precondition(
        lambda self: self._in(
            S.SUPPLEMENT_REQUESTED, S.IN_PROGRESS, S.PAYMENT_REQUESTED
        )
    )
    @rule(delay=DELAYS, actor=st.sampled_from(["leader", None]))
    def stop(self, delay, actor="leader"):
        self._act(
            delay,
            lambda d, at: dossier_stop(
                dossier=d, actor=self._user(actor), reason="Dừng xử lý", at=at
            ),
        )

    @precondition(lambda self: self._in(*OPEN) and not self.dossier.assignee_id)
    @rule(delay=DELAYS, actor=st.sampled_from(["official", "leader"]))
    def claim(self, delay, actor="official"):
        self._act(
            delay,
            lambda d, at: dossier_claim(dossier=d, actor=self._user(actor), at=at),
        )

    @precondition(lambda self: self._in(*OPEN) and self.dossier.assignee_id)
    @rule(delay=DELAYS, actor=st.sampled_from(["official", "leader"]))
    def release(self, delay, actor="official"):
        self._act(
            delay,
            lambda d, at: dossier_release(dossier=d, actor=self._user(actor), at=at),
        )

    @precondition(lambda self: self._in(*SETTLING) and not self.dossier.apology_at)
    @rule(delay=DELAYS, extra_days=st.integers(1, 10))
    def apologise(self, delay, actor="leader", extra_days=3):
        self._act(
            delay,
            lambda d, at: dossier_apologise(
                dossier=d,
                actor=self._user(actor),
                reason="Chờ ý kiến cơ quan phối hợp",
                new_appointment=(d.due_at or at) + timedelta(days=extra_days),
                at=at,
            ),
        )

    @precondition(lambda self: self.dossier is not None)
    @rule(
        delay=DELAYS,
        name=st.sampled_from(ACTION_RULES),
        # Mostly the rule's own actor; now and then an outsider.
        actor=st.sampled_from([None, None, None, "other_official", "other_citizen"]),
    )
    def anything(self, delay, name, actor):
        """Try any action whatever the status, maybe by an outsider.

        Most are refused, and a refusal must change nothing.
        """
        if actor is None:
            getattr(self, name)(delay=delay)
        else:
            getattr(self, name)(delay=delay, actor=actor)

    # ------------------------------------------------------------ invariants

    @precondition(lambda self: self.dossier is not None)
    @invariant()
    def consistent(self):
        dossier = Dossier.objects.select_related("procedure").get(pk=self.dossier.pk)
        events = list(dossier.events.order_by("seq"))
        # The history is the truth: the status is its fold and the chain holds.
        assert dossier.status == status_fold(events)
        assert ledger_verify_dossier(dossier=dossier, events=events) is None
        assert dossier.version == len(events)
        self._check_clock(dossier)
        if dossier.supplement_count > 1 or dossier.apology_at is not None:
            assert dossier.late_forced
        if dossier.finished_at is not None:
            late = dossier.late_forced or dossier.finished_at > dossier.due_at
            assert (dossier.timeliness == Dossier.Timeliness.LATE) == late

    def _check_clock(self, dossier: Dossier) -> None:
        if dossier.received_at is None:
            assert dossier.due_at is None
            assert dossier.paused_at is None
            return
        assert dossier.due_at is not None
        assert dossier.clock_started_at >= dossier.received_at
        assert dossier.due_at >= dossier.received_at
        # Paused working time is not counted: the due moment moves by exactly it.
        assert dossier.paused_minutes == self.paused_minutes
        assert dossier.due_at == self.calendar.due_at(
            start=dossier.clock_started_at,
            limit=dossier.procedure.time_limit,
            paused_minutes=self.paused_minutes,
        )
        assert dossier.paused_at == self.paused_since
        assert (dossier.paused_at is not None) == (
            dossier.status == S.SUPPLEMENT_REQUESTED
        )


@pytest.mark.django_db
def test_random_walks_keep_history_clock_and_ledger_consistent(
    procedure, citizen, other_citizen, receiver, official, leader, other_official
):
    cast = SimpleNamespace(
        procedure=procedure,
        citizen=citizen,
        other_citizen=other_citizen,
        receiver=receiver,
        official=official,
        leader=leader,
        other_official=other_official,
    )
    machine = type("CastDossierMachine", (DossierMachine,), {"cast": cast})
    run_state_machine_as_test(machine, settings=STATEFUL)
