from __future__ import annotations

import pytest

from motcua.core.errors import DomainError
from motcua.dossiers.models import DossierDocument
from motcua.dossiers.services import document_attach
from motcua.dossiers.tests.factories import pdf_upload, submitted_dossier

pytestmark = pytest.mark.django_db


def test_applicant_cannot_replace_a_paper_after_submitting(procedure, citizen):
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    with pytest.raises(DomainError, match="Hồ sơ đã nộp"):
        document_attach(dossier=dossier, upload=pdf_upload(), actor=citizen)
    with pytest.raises(DomainError, match="Hồ sơ đã nộp"):
        document_attach(
            dossier=dossier,
            upload=pdf_upload(),
            actor=citizen,
            kind=DossierDocument.Kind.SUPPLEMENT,
        )
    assert not DossierDocument.objects.filter(dossier=dossier).exists()


def test_reception_officer_may_add_a_scan_to_a_submitted_dossier(
    procedure, citizen, receiver
):
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    document = document_attach(dossier=dossier, upload=pdf_upload(), actor=receiver)
    assert document.dossier_id == dossier.pk
