"""Step-by-step guides published by officials."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalog.models import Procedure
from motcua.core.errors import PermissionDenied, ValidationFailed
from motcua.floor.models import Guide, GuideStep


@dataclass
class StepInput:
    text: str
    image: UploadedFile | None = None
    keep_image_from: GuideStep | None = None


def _require_editor(*, actor: User, guide: Guide | None = None) -> None:
    if not (actor.is_authenticated and actor.is_official and actor.agency_id):
        raise PermissionDenied(_("Chỉ cán bộ được soạn hướng dẫn."))
    if guide is not None and not guide.agency.path.startswith(actor.agency.path):
        raise PermissionDenied(_("Hướng dẫn này do đơn vị khác soạn."))


@transaction.atomic
def guide_save(
    *,
    actor: User,
    title: str,
    kind: str,
    steps: list[StepInput],
    summary: str = "",
    procedure: Procedure | None = None,
    guide: Guide | None = None,
) -> Guide:
    """Create or rewrite a guide with its steps, in order; images go to storage."""
    _require_editor(actor=actor, guide=guide)
    errors: dict[str, list[str]] = {}
    if not title.strip():
        errors["title"] = [_("Hãy nhập tiêu đề hướng dẫn.")]
    if kind not in Guide.Kind.values:
        errors["kind"] = [_("Hãy chọn loại hướng dẫn.")]
    if kind == Guide.Kind.PROCEDURE and procedure is None:
        errors["procedure"] = [_("Hướng dẫn thủ tục cần chọn thủ tục.")]
    steps = [s for s in steps if s.text.strip()]
    if not steps:
        errors["steps"] = [_("Hướng dẫn cần ít nhất một bước có nội dung.")]
    if errors:
        raise ValidationFailed(errors)
    if guide is None:
        guide = Guide(agency=actor.agency, author=actor)
    guide.title = title.strip()
    guide.summary = summary.strip()
    guide.kind = kind
    guide.procedure = procedure if kind == Guide.Kind.PROCEDURE else None
    guide.save()
    kept = {
        s.keep_image_from.pk: s.keep_image_from.image.name
        for s in steps
        if s.keep_image_from
    }
    guide.steps.all().delete()
    for order, step in enumerate(steps, start=1):
        new = GuideStep(guide=guide, order=order, text=step.text.strip())
        if step.image is not None:
            new.image = step.image
        elif step.keep_image_from is not None:
            new.image.name = kept[step.keep_image_from.pk]
        new.save()
    return guide


@transaction.atomic
def guide_publish(*, guide: Guide, actor: User, published: bool = True) -> Guide:
    """Show the guide on the guides page and its procedure's page (or hide it)."""
    _require_editor(actor=actor, guide=guide)
    guide.published_at = timezone.now() if published else None
    guide.save(update_fields=["published_at", "updated_at"])
    return guide
