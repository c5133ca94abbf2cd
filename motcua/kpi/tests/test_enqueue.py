"""The recount of a changed dossier is enqueued with its transaction."""

from __future__ import annotations

import pytest
from django.db import transaction
from django_tasks_db.models import DBTaskResult

from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.kpi.services import dossier_changed

# Real commits: the test's own transaction would hold every callback back.
pytestmark = pytest.mark.django_db(transaction=True)
DATABASE_TASKS = {
    "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
}


def queued_ids() -> list[list[int]]:
    return [
        row.args_kwargs["kwargs"]["dossier_ids"]
        for row in DBTaskResult.objects.order_by("enqueued_at")
    ]


@pytest.fixture
def dossiers(procedure, citizen, receiver, official, leader):
    made = [
        dossier_in_status(
            Dossier.Status.SUBMITTED,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )
        for _ in range(3)
    ]
    DBTaskResult.objects.all().delete()
    return made


def test_with_the_database_backend_the_task_is_written_inside_the_transaction(
    settings, dossiers
):
    settings.TASKS = DATABASE_TASKS
    first, second, third = dossiers
    with transaction.atomic():
        dossier_changed(dossier_id=first.pk)
        # Written already, before the commit: it commits with the change.
        assert queued_ids() == [[first.pk]]
        dossier_changed(dossier_id=first.pk)
        dossier_changed(dossier_id=second.pk)
        dossier_changed(dossier_id=third.pk)
        assert queued_ids() == [[first.pk]]
    # The others of the same transaction share one task after the commit.
    assert queued_ids() == [[first.pk], [second.pk, third.pk]]


def test_a_rolled_back_change_leaves_no_task(settings, dossiers):
    settings.TASKS = DATABASE_TASKS

    seen_inside = []

    def change_then_fail():
        with transaction.atomic():
            dossier_changed(dossier_id=dossiers[0].pk)
            seen_inside.extend(queued_ids())
            raise RuntimeError("undone")

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert seen_inside == [[dossiers[0].pk]]
    assert queued_ids() == []


def test_another_backend_enqueues_once_after_the_commit(dossiers, monkeypatch):
    from motcua.kpi.tasks import kpi_dossiers_refresh

    enqueued = []
    monkeypatch.setattr(
        type(kpi_dossiers_refresh),
        "enqueue",
        lambda task, **kwargs: enqueued.append(kwargs["dossier_ids"]),
    )
    with transaction.atomic():
        for dossier in dossiers:
            dossier_changed(dossier_id=dossier.pk)
        assert enqueued == []  # the test settings' immediate backend: after commit
    assert enqueued == [sorted(dossier.pk for dossier in dossiers)]
    assert queued_ids() == []
