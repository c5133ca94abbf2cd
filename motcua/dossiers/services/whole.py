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
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, connections, router, transaction
from django.db.models import (
    CharField,
    Exists,
    JSONField,
    OuterRef,
    Subquery,
    Value,
)
from django.db.models.functions import Cast, Concat, JSONObject, StrIndex
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Component, Procedure
from motcua.catalog.services import form_data_validate
from motcua.core.compiled import (
    CompiledQuery,
    insert_statement,
    instance_of,
    pk_reserve,
    pk_reserve_sql,
    saved,
    statements_run,
)
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent
from motcua.dossiers.services.codes import code_statement, dossier_code_next, pin_new
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


def _key_reads(owner_id: Any, key: Any) -> dict[str, Any]:
    """Return, as annotations, what a submission reads of its owner and key.

    The owner's dossier already made with this key, if any, and whether the
    account still waits for its verification code. `owner_id` is a value or a
    reference to the outer query's user.
    """
    return {
        "keyed": Subquery(
            Dossier.objects.filter(owner_id=owner_id, client_key=key)
            .order_by()
            .values("pk")[:1]
        ),
        "pending": Exists(
            AccountVerification.objects.filter(user_id=owner_id, verified_at=None)
        ),
    }


_OWNER = CompiledQuery(
    lambda owner_id, key: (
        User.objects.filter(pk=owner_id)
        .annotate(**_key_reads(OuterRef("pk"), key))
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


@dataclass(frozen=True)
class KeyState:
    """What the owner's key and account say before a submission is written."""

    dossier: Dossier | None  # the dossier already made with this key
    pending: bool  # the account still waits for its verification code
    reserved_pk: int | None = None  # the new dossier's key, taken in the same query


def _keyed(pk: int, owner: User, key: str, using: str) -> Dossier:
    """Return the dossier the owner made with this key, as a retry answers it."""
    row = (
        Dossier.objects.using(using)
        .filter(pk=pk)
        .values_list(*_SUBMITTED_COLUMNS)
        .get()
    )
    values = dict(zip(_SUBMITTED_COLUMNS, row, strict=True))
    return Dossier(owner=owner, client_key=key, **values)


def _by_key(owner: User, key: str, using: str) -> KeyState:
    """Return the owner's dossier made with this key (or None), and if unverified."""
    keyed, pending = _OWNER.first(using, owner_id=owner.pk, key=key)
    found = None if keyed is None else _keyed(keyed, owner, key, using)
    return KeyState(found, pending)


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
    *,
    owner: User,
    client_key: str,
    fingerprint: str,
    catalog: CatalogReads | None = None,
) -> KeyState:
    """Return the dossier a retry of this request names, and if unverified.

    Its `dossier` is None when the key is new. A key already used with other
    content is refused (KeyReused). Callers look first, so that a retry gets
    its answer even after the procedure or the account changed. The same for a
    whole submission and for a draft made with a key. What the procedure's
    query already read of the key (`catalog`) is not read again.
    """
    client_key = client_key_check(client_key)
    using = router.db_for_write(Dossier)
    if catalog is None:
        state = _by_key(owner, client_key, using)
    elif catalog.keyed is None:
        state = KeyState(None, catalog.pending, catalog.reserved_pk)
    else:
        found = _keyed(catalog.keyed, owner, client_key, using)
        state = KeyState(found, catalog.pending)
    if state.dossier is not None:
        _replayed(state.dossier, fingerprint, using)
    return state


@dataclass(frozen=True)
class CatalogReads:
    """What the procedure's query read for a whole submission (`submission_catalog`)."""

    keyed: int | None  # the owner's dossier already made with the key
    pending: bool  # the account still waits for its verification code
    reserved_pk: int | None = None  # the new dossier's key (PostgreSQL)
    papers: list[tuple[int, str, bool]] | None = None  # as `_COMPONENTS` reads them
    reception: Agency | None = None  # of the procedure's own agency
    owner: User | None = None  # the account read with them (None: unknown token)


def submission_catalog(vendor: str, owner_id: Any, key: Any) -> dict[str, Any]:
    """Return what a whole submission reads besides the procedure, in its query.

    As annotations of a query of procedures, with the owner's id and key as
    values: the owner's key and account (`_key_reads`); on PostgreSQL also the
    new dossier's key, the procedure's papers (`_COMPONENTS`) and the reception
    unit of its agency (`reception_for`). `submission_catalog_reads` turns the
    values read into `CatalogReads`.
    """
    reads = _key_reads(owner_id, key)
    if vendor != "postgresql":
        return reads
    from django.contrib.postgres.expressions import ArraySubquery

    papers = (
        Component.objects.filter(procedure_id=OuterRef("pk"))
        .order_by("order", "pk")
        .values(paper=JSONObject(id="id", name="name", required="required"))
    )
    # The nearest reception unit above the agency: its parent's place in the
    # agency's path, deepest first; of two under one parent the later one.
    place = StrIndex(
        OuterRef("agency__path"),
        Concat(Value("/"), Cast("parent_id", CharField()), Value("/")),
    )
    reception = (
        Agency.objects.filter(level=Agency.Level.RECEPTION, active_to__isnull=True)
        .annotate(place=place)
        .filter(place__gt=0)
        .order_by("-place", "-pk")
        .values(unit=JSONObject(id="id", code="code", name="name"))[:1]
    )
    return {
        **reads,
        "reserved": pk_reserve_sql(Dossier),
        "papers": ArraySubquery(papers),
        "reception": Subquery(reception, output_field=JSONField()),
    }


def submission_catalog_reads(values: dict[str, Any], using: str) -> CatalogReads:
    """Return the values `submission_catalog`'s annotations read, by name."""
    papers = values.get("papers")
    unit = values.get("reception")
    return CatalogReads(
        keyed=values["keyed"],
        pending=values["pending"],
        reserved_pk=values.get("reserved"),
        papers=None
        if papers is None
        else [(paper["id"], paper["name"], paper["required"]) for paper in papers],
        # Its other columns deferred: read from the database if ever asked for.
        reception=None
        if unit is None
        else instance_of(
            Agency,
            {"id": unit["id"], "code": unit["code"], "name": unit["name"]},
            using,
        ),
    )


def _papers_check(
    procedure: Procedure,
    papers: Iterable[Paper],
    using: str,
    listed: list[tuple[int, str, bool]] | None = None,
) -> tuple[dict[str, list[str]], list[tuple[int, SentFile, str]]]:
    """Check every file against the procedure's components; return errors and files.

    Each file comes back with its content type. Errors are keyed
    `documents.<component id>`, or `documents` for a required paper not sent.
    `listed` are the procedure's papers if already read.
    """
    if listed is None:
        listed = _COMPONENTS.rows(using, procedure_id=procedure.pk)
    components = {pk: (name, required) for pk, name, required in listed}
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
    prior: KeyState | None = None,
    catalog: CatalogReads | None = None,
    at: datetime | None = None,
) -> tuple[Dossier, bool]:
    """Create, attach the papers and submit an online dossier, all or nothing.

    Returns the dossier and True, or, when the owner already sent this key with
    the same content (`submission_fingerprint`), the dossier it made and False:
    a retry, however many times and however concurrent, never makes a second
    one. Nothing is written when anything is refused: the account, the form, a
    paper (type from its content, size, component), a required paper missing,
    the procedure. `prior` is what `submission_find` read of the key and the
    account, if it did; `catalog` what the procedure's query read besides.
    """
    at = at or timezone.now()
    client_key = client_key_check(client_key)
    using = router.db_for_write(Dossier)
    if owner.kind not in (User.Kind.CITIZEN, User.Kind.ORGANISATION):
        raise PermissionDenied(
            _("Chỉ tài khoản công dân hoặc tổ chức mới nộp hồ sơ của mình.")
        )
    if prior is None:
        prior = _by_key(owner, client_key, using)
        if prior.dossier is not None:
            return _replayed(prior.dossier, fingerprint, using), False
    pending = prior.pending
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
    paper_errors, files = _papers_check(
        procedure, papers, using, catalog.papers if catalog else None
    )
    errors.update(paper_errors)
    if errors:
        raise ValidationFailed(errors, _("Hồ sơ chưa đủ thông tin hoặc giấy tờ."))
    deciding = deciding_agency_for(procedure=procedure, agency=agency, on=at)
    read = catalog.reception if catalog else None
    own = read is not None and deciding.pk == procedure.agency_id
    reception = read if own else reception_for(agency=deciding)
    dossier = Dossier(
        procedure=procedure,
        agency=deciding,
        reception=reception,
        owner=owner,
        channel=Dossier.Channel.ONLINE,
        form_data=form_data,
        status=S.DRAFT,
        client_key=client_key,
    )
    _apply_applicant(dossier, Applicant.from_user(owner))
    _apply_delivery(dossier, delivery)
    _fees(dossier)
    dossier.pk = prior.reserved_pk
    documents: list[DossierDocument] = []
    committed: list[bool] = []
    try:
        _write(dossier, owner, files, documents, fingerprint, at, using, committed)
    except IntegrityError:
        if committed:
            raise
        _discard(documents)
        # The same key sent concurrently: the other request's dossier stands.
        found = _by_key(owner, client_key, using).dossier
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


