"""Each indicator of DOMAIN §10 pinned on hand-made dossiers, made by the services."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from motcua.accounts.services import agency_abolish
from motcua.catalog.tests.factories import ProcedureFactory
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    dossier_finish,
    dossier_receive,
    dossier_request_supplement,
    dossier_start_processing,
)
from motcua.dossiers.tests.factories import (
    counter_dossier,
    dossier_in_status,
    submitted_dossier,
)
from motcua.kpi.selectors import Scope, indicators, indicators_recount, rate
from motcua.kpi.services import facts_refresh_changed

pytestmark = pytest.mark.django_db
YEAR = Scope()


def at(y, m, d, h=8, minute=0):
    return datetime(y, m, d, h, minute, tzinfo=TZ)


@pytest.fixture
def cast(procedure, citizen, receiver, official, leader):
    return {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }


def make(status, cast, when):
    return dossier_in_status(status, at=when, **cast)


def figures(start, end, scope=YEAR, compare=False):
    facts_refresh_changed()
    return indicators(scope=scope, start=start, end=end, compare=compare)


def test_rate_rounds_half_up_and_is_null_on_zero_denominator():
    assert rate(80535, 96048) == Decimal("83.85")
    assert rate(213, 236) == Decimal("90.25")
    assert rate(1, 8) == Decimal("12.50")
    assert rate(1, 200) == Decimal("0.50")
    assert rate(5, 0) is None


def test_received_counts_channels_and_excludes_refused(cast, center):
    make(Dossier.Status.RECEIVED, cast, at(2026, 3, 2))
    make(Dossier.Status.REFUSED, cast, at(2026, 3, 3))
    counter_dossier(
        procedure=cast["procedure"],
        reception=center,
        actor=cast["receiver"],
        at=at(2026, 3, 4),
    )
    data = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert data["dossiers"]["received"] == 2
    assert data["dossiers"]["online"] == 1
    assert data["dossiers"]["direct"] == 1
    assert data["dossiers"]["refused"] == 1
    assert data["online_reception_rate"] == Decimal("50.00")
    assert data["services_with_dossiers"] == 1
    assert data["services_with_online_dossiers"] == 1
    assert data["uptake_rate"] == Decimal("100.00")


def test_refused_counts_on_submission_day_and_withdrawn_needs_receipt(cast):
    make(Dossier.Status.REFUSED, cast, at(2026, 3, 2))
    make(Dossier.Status.WITHDRAWN, cast, at(2026, 3, 2))  # before receipt
    make(Dossier.Status.STOPPED, cast, at(2026, 3, 3))  # received, then stopped
    data = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert data["dossiers"]["refused"] == 1
    assert data["dossiers"]["received"] == 1
    assert data["dossiers"]["withdrawn"] == 1
    assert data["open"]["total"] == 0


def test_received_31_december_finished_2_january_counts_in_each_year(cast):
    dossier = submitted_dossier(
        procedure=cast["procedure"], owner=cast["citizen"], at=at(2025, 12, 31, 8)
    )
    dossier = dossier_receive(
        dossier=dossier, actor=cast["receiver"], at=at(2025, 12, 31, 9)
    )
    dossier = dossier_start_processing(
        dossier=dossier, actor=cast["receiver"], at=at(2025, 12, 31, 10)
    )
    dossier_finish(
        dossier=dossier,
        actor=cast["leader"],
        outcome=Dossier.Outcome.GRANTED,
        at=at(2026, 1, 2, 9),
    )
    old = figures(date(2025, 1, 1), date(2025, 12, 31))
    new = figures(date(2026, 1, 1), date(2026, 12, 31))
    assert old["dossiers"]["received"] == 1
    assert old["resolved"]["total"] == 0
    assert old["open"] == {"total": 1, "overdue": 0}
    assert old["timeliness_rate"] == Decimal("100.00")
    assert new["dossiers"]["received"] == 0
    assert new["resolved"]["total"] == 1
    assert new["resolved"]["early"] == 1
    assert new["on_time_rate"] == Decimal("100.00")
    assert new["open"]["total"] == 0


def test_open_and_overdue_at_period_end(cast):
    make(Dossier.Status.IN_PROGRESS, cast, at(2026, 3, 2))
    # Five working days from Monday 2 March: due on Monday 9 March.
    before_due = figures(date(2026, 3, 1), date(2026, 3, 6))
    after_due = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert before_due["open"] == {"total": 1, "overdue": 0}
    assert before_due["timeliness_rate"] == Decimal("100.00")
    assert after_due["open"] == {"total": 1, "overdue": 1}
    assert after_due["timeliness_rate"] == Decimal("0.00")


def test_paused_dossier_is_open_but_not_overdue_while_its_clock_stands(cast):
    dossier = make(Dossier.Status.SUPPLEMENT_REQUESTED, cast, at(2026, 3, 2))
    assert dossier.paused_at is not None
    data = figures(date(2026, 3, 1), date(2026, 4, 30))
    assert data["open"] == {"total": 1, "overdue": 0}


def test_second_supplement_request_makes_the_dossier_late(cast):
    dossier = make(Dossier.Status.IN_PROGRESS, cast, at(2026, 3, 2))
    from motcua.dossiers.services import dossier_supplement_provide

    dossier = dossier_request_supplement(
        dossier=dossier, actor=cast["official"], items=["Thiếu"], at=at(2026, 3, 3)
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast["citizen"], at=at(2026, 3, 3, 10)
    )
    dossier = dossier_request_supplement(
        dossier=dossier,
        actor=cast["leader"],
        items=["Thiếu nữa"],
        override_reason="Cần thêm",
        at=at(2026, 3, 3, 14),
    )
    dossier = dossier_supplement_provide(
        dossier=dossier, actor=cast["citizen"], at=at(2026, 3, 3, 15)
    )
    open_ = figures(date(2026, 3, 1), date(2026, 3, 3))
    assert open_["open"] == {"total": 1, "overdue": 1}
    dossier_finish(
        dossier=dossier,
        actor=cast["leader"],
        outcome=Dossier.Outcome.GRANTED,
        at=at(2026, 3, 4),
    )
    done = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert done["resolved"] == {
        "total": 1,
        "early": 0,
        "on_time": 0,
        "late": 1,
        "without_limit": 0,
    }
    assert done["on_time_rate"] == Decimal("0.00")


def test_online_processing_needs_online_channel_and_online_or_postal_return(cast):
    online = make(Dossier.Status.RETURNED, cast, at(2026, 3, 2))
    Dossier.objects.filter(pk=online.pk).update(delivery=Dossier.Delivery.ONLINE)
    make(Dossier.Status.RETURNED, cast, at(2026, 3, 3))  # result at the counter
    data = figures(date(2026, 3, 1), date(2026, 3, 31))
    assert data["dossiers"]["received"] == 2
    assert data["online_processing_rate"] == Decimal("50.00")


def test_agency_abolished_mid_year_keeps_its_closed_dossiers(
    cast, department, province
):
    make(Dossier.Status.RETURNED, cast, at(2026, 2, 2))
    open_dossier = make(Dossier.Status.IN_PROGRESS, cast, at(2026, 3, 2))
    from motcua.accounts.tests.factories import AgencyFactory

    successor = AgencyFactory(
        code="000.00.13.H37", name="Sở mới", level="department", parent=province
    )
    agency_abolish(
        agency=department,
        successor=successor,
        last_day=date(2026, 6, 30),
        at=at(2026, 6, 30),
    )
    old = figures(date(2026, 1, 1), date(2026, 12, 31), Scope(agency=department))
    new = figures(date(2026, 1, 1), date(2026, 12, 31), Scope(agency=successor))
    assert old["dossiers"]["received"] == 1
    assert old["resolved"]["total"] == 1
    assert old["open"]["total"] == 0
    assert new["dossiers"]["received"] == 1
    assert new["open"]["total"] == 1
    assert Dossier.objects.get(pk=open_dossier.pk).agency == successor


def test_scopes_reception_field_procedure_and_subtree(cast, center, department):
    other = ProcedureFactory(agency=department, limit_value=Decimal(3))
    make(Dossier.Status.RECEIVED, cast, at(2026, 3, 2))
    counter_dossier(
        procedure=other, reception=center, actor=cast["receiver"], at=at(2026, 3, 3)
    )
    period = (date(2026, 3, 1), date(2026, 3, 31))
    assert figures(*period, Scope(procedure_id=other.pk))["dossiers"]["received"] == 1
    assert figures(*period, Scope(reception=center))["dossiers"]["received"] == 2
    assert figures(*period, Scope(field_id=other.field_id))["dossiers"]["received"] >= 1
    no_subtree = Scope(agency=department.parent, subtree=False)
    assert figures(*period, no_subtree)["dossiers"]["received"] == 0
    assert (
        figures(*period, Scope(agency=department.parent))["dossiers"]["received"] == 2
    )


def test_change_against_the_same_period_a_year_earlier(cast):
    make(Dossier.Status.RECEIVED, cast, at(2025, 3, 3))
    make(Dossier.Status.RECEIVED, cast, at(2026, 3, 2))
    make(Dossier.Status.RECEIVED, cast, at(2026, 3, 3))
    data = figures(date(2026, 3, 1), date(2026, 3, 31), compare=True)
    assert data["online_change_vs_last_year"] == Decimal("100.00")
    assert data["last_year"]["dossiers"]["online"] == 1


def test_services_count_by_service_level(department):
    ProcedureFactory(agency=department, service_level="full")
    ProcedureFactory(agency=department, service_level="partial")
    ProcedureFactory(agency=department, service_level="info")
    data = figures(date(2026, 1, 1), date(2026, 1, 31), Scope(agency=department))
    assert data["services"] == {
        "total": 3,
        "full_online": 1,
        "partial_online": 1,
        "info_only": 1,
    }
    assert data["online_service_rate"] == Decimal("0.00")


def test_rollups_equal_a_recount_from_raw_dossiers(cast):
    statuses = [
        Dossier.Status.RECEIVED,
        Dossier.Status.REFUSED,
        Dossier.Status.IN_PROGRESS,
        Dossier.Status.SUPPLEMENT_REQUESTED,
        Dossier.Status.FINISHED,
        Dossier.Status.RETURNED,
        Dossier.Status.WITHDRAWN,
        Dossier.Status.STOPPED,
    ]
    start = at(2026, 2, 2)
    for n, status in enumerate(statuses * 2):
        make(status, cast, start + timedelta(days=n * 2))
    for period in [
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 2, 10), date(2026, 3, 5)),
        (date(2026, 1, 1), date(2026, 12, 31)),
    ]:
        rolled = figures(*period)
        raw = indicators_recount(scope=YEAR, start=period[0], end=period[1])
        for key, value in raw.items():
            if isinstance(value, dict):
                for sub, n in value.items():
                    assert rolled[key][sub] == n, (period, key, sub)
            else:
                assert rolled[key] == value, (period, key)


def test_a_committed_lifecycle_event_reaches_the_rollups(
    cast, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make(Dossier.Status.RETURNED, cast, at(2026, 3, 2))
    data = indicators(scope=YEAR, start=date(2026, 3, 1), end=date(2026, 3, 31))
    assert data["dossiers"]["received"] == 1
    assert data["resolved"]["total"] == 1


@pytest.mark.parametrize("seed", [1, 2])
def test_after_random_changes_the_rollups_equal_a_raw_recount(
    cast, seed, django_capture_on_commit_callbacks
):
    import random

    from motcua.core.errors import DomainError
    from motcua.dossiers.services import dossier_stop, dossier_withdraw

    rng = random.Random(seed)
    statuses = [
        Dossier.Status.RECEIVED,
        Dossier.Status.REFUSED,
        Dossier.Status.IN_PROGRESS,
        Dossier.Status.SUPPLEMENT_REQUESTED,
        Dossier.Status.FINISHED,
        Dossier.Status.RETURNED,
        Dossier.Status.WITHDRAWN,
        Dossier.Status.STOPPED,
    ]
    made = []
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(14):
            when = at(2025, 11, 3) + timedelta(days=rng.randrange(0, 120))
            made.append(make(rng.choice(statuses), cast, when))
        later = at(2026, 4, 1)
        for dossier in made:
            dossier.refresh_from_db()
            action = rng.choice(["finish", "withdraw", "stop", "none"])
            try:
                if action == "finish" and dossier.status == Dossier.Status.IN_PROGRESS:
                    dossier_finish(
                        dossier=dossier,
                        actor=cast["leader"],
                        outcome=Dossier.Outcome.GRANTED,
                        at=later,
                    )
                elif action == "withdraw":
                    dossier_withdraw(
                        dossier=dossier, actor=cast["receiver"], reason="Rút", at=later
                    )
                elif action == "stop":
                    dossier_stop(
                        dossier=dossier, actor=cast["leader"], reason="Dừng", at=later
                    )
            except DomainError:
                pass  # not allowed from its status: the data stays as it is
    for _ in range(4):
        first = date(2025, 10, 1) + timedelta(days=rng.randrange(0, 150))
        last = first + timedelta(days=rng.randrange(0, 200))
        rolled = indicators(scope=YEAR, start=first, end=last, compare=False)
        raw = indicators_recount(scope=YEAR, start=first, end=last)
        for key, value in raw.items():
            if isinstance(value, dict):
                for sub, n in value.items():
                    assert rolled[key][sub] == n, (first, last, key, sub)
            else:
                assert rolled[key] == value, (first, last, key)
