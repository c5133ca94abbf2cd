"""An account registered on the portal submits only after verifying its phone."""

from __future__ import annotations

import pytest

from motcua.core.errors import DomainError
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_draft_create, dossier_submit
from motcua.notifications.models import AccountVerification

pytestmark = pytest.mark.django_db


def test_unverified_account_keeps_its_draft_but_cannot_submit(procedure, citizen):
    AccountVerification.objects.create(
        user=citizen, channel="sms", destination=citizen.phone
    )
    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    with pytest.raises(DomainError, match="chưa được xác minh"):
        dossier_submit(dossier=dossier, actor=citizen)
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.DRAFT
    assert dossier.code is None


def test_verified_account_submits(procedure, citizen):
    from django.utils import timezone

    AccountVerification.objects.create(
        user=citizen,
        channel="sms",
        destination=citizen.phone,
        verified_at=timezone.now(),
    )
    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    dossier = dossier_submit(dossier=dossier, actor=citizen)
    assert dossier.status == Dossier.Status.SUBMITTED
