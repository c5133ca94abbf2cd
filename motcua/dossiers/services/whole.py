"""A whole online submission in one call: the e-form, the papers and the submit.

The public API's one-request submission (`POST /api/v1/submissions`) and any
client that holds the whole dossier at once (the national portal's exchange, a
mobile app on a slow connection) use it instead of draft, uploads and submit.
The dossier gets the same history as one submitted in steps (`created` as a
draft, then `submitted`), its papers are checked as uploads are, and the
client's key makes a retry return the first answer instead of a second dossier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, router, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Component, Procedure
from motcua.catalog.services import form_data_validate
from motcua.core.compiled import (
    CompiledQuery,
    insert_statement,
    pk_reserve,
    saved,
    statements_run,
)
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services.codes import dossier_code_next, pin_new
from motcua.dossiers.services.documents import document_check, file_digest
from motcua.dossiers.services.ledger import event_build
from motcua.dossiers.services.lifecycle import (
    Applicant,
    Delivery,
    _apply_applicant,
    _apply_delivery,
    _fees,
    _require_published,
    _require_verified,
    deciding_agency_for,
    reception_for,
)
from motcua.kpi.services import dossier_changed
from motcua.notifications.models import AccountVerification
from motcua.notifications.services import event_notify_schedule

S = Dossier.Status
CLIENT_KEY = re.compile(r"[A-Za-z0-9_.:-]{8,64}")


class KeyReused(DomainError):
    """The client's key already names a dossier of another procedure."""

    def __init__(self, code: str) -> None:
        super().__init__(
            _(
                "Khóa chống nộp trùng này đã dùng cho hồ sơ %(code)s của thủ tục "
                "khác: mỗi hồ sơ mới cần một khóa mới."
            )
            % {"code": code}
        )
        self.dossier_code = code


@dataclass(frozen=True)
class Paper:
    """The files sent for one component of the procedure, by its id."""

    component_id: int
    files: tuple[UploadedFile, ...]


def client_key_check(key: str) -> str:
    """Return the client's key, or refuse one that cannot name a submission."""
    key = (key or "").strip()
    if not CLIENT_KEY.fullmatch(key):
        raise ValidationFailed(
            {
                "Idempotency-Key": [
                    _(
                        "Gửi tiêu đề Idempotency-Key: 8 đến 64 ký tự chữ không dấu, "
                        "số hoặc - _ . : (ví dụ một UUID), mới cho mỗi hồ sơ và "
                        "giữ nguyên khi gửi lại."
                    )
                ]
            },
            _("Thiếu khóa chống nộp trùng."),
        )
    return key


# What a whole submission reads of its owner, in one query: the dossier already
# made with this key, if any, and whether the account still waits for its code.
_OWNER = CompiledQuery(
    lambda owner_id, key: (
        User.objects.filter(pk=owner_id)
        .annotate(
            keyed=Subquery(
                Dossier.objects.filter(owner_id=OuterRef("pk"), client_key=key)
                .order_by()
                .values("pk")[:1]
            ),
            pending=Exists(
                AccountVerification.objects.filter(
                    user_id=OuterRef("pk"), verified_at=None
                )
            ),
        )
        .order_by()
        .values_list("keyed", "pending")
    ),
    owner_id=User._meta.pk,
    key=Dossier._meta.get_field("client_key"),
)
_SUBMITTED_COLUMNS = ("id", "procedure_id", "code", "status", "pin", "submitted_at")
_COMPONENTS = CompiledQuery(
    lambda procedure_id: (
        Component.objects.filter(procedure_id=procedure_id)
        .order_by("order", "pk")
        .values_list("id", "name", "required")
    ),
    procedure_id=Component._meta.get_field("procedure"),
)


def _by_key(owner: User, key: str, using: str) -> tuple[Dossier | None, bool]:
    """Return the owner's dossier made with this key (or None), and if unverified."""
    keyed, pending = _OWNER.first(using, owner_id=owner.pk, key=key)
    if keyed is None:
        return None, pending
    row = (
        Dossier.objects.using(using)
        .filter(pk=keyed)
        .values_list(*_SUBMITTED_COLUMNS)
        .get()
    )
    values = dict(zip(_SUBMITTED_COLUMNS, row, strict=True))
    return Dossier(owner=owner, client_key=key, **values), pending


def _replayed(found: Dossier, procedure: Procedure) -> Dossier:
    if found.procedure_id != procedure.pk:
        raise KeyReused(found.code or str(found.pk))
    return found


def _papers_check(
    procedure: Procedure, papers: Iterable[Paper], using: str
) -> tuple[dict[str, list[str]], list[tuple[int, UploadedFile, str]]]:
    """Check every file against the procedure's components; return errors and files.

    Each file comes back with its content type. Errors are keyed
    `documents.<component id>`, or `documents` for a required paper not sent.
    """
    components = {
        pk: (name, required)
        for pk, name, required in _COMPONENTS.rows(using, procedure_id=procedure.pk)
    }
    errors: dict[str, list[str]] = {}
    files: list[tuple[int, UploadedFile, str]] = []
    sent = set()
    for paper in papers:
        key = f"documents.{paper.component_id}"
        if paper.component_id not in components:
            errors[key] = [
                _("Thủ tục %(code)s không có thành phần số %(id)s.")
                % {"code": procedure.code, "id": paper.component_id}
            ]
            continue
        for upload in paper.files:
            try:
                content_type = document_check(
                    upload=upload, max_mb=procedure.max_upload_mb
                )
            except ValidationFailed as refused:
                errors.setdefault(key, []).extend(refused.errors["file"])
                continue
            files.append((paper.component_id, upload, content_type))
        sent.add(paper.component_id)
    for pk, (name, required) in components.items():
        if required and pk not in sent:
            errors.setdefault("documents", []).append(
                _("Thiếu giấy tờ: %(name)s (thành phần số %(id)s)")
                % {"name": name, "id": pk}
            )
    return errors, files


