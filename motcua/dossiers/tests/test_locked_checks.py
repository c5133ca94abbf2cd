"""The checks read with the locked dossier row refuse exactly as before."""

from __future__ import annotations

from datetime import timedelta

import pytest

from motcua.catalog.tests.factories import ComponentFactory
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    document_attach,
    dossier_draft_create,
    dossier_receive,
    dossier_submit,
)
from motcua.dossiers.tests.factories import (
    MONDAY_MORNING,
    pdf_upload,
    submitted_dossier,
)

pytestmark = pytest.mark.django_db


def test_an_action_dated_before_the_last_event_is_refused(procedure, citizen, receiver):
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=MONDAY_MORNING)
    with pytest.raises(DomainError, match="sớm hơn sự kiện trước"):
        dossier_receive(
            dossier=dossier, actor=receiver, at=MONDAY_MORNING - timedelta(minutes=1)
        )
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.SUBMITTED
    received = dossier_receive(dossier=dossier, actor=receiver, at=MONDAY_MORNING)
    assert received.status == Dossier.Status.RECEIVED  # the same moment is fine


def test_submit_names_each_missing_paper(procedure, citizen):
    ComponentFactory(procedure=procedure, name="Đơn đề nghị", required=True)
    ComponentFactory(procedure=procedure, name="Bản vẽ", required=True)
    ComponentFactory(procedure=procedure, name="Ảnh chụp", required=False)
    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    first = procedure.components.get(name="Đơn đề nghị")
    document_attach(
        dossier=dossier, upload=pdf_upload(), actor=citizen, component=first
    )
    with pytest.raises(ValidationFailed) as refused:
        dossier_submit(dossier=dossier, actor=citizen)
    assert [str(m) for m in refused.value.errors["documents"]] == [
        "Thiếu giấy tờ: Bản vẽ"
    ]
    second = procedure.components.get(name="Bản vẽ")
    document_attach(
        dossier=dossier, upload=pdf_upload(), actor=citizen, component=second
    )
    assert dossier_submit(dossier=dossier, actor=citizen).code
