"""Reads of ratings and feedback, starting from what the asker may see."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from motcua.accounts.models import Role, User
from motcua.catalog.models import Procedure
from motcua.dossiers.models import Dossier
from motcua.feedback.models import ProcedureFeedback, Rating


def rating_for_dossier(*, dossier: Dossier) -> Rating | None:
    """Return the applicant's rating of a dossier on the portal, if any."""
    return Rating.objects.filter(dossier=dossier, source=Rating.Source.PORTAL).first()


def feedback_public_for(*, procedure: Procedure, limit: int = 20) -> list:
    """Return the answered feedback on a procedure, shown publicly (no sender data)."""
    return list(
        ProcedureFeedback.objects.filter(
            procedure=procedure, state=ProcedureFeedback.State.ANSWERED
        )
        .select_related("answered_by__agency")
        .only(
            "content",
            "answer",
            "answered_at",
            "created_at",
            "answered_by__agency__name",
        )
        .order_by("-answered_at")[:limit]
    )


def feedback_list_for(*, user: User) -> QuerySet[ProcedureFeedback]:
    """Return the feedback this official may answer.

    A province administrator sees all; another official, the feedback on the
    procedures their agency's subtree decides. Anyone else sees none.
    """
    feedback = ProcedureFeedback.objects.select_related(
        "procedure", "procedure__agency"
    )
    if not (user.is_authenticated and user.is_official and user.agency_id):
        return feedback.none()
    if user.has_role(Role.PROVINCE_ADMIN):
        return feedback
    return feedback.filter(procedure__agency__path__startswith=user.agency.path)


def feedback_get_for(*, user: User, pk: int) -> ProcedureFeedback:
    """Return one feedback the official may answer, or raise Http404."""
    feedback = feedback_list_for(user=user).filter(pk=pk).first()
    if feedback is None:
        raise Http404
    return feedback
