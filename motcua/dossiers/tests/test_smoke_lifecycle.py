from __future__ import annotations

from datetime import datetime

import pytest

from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    dossier_finish,
    dossier_receive,
    dossier_return,
    dossier_start_processing,
    ledger_verify,
)
from motcua.dossiers.tests.factories import submitted_dossier

pytestmark = pytest.mark.django_db


def test_online_dossier_walks_from_submission_to_return(
    procedure, citizen, receiver, official, leader
):
    at = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=at)
    assert dossier.code == "000.00.70.H37-260302-0001"
    dossier = dossier_receive(dossier=dossier, actor=receiver, at=at.replace(hour=9))
    assert dossier.due_at == datetime(2026, 3, 9, 9, 0, tzinfo=TZ)
    dossier = dossier_start_processing(
        dossier=dossier, actor=receiver, at=at.replace(hour=10)
    )
    assert dossier.current_step.name == "Thẩm định"
    dossier = dossier_finish(
        dossier=dossier,
        actor=leader,
        outcome=Dossier.Outcome.GRANTED,
        at=datetime(2026, 3, 5, 9, tzinfo=TZ),
    )
    assert dossier.timeliness == Dossier.Timeliness.EARLY
    dossier = dossier_return(
        dossier=dossier, actor=receiver, at=datetime(2026, 3, 5, 10, tzinfo=TZ)
    )
    assert dossier.status == Dossier.Status.RETURNED
    assert list(dossier.events.values_list("verb", flat=True)) == [
        "created",
        "submitted",
        "received",
        "processing_started",
        "finished",
        "returned",
    ]
    checked, problems = ledger_verify()
    assert (checked, problems) == (1, [])