# The statement whose code a one-statement submission's dossier row takes.
_CODE_TAKEN = "code_taken"
_ONE_STATEMENT_RESULT = (
    f"SELECT (SELECT id FROM submitted), (SELECT code FROM {_CODE_TAKEN})"  # noqa: S608
)


def _write(
    dossier: Dossier,
    owner: User,
    files: list[tuple[int, SentFile, str]],
    documents: list[DossierDocument],
    fingerprint: str,
    at: datetime,
    using: str,
    committed: list[bool],
) -> None:
    """Store the files, then write the dossier, its papers and its two events.

    With the dossier's key reserved (`dossier.pk`, PostgreSQL) and no
    transaction held by the caller, one statement also takes the code's number
    and commits by itself: one round trip, no BEGIN or COMMIT of its own.
    Otherwise in a transaction (a savepoint within the caller's). `committed`
    gets True once the rows are committed.
    """
    if dossier.pk is None:
        dossier.pk = pk_reserve(Dossier, using)
    reserved = dossier.pk is not None
    _files_store(dossier, owner, files, documents, at)
    events = None
    # Autocommit (no transaction of the caller's, none managed by hand): the
    # statement commits by itself.
    if reserved and connections[using].get_autocommit():
        events = created, submitted = _events(dossier, owner, fingerprint, at)
        statements = _statements(
            dossier, documents, created, submitted, using, code_from=_CODE_TAKEN
        )
        if statements is not None:
            taken = code_statement(unit=dossier.reception, day=timezone.localdate(at))
            event_pk, dossier.code = statements_run(
                [
                    (*taken, _CODE_TAKEN),
                    *statements[:-1],
                    (*statements[-1], "submitted"),
                    (_ONE_STATEMENT_RESULT, []),
                ],
                using,
            )
            committed.append(True)
            saved(dossier, using)
            saved(submitted, using, event_pk)
            event_notify_schedule(event=submitted)  # as for any submission
            return
    with transaction.atomic(using=using):
        # First of the commit's callbacks: a later one that fails cannot make
        # the files of a committed dossier look unwritten.
        transaction.on_commit(lambda: committed.append(True), using=using)
        if not reserved:
            dossier.save(using=using)  # its key, for the events' hashes
        created, submitted = events or _events(dossier, owner, fingerprint, at)
        # The code's number last: its counter stays locked until the commit.
        unit = dossier.reception
        dossier.code = dossier_code_next(unit=unit, day=timezone.localdate(at))
        statements = (
            _statements(dossier, documents, created, submitted, using)
            if reserved
            else None
        )
        if statements is None:
            if reserved:
                dossier.save(using=using, force_insert=True)
            else:
                dossier.save(using=using)
            for row in (*documents, created, submitted):
                row.save(using=using)
        else:
            (event_pk,) = statements_run(statements, using)
            saved(dossier, using)
            saved(submitted, using, event_pk)
        # As for any submission (a draft's creation is never notified).
        event_notify_schedule(event=submitted)


