"""A whole online submission in one call: the e-form, the papers and the submit.

The public API's one-request submission (`POST /api/v1/submissions`) and any
client that holds the whole dossier at once (the national portal's exchange, a
mobile app on a slow connection) use it instead of draft, uploads and submit.
The dossier gets the same history as one submitted in steps (`created` as a
draft, then `submitted`), its papers are checked as uploads are, and the
client's key makes a retry return the first answer instead of a second dossier.
"""

from __future__ import annotations

import hashlib
import json
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
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent
from motcua.dossiers.services.codes import dossier_code_next, pin_new
from motcua.dossiers.services.documents import (
    document_check,
    file_digest,
    storage_name,
)
from motcua.dossiers.services.ledger import event_build
from motcua.dossiers.services.lifecycle import (
    FINGERPRINT,
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
    """The client's key already names a dossier sent with other content."""

    def __init__(self, code: str) -> None:
        super().__init__(
            _(
                "Khóa chống nộp trùng này đã dùng cho hồ sơ %(code)s với nội dung "
                "khác: mỗi hồ sơ mới cần một khóa mới."
            )
            % {"code": code}
        )
        self.dossier_code = code


@dataclass(frozen=True)
class SentFile:
    """One file as received, with the SHA-256 of its content."""

    upload: UploadedFile
    sha256: str


@dataclass(frozen=True)
class Paper:
    """The files sent for one component of the procedure, by its id."""

    component_id: int
    files: tuple[SentFile, ...]

    @classmethod
    def of(cls, component_id: int, uploads: Iterable[UploadedFile]) -> Paper:
        """Return the paper of these uploads, each hashed once."""
        return cls(component_id, tuple(SentFile(u, file_digest(u)) for u in uploads))


def submission_fingerprint(*, content: dict, papers: Iterable[Paper] = ()) -> str:
    """Return the SHA-256 that tells a retry from another request under one key.

    `content` is the request's JSON (procedure, form, delivery, commune); the
    papers count by component and content, not by file name.
    """
    sent = sorted(
        [paper.component_id, sent.sha256] for paper in papers for sent in paper.files
    )
    text = json.dumps(
        {"content": content, "papers": sent}, sort_keys=True, ensure_ascii=False
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
_SUBMITTED_COLUMNS = ("id", "code", "status", "pin", "submitted_at")
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


def _replayed(found: Dossier, fingerprint: str, using: str) -> Dossier:
    """Return the dossier a retry names, refusing a key sent with other content."""
    first = (
        DossierEvent.objects.using(using)
        .filter(dossier_id=found.pk, seq=1)
        .values_list("data", flat=True)
        .first()
    ) or {}
    if first.get(FINGERPRINT) != fingerprint:
        raise KeyReused(found.code or str(found.pk))
    return found


def submission_find(
    *, owner: User, client_key: str, fingerprint: str
) -> tuple[Dossier | None, bool]:
    """Return the dossier a retry of this request names, and if unverified.

    (None, pending) when the key is new. A key already used with other content
    is refused (KeyReused). Callers look first, so that a retry gets its answer
    even after the procedure or the account changed. The same for a whole
    submission and for a draft made with a key.
    """
    client_key = client_key_check(client_key)
    using = router.db_for_write(Dossier)
    found, pending = _by_key(owner, client_key, using)
    if found is not None:
        found = _replayed(found, fingerprint, using)
    return found, pending


def _papers_check(
    procedure: Procedure, papers: Iterable[Paper], using: str
) -> tuple[dict[str, list[str]], list[tuple[int, SentFile, str]]]:
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
    given = set()
    for paper in papers:
        key = f"documents.{paper.component_id}"
        if paper.component_id not in components:
            errors[key] = [
                _("Thủ tục %(code)s không có thành phần số %(id)s.")
                % {"code": procedure.code, "id": paper.component_id}
            ]
            continue
        for sent in paper.files:
            try:
                content_type = document_check(
                    upload=sent.upload, max_mb=procedure.max_upload_mb
                )
            except ValidationFailed as refused:
                errors.setdefault(key, []).extend(refused.errors["file"])
                continue
            files.append((paper.component_id, sent, content_type))
        given.add(paper.component_id)
    for pk, (name, required) in components.items():
        if required and pk not in given:
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
    fingerprint: str,
    form_data: dict,
    delivery: Delivery,
    papers: Iterable[Paper],
    agency: Agency | None = None,
    pending: bool | None = None,
    at: datetime | None = None,
) -> tuple[Dossier, bool]:
    """Create, attach the papers and submit an online dossier in one transaction.

    Returns the dossier and True, or, when the owner already sent this key with
    the same content (`submission_fingerprint`), the dossier it made and False:
    a retry, however many times and however concurrent, never makes a second
    one. Nothing is written when anything is refused: the account, the form, a
    paper (type from its content, size, component), a required paper missing,
    the procedure. `pending` is the account's verification as `submission_find`
    read it, if it did.
    """
    at = at or timezone.now()
    client_key = client_key_check(client_key)
    using = router.db_for_write(Dossier)
    if owner.kind not in (User.Kind.CITIZEN, User.Kind.ORGANISATION):
        raise PermissionDenied(
            _("Chỉ tài khoản công dân hoặc tổ chức mới nộp hồ sơ của mình.")
        )
    if pending is None:
        found, pending = _by_key(owner, client_key, using)
        if found is not None:
            return _replayed(found, fingerprint, using), False
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
    committed: list[bool] = []
    try:
        with transaction.atomic(using=using):
            # First of the commit's callbacks: a later one that fails cannot
            # make the files of a committed dossier look unwritten.
            transaction.on_commit(lambda: committed.append(True), using=using)
            _write(dossier, owner, files, documents, fingerprint, at, using)
    except IntegrityError:
        if committed:
            raise
        _discard(documents)
        # The same key sent concurrently: the other request's dossier stands.
        found, _pending = _by_key(owner, client_key, using)
        if found is None:
            raise DomainError(
                _(
                    "Thủ tục hoặc giấy tờ vừa được thay đổi trong lúc nộp: hãy tải "
                    "lại thông tin thủ tục rồi gửi lại."
                )
            ) from None
        return _replayed(found, fingerprint, using), False
    except BaseException:
        if not committed:
            _discard(documents)
        raise
    return dossier, True


def _write(
    dossier: Dossier,
    owner: User,
    files: list[tuple[int, SentFile, str]],
    documents: list[DossierDocument],
    fingerprint: str,
    at: datetime,
    using: str,
) -> None:
    """Write the dossier, its papers and its two events: one statement on PostgreSQL."""
    dossier.pk = pk_reserve(Dossier, using)
    reserved = dossier.pk is not None
    if not reserved:
        dossier.save(using=using)  # its key, for the events' hashes
    for component_id, sent, content_type in files:
        document = DossierDocument(
            dossier=dossier,
            component_id=component_id,
            kind=DossierDocument.Kind.COMPONENT,
            name=sent.upload.name[:255],
            size=sent.upload.size,
            content_type=content_type,
            sha256=sent.sha256,
            uploaded_by=owner,
            uploaded_at=at,
        )
        document.file.save(storage_name(content_type), sent.upload, save=False)
        documents.append(document)
    # The request's fingerprint in the history: a retry is told from a new one.
    events = [
        event_build(dossier=dossier, verb="created", to_status=S.DRAFT, at=at,
                    actor=owner, data={FINGERPRINT: fingerprint}),
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
    created, submitted = events
    statements = (
        [
            insert_statement(dossier, using),
            *(insert_statement(document, using) for document in documents),
            insert_statement(created, using, own_save=True),
            insert_statement(submitted, using, own_save=True, returning=True),
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
        (event_pk,) = statements_run(statements, using)
        saved(dossier, using)
        saved(submitted, using, event_pk)
    # As for any submission (a draft's creation is never notified).
    event_notify_schedule(event=submitted)


def _discard(documents: list[DossierDocument]) -> None:
    """Delete the stored files of a submission that was not written."""
    for document in documents:
        if document.file:
            document.file.delete(save=False)
