"""Dossiers made through the real services, so every history is a valid chain."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.catalog.models import Procedure
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    Applicant,
    document_attach,
    dossier_draft_create,
    dossier_finish,
    dossier_receive,
    dossier_receive_direct,
    dossier_refuse,
    dossier_request_payment,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_stop,
    dossier_submit,
    dossier_withdraw,
)

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdf_upload(name: str = "don-de-nghi.pdf") -> SimpleUploadedFile:
    """Return a small real PDF file as an upload."""
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def applicant_citizen(**overrides) -> Applicant:
    values = {
        "kind": Dossier.ApplicantKind.CITIZEN,
        "name": "Hoàng Văn Sáng",
        "id_number": "020090001234",
        "phone": "0912345678",
        "email": "sang@example.vn",
        "address": "Thôn Bản Thín, xã Quảng Lạc, tỉnh Lạng Sơn",
    }
    values.update(overrides)
    return Applicant(**values)


def submitted_dossier(
    *, procedure: Procedure, owner, at: datetime | None = None
) -> Dossier:
    """Return an online dossier, complete and submitted by its owner."""
    dossier = dossier_draft_create(procedure=procedure, owner=owner, at=at)
    for component in procedure.components.filter(required=True):
        document_attach(
            dossier=dossier,
            upload=pdf_upload(),
            actor=owner,
            component=component,
            at=at,
        )
    return dossier_submit(dossier=dossier, actor=owner, at=at)


def counter_dossier(
    *, procedure: Procedure, reception, actor, at: datetime | None = None
) -> Dossier:
    """Return a dossier received on paper at a counter."""
    return dossier_receive_direct(
        procedure=procedure,
        reception=reception,
        applicant=applicant_citizen(),
        actor=actor,
        at=at,
    )


# A Monday in March 2026, inside office hours, with no holiday that week.
MONDAY_MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)
# Every status a dossier can be in, with the two kinds of supplement request apart.
SUPPLEMENT_BEFORE_RECEIPT = "supplement_requested_before_receipt"
BUILDABLE_STATUSES = (
    Dossier.Status.DRAFT,
    Dossier.Status.SUBMITTED,
    SUPPLEMENT_BEFORE_RECEIPT,
    Dossier.Status.SUPPLEMENT_REQUESTED,
    Dossier.Status.RECEIVED,
    Dossier.Status.IN_PROGRESS,
    Dossier.Status.PAYMENT_REQUESTED,
    Dossier.Status.FINISHED,
    Dossier.Status.RETURNED,
    Dossier.Status.REFUSED,
    Dossier.Status.WITHDRAWN,
    Dossier.Status.STOPPED,
)


def dossier_in_status(
    status: str,
    *,
    procedure: Procedure,
    citizen,
    receiver,
    official,
    leader,
    at: datetime = MONDAY_MORNING,
) -> Dossier:
    """Return an online dossier brought to `status` through the real services.

    `SUPPLEMENT_BEFORE_RECEIPT` is a supplement request on a submitted dossier;
    `supplement_requested` is one during processing (its clock paused). Each step
    happens 30 minutes after the one before, starting at `at`.
    """
    moments = (at + timedelta(minutes=30 * n) for n in range(1, 20))
    dossier = dossier_draft_create(procedure=procedure, owner=citizen, at=at)
    if status == Dossier.Status.DRAFT:
        return dossier
    dossier = dossier_submit(dossier=dossier, actor=citizen, at=next(moments))
    before_receipt = {
        SUPPLEMENT_BEFORE_RECEIPT: lambda d: dossier_request_supplement(
            dossier=d, actor=receiver, items=["Thiếu bản sao CCCD"], at=next(moments)
        ),
        Dossier.Status.REFUSED: lambda d: dossier_refuse(
            dossier=d,
            actor=receiver,
            reasons=["Không thuộc thẩm quyền"],
            at=next(moments),
        ),
        Dossier.Status.WITHDRAWN: lambda d: dossier_withdraw(
            dossier=d, actor=citizen, reason="Không còn nhu cầu", at=next(moments)
        ),
    }
    if status == Dossier.Status.SUBMITTED:
        return dossier
    if status in before_receipt:
        return before_receipt[status](dossier)
    dossier = dossier_receive(dossier=dossier, actor=receiver, at=next(moments))
    if status == Dossier.Status.RECEIVED:
        return dossier
    dossier = dossier_start_processing(
        dossier=dossier, actor=receiver, at=next(moments)
    )
    if status == Dossier.Status.IN_PROGRESS:
        return dossier
    if status == Dossier.Status.SUPPLEMENT_REQUESTED:
        return dossier_request_supplement(
            dossier=dossier, actor=official, items=["Thiếu bản vẽ"], at=next(moments)
        )
    if status == Dossier.Status.PAYMENT_REQUESTED:
        return dossier_request_payment(
            dossier=dossier, actor=official, amount=150_000, at=next(moments)
        )
    if status == Dossier.Status.STOPPED:
        return dossier_stop(
            dossier=dossier, actor=leader, reason="Theo quyết định", at=next(moments)
        )
    dossier = dossier_finish(
        dossier=dossier,
        actor=leader,
        outcome=Dossier.Outcome.GRANTED,
        at=next(moments),
    )
    if status == Dossier.Status.FINISHED:
        return dossier
    if status == Dossier.Status.RETURNED:
        return dossier_return(dossier=dossier, actor=receiver, at=next(moments))
    raise ValueError(status)
