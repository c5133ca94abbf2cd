"""Fan-out of screen events to the display screens connected to this process.

A call is written as a `ScreenEvent` row inside the service's transaction. After
commit it reaches the screens through one of two sources, chosen per process:

- Redis (when `REDIS_URL` is set): the event is published on one channel; every
  web process keeps a single subscription and hands each message to its screens.
- The database otherwise: every web process polls the small `ScreenEvent` table
  by id a few times a second (one query per process, whatever the number of
  screens) and hands new rows to its screens.

Each process runs one background thread (the hub) for its source; each screen
stream waits on its own queue, so a stream holds a server thread but no database
connection while it waits. Nothing here is state worth keeping: a restarted
process starts a fresh hub, and screens reconnect and get the current state.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone

logger = logging.getLogger(__name__)

DEFAULT_CHANNEL = "motcua:floor:screens"


def channel_name() -> str:
    return getattr(settings, "FLOOR_SCREEN_CHANNEL", DEFAULT_CHANNEL)


def redis_url() -> str:
    return getattr(settings, "REDIS_URL", "") or ""


@dataclass(eq=False)
class Subscription:
    """One screen's mailbox: events of one hall, or of one counter."""

    hall_id: int | None = None
    counter_id: int | None = None
    queue: queue.Queue = field(default_factory=lambda: queue.Queue(maxsize=200))

    def wants(self, event: dict) -> bool:
        if self.counter_id is not None:
            return event.get("counter") == self.counter_id
        return event.get("hall") == self.hall_id

    def get(self, timeout: float) -> dict | None:
        try:
            return self.queue.get(timeout=timeout)
        except queue.Empty:
            return None


class Source(Protocol):
    def run(self, hub: Hub, stop: threading.Event) -> None: ...


class Hub:
    """Deliver events from one source to the subscriptions of this process."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self._subscriptions: set[Subscription] = set()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()

    def _ensure_running(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._run, name="floor-screen-hub", daemon=True
            )
            self._thread.start()

    def _run(self) -> None:
        try:
            self.source.run(self, self._stop)
        finally:
            connection.close()

    def subscribe(
        self, *, hall_id: int | None = None, counter_id: int | None = None
    ) -> Subscription:
        subscription = Subscription(hall_id=hall_id, counter_id=counter_id)
        with self._lock:
            self._subscriptions.add(subscription)
            self._ensure_running()
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            self._subscriptions.discard(subscription)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscriptions)

    def dispatch(self, event: dict) -> None:
        with self._lock:
            targets = [s for s in self._subscriptions if s.wants(event)]
        for subscription in targets:
            try:
                subscription.queue.put_nowait(event)
            except queue.Full:
                # A screen that stopped reading; its stream ends at the next heartbeat.
                logger.warning("floor screen queue full, event %s dropped", event["id"])

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)


class DatabaseSource:
    """Poll the ScreenEvent table by id; the fallback without Redis."""

    def __init__(self, interval: float = 0.25, window: int = 200) -> None:
        self.interval = interval
        self.window = window

    def run(self, hub: Hub, stop: threading.Event) -> None:
        from motcua.floor.models import ScreenEvent

        floor = None
        seen: deque[int] = deque(maxlen=5000)
        seen_set: set[int] = set()
        highest = 0
        while not stop.is_set():
            try:
                close_old_connections()
                if floor is None:
                    floor = (
                        ScreenEvent.objects.order_by("-pk")
                        .values_list("pk", flat=True)
                        .first()
                        or 0
                    )
                    highest = floor
                    hub.ready.set()
                # Ids are given at insert but become visible at commit, so a lower id
                # may appear after a higher one: look back a little and skip repeats.
                since = timezone.now() - timedelta(seconds=60)
                rows = ScreenEvent.objects.filter(
                    pk__gt=max(floor, highest - self.window), created_at__gte=since
                ).order_by("pk")
                for row in rows:
                    if row.pk in seen_set:
                        continue
                    if len(seen) == seen.maxlen:
                        seen_set.discard(seen[0])
                    seen.append(row.pk)
                    seen_set.add(row.pk)
                    highest = max(highest, row.pk)
                    hub.dispatch(event_dict(row))
            except DatabaseError:
                logger.exception("floor screen poll failed")
                connection.close()
            stop.wait(self.interval)


class RedisSource:
    """Subscribe to the Redis channel; reconnect with back-off when Redis goes away."""

    def __init__(self, url: str, channel: str) -> None:
        self.url = url
        self.channel = channel

    def run(self, hub: Hub, stop: threading.Event) -> None:
        import redis

        backoff = 0.5
        while not stop.is_set():
            pubsub = None
            try:
                client = redis.Redis.from_url(self.url, health_check_interval=30)
                pubsub = client.pubsub(ignore_subscribe_messages=True)
                pubsub.subscribe(self.channel)
                hub.ready.set()
                backoff = 0.5
                while not stop.is_set():
                    message = pubsub.get_message(timeout=1.0)
                    if message and message.get("type") == "message":
                        hub.dispatch(json.loads(message["data"]))
            except (redis.RedisError, OSError):
                logger.warning("floor screen Redis subscription lost; retrying")
                stop.wait(backoff)
                backoff = min(backoff * 2, 10)
            finally:
                if pubsub is not None:
                    with contextlib.suppress(redis.RedisError, OSError):
                        pubsub.close()


def event_dict(row) -> dict:
    """Return what a screen receives for one ScreenEvent row."""
    return {
        "id": row.pk,
        "kind": row.kind,
        "hall": row.hall_id,
        "counter": row.counter_id,
        **row.payload,
    }


_hub: Hub | None = None
_hub_pid: int | None = None
_hub_lock = threading.Lock()


def hub() -> Hub:
    """Return this process's hub, made on first use (and again after a fork)."""
    global _hub, _hub_pid
    with _hub_lock:
        if _hub is None or _hub_pid != os.getpid():
            url = redis_url()
            source: Source = (
                RedisSource(url, channel_name()) if url else DatabaseSource()
            )
            _hub, _hub_pid = Hub(source), os.getpid()
        return _hub


_redis_clients: dict[str, object] = {}


def event_publish(event: dict) -> None:
    """Send a committed event to every process's screens (Redis only).

    Without Redis nothing is sent: each process's hub finds the row by polling.
    A Redis failure loses only the live push; screens catch up at their next
    state refresh or reconnection.
    """
    url = redis_url()
    if not url:
        return
    import redis

    try:
        client = _redis_clients.get(url)
        if client is None:
            client = _redis_clients[url] = redis.Redis.from_url(url, socket_timeout=2)
        client.publish(channel_name(), json.dumps(event))
    except (redis.RedisError, OSError):
        logger.warning("floor screen event %s not published to Redis", event["id"])
