"""Ticket numbering, call order, recall, skip, transfer, times and dossier links."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine

from motcua.core.errors import DomainError, PermissionDenied
from motcua.core.workcal import TZ
from motcua.dossiers.tests.factories import applicant_citizen, counter_dossier
from motcua.floor.models import ScreenEvent, Ticket
from motcua.floor.selectors import hall_board, ticket_position
from motcua.floor.services import (
    counter_close,
    counter_open,
    ticket_call_next,
    ticket_dossier_link,
    ticket_dossier_receive,
    ticket_finish,
    ticket_issue,
    ticket_recall,
    ticket_skip,
    ticket_transfer,
)

MORNING = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)


def _later(minutes: int) -> datetime:
    return MORNING + timedelta(minutes=minutes)


@pytest.mark.django_db
def test_numbers_follow_each_group_and_restart_the_next_day(center, group_a, group_b):
    a1 = ticket_issue(reception=center, group=group_a, at=MORNING)
    a2 = ticket_issue(reception=center, group=group_a, at=_later(1))
    b1 = ticket_issue(reception=center, group=group_b, at=_later(2))
    tomorrow = ticket_issue(
        reception=center, group=group_a, at=MORNING + timedelta(days=1)
    )
    assert [a1.number, a2.number, b1.number] == ["A-0001", "A-0002", "B-0001"]
    assert tomorrow.number == "A-0001"
    assert tomorrow.day == a1.day + timedelta(days=1)


@pytest.mark.django_db
def test_a_procedure_ticket_goes_to_the_procedure_group(center, group_a, procedure):
    procedure.counter_groups.add(group_a)
    ticket = ticket_issue(reception=center, procedure=procedure, at=MORNING)
    assert ticket.group == group_a
    assert ticket.number == "A-0001"


@pytest.mark.django_db
def test_a_procedure_not_received_here_gets_no_ticket(center, procedure):
    with pytest.raises(DomainError, match="không tiếp nhận tại đây"):
        ticket_issue(reception=center, procedure=procedure, at=MORNING)


@pytest.mark.django_db
def test_priority_is_called_first_then_the_order_of_arrival(
    center, group_a, counter_1, receiver
):
    first = ticket_issue(reception=center, group=group_a, at=MORNING)
    second = ticket_issue(reception=center, group=group_a, at=_later(1))
    elderly = ticket_issue(
        reception=center, group=group_a, priority_reason="elderly", at=_later(2)
    )
    assert ticket_position(ticket=second) == 2  # the priority ticket and the first
    with time_machine.travel(_later(3), tick=False):
        counter_open(counter=counter_1, actor=receiver)
        called = [
            ticket_call_next(counter=counter_1, actor=receiver).number for _ in range(3)
        ]
        assert ticket_call_next(counter=counter_1, actor=receiver) is None
    assert called == [elderly.number, first.number, second.number]


@pytest.mark.django_db
def test_calling_records_wait_and_service_times(center, group_a, counter_1, receiver):
    ticket_issue(reception=center, group=group_a, at=MORNING)
    counter_open(counter=counter_1, actor=receiver, at=_later(1))
    ticket = ticket_call_next(counter=counter_1, actor=receiver, at=_later(10))
    assert ticket.wait_seconds == 600
    ticket_finish(counter=counter_1, actor=receiver, at=_later(17))
    ticket.refresh_from_db()
    assert ticket.status == Ticket.Status.DONE
    assert ticket.service_seconds == 420


@pytest.mark.django_db
def test_a_counter_only_calls_its_own_groups(
    center, group_a, group_b, counter_2, officer_2
):
    ticket_issue(reception=center, group=group_b, at=MORNING)
    counter_open(counter=counter_2, actor=officer_2, at=_later(1))
    assert ticket_call_next(counter=counter_2, actor=officer_2, at=_later(2)) is None


@pytest.mark.django_db
def test_recall_announces_again_and_skip_records_a_no_show(
    center, group_a, counter_1, receiver
):
    ticket_issue(reception=center, group=group_a, at=MORNING)
    nxt = ticket_issue(reception=center, group=group_a, at=_later(1))
    counter_open(counter=counter_1, actor=receiver, at=_later(2))
    ticket = ticket_call_next(counter=counter_1, actor=receiver, at=_later(3))
    ticket_recall(counter=counter_1, actor=receiver)
    kinds = list(
        ScreenEvent.objects.filter(counter=counter_1).values_list("kind", flat=True)
    )
    assert kinds[-2:] == [ScreenEvent.Kind.CALL, ScreenEvent.Kind.RECALL]
    ticket_skip(counter=counter_1, actor=receiver, at=_later(5))
    ticket.refresh_from_db()
    assert ticket.status == Ticket.Status.SKIPPED
    assert ticket.recalls == 1
    assert ticket_call_next(counter=counter_1, actor=receiver, at=_later(6)) == nxt


@pytest.mark.django_db
def test_a_transferred_ticket_is_called_first_at_its_new_counter(
    center, group_a, counter_1, counter_2, receiver, officer_2
):
    moved = ticket_issue(reception=center, group=group_a, at=MORNING)
    other = ticket_issue(reception=center, group=group_a, at=_later(1))
    counter_open(counter=counter_1, actor=receiver, at=_later(2))
    counter_open(counter=counter_2, actor=officer_2, at=_later(2))
    assert ticket_call_next(counter=counter_1, actor=receiver, at=_later(3)) == moved
    ticket_transfer(counter=counter_1, actor=receiver, target=counter_2, at=_later(8))
    moved.refresh_from_db()
    assert moved.status == Ticket.Status.WAITING
    assert moved.service_seconds == 300
    # Counter 1 cannot take it back; counter 2 calls it before the older ticket.
    assert ticket_call_next(counter=counter_1, actor=receiver, at=_later(9)) == other
    again = ticket_call_next(counter=counter_2, actor=officer_2, at=_later(10))
    assert again == moved
    assert again.wait_seconds == 180  # waiting time counts up to the first call


@pytest.mark.django_db
def test_only_the_officer_at_an_open_counter_calls(
    center, group_a, counter_1, receiver, officer_2, other_official
):
    ticket_issue(reception=center, group=group_a, at=MORNING)
    with pytest.raises(DomainError, match="Quầy chưa mở"):
        ticket_call_next(counter=counter_1, actor=receiver)
    with pytest.raises(PermissionDenied):
        counter_open(counter=counter_1, actor=other_official)
    counter_open(counter=counter_1, actor=receiver)
    with pytest.raises(DomainError, match="đang do"):
        counter_open(counter=counter_1, actor=officer_2)
    with pytest.raises(PermissionDenied):
        ticket_call_next(counter=counter_1, actor=officer_2)
    counter_close(counter=counter_1, actor=receiver)
    counter_open(counter=counter_1, actor=officer_2)


@pytest.mark.django_db
def test_a_dossier_started_from_the_ticket_stays_linked(
    center, group_a, counter_1, receiver, procedure
):
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket = ticket_call_next(counter=counter_1, actor=receiver)
    dossier = ticket_dossier_receive(
        ticket=ticket,
        actor=receiver,
        procedure=procedure,
        applicant=applicant_citizen(),
    )
    ticket.refresh_from_db()
    assert ticket.dossier == dossier
    assert dossier.channel == "direct"
    assert dossier.status == "received"
    with pytest.raises(DomainError, match="đã gắn với hồ sơ"):
        ticket_dossier_link(ticket=ticket, actor=receiver, code=dossier.code)


@pytest.mark.django_db
def test_a_ticket_links_only_to_a_dossier_the_officer_may_see(
    center, group_a, counter_1, receiver, procedure, other_official
):
    existing = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket = ticket_call_next(counter=counter_1, actor=receiver)
    with pytest.raises(PermissionDenied):
        ticket_dossier_link(ticket=ticket, actor=other_official, code=existing.code)
    assert (
        ticket_dossier_link(ticket=ticket, actor=receiver, code=existing.code)
        == existing
    )


@pytest.mark.django_db
def test_the_hall_board_shows_calls_next_numbers_and_ready_codes_only(
    center, group_a, counter_1, receiver, hall
):
    for _ in range(3):
        ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket_call_next(counter=counter_1, actor=receiver)
    board = hall_board(hall=hall)
    assert board["called"][0]["counter"] == "Quầy 1"
    assert board["called"][0]["serving"] is True
    assert [n["number"] for n in board["next"]] == ["A-0002", "A-0003"]
    assert board["waiting"] == 2
    assert board["ready"] == []
