"""Concurrent receipts and transitions: row locks keep codes and histories right.

The threaded tests need PostgreSQL's row locks and real commits, so they run in
`transaction=True` tests and are skipped on SQLite.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timedelta

import pytest
from django.db import connection

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.core.errors import ConcurrentChange, DomainError
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import (
    InvalidTransition,
    dossier_code_next,
    dossier_draft_create,
    dossier_receive,
    dossier_refuse,
    dossier_submit,
    ledger_verify,
)
from motcua.dossiers.tests.factories import counter_dossier, submitted_dossier

S = Dossier.Status
AT = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)
CENTER_CODE = "000.00.70.H37"

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks and concurrent commits need PostgreSQL",
)


def in_thread(work: Callable[[], object]) -> Callable[[], object]:
    """Wrap work so the thread's own database connection is closed afterwards."""

    def run() -> object:
        try:
            return work()
        finally:
            connection.close()

    return run


def outcome(work: Callable[[], object]) -> object:
    """Return the result of the work, or the domain error it raised."""
    try:
        return work()
    except DomainError as error:
        return error


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_receipts_at_one_unit_get_distinct_sequential_codes(
    procedure, citizen, receiver
):
    online = 5
    drafts = [
        dossier_draft_create(procedure=procedure, owner=citizen, at=AT)
        for _ in range(online)
    ]
    start = threading.Barrier(online + 5)

    def submit(draft: Dossier) -> Callable[[], object]:
        def work() -> str:
            start.wait()
            return dossier_submit(dossier=draft, actor=citizen, at=AT).code

        return in_thread(work)

    def receive_at_counter(n: int) -> Callable[[], object]:
        def work() -> str:
            start.wait()
            at = AT + timedelta(minutes=n)
            return counter_dossier(
                procedure=procedure, reception=receiver.agency, actor=receiver, at=at
            ).code

        return in_thread(work)

    jobs = [submit(d) for d in drafts] + [receive_at_counter(n) for n in range(5)]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        codes = [f.result() for f in [pool.submit(job) for job in jobs]]
    expected = {f"{CENTER_CODE}-260302-{n:04d}" for n in range(1, len(jobs) + 1)}
    assert len(codes) == len(set(codes))
    assert set(codes) == expected
    assert set(Dossier.objects.values_list("code", flat=True)) == expected
    assert ledger_verify() == (len(jobs), [])


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_concurrent_code_requests_never_share_a_number(center):
    day = date(2026, 3, 2)

    def take() -> str:
        return dossier_code_next(unit=center, day=day)

    with ThreadPoolExecutor(max_workers=10) as pool:
        codes = [f.result() for f in [pool.submit(in_thread(take)) for _ in range(50)]]
    assert len(set(codes)) == 50
    assert set(codes) == {f"{CENTER_CODE}-260302-{n:04d}" for n in range(1, 51)}


def race(*works: Callable[[], object]) -> list[object]:
    """Run the works in threads released together; return results or errors."""
    barrier = threading.Barrier(len(works))

    def released(work: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            connection.ensure_connection()  # connect before the start line
            barrier.wait()
            return outcome(work)

        return in_thread(run)

    with ThreadPoolExecutor(max_workers=len(works)) as pool:
        futures = [pool.submit(released(work)) for work in works]
        return [f.result() for f in futures]


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(3))
def test_two_officers_receiving_the_same_dossier_one_wins(
    procedure, citizen, receiver, center, attempt
):
    colleague = OfficialFactory(agency=center, roles=[Role.RECEPTION_OFFICER])
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=AT)
    at = AT + timedelta(hours=1)
    results = race(
        lambda: dossier_receive(dossier=dossier, actor=receiver, at=at),
        lambda: dossier_receive(dossier=dossier, actor=colleague, at=at),
    )
    winners = [r for r in results if isinstance(r, Dossier)]
    losers = [r for r in results if isinstance(r, DomainError)]
    assert (len(winners), len(losers)) == (1, 1)
    assert isinstance(losers[0], InvalidTransition)
    dossier.refresh_from_db()
    assert dossier.status == S.RECEIVED
    assert dossier.version == 3
    verbs = list(dossier.events.values_list("verb", flat=True))
    assert verbs.count("received") == 1
    assert ledger_verify() == (1, [])


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("attempt", range(3))
def test_receive_racing_refuse_leaves_exactly_one_outcome(
    procedure, citizen, receiver, attempt
):
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=AT)
    at = AT + timedelta(hours=1)
    results = race(
        lambda: dossier_receive(dossier=dossier, actor=receiver, at=at),
        lambda: dossier_refuse(
            dossier=dossier, actor=receiver, reasons=["Sai mẫu đơn"], at=at
        ),
    )
    winners = [r for r in results if isinstance(r, Dossier)]
    losers = [r for r in results if isinstance(r, DomainError)]
    assert (len(winners), len(losers)) == (1, 1)
    assert isinstance(losers[0], InvalidTransition)
    dossier.refresh_from_db()
    assert dossier.status == winners[0].status
    assert dossier.status in (S.RECEIVED, S.REFUSED)
    events = DossierEvent.objects.filter(dossier=dossier)
    assert events.count() == dossier.version == 3
    assert events.filter(to_status__in=[S.RECEIVED, S.REFUSED]).count() == 1
    assert ledger_verify() == (1, [])


@pytest.mark.django_db
def test_stale_expected_version_raises_concurrent_change(procedure, citizen, receiver):
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=AT)
    seen = dossier.version
    dossier_refuse(
        dossier=dossier,
        actor=receiver,
        reasons=["Trùng hồ sơ"],
        at=AT,
        expected_version=seen,
    )
    with pytest.raises(ConcurrentChange):
        dossier_receive(dossier=dossier, actor=receiver, at=AT, expected_version=seen)
    dossier.refresh_from_db()
    assert (dossier.status, dossier.version) == (S.REFUSED, seen + 1)
