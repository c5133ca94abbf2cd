"""Files of a dossier: type checked from content, hashed, stored through storage."""

from __future__ import annotations

import hashlib
from datetime import datetime

import filetype
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalog.models import Component
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services.permissions import (
    Side,
    official_may_act,
    require_owner_or_reception,
)

ALLOWED_TYPES = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "DOCX",
}
_SNIFF_BYTES = 8192


def file_type_detect(upload: UploadedFile) -> str | None:
    """Return the MIME type read from the file's first bytes, not from its name."""
    upload.seek(0)
    head = upload.read(_SNIFF_BYTES)
    upload.seek(0)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def document_check(*, upload: UploadedFile, max_mb: int) -> str:
    """Return the content type of an acceptable upload, or raise ValidationFailed."""
    if upload.size == 0:
        raise ValidationFailed(
            {"file": [_("Tệp %(name)s rỗng.") % {"name": upload.name}]}
        )
    if upload.size > max_mb * 1024 * 1024:
        raise ValidationFailed(
            {
                "file": [
                    _("Tệp %(name)s lớn hơn %(mb)s MB cho phép.")
                    % {"name": upload.name, "mb": max_mb}
                ]
            }
        )
    content_type = file_type_detect(upload)
    if content_type not in ALLOWED_TYPES:
        raise ValidationFailed(
            {
                "file": [
                    _(
                        "Tệp %(name)s không phải PDF, JPEG, PNG hoặc DOCX (kiểm tra "
                        "theo nội dung tệp, không theo đuôi tên)."
                    )
                    % {"name": upload.name}
                ]
            }
        )
    return content_type


@transaction.atomic
def document_attach(
    *,
    dossier: Dossier,
    upload: UploadedFile,
    actor: User,
    kind: str = DossierDocument.Kind.COMPONENT,
    component: Component | None = None,
    reused: bool = False,
    replace: bool = True,
    at: datetime | None = None,
) -> DossierDocument:
    """Store one file of a dossier after checking its type, size and owner.

    `replace=False` adds a further file to the same component (a paper scanned as
    several files) instead of replacing the one before.
    """
    at = at or timezone.now()
    # Lock first: a file racing with the submission must not slip in after it.
    # The agencies' rows only for an official's permission check.
    related = ("reception", "agency") if actor.is_official else ()
    dossier = (
        Dossier.objects.select_for_update(of=("self",))
        .select_related("procedure", *related)
        .get(pk=dossier.pk)
    )
    if kind in (DossierDocument.Kind.INTERNAL, DossierDocument.Kind.RESULT):
        if not official_may_act(
            actor=actor,
            dossier=dossier,
            side=Side.DECIDING,
            roles=("specialist", "unit_leader", "agency_leader", "reception_officer"),
        ):
            raise DomainError(_("Chỉ cán bộ giải quyết mới đính kèm văn bản này."))
    else:
        require_owner_or_reception(
            actor=actor,
            dossier=dossier,
            roles=("reception_officer", "guidance_member"),
        )
        if dossier.status in (
            Dossier.Status.REFUSED,
            Dossier.Status.WITHDRAWN,
            Dossier.Status.STOPPED,
            Dossier.Status.RETURNED,
        ):
            raise DomainError(_("Hồ sơ đã kết thúc, không thêm giấy tờ được."))
        if not actor.is_official:
            # The applicant changes papers only in a draft, and adds them only when
            # asked for a supplement: what was submitted stays as it was.
            allowed = (
                Dossier.Status.DRAFT
                if kind == DossierDocument.Kind.COMPONENT
                else Dossier.Status.SUPPLEMENT_REQUESTED
            )
            if dossier.status != allowed:
                raise DomainError(
                    _(
                        "Hồ sơ đã nộp: không thay, thêm giấy tờ được nữa. Khi cần bổ "
                        "sung, cơ quan sẽ gửi yêu cầu và bạn nộp thêm tại đó."
                    )
                )
    if component is not None and component.procedure_id != dossier.procedure_id:
        raise ValidationFailed(
            {"component": [_("Giấy tờ này không thuộc thủ tục của hồ sơ.")]}
        )
    content_type = document_check(upload=upload, max_mb=dossier.procedure.max_upload_mb)
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    if replace and component is not None and kind == DossierDocument.Kind.COMPONENT:
        # A new file for the same paper replaces the old one in a draft; the old
        # one is kept (marked replaced) so nothing acknowledged is lost.
        dossier.documents.filter(component=component, withdrawn=False).update(
            withdrawn=True
        )
    document = DossierDocument(
        dossier=dossier,
        component=component,
        kind=kind,
        name=upload.name[:255],
        size=upload.size,
        content_type=content_type,
        sha256=digest.hexdigest(),
        reused=reused,
        uploaded_by=actor,
        uploaded_at=at,
    )
    document.file.save(upload.name, upload, save=False)
    document.save()
    return document
