"""The one-stop services: processing steps, consultations, proposals, the counter."""

from __future__ import annotations

from datetime import timedelta

import pytest

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory, UserFactory
from motcua.catalog.tests.factories import ComponentFactory, ProcedureFactory
from motcua.core.errors import (
    ConcurrentChange,
    DomainError,
    PermissionDenied,
    ValidationFailed,
)
from motcua.core.services import calendar_for
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent
from motcua.dossiers.services import (
    dossier_request_supplement,
    dossier_supplement_provide,
)
from motcua.dossiers.tests.factories import applicant_citizen, pdf_upload
from motcua.onestop.models import Consultation
from motcua.onestop.services import (
    CounterInput,
    Delivery,
    action_perform,
    action_permitted,
    counter_receive,
    counter_submit_online,
    dossier_approve,
    dossier_assign,
    dossier_consult,
    dossier_consult_answer,
    dossier_forward,
    dossier_hand_over,
    dossier_note_add,
    dossier_propose,
    dossier_send_back,
)
from motcua.onestop.tests.conftest import NOW

S = Dossier.Status
pytestmark = pytest.mark.django_db


def verbs(dossier: Dossier) -> list[str]:
    return list(dossier.events.order_by("seq").values_list("verb", flat=True))


def test_a_dossier_walks_from_processing_to_return_at_the_counter(
    frozen, make, receiver, official, leader
):
    dossier = make(S.IN_PROGRESS)
    assert dossier.current_step.role == Role.SPECIALIST
    dossier = dossier_note_add(
        dossier=dossier, actor=official, text="Đã kiểm tra thực tế cơ sở"
    )
    dossier = dossier_propose(
        dossier=dossier,
        actor=official,
        outcome=Dossier.Outcome.GRANTED,
        note="Đủ điều kiện",
        upload=pdf_upload("du-thao-giay-chung-nhan.pdf"),
    )
    assert dossier.current_step.role == Role.AGENCY_LEADER
    assert dossier.assignee is None
    dossier = dossier_approve(
        dossier=dossier, actor=leader, outcome=Dossier.Outcome.GRANTED
    )
    assert dossier.status == S.FINISHED
    assert dossier.timeliness == Dossier.Timeliness.EARLY
    dossier = dossier_hand_over(
        dossier=dossier, actor=receiver, collected_by="Hoàng Văn Sáng", signed=True
    )
    assert dossier.status == S.RETURNED
    returned = dossier.events.get(verb="returned")
    assert returned.data["collected_by"] == "Hoàng Văn Sáng"
    assert returned.data["signed"] is True
    assert verbs(dossier)[-4:] == ["note_added", "proposed", "finished", "returned"]
    assert dossier.documents.filter(kind=DossierDocument.Kind.RESULT).count() == 1


def test_counter_return_needs_the_collectors_name_and_signature(frozen, make, receiver):
    dossier = make(S.FINISHED)
    with pytest.raises(ValidationFailed) as caught:
        dossier_hand_over(
            dossier=dossier, actor=receiver, collected_by="", signed=False
        )
    assert set(caught.value.errors) == {"collected_by", "signed"}


def test_approval_needs_a_result_document(frozen, make, leader):
    dossier = make(S.IN_PROGRESS)
    with pytest.raises(ValidationFailed) as caught:
        dossier_approve(dossier=dossier, actor=leader, outcome=Dossier.Outcome.GRANTED)
    assert "file" in caught.value.errors
    assert Dossier.objects.get(pk=dossier.pk).status == S.IN_PROGRESS


def test_proposal_without_a_draft_result_is_refused(frozen, make, official):
    dossier = make(S.IN_PROGRESS)
    with pytest.raises(ValidationFailed):
        dossier_propose(dossier=dossier, actor=official, outcome="granted")