def dossier_submit_whole(
    *,
    procedure: Procedure,
    owner: User,
    client_key: str,
    form_data: dict,
    delivery: Delivery,
    papers: Iterable[Paper],
    agency: Agency | None = None,
    at: datetime | None = None,
) -> tuple[Dossier, bool]:
    """Create, attach the papers and submit an online dossier in one transaction.

    Returns the dossier and True, or, when the owner already sent this key, the
    dossier it made and False (a retry, however many times and however
    concurrent, never makes a second one). Nothing is written when anything is
    refused: the form, a paper (type from its content, size, component), a
    required paper missing, an unverified account, the procedure.
    """
    at = at or timezone.now()
    client_key = client_key_check(client_key)
    using = router.db_for_write(Dossier)
    found, pending = _by_key(owner, client_key, using)
    if found is not None:
        return _replayed(found, procedure), False
    _require_published(procedure)
    if procedure.service_level == Procedure.ServiceLevel.INFO:
        raise DomainError(
            _("Thủ tục này chỉ cung cấp thông tin, không nộp trực tuyến được.")
        )
    _require_verified(owner, pending)
    form_data = dict(form_data)
    errors = {
        f"form.{name}": messages
        for name, messages in form_data_validate(
            schema=procedure.form_schema, data=form_data
        ).items()
    }
    paper_errors, files = _papers_check(procedure, papers, using)
    errors.update(paper_errors)
    if errors:
        raise ValidationFailed(errors, _("Hồ sơ chưa đủ thông tin hoặc giấy tờ."))
    deciding = deciding_agency_for(procedure=procedure, agency=agency, on=at)
    dossier = Dossier(
        procedure=procedure,
        agency=deciding,
        reception=reception_for(agency=deciding),
        owner=owner,
        channel=Dossier.Channel.ONLINE,
        form_data=form_data,
        status=S.DRAFT,
        client_key=client_key,
    )
    _apply_applicant(dossier, Applicant.from_user(owner))
    _apply_delivery(dossier, delivery)
    _fees(dossier)
    documents: list[DossierDocument] = []
    try:
        with transaction.atomic(using=using):
            _write(dossier, owner, files, documents, at, using)
    except IntegrityError:
        _discard(documents)
        # The same key sent concurrently: the other request's dossier stands.
        found, _pending = _by_key(owner, client_key, using)
        if found is None:
            raise
        return _replayed(found, procedure), False
    except BaseException:
        _discard(documents)
        raise
    return dossier, True


def _write(
    dossier: Dossier,
    owner: User,
    files: list[tuple[int, UploadedFile, str]],
    documents: list[DossierDocument],
    at: datetime,
    using: str,
) -> None:
    """Write the dossier, its papers and its two events: one statement on PostgreSQL."""
    dossier.pk = pk_reserve(Dossier, using)
    reserved = dossier.pk is not None
    if not reserved:
        dossier.save(using=using)  # its key, for the events' hashes
    for component_id, upload, content_type in files:
        document = DossierDocument(
            dossier=dossier,
            component_id=component_id,
            kind=DossierDocument.Kind.COMPONENT,
            name=upload.name[:255],
            size=upload.size,
            content_type=content_type,
            sha256=file_digest(upload),
            uploaded_by=owner,
            uploaded_at=at,
        )
        document.file.save(upload.name, upload, save=False)
        documents.append(document)
    events = [
        event_build(dossier=dossier, verb="created", to_status=S.DRAFT, at=at,
                    actor=owner),
    ]  # fmt: skip
    dossier_changed(dossier_id=dossier.pk)  # indicators recounted, with the commit
    # The code's number last: its counter stays locked until the commit.
    dossier.code = dossier_code_next(unit=dossier.reception, day=timezone.localdate(at))
    dossier.pin = pin_new()
    dossier.submitted_at = at
    events.append(
        event_build(
            dossier=dossier, verb="submitted", to_status=S.SUBMITTED, at=at, actor=owner
        )
    )
    statements = (
        [
            insert_statement(dossier, using),
            *(insert_statement(document, using) for document in documents),
            *(insert_statement(event, using, own_save=True) for event in events),
        ]
        if reserved
        else [None]
    )
    if None in statements:
        if reserved:
            dossier.save(using=using, force_insert=True)
        else:
            dossier.save(using=using)
        for row in (*documents, *events):
            row.save(using=using)
    else:
        statements_run(statements, using)
        saved(dossier, using)
    for event in events:
        event_notify_schedule(event=event)  # neither is notified today; as any event


def _discard(documents: list[DossierDocument]) -> None:
    """Delete the stored files of a submission that was not written."""
    for document in documents:
        if document.file:
            document.file.delete(save=False)
