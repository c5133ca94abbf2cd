"""Files of a dossier: type checked from content, hashed, stored through storage."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime

import filetype
from django.core.files.uploadedfile import UploadedFile
from django.db import router, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.catalog.models import Component
from motcua.core.compiled import CompiledQuery, instance_of, row_insert
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
EXTENSIONS = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def storage_name(content_type: str) -> str:
    """Return a new name to store a checked file under, its extension from its type.

    The name the applicant gave is kept on the document (`name`) for lists and
    downloads; the stored file never takes it, however long or odd it is.
    """
    return f"{secrets.token_hex(12)}{EXTENSIONS.get(content_type, '')}"


# filetype's matchers in its own order, up to the last of the accepted types:
# the ones after it can never decide a guess that ends on an accepted type.
_MATCHERS = filetype.types[
    : 1 + max(i for i, m in enumerate(filetype.types) if m.mime in ALLOWED_TYPES)
]


def file_type_detect(upload: UploadedFile) -> str | None:
    """Return the accepted MIME type read from the file's first bytes, or None.

    From the content, not from the name: filetype's guess, None for any type
    not accepted (`ALLOWED_TYPES`).
    """
    upload.seek(0)
    head = upload.read(_SNIFF_BYTES)
    upload.seek(0)
    kind = filetype.match(head, matchers=_MATCHERS)
    return kind.mime if kind is not None and kind.mime in ALLOWED_TYPES else None


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


def file_digest(upload: UploadedFile) -> str:
    """Return the SHA-256 of an upload's content, leaving it ready to be read again."""
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return digest.hexdigest()


class NotDraft(DomainError):
    """The applicant's dossier is no longer a draft: its papers stay as submitted."""

    def __init__(self, status: str) -> None:
        super().__init__(
            _(
                "Hồ sơ đã nộp: không thay, thêm giấy tờ được nữa. Khi cần bổ "
                "sung, cơ quan sẽ gửi yêu cầu và bạn nộp thêm tại đó."
            )
        )
        self.status = status


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
                raise NotDraft(dossier.status)
    if component is not None and component.procedure_id != dossier.procedure_id:
        raise ValidationFailed(
            {"component": [_("Giấy tờ này không thuộc thủ tục của hồ sơ.")]}
        )
    return _store(
        dossier=dossier,
        upload=upload,
        actor=actor,
        kind=kind,
        component=component,
        reused=reused,
        replace=replace,
        max_mb=dossier.procedure.max_upload_mb,
        at=at,
    )


def _store(
    *,
    dossier: Dossier,
    upload: UploadedFile,
    actor: User,
    kind: str,
    component: Component | None,
    reused: bool,
    replace: bool,
    max_mb: int,
    at: datetime,
) -> DossierDocument:
    """Check the file, store it and record it on the locked dossier."""
    content_type = document_check(upload=upload, max_mb=max_mb)
    digest = file_digest(upload)
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
        sha256=digest,
        reused=reused,
        uploaded_by=actor,
        uploaded_at=at,
    )
    document.file.save(storage_name(content_type), upload, save=False)
    row_insert(document)
    return document


def _own_query(dossier_id: int, owner_id: int, component_id: int):
    found = Component.objects.filter(
        pk=component_id, procedure_id=OuterRef("procedure_id")
    )
    current = DossierDocument.objects.filter(
        dossier_id=OuterRef("pk"), component_id=component_id, withdrawn=False
    )
    return (
        Dossier.objects.select_for_update(of=("self",))
        .filter(pk=dossier_id, owner_id=owner_id)
        .annotate(component_found=Exists(found), has_current=Exists(current))
        .order_by()
        .values_list(
            "procedure_id",
            "status",
            "procedure__max_upload_mb",
            "component_found",
            "has_current",
        )
    )


# An owner's upload to a draft: one locked read, compiled once, answers every
# check (the owner's, still a draft, a paper of its procedure, its upload limit,
# a file to replace).
_OWN_LOCKED = CompiledQuery(
    _own_query,
    dossier_id=Dossier._meta.pk,
    owner_id=Dossier._meta.get_field("owner"),
    component_id=DossierDocument._meta.get_field("component"),
)


@transaction.atomic
def document_attach_own(
    *,
    dossier_id: int,
    component_id: int,
    upload: UploadedFile,
    owner: User,
    at: datetime | None = None,
) -> DossierDocument:
    """Store the file of one paper of the owner's draft, replacing the one before.

    Raises Dossier.DoesNotExist when the dossier is not one of the owner's,
    NotDraft once it is submitted, Component.DoesNotExist when its procedure has
    no such paper, then ValidationFailed for an unacceptable file: in that order.
    """
    at = at or timezone.now()
    using = router.db_for_write(Dossier)
    # Lock first: a file racing with the submission must not slip in after it.
    row = _OWN_LOCKED.first(
        using, dossier_id=dossier_id, owner_id=owner.pk, component_id=component_id
    )
    if row is None:
        raise Dossier.DoesNotExist("Dossier matching query does not exist.")
    procedure_id, status, max_mb, component_found, has_current = row
    if status != Dossier.Status.DRAFT:
        raise NotDraft(status)
    if not component_found:
        raise Component.DoesNotExist("Component matching query does not exist.")
    dossier = instance_of(
        Dossier,
        {
            "id": dossier_id,
            "procedure_id": procedure_id,
            "owner_id": owner.pk,
            "status": status,
        },
        using,
    )
    component = instance_of(
        Component, {"id": component_id, "procedure_id": procedure_id}, using
    )
    return _store(
        dossier=dossier,
        upload=upload,
        actor=owner,
        kind=DossierDocument.Kind.COMPONENT,
        component=component,
        reused=False,
        replace=has_current,
        max_mb=max_mb,
        at=at,
    )