def test_send_back_returns_to_the_specialist_who_held_the_step(
    frozen, make, official, leader
):
    dossier = make(S.IN_PROGRESS)
    dossier = dossier_assign(dossier=dossier, actor=leader, assignee=official)
    dossier = dossier_propose(
        dossier=dossier, actor=official, outcome="granted", upload=pdf_upload()
    )
    dossier = dossier_send_back(
        dossier=dossier, actor=leader, note="Bổ sung biên bản kiểm tra"
    )
    assert dossier.current_step.role == Role.SPECIALIST
    assert dossier.events.order_by("-seq").first().verb == "step_returned"


def test_forward_moves_a_received_dossier_into_processing_then_to_the_next_step(
    frozen, make, receiver, official, leader
):
    dossier = make(S.RECEIVED)
    dossier = dossier_forward(dossier=dossier, actor=receiver, assignee=official)
    assert dossier.status == S.IN_PROGRESS
    assert dossier.assignee == official
    dossier = dossier_forward(dossier=dossier, actor=official, assignee=leader)
    assert dossier.current_step.role == Role.AGENCY_LEADER
    assert dossier.assignee == leader


def test_consulted_agency_answers_and_its_working_time_is_kept(
    frozen, make, official, other_department
):
    colleague = OfficialFactory(agency=other_department, roles=[Role.SPECIALIST])
    dossier = make(S.IN_PROGRESS)
    consultation = dossier_consult(
        dossier=dossier,
        actor=official,
        agency=other_department,
        request="Xác nhận nghĩa vụ tài chính",
    )
    assert other_department in dossier.consulted.all()
    # The consulted agency now sees the dossier and may answer; it may not approve.
    assert action_permitted(user=colleague, dossier=dossier, action="consult-answer")
    assert not action_permitted(user=colleague, dossier=dossier, action="approve")
    frozen.shift(timedelta(hours=20))  # Tuesday 10:00: 3h today + 3h Tuesday
    dossier_consult_answer(dossier=dossier, actor=colleague, answer="Đã xác nhận")
    consultation.refresh_from_db()
    assert consultation.working_minutes == 360
    event = dossier.events.get(verb="consult_answered")
    assert event.data["working_minutes"] == 360
    assert not action_permitted(
        user=colleague, dossier=dossier, action="consult-answer"
    )


def test_consulting_the_deciding_agency_itself_is_refused(
    frozen, make, official, department
):
    with pytest.raises(ValidationFailed):
        dossier_consult(
            dossier=make(S.IN_PROGRESS),
            actor=official,
            agency=department,
            request="Xin ý kiến",
        )


def test_supplement_during_processing_pauses_and_moves_the_due_moment(
    frozen, make, official, receiver
):
    dossier = make(S.IN_PROGRESS)
    due = dossier.due_at
    dossier = action_perform(
        action="request-supplement",
        dossier=dossier,
        actor=official,
        data={"items": ["Thiếu bản vẽ mặt bằng"]},
    )
    assert dossier.paused_at == NOW
    frozen.shift(timedelta(days=1))  # Tuesday 14:00: one full working day later
    dossier = action_perform(
        action="supplement-provide",
        dossier=dossier,
        actor=receiver,
        data={"note": "Đã nhận bản vẽ", "file": pdf_upload("ban-ve.pdf")},
    )
    assert dossier.status == S.IN_PROGRESS
    assert dossier.paused_minutes == 8 * 60
    assert calendar_for().working_minutes_between(due, dossier.due_at) == 8 * 60
    assert dossier.documents.filter(kind=DossierDocument.Kind.SUPPLEMENT).exists()


