"""The fast generator (whole minutes, COPY text) against the reference `Maker`."""

from __future__ import annotations

import random
from datetime import date, datetime

import pytest
from django.db import connection, transaction

from motcua.catalog.models import Procedure
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import ledger_verify, reception_for
from motcua.kpi.bulk import _defaults, indexes_suspended
from motcua.kpi.generate import (
    SLOTS,
    FastMaker,
    Maker,
    _fast_services,
    _services,
    generate_dossiers,
    moment_of,
)
from motcua.kpi.models import DossierFact
from motcua.kpi.services import FACT_FIELDS, DocumentFlags, fact_compute

pytestmark = pytest.mark.django_db(transaction=False)

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="COPY and index DDL are PostgreSQL's"
)


class Capture:
    """A writer that keeps what `Maker` would write."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(self, values: dict) -> int:
        self.rows.append(values)
        return len(self.rows)


def test_fast_maker_gives_the_values_of_maker():
    from motcua.demo.loader import province_load

    province_load()
    published = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    services = _services(published)
    fast_services = _fast_services(services)
    assert len({s.limit.unit for s in services.values()}) >= 3  # days, hours, calendar
    procedures = {p.pk: p for p in published.select_related("agency")}
    units = [
        (pk, reception_for(agency=p.agency))
        for pk, p in procedures.items()
        if p.agency is not None
    ]
    # A "now" inside the period, so that some results are still in the future.
    now = datetime(2024, 6, 3, 10, 17, 29, tzinfo=TZ)
    reference = Maker(Capture(), random.Random(7), now)
    fast = FastMaker(random.Random(7), now, {})
    days = reference.clock.working_days(date(2016, 1, 1), date(2024, 6, 20))
    outcomes = ["open", "refused", "withdrawn", "stopped", "early", "on_time", "late"]
    pick = random.Random(3)
    defaults = _defaults()
    for _n in range(4000):
        pk, reception = units[pick.randrange(len(units))]
        day = days[pick.randrange(len(days))]
        slot = pick.randrange(len(SLOTS))
        channel = pick.choice(["direct", "online", "postal"])
        outcome = pick.choice(outcomes)
        reference.make(
            service=services[pk],
            agency_id=1,
            reception=reception,
            channel=channel,
            received=datetime.combine(day, SLOTS[slot], tzinfo=TZ),
            outcome=outcome,
        )
        row = fast.make(
            service=fast_services[pk],
            reception_code=reception.code,
            channel=channel,
            day_index=fast.clock.windex[day.toordinal() - fast.clock.base],
            slot=slot,
            outcome=outcome,
        )
        want = {**defaults, **reference.writer.rows[-1]}
        got = {
            "applicant_name": row.name,
            "postal_tracking": row.postal,
            "assisted": row.assisted,
            "delivery": row.delivery,
            "code": row.code,
            "status": row.status,
            "submitted_at": moment_of(row.submitted),
            "received_at": moment_of(row.received),
            "clock_started_at": moment_of(row.start),
            "due_at": moment_of(row.due),
            "fee_total": row.fee,
            "payment": row.payment,
            "paid_at": moment_of(row.paid),
            "finished_at": moment_of(row.finished),
            "returned_at": moment_of(row.returned),
            "closed_at": moment_of(row.closed),
            "outcome": row.outcome,
            "timeliness": row.timeliness,
        }
        for name, value in got.items():
            assert want[name] == value, (name, outcome, channel, pk, day, slot)
    statuses = {r["status"] for r in reference.writer.rows}
    assert statuses >= {"refused", "in_progress", "returned", "withdrawn", "stopped"}


@postgres_only
def test_fast_rows_pass_the_ledger_and_carry_their_facts():
    from motcua.demo.loader import province_load

    province_load()
    before = Dossier.objects.count()
    written = generate_dossiers(
        count=3000, start=date(2023, 1, 1), end=date(2026, 12, 31), seed=5
    )
    assert written == 3000
    assert Dossier.objects.count() == before + 3000
    assert ledger_verify()[1] == []
    new = Dossier.objects.order_by("pk")[before:]
    assert DossierEvent.objects.filter(dossier__in=new, verb="imported").count() == 3000
    facts = {
        f["dossier_id"]: f
        for f in DossierFact.objects.filter(dossier__in=new).values(
            "dossier_id", *FACT_FIELDS
        )
    }
    received = []
    for row in new.values():
        want = fact_compute(dossier=row, documents=DocumentFlags())
        got = facts[row["id"]]
        assert {k: got[k] for k in FACT_FIELDS} == want, row["code"]
        received.append(row["submitted_at"])
    # Written day after day: ids grow with the receipt moment's day.
    assert [r.date() for r in received] == sorted(r.date() for r in received)


@postgres_only
def test_indexes_are_dropped_during_a_big_load_and_come_back():
    def definitions():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE tablename = %s",
                [Dossier._meta.db_table],
            )
            return sorted(r[0] for r in cursor.fetchall())

    before = definitions()
    with transaction.atomic():
        with indexes_suspended([Dossier]):
            during = definitions()
        after = definitions()
    assert len(during) < len(before)
    assert any("UNIQUE" in d for d in during)  # constraints stay
    assert after == before
