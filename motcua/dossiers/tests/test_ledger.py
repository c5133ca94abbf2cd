"""The hash-chained history: it verifies, and every kind of tampering is caught."""

from __future__ import annotations

import itertools
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import DatabaseError, connection, transaction

from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import ledger_verify, status_fold
from motcua.dossiers.services.ledger import event_hash, ledger_verify_dossier
from motcua.dossiers.tests.factories import (
    BUILDABLE_STATUSES,
    SUPPLEMENT_BEFORE_RECEIPT,
    dossier_in_status,
)

pytestmark = pytest.mark.django_db

EVENTS = DossierEvent._meta.db_table
DOSSIERS = Dossier._meta.db_table
IS_POSTGRES = connection.vendor == "postgresql"


@pytest.fixture
def make(procedure, citizen, receiver, official, leader):
    def make(status: str = Dossier.Status.RETURNED) -> Dossier:
        return dossier_in_status(
            status,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )

    return make


def verify_one(dossier: Dossier) -> str | None:
    dossier = Dossier.objects.get(pk=dossier.pk)
    return ledger_verify_dossier(
        dossier=dossier, events=list(dossier.events.order_by("seq"))
    )


def raw(sql: str, params: list) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def allow_raw_changes_of_events() -> None:
    """Switch off PostgreSQL's append-only trigger for this test's transaction."""
    if IS_POSTGRES:
        # Django's foreign keys are deferred: check them now, or ALTER TABLE
        # refuses a table with pending trigger events.
        raw("SET CONSTRAINTS ALL IMMEDIATE", [])
        raw(f"ALTER TABLE {EVENTS} DISABLE TRIGGER dossier_event_append_only", [])
        raw("SET CONSTRAINTS ALL DEFERRED", [])