def _files_store(
    dossier: Dossier,
    owner: User,
    files: list[tuple[int, SentFile, str]],
    documents: list[DossierDocument],
    at: datetime,
) -> None:
    """Store each file through the storage API; its row is built, not written."""
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


def _events(
    dossier: Dossier, owner: User, fingerprint: str, at: datetime
) -> tuple[DossierEvent, DossierEvent]:
    """Return the dossier's two events, created and submitted, hash-chained.

    The dossier gets its PIN and submission time; its code comes with the write.
    """
    dossier.pin = pin_new()
    dossier.submitted_at = at
    # The request's fingerprint in the history: a retry is told from a new one.
    created = event_build(dossier=dossier, verb="created", to_status=S.DRAFT, at=at,
                          actor=owner, data={FINGERPRINT: fingerprint})  # fmt: skip
    submitted = event_build(
        dossier=dossier, verb="submitted", to_status=S.SUBMITTED, at=at, actor=owner
    )
    return created, submitted


def _statements(
    dossier: Dossier,
    documents: list[DossierDocument],
    created: DossierEvent,
    submitted: DossierEvent,
    using: str,
    code_from: str | None = None,
) -> list[tuple[str, list]] | None:
    """Return the inserts of the dossier, papers and events; None if one needs save().

    `code_from` names the earlier part of the same statement whose `code` the
    dossier's row takes (`statements_run`).
    """
    sql_values = (
        {"code": f"(SELECT code FROM {code_from})"}  # noqa: S608 (our name)
        if code_from
        else None
    )
    statements = [
        insert_statement(dossier, using, sql_values=sql_values),
        *(insert_statement(document, using) for document in documents),
        insert_statement(created, using, own_save=True),
        insert_statement(submitted, using, own_save=True, returning=True),
    ]
    return None if None in statements else statements


def _discard(documents: list[DossierDocument]) -> None:
    """Delete the stored files of a submission that was not written."""
    for document in documents:
        if document.file:
            document.file.delete(save=False)
