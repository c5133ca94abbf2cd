"""Dossiers made through the real services, so every history is a valid chain."""

from __future__ import annotations

from datetime import datetime

from django.core.files.uploadedfile import SimpleUploadedFile

from motcua.catalog.models import Procedure
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    Applicant,
    document_attach,
    dossier_draft_create,
    dossier_receive_direct,
    dossier_submit,
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
            dossier=dossier, upload=pdf_upload(), actor=owner, component=component, at=at
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
