"""Display screens: a page per hall and per counter, fed by server-sent events.

A stream holds one server thread while it is open, but no database connection:
it waits on its queue in this process's hub (see `broadcast.py`). Streams end
after `FLOOR_SSE_MAX_SECONDS` and the browser reconnects (after `retry:`), which
spreads screens again over processes after a restart. Run the app server with
threads, e.g. `gunicorn --worker-class gthread --workers 2 --threads 64`.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from motcua.floor import broadcast
from motcua.floor.models import Counter, Hall, ScreenEvent
from motcua.floor.selectors import counter_board, hall_board

_open_streams = 0
_streams_lock = threading.Lock()


def _setting(name: str, default: float) -> float:
    return getattr(settings, name, default)


def sse_format(kind: str, data: dict, event_id: int | None = None) -> str:
    """Return one server-sent event; JSON keeps the data on a single line."""
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _release_db() -> None:
    # A waiting stream must not keep a database connection for the whole hour.
    if not connection.in_atomic_block:
        connection.close()


def _stream(
    target: dict,
    state: Callable[[], dict],
    replay: list[dict],
) -> Iterator[str]:
    # Counted and subscribed only once the server starts sending, so a response
    # dropped before its first byte leaves nothing behind.
    global _open_streams
    with _streams_lock:
        _open_streams += 1
    hub = broadcast.hub()
    subscription = hub.subscribe(**target)
    heartbeat = _setting("FLOOR_SSE_HEARTBEAT", 15)
    refresh = _setting("FLOOR_SSE_STATE_EVERY", 60)
    deadline = time.monotonic() + _setting("FLOOR_SSE_MAX_SECONDS", 1800)
    try:
        yield f"retry: {int(_setting('FLOOR_SSE_RETRY_MS', 2000))}\n\n"
        yield sse_format("state", state())
        for event in replay:
            yield sse_format(event["kind"], event, event["id"])
        _release_db()
        next_state = time.monotonic() + refresh
        while time.monotonic() < deadline:
            wait = max(0.05, min(heartbeat, next_state - time.monotonic()))
            event = subscription.get(timeout=wait)
            if event is not None:
                yield sse_format(event["kind"], event, event["id"])
            elif time.monotonic() >= next_state:
                # The results ready to collect change without any call on the floor.
                yield sse_format("state", state())
                _release_db()
                next_state = time.monotonic() + refresh
            else:
                yield ": ping\n\n"
    finally:
        hub.unsubscribe(subscription)
        with _streams_lock:
            _open_streams -= 1


def _missed(request: HttpRequest, **filters) -> list[dict]:
    """Return the calls a reconnecting screen missed (it sends Last-Event-ID)."""
    try:
        last = int(request.headers.get("Last-Event-ID", ""))
    except ValueError:
        return []
    since = timezone.now() - timedelta(minutes=5)
    rows = ScreenEvent.objects.filter(
        pk__gt=last,
        created_at__gte=since,
        kind__in=(ScreenEvent.Kind.CALL, ScreenEvent.Kind.RECALL),
        **filters,
    ).order_by("pk")[:5]
    return [broadcast.event_dict(row) for row in rows]


def _event_stream(
    request: HttpRequest, *, state: Callable[[], dict], **target
) -> HttpResponse:
    if _open_streams >= _setting("FLOOR_SSE_MAX_STREAMS", 200):
        # The screen's script retries; ordinary pages keep their threads.
        response = HttpResponse(status=503)
        response["Retry-After"] = "5"
        return response
    replay = _missed(request, **target)
    response = StreamingHttpResponse(
        _stream(target, state, replay), content_type="text/event-stream"
    )
    response["Cache-Control"] = "no-cache"
    response["X-Accel-Buffering"] = "no"
    return response


def hall_screen(request: HttpRequest, pk: int) -> HttpResponse:
    """The hall's full-screen page; works as a 10-second refresh without JavaScript."""
    hall = get_object_or_404(Hall.objects.select_related("reception"), pk=pk)
    context = {"hall": hall, "board": hall_board(hall=hall)}
    return render(request, "floor/screen_hall.html", context)


def hall_events(request: HttpRequest, pk: int) -> HttpResponse:
    hall = get_object_or_404(Hall, pk=pk)
    return _event_stream(
        request, state=lambda: {"board": hall_board(hall=hall)}, hall_id=hall.pk
    )


def counter_screen(request: HttpRequest, pk: int) -> HttpResponse:
    """The small screen above a counter."""
    counter = get_object_or_404(Counter.objects.select_related("hall"), pk=pk)
    context = {"counter": counter, "board": counter_board(counter=counter)}
    return render(request, "floor/screen_counter.html", context)


def counter_events(request: HttpRequest, pk: int) -> HttpResponse:
    counter = get_object_or_404(Counter, pk=pk)

    def state() -> dict:
        counter.refresh_from_db(fields=["is_open", "name", "number"])
        return {"counter_board": counter_board(counter=counter)}

    return _event_stream(request, state=state, counter_id=counter.pk)
