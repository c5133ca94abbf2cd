"""Screen events reach every process's screens: by Redis, or by polling the table."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from django.test import override_settings

from motcua.floor import broadcast
from motcua.floor.broadcast import DatabaseSource, Hub, RedisSource
from motcua.floor.models import ScreenEvent
from motcua.floor.services import counter_open, ticket_call_next, ticket_issue
from motcua.floor.tests.factories import (
    CounterFactory,
    CounterGroupFactory,
    HallFactory,
    reception_officer,
)

REDIS_URL = "redis://127.0.0.1:6379/15"


def _redis_or_skip() -> None:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=1).ping()
    except (redis.RedisError, OSError):
        pytest.skip("Redis is not running on 127.0.0.1:6379")


@pytest.fixture
def floor_setup(center):
    group = CounterGroupFactory(code="A", reception=center)
    hall = HallFactory(reception=center)
    counter = CounterFactory(hall=hall, number=3, groups=[group])
    officer = reception_officer(center)
    counter_open(counter=counter, actor=officer)
    ticket = ticket_issue(reception=center, group=group)
    return hall, counter, officer, ticket


def _wait_for(subscription, kind: str, seconds: float = 3.0) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        event = subscription.get(timeout=0.1)
        if event is not None and event["kind"] == kind:
            return event
    raise AssertionError(f"no {kind} event within {seconds} s")


def _hubs_running(*hubs: Hub, subscriptions: list) -> None:
    for hub in hubs:
        assert hub.ready.wait(5), "hub did not start"


@pytest.mark.django_db(transaction=True)
def test_without_redis_two_processes_see_a_call_by_polling_the_table(floor_setup):
    hall, counter, officer, ticket = floor_setup
    # Two hubs stand for two web processes sharing the database.
    hubs = [Hub(DatabaseSource(interval=0.05)), Hub(DatabaseSource(interval=0.05))]
    subscriptions = [h.subscribe(hall_id=hall.pk) for h in hubs]
    other_hall = [h.subscribe(hall_id=hall.pk + 1000) for h in hubs]
    try:
        _hubs_running(*hubs, subscriptions=subscriptions)
        started = time.monotonic()
        ticket_call_next(counter=counter, actor=officer)
        for subscription in subscriptions:
            event = _wait_for(subscription, "call")
            assert event["number"] == ticket.number
            assert event["counter_label"] == "Quầy 3"
            assert event["board"]["called"][0]["number"] == ticket.number
        assert time.monotonic() - started < 2
        assert all(s.queue.empty() for s in other_hall)
    finally:
        for hub in hubs:
            hub.stop()


@pytest.mark.django_db(transaction=True)
def test_with_redis_two_processes_get_the_call_pushed(floor_setup):
    _redis_or_skip()
    _hall, counter, officer, ticket = floor_setup
    channel = f"motcua:test:{uuid.uuid4().hex}"
    with override_settings(REDIS_URL=REDIS_URL, FLOOR_SCREEN_CHANNEL=channel):
        hubs = [Hub(RedisSource(REDIS_URL, channel)) for _ in range(2)]
        subscriptions = [h.subscribe(counter_id=counter.pk) for h in hubs]
        try:
            _hubs_running(*hubs, subscriptions=subscriptions)
            time.sleep(0.1)  # the SUBSCRIBE reaches Redis just after `ready`
            ticket_call_next(counter=counter, actor=officer)
            for subscription in subscriptions:
                event = _wait_for(subscription, "call")
                assert event["number"] == ticket.number
                assert event["counter_board"]["number"] == ticket.number
        finally:
            for hub in hubs:
                hub.stop()


@pytest.mark.django_db(transaction=True)
def test_a_lower_id_committed_late_is_still_delivered(floor_setup):
    hall, _counter, _officer, _ticket = floor_setup
    top = ScreenEvent.objects.order_by("-pk").values_list("pk", flat=True).first()
    hub = Hub(DatabaseSource(interval=0.05))
    subscription = hub.subscribe(hall_id=hall.pk)
    try:
        assert hub.ready.wait(5)
        ScreenEvent.objects.create(pk=top + 10, hall=hall, kind="call", payload={})
        assert _wait_for(subscription, "call")["id"] == top + 10
        # A transaction that took its id first but committed later.
        ScreenEvent.objects.create(pk=top + 5, hall=hall, kind="recall", payload={})
        assert _wait_for(subscription, "recall")["id"] == top + 5
        time.sleep(0.2)
        assert subscription.queue.empty()  # and nothing is delivered twice
    finally:
        hub.stop()


def test_events_are_published_to_redis_only_when_configured():
    _redis_or_skip()
    import redis

    channel = f"motcua:test:{uuid.uuid4().hex}"
    client = redis.Redis.from_url(REDIS_URL)
    pubsub = client.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(channel)
    try:
        with override_settings(REDIS_URL="", FLOOR_SCREEN_CHANNEL=channel):
            broadcast.event_publish({"id": 1, "kind": "call"})
        with override_settings(REDIS_URL=REDIS_URL, FLOOR_SCREEN_CHANNEL=channel):
            broadcast.event_publish({"id": 2, "kind": "call"})
        received = []
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            message = pubsub.get_message(timeout=0.1)
            if message:
                received.append(json.loads(message["data"])["id"])
        assert received == [2]
    finally:
        pubsub.close()
