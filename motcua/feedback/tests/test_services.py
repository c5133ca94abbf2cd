"""Rules of ratings and feedback."""

from __future__ import annotations

import pytest

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.feedback.models import ProcedureFeedback, Rating
from motcua.feedback.services import feedback_answer, feedback_create, rating_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(procedure, citizen, receiver, official, leader):
    return {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }


def test_owner_rates_a_returned_dossier_once(cast):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    rating = rating_create(
        dossier=dossier,
        author=cast["citizen"],
        level=Rating.Level.VERY_SATISFIED,
        comment="Nhanh, đúng hẹn",
    )
    assert rating.agency == dossier.agency
    assert rating.source == Rating.Source.PORTAL
    with pytest.raises(DomainError, match="đã được đánh giá"):
        rating_create(
            dossier=dossier, author=cast["citizen"], level=Rating.Level.SATISFIED
        )
    assert Rating.objects.count() == 1


def test_a_finished_dossier_may_be_rated(cast):
    dossier = dossier_in_status(Dossier.Status.FINISHED, **cast)
    rating_create(dossier=dossier, author=cast["citizen"], level="not_satisfied")
    assert Rating.objects.get().level == "not_satisfied"


@pytest.mark.parametrize(
    "status", [Dossier.Status.SUBMITTED, Dossier.Status.IN_PROGRESS]
)
def test_no_rating_before_the_result(cast, status):
    dossier = dossier_in_status(status, **cast)
    with pytest.raises(DomainError, match="đã có kết quả"):
        rating_create(dossier=dossier, author=cast["citizen"], level="satisfied")


def test_only_the_owner_rates(cast, other_citizen):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    with pytest.raises(PermissionDenied):
        rating_create(dossier=dossier, author=other_citizen, level="satisfied")


def test_rating_level_must_be_one_of_the_three(cast):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    with pytest.raises(ValidationFailed) as caught:
        rating_create(dossier=dossier, author=cast["citizen"], level="ok")
    assert "level" in caught.value.errors


def test_feedback_needs_name_contact_and_content(procedure):
    with pytest.raises(ValidationFailed) as caught:
        feedback_create(procedure=procedure, name=" ", contact="", content="")
    assert set(caught.value.errors) == {"name", "contact", "content"}
    assert not ProcedureFeedback.objects.exists()


def test_an_official_of_the_procedures_agency_answers(procedure, official):
    feedback = feedback_create(
        procedure=procedure, name="Lý Thị Mai", contact="0912000111", content="Hỏi?"
    )
    feedback_answer(feedback=feedback, actor=official, answer="Trả lời.")
    feedback.refresh_from_db()
    assert feedback.state == ProcedureFeedback.State.ANSWERED
    assert feedback.answered_by == official
    assert feedback.answered_at is not None


def test_an_official_of_another_agency_may_not_answer(procedure, other_official):
    feedback = feedback_create(
        procedure=procedure, name="Lý Thị Mai", contact="0912000111", content="Hỏi?"
    )
    with pytest.raises(PermissionDenied):
        feedback_answer(feedback=feedback, actor=other_official, answer="Không.")


def test_province_admin_answers_any_and_may_hide(procedure, other_department):
    admin = OfficialFactory(agency=other_department, roles=[Role.PROVINCE_ADMIN])
    feedback = feedback_create(
        procedure=procedure, name="A", contact="a@example.vn", content="Quảng cáo"
    )
    feedback_answer(feedback=feedback, actor=admin, answer="", publish=False)
    feedback.refresh_from_db()
    assert feedback.state == ProcedureFeedback.State.HIDDEN


def test_publishing_needs_an_answer(procedure, official):
    feedback = feedback_create(
        procedure=procedure, name="A", contact="a@example.vn", content="Hỏi?"
    )
    with pytest.raises(ValidationFailed):
        feedback_answer(feedback=feedback, actor=official, answer="  ")
