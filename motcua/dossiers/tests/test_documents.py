from __future__ import annotations

import pytest

from motcua.catalog.models import Component
from motcua.catalog.tests.factories import ComponentFactory
from motcua.core.errors import DomainError
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services import (
    NotDraft,
    document_attach,
    document_attach_own,
    dossier_draft_create,
)
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


def test_owner_upload_checks_in_order_under_the_lock(procedure, citizen, other_citizen):
    paper = ComponentFactory(procedure=procedure, required=True)
    draft = dossier_draft_create(procedure=procedure, owner=citizen)

    def attach(owner, component_id=paper.pk, dossier_id=draft.pk):
        return document_attach_own(
            dossier_id=dossier_id,
            component_id=component_id,
            upload=pdf_upload(),
            owner=owner,
        )

    with pytest.raises(Dossier.DoesNotExist):
        attach(other_citizen)
    with pytest.raises(Dossier.DoesNotExist):
        attach(citizen, dossier_id=draft.pk + 1000)
    with pytest.raises(Component.DoesNotExist):
        attach(citizen, component_id=paper.pk + 1000)
    first = attach(citizen)
    second = attach(citizen)  # replaces the first, which is kept as replaced
    assert DossierDocument.objects.get(pk=first.pk).withdrawn
    assert not DossierDocument.objects.get(pk=second.pk).withdrawn
    assert (second.component_id, second.uploaded_by_id, second.kind) == (
        paper.pk,
        citizen.pk,
        DossierDocument.Kind.COMPONENT,
    )
    submitted = submitted_dossier(procedure=procedure, owner=citizen)
    with pytest.raises(NotDraft) as refused:
        attach(citizen, dossier_id=submitted.pk)
    assert refused.value.status == Dossier.Status.SUBMITTED
    assert submitted.documents.filter(withdrawn=False).count() == 1
