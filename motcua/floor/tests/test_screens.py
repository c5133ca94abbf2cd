"""The screens' pages and their event streams."""

from __future__ import annotations

import time

import pytest
from django.test import override_settings
from django.urls import reverse

from motcua.floor.models import ScreenEvent
from motcua.floor.services import counter_open, ticket_call_next, ticket_issue


def _read_until(chunks, marker: str, seconds: float = 3.0) -> str:
    seen = ""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        chunk = next(chunks)
        seen += chunk.decode() if isinstance(chunk, bytes) else chunk
        if marker in seen:
            return seen
    raise AssertionError(f"{marker!r} not in {seen!r}")


@pytest.mark.django_db
def test_the_hall_screen_shows_the_board_without_javascript(
    client, center, group_a, counter_1, receiver, hall
):
    ticket_issue(reception=center, group=group_a)
    second = ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    called = ticket_call_next(counter=counter_1, actor=receiver)
    response = client.get(reverse("floor:hall_screen", args=[hall.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert called.number in html
    assert second.number in html
    assert 'http-equiv="refresh"' in html  # inside <noscript>
    assert "speechSynthesis" not in html  # the script lives in a static file


@pytest.mark.django_db(transaction=True)
@override_settings(FLOOR_SSE_HEARTBEAT=0.2)
def test_the_hall_stream_sends_retry_state_and_then_a_call_live(
    client, center, group_a, counter_1, receiver, hall
):
    ticket = ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    response = client.get(reverse("floor:hall_events", args=[hall.pk]))
    assert response["Content-Type"] == "text/event-stream"
    assert response["Cache-Control"] == "no-cache"
    chunks = iter(response.streaming_content)
    head = _read_until(chunks, "event: state")
    assert head.startswith("retry: 2000\n\n")
    assert ticket.number in head  # next numbers in the first state
    started = time.monotonic()
    ticket_call_next(counter=counter_1, actor=receiver)
    text = _read_until(chunks, "event: call")
    assert time.monotonic() - started < 2
    assert f'"number": "{ticket.number}"' in text
    event_id = ScreenEvent.objects.filter(kind="call").get().pk
    assert f"id: {event_id}\n" in text
    response.close()


@pytest.mark.django_db(transaction=True)
@override_settings(FLOOR_SSE_HEARTBEAT=0.2)
def test_a_reconnecting_screen_gets_the_calls_it_missed(
    client, center, group_a, counter_1, receiver, hall
):
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    before = ScreenEvent.objects.order_by("-pk").first().pk
    missed = ticket_call_next(counter=counter_1, actor=receiver)
    response = client.get(
        reverse("floor:hall_events", args=[hall.pk]), HTTP_LAST_EVENT_ID=str(before)
    )
    text = _read_until(iter(response.streaming_content), "event: call")
    assert missed.number in text
    response.close()


@pytest.mark.django_db
def test_a_counter_stream_starts_with_the_number_served(
    client, center, group_a, counter_1, receiver
):
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket = ticket_call_next(counter=counter_1, actor=receiver)
    page = client.get(reverse("floor:counter_screen", args=[counter_1.pk]))
    assert ticket.number in page.content.decode()
    response = client.get(reverse("floor:counter_events", args=[counter_1.pk]))
    text = _read_until(iter(response.streaming_content), "event: state")
    assert f'"number": "{ticket.number}"' in text
    response.close()


@pytest.mark.django_db
@override_settings(FLOOR_SSE_MAX_STREAMS=0)
def test_streams_beyond_the_limit_are_told_to_come_back(client, hall):
    response = client.get(reverse("floor:hall_events", args=[hall.pk]))
    assert response.status_code == 503
    assert response["Retry-After"] == "5"


@pytest.mark.django_db
def test_an_unknown_hall_is_404(client):
    assert client.get(reverse("floor:hall_events", args=[999])).status_code == 404
