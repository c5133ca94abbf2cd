"""The recount of a changed dossier is enqueued with its transaction."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django_tasks_db.models import DBTaskResult

from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.kpi.services import dossier_changed, dossier_moved

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


@pytest.mark.parametrize(
    ("from_status", "to_status", "recounted"),
    [
        (None, Dossier.Status.DRAFT, False),  # a draft is made
        (Dossier.Status.DRAFT, Dossier.Status.SUBMITTED, False),  # submitted online
        (None, Dossier.Status.RECEIVED, True),  # received at the counter
        (Dossier.Status.SUBMITTED, Dossier.Status.RECEIVED, True),
        (Dossier.Status.SUBMITTED, Dossier.Status.REFUSED, True),
        (Dossier.Status.SUBMITTED, Dossier.Status.SUBMITTED, True),  # may count
        (Dossier.Status.SUPPLEMENT_REQUESTED, Dossier.Status.SUBMITTED, True),
    ],
)
def test_only_a_draft_made_or_submitted_online_skips_the_recount(
    dossiers, from_status, to_status, recounted
):
    with transaction.atomic():
        dossier_moved(
            dossier_id=dossiers[0].pk, from_status=from_status, to_status=to_status
        )
        scheduled = list(connection.run_on_commit)
        transaction.set_rollback(True)
    assert bool(scheduled) is recounted


def test_an_imported_submitted_dossier_moved_to_another_agency_is_recounted(
    tmp_path, django_capture_on_commit_callbacks
):
    # An older system's dossier may be "submitted" with its receipt already: it
    # counts, and a change of its agency moves its counts (review finding).
    from motcua.accounts.models import Agency
    from motcua.dossiers.services.lifecycle import dossier_transfer_agency
    from motcua.kpi.models import DailyCount
    from motcua.kpi.services import facts_rebuild
    from motcua.kpi.tests.test_commands import HEADER, _catalog, run, write

    _catalog(tmp_path)
    rows = HEADER + (
        "H99-250107-0009,1.000001,000.00.12.H99,,online,"
        "2025-01-07T08:00:00+07:00,2025-01-14T08:00:00+07:00,,,submitted\n"
    )
    run("import", "dossiers", str(write(tmp_path, "d.csv", rows)))
    old = Agency.objects.get(code="000.00.12.H99")
    new = Agency.objects.create(
        code="000.00.13.H99", name="Sở mới", level="department", parent=old.parent
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert dossier_transfer_agency(from_agency=old, to_agency=new, actor=None)

    def counted():
        return sorted(
            (row["agency_id"], row["day"], row["received"])
            for row in DailyCount.objects.filter(received__gt=0).values()
        )

    incremental = counted()
    assert [agency for agency, _day, _n in incremental] == [new.pk]
    facts_rebuild()
    assert counted() == incremental
