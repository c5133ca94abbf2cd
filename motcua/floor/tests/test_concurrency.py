"""Two counters calling at once never get the same ticket; kiosks never share a number.

These run real transactions in threads, so only PostgreSQL (row locks, SKIP
LOCKED) can show it; SQLite serialises every write and is skipped.
"""

from __future__ import annotations

import threading
from collections import Counter as Tally

import pytest
from django.db import connection, connections

from motcua.accounts.models import Agency
from motcua.floor.models import Ticket
from motcua.floor.services import counter_open, ticket_call_next, ticket_issue
from motcua.floor.tests.factories import (
    CounterFactory,
    CounterGroupFactory,
    HallFactory,
    reception_officer,
)


def _postgres_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL")


def _in_threads(workers: int, work) -> list:
    barrier = threading.Barrier(workers)
    results: list = []
    errors: list = []
    lock = threading.Lock()

    def run(index: int) -> None:
        try:
            barrier.wait()
            out = work(index)
            with lock:
                results.extend(out)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return results


@pytest.mark.django_db(transaction=True)
def test_two_counters_calling_together_never_share_a_ticket():
    _postgres_only()
    reception = Agency.objects.create(
        code="000.00.70.H37", name="Trung tâm", level=Agency.Level.RECEPTION
    )
    group = CounterGroupFactory(code="A", reception=reception)
    hall = HallFactory(reception=reception)
    counters = [CounterFactory(hall=hall, number=n, groups=[group]) for n in (1, 2, 3)]
    officers = []
    for n, counter in enumerate(counters):
        officer = reception_officer(reception, username=f"quay{n}")
        counter_open(counter=counter, actor=officer)
        officers.append(officer)
    for _ in range(30):
        ticket_issue(reception=reception, group=group)

    def call_all(index: int) -> list[int]:
        called = []
        while True:
            ticket = ticket_call_next(counter=counters[index], actor=officers[index])
            if ticket is None:
                return called
            called.append(ticket.pk)

    called = _in_threads(3, call_all)
    assert len(called) == 30
    assert len(set(called)) == 30
    assert Ticket.objects.filter(status=Ticket.Status.WAITING).count() == 0


@pytest.mark.django_db(transaction=True)
def test_kiosks_taking_numbers_together_get_distinct_consecutive_numbers():
    _postgres_only()
    reception = Agency.objects.create(
        code="000.00.70.H37", name="Trung tâm", level=Agency.Level.RECEPTION
    )
    group = CounterGroupFactory(code="A", reception=reception)

    def issue(index: int) -> list[str]:
        return [ticket_issue(reception=reception, group=group).number for _ in range(5)]

    numbers = _in_threads(8, issue)
    assert Tally(numbers).most_common(1)[0][1] == 1
    assert sorted(numbers) == [f"A-{n:04d}" for n in range(1, 41)]
