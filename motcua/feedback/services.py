"""Ratings of dossiers and feedback on procedures: every change is here."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.core.text import nfc
from motcua.dossiers.models import Dossier
from motcua.feedback.models import ProcedureFeedback, Rating
from motcua.feedback.selectors import feedback_list_for

RATEABLE = (Dossier.Status.FINISHED, Dossier.Status.RETURNED)


def rating_create(
    *, dossier: Dossier, author: User, level: str, comment: str = ""
) -> Rating:
    """Record the applicant's satisfaction with a dossier once it has its result.

    Once per dossier on the portal (DOMAIN §11): a second rating is refused.
    """
    if dossier.owner_id is None or dossier.owner_id != author.pk:
        raise PermissionDenied(_("Chỉ người nộp hồ sơ mới đánh giá được."))
    if dossier.status not in RATEABLE:
        raise DomainError(_("Chỉ đánh giá khi hồ sơ đã có kết quả."))
    if level not in Rating.Level.values:
        raise ValidationFailed({"level": [_("Hãy chọn một mức độ hài lòng.")]})
    comment = nfc(comment or "").strip()
    if len(comment) > 2000:
        raise ValidationFailed({"comment": [_("Góp ý tối đa 2000 ký tự.")]})
    if Rating.objects.filter(dossier=dossier, source=Rating.Source.PORTAL).exists():
        raise DomainError(_("Hồ sơ này đã được đánh giá."))
    try:
        with transaction.atomic():
            return Rating.objects.create(
                dossier=dossier,
                agency_id=dossier.agency_id,
                author=author,
                level=level,
                comment=comment,
                source=Rating.Source.PORTAL,
            )
    except IntegrityError:  # a second click at the same moment
        raise DomainError(_("Hồ sơ này đã được đánh giá.")) from None


def feedback_create(
    *,
    procedure: Procedure,
    name: str,
    contact: str,
    content: str,
    author: User | None = None,
) -> ProcedureFeedback:
    """Record a feedback or proposal on a published procedure (anyone may send)."""
    if not procedure.is_published:
        raise DomainError(_("Thủ tục này hiện không còn được áp dụng."))
    values = {
        "name": nfc(name or "").strip(),
        "contact": nfc(contact or "").strip(),
        "content": nfc(content or "").strip(),
    }
    messages = {
        "name": _("Hãy nhập họ và tên."),
        "contact": _("Hãy nhập số điện thoại hoặc thư điện tử."),
        "content": _("Hãy nhập nội dung phản ánh, kiến nghị."),
    }
    errors = {key: [messages[key]] for key, value in values.items() if not value}
    if errors:
        raise ValidationFailed(errors)
    if author is not None and not author.is_authenticated:
        author = None
    return ProcedureFeedback.objects.create(
        procedure=procedure, author=author, **values
    )


@transaction.atomic
def feedback_answer(
    *,
    feedback: ProcedureFeedback,
    actor: User,
    answer: str,
    publish: bool = True,
    at: datetime | None = None,
) -> ProcedureFeedback:
    """Answer a feedback (shown publicly), or keep it from the public."""
    if not feedback_list_for(user=actor).filter(pk=feedback.pk).exists():
        raise PermissionDenied(_("Bạn không có quyền trả lời phản ánh về thủ tục này."))
    feedback = ProcedureFeedback.objects.select_for_update().get(pk=feedback.pk)
    answer = nfc(answer or "").strip()
    if publish and not answer:
        raise ValidationFailed({"answer": [_("Hãy nhập nội dung trả lời.")]})
    feedback.answer = answer
    feedback.state = (
        ProcedureFeedback.State.ANSWERED if publish else ProcedureFeedback.State.HIDDEN
    )
    feedback.answered_by = actor
    feedback.answered_at = at or timezone.now()
    feedback.save(
        update_fields=["answer", "state", "answered_by", "answered_at", "updated_at"]
    )
    return feedback