def run_verify_ledger() -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("verify-ledger", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def verify_ledger_failure() -> tuple[CommandError, str]:
    """Run the command expecting it to fail; return the error and its stderr."""
    err = StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("verify-ledger", stdout=StringIO(), stderr=err)
    return caught.value, err.getvalue()


def test_every_event_chains_to_the_one_before(make):
    dossier = make()
    events = list(dossier.events.order_by("seq"))
    assert [e.seq for e in events] == list(range(1, dossier.version + 1))
    assert events[0].prev_hash == ""
    for before, after in itertools.pairwise(events):
        assert after.prev_hash == before.hash
    assert dossier.ledger_head == events[-1].hash
    for event in events:
        assert event.hash == event_hash(
            dossier_id=dossier.pk,
            seq=event.seq,
            verb=event.verb,
            from_status=event.from_status,
            to_status=event.to_status,
            at=event.at,
            actor_id=event.actor_id,
            reason=event.reason,
            data=event.data,
            prev_hash=event.prev_hash,
        )
    assert verify_one(dossier) is None


def test_verify_ledger_passes_on_an_empty_database(db):
    out, err = run_verify_ledger()
    assert "Đã kiểm tra 0 hồ sơ" in out
    assert err == ""


def test_verify_ledger_passes_on_clean_histories(make):
    for status in BUILDABLE_STATUSES:
        make(status)
    assert ledger_verify() == (len(BUILDABLE_STATUSES), [])
    out, err = run_verify_ledger()
    assert f"Đã kiểm tra {len(BUILDABLE_STATUSES)} hồ sơ" in out
    assert "toàn vẹn" in out
    assert err == ""


def test_ledger_verify_reads_in_batches(make):
    dossiers = [make(Dossier.Status.SUBMITTED) for _ in range(5)]
    assert ledger_verify(batch_size=2) == (5, [])
    Dossier.objects.filter(pk=dossiers[3].pk).update(status=Dossier.Status.RECEIVED)
    checked, problems = ledger_verify(batch_size=2)
    assert checked == 5
    assert [p.code for p in problems] == [dossiers[3].code]


@pytest.mark.skipif(not IS_POSTGRES, reason="the trigger exists on PostgreSQL only")
def test_database_refuses_to_update_or_delete_an_event(make):
    dossier = make()
    event = dossier.events.first()
    for sql, params in (
        (f"UPDATE {EVENTS} SET reason = %s WHERE id = %s", ["sửa lén", event.pk]),  # noqa: S608
        (f"DELETE FROM {EVENTS} WHERE id = %s", [event.pk]),  # noqa: S608
    ):
        with pytest.raises(DatabaseError, match="append-only"), transaction.atomic():
            raw(sql, params)
    with pytest.raises(DatabaseError), transaction.atomic():
        DossierEvent.objects.filter(pk=event.pk).update(reason="sửa qua ORM")
    assert DossierEvent.objects.get(pk=event.pk).reason == event.reason


def test_verify_ledger_names_the_dossier_whose_event_reason_was_changed(make):
    untouched = make()
    dossier = make()
    event = dossier.events.get(seq=3)
    allow_raw_changes_of_events()
    raw(
        f"UPDATE {EVENTS} SET reason = %s WHERE id = %s",  # noqa: S608
        ["Lý do được sửa sau", event.pk],
    )
    assert verify_one(dossier) == "nội dung sự kiện 3 đã bị sửa"
    assert verify_one(untouched) is None
    err = StringIO()
    with pytest.raises(CommandError, match="1 trong 2 hồ sơ"):
        call_command("verify-ledger", stdout=StringIO(), stderr=err)
    # The command names each broken dossier by code (on stderr) before raising.
    assert f"{dossier.code}: nội dung sự kiện 3 đã bị sửa" in err.getvalue()
    assert untouched.code not in err.getvalue()


def test_verify_ledger_catches_a_deleted_last_event(make):
    dossier = make()
    allow_raw_changes_of_events()
    raw(
        f"DELETE FROM {EVENTS} WHERE dossier_id = %s AND seq = %s",  # noqa: S608
        [dossier.pk, dossier.version],
    )
    assert verify_one(dossier) == "lịch sử không khớp với số sự kiện đã ghi của hồ sơ"
    error, err = verify_ledger_failure()
    assert "1 trong 1 hồ sơ" in str(error)
    assert dossier.code in err


def test_verify_ledger_catches_a_deleted_middle_event(make):
    dossier = make()
    allow_raw_changes_of_events()
    raw(
        f"DELETE FROM {EVENTS} WHERE dossier_id = %s AND seq = %s",  # noqa: S608
        [dossier.pk, 2],
    )
    assert verify_one(dossier) == "thiếu hoặc thừa sự kiện ở vị trí 2"


def test_verify_ledger_catches_a_rehashed_forgery(make):
    """Rewriting an event and its own hash still breaks the next link."""
    dossier = make()
    event = dossier.events.get(seq=2)
    forged = event_hash(
        dossier_id=dossier.pk,
        seq=event.seq,
        verb=event.verb,
        from_status=event.from_status,
        to_status=event.to_status,
        at=event.at,
        actor_id=event.actor_id,
        reason="giả mạo",
        data=event.data,
        prev_hash=event.prev_hash,
    )
    allow_raw_changes_of_events()
    raw(
        f"UPDATE {EVENTS} SET reason = %s, hash = %s WHERE id = %s",  # noqa: S608
        ["giả mạo", forged, event.pk],
    )
    assert verify_one(dossier) == "chuỗi băm đứt tại sự kiện 3"


def test_verify_ledger_catches_a_status_changed_behind_the_history(make):
    dossier = make(Dossier.Status.IN_PROGRESS)
    raw(
        f"UPDATE {DOSSIERS} SET status = %s WHERE id = %s",  # noqa: S608
        [Dossier.Status.FINISHED, dossier.pk],
    )
    assert verify_one(dossier) == (
        "trạng thái finished không khớp lịch sử (in_progress)"
    )
    error, err = verify_ledger_failure()
    assert "1 trong 1 hồ sơ" in str(error)
    assert dossier.code in err


def test_verify_ledger_catches_a_changed_version(make):
    dossier = make(Dossier.Status.RECEIVED)
    Dossier.objects.filter(pk=dossier.pk).update(version=dossier.version + 1)
    assert verify_one(dossier) == "lịch sử không khớp với số sự kiện đã ghi của hồ sơ"


def test_an_existing_event_cannot_be_saved_again(make):
    dossier = make(Dossier.Status.SUBMITTED)
    event = dossier.events.first()
    event.reason = "sửa"
    with pytest.raises(RuntimeError, match="chỉ được ghi thêm"):
        event.save()
    assert DossierEvent.objects.get(pk=event.pk).reason == ""


def test_an_event_cannot_be_deleted(make):
    dossier = make(Dossier.Status.SUBMITTED)
    event = dossier.events.first()
    with pytest.raises(RuntimeError, match="không được xóa"):
        event.delete()
    assert DossierEvent.objects.filter(pk=event.pk).exists()


@pytest.mark.parametrize("built", BUILDABLE_STATUSES)
def test_status_is_the_fold_of_the_events_in_every_status(make, built):
    dossier = make(built)
    expected = (
        Dossier.Status.SUPPLEMENT_REQUESTED
        if built == SUPPLEMENT_BEFORE_RECEIPT
        else built
    )
    events = list(dossier.events.order_by("seq"))
    assert dossier.status == status_fold(events) == expected
    assert dossier.version == len(events)
    assert verify_one(dossier) is None


def test_fold_refuses_an_impossible_sequence(make):
    events = list(make(Dossier.Status.RECEIVED).events.order_by("seq"))
    with pytest.raises(ValueError, match="không hợp lệ"):
        status_fold([events[0], events[2]])  # draft straight to received
    assert status_fold([]) is None


@pytest.mark.parametrize("source", ["generate", "import", 'nguồn "lạ" {x}'])
def test_imported_payload_parts_hash_as_event_hash(source):
    import hashlib
    from datetime import UTC, datetime, timedelta, timezone

    from motcua.dossiers.services.ledger import IMPORT_VERB, imported_payload_parts

    at = datetime(2025, 12, 31, 23, 59, 58, 123456, tzinfo=timezone(timedelta(hours=7)))
    values = {
        "dossier": "4217",
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "to": "returned",
    }
    parts = imported_payload_parts(source=source)
    text = "".join(values[p] if n % 2 else p for n, p in enumerate(parts))

    assert parts[1::2] == ["at", "dossier", "to"]
    assert hashlib.sha256(text.encode()).hexdigest() == event_hash(
        dossier_id=4217,
        seq=1,
        verb=IMPORT_VERB,
        from_status="",
        to_status="returned",
        at=at,
        actor_id=None,
        reason="",
        data={"source": source},
        prev_hash="",
    )