def test_a_second_supplement_needs_a_leaders_override(
    frozen, make, official, leader, receiver
):
    dossier = make(S.IN_PROGRESS)
    dossier = dossier_request_supplement(
        dossier=dossier, actor=official, items=["Thiếu A"]
    )
    dossier = dossier_supplement_provide(dossier=dossier, actor=receiver)
    with pytest.raises(DomainError):
        action_perform(
            action="request-supplement",
            dossier=dossier,
            actor=official,
            data={"items": ["Thiếu B"]},
        )
    dossier = action_perform(
        action="request-supplement",
        dossier=dossier,
        actor=leader,
        data={"items": ["Thiếu B"], "override_reason": "Giấy tờ mới phát sinh"},
    )
    assert dossier.late_forced is True
    assert dossier.supplement_count == 2


def test_a_stale_version_is_refused_and_leaves_no_event(frozen, make, official):
    dossier = make(S.IN_PROGRESS)
    events = dossier.version
    with pytest.raises(ConcurrentChange):
        action_perform(
            action="claim",
            dossier=dossier,
            actor=official,
            data={},
            expected_version=events - 1,
        )
    assert DossierEvent.objects.filter(dossier=dossier).count() == events


def test_leader_reassigns_a_held_dossier(frozen, make, official, leader, department):
    other = OfficialFactory(agency=department, roles=[Role.SPECIALIST])
    dossier = make(S.IN_PROGRESS)
    dossier = action_perform(action="claim", dossier=dossier, actor=official, data={})
    with pytest.raises(PermissionDenied):
        action_perform(
            action="assign", dossier=dossier, actor=official, data={"assignee": other}
        )
    dossier = action_perform(
        action="assign", dossier=dossier, actor=leader, data={"assignee": other}
    )
    assert dossier.assignee == other
    assert dossier.events.get(verb="assigned").data["previous"] == official.pk


def test_counter_receive_stores_the_scans_and_starts_the_clock(
    frozen, procedure, component, center, receiver
):
    entry = CounterInput(
        procedure=procedure,
        applicant=applicant_citizen(),
        form_data={},
        delivery=Delivery(),
        scans={component.pk: pdf_upload("don.pdf")},
    )
    dossier = counter_receive(entry=entry, reception=center, actor=receiver)
    assert dossier.status == S.RECEIVED
    assert dossier.channel == Dossier.Channel.DIRECT
    assert dossier.due_at is not None
    assert dossier.documents.get().component == component


def test_counter_receive_refuses_missing_scans(
    frozen, procedure, component, center, receiver
):
    entry = CounterInput(
        procedure=procedure,
        applicant=applicant_citizen(),
        form_data={},
        delivery=Delivery(),
        scans={},
    )
    with pytest.raises(ValidationFailed) as caught:
        counter_receive(entry=entry, reception=center, actor=receiver)
    assert "documents" in caught.value.errors
    assert not Dossier.objects.exists()


def test_online_only_procedure_is_submitted_online_on_the_applicants_behalf(
    frozen, department, center, receiver
):
    procedure = ProcedureFactory(agency=department, online_only=True)
    paper = ComponentFactory(procedure=procedure)
    owner = UserFactory(id_number="020090009999")
    entry = CounterInput(
        procedure=procedure,
        applicant=applicant_citizen(id_number="020090009999"),
        form_data={},
        delivery=Delivery(),
        scans={paper.pk: pdf_upload()},
    )
    with pytest.raises(DomainError):
        counter_receive(entry=entry, reception=center, actor=receiver)
    dossier = counter_submit_online(entry=entry, owner=owner, actor=receiver)
    assert dossier.status == S.SUBMITTED
    assert dossier.channel == Dossier.Channel.ONLINE
    assert dossier.assisted is True
    assert dossier.assisted_by == receiver
    assert dossier.owner == owner


def test_consultation_stays_open_until_answered(
    frozen, make, official, other_department
):
    dossier = make(S.IN_PROGRESS)
    dossier_consult(
        dossier=dossier, actor=official, agency=other_department, request="Ý kiến"
    )
    with pytest.raises(DomainError):
        dossier_consult(
            dossier=dossier, actor=official, agency=other_department, request="Lần 2"
        )
    assert Consultation.objects.filter(answered_at__isnull=True).count() == 1
