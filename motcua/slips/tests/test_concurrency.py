"""Concurrent first prints: one number per slip, distinct numbers across dossiers.

The threaded tests need PostgreSQL's row locks and real commits, so they run in
`transaction=True` tests and are skipped on SQLite.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from motcua.slips.models import SlipCounter, SlipNumber
from motcua.slips.services import slip_number_issue
from motcua.slips.tests import factories as f

needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks and concurrent commits need PostgreSQL",
)
CENTER = "000.00.70.H37"


def _issue_together(jobs: list) -> list[str]:
    """Run the jobs at the same moment, each in its own thread and connection."""
    start = threading.Barrier(len(jobs))

    def run(job):
        try:
            start.wait()
            return job().document_number
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        return list(pool.map(run, jobs))


def _job(dossier, receiver):
    event = dossier.events.get(verb="received")
    return lambda: slip_number_issue(
        dossier=dossier,
        slip_type="receipt",
        event_seq=event.seq,
        unit=dossier.reception,
        year=2026,
        actor=receiver,
    )


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_first_prints_of_one_slip_share_one_number(
    procedure, citizen, receiver
):
    dossier = f.received(procedure=procedure, citizen=citizen, receiver=receiver)
    numbers = _issue_together([_job(dossier, receiver) for _ in range(6)])
    assert set(numbers) == {f"1/TN-{CENTER}"}
    assert SlipNumber.objects.count() == 1
    # No number was taken and thrown away.
    assert SlipCounter.objects.get(unit_code=CENTER, slip_type="receipt").last == 1


@pytest.mark.postgres
@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_simultaneous_prints_of_different_dossiers_get_distinct_numbers(
    procedure, citizen, receiver
):
    dossiers = [
        f.received(procedure=procedure, citizen=citizen, receiver=receiver)
        for _ in range(6)
    ]
    numbers = _issue_together([_job(d, receiver) for d in dossiers])
    assert sorted(numbers) == sorted(f"{n}/TN-{CENTER}" for n in range(1, 7))
    assert SlipCounter.objects.get(unit_code=CENTER, slip_type="receipt").last == 6


def test_numbering_upsert_counts_per_unit_type_and_year(
    db, procedure, citizen, receiver
):
    dossier = f.received(procedure=procedure, citizen=citizen, receiver=receiver)
    event = dossier.events.get(verb="received")

    def issue(slip_type: str, year: int, seq: int = event.seq) -> str:
        return slip_number_issue(
            dossier=dossier,
            slip_type=slip_type,
            event_seq=seq,
            unit=dossier.reception,
            year=year,
            actor=None,
        ).document_number

    assert issue("receipt", 2026) == f"1/TN-{CENTER}"
    assert issue("receipt", 2026) == f"1/TN-{CENTER}"
    assert issue("control", 2026) == f"1/KS-{CENTER}"
    # A later event of the same type is a new slip; a new year starts again at 1.
    assert issue("receipt", 2026, seq=event.seq + 1) == f"2/TN-{CENTER}"
    assert issue("receipt", 2027, seq=event.seq + 2) == f"1/TN-{CENTER}"
