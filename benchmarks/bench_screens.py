"""How fast a counter's call reaches every display screen, under load.

Starts one app server (gunicorn, gthread workers) on a fresh database, opens 30
hall screens and 20 counter screens as server-sent-event streams, then has 20
counters call tickets at the same time, each at a steady pace. For every call it
measures, on every screen that must show it, the time from the moment the counter
pressed "call" to the moment the screen received the event; it prints the
percentiles and checks that no screen missed a call.

    .venv/bin/python benchmarks/bench_screens.py                 # polling fallback
    .venv/bin/python benchmarks/bench_screens.py --redis         # Redis pub/sub
    .venv/bin/python benchmarks/bench_screens.py --database-url postgres://postgres@127.0.0.1:5432/fl_bench
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--screens", type=int, default=30, help="hall screens")
    parser.add_argument("--counters", type=int, default=20)
    parser.add_argument("--calls", type=int, default=6, help="calls per counter")
    parser.add_argument(
        "--pace",
        type=float,
        default=10.0,
        help="seconds between two calls of one counter (a real counter: minutes)",
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=64)
    parser.add_argument("--max-streams", type=int, default=48, help="per process")
    parser.add_argument("--port", type=int, default=8196)
    parser.add_argument(
        "--restart",
        action="store_true",
        help="restart the server once the screens are connected, then measure",
    )
    parser.add_argument("--redis", action="store_true", help="use REDIS_URL fan-out")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--database-url", default="", help="default: a SQLite file")
    return parser.parse_args()


def environment(args: argparse.Namespace, data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.local",
        "DEBUG": "0",
        "MOTCUA_DATA_DIR": str(data_dir),
        "MOTCUA_FLOOR_SSE_MAX_STREAMS": str(args.max_streams),
        "MOTCUA_FLOOR_SSE_HEARTBEAT": "5",
        "REDIS_URL": args.redis_url if args.redis else "",
        "DATABASE_URL": args.database_url,
    }
    return env


def prepare(args: argparse.Namespace) -> dict:
    """Migrate the fresh database and create the floor, tickets and sessions."""
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.core.management import call_command
    from django.db import connections
    from django.utils.module_loading import import_string

    from motcua.accounts.models import Agency, OfficialRole, Role, User
    from motcua.catalog.models import CounterGroup
    from motcua.floor.models import Counter, Hall
    from motcua.floor.services import counter_open, ticket_issue

    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    center = Agency.objects.create(
        code="000.00.70.H37", name="Trung tâm Phục vụ HCC", level=Agency.Level.RECEPTION
    )
    group = CounterGroup.objects.create(code="A", name="Nhóm A", reception=center)
    hall = Hall.objects.create(reception=center, name="Sảnh tầng 1")
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")
    counters = []
    for n in range(1, args.counters + 1):
        counter = Counter.objects.create(hall=hall, number=n)
        counter.groups.add(group)
        officer = User.objects.create_user(
            username=f"quay{n}",
            kind=User.Kind.OFFICIAL,
            agency=center,
            full_name=f"Quầy {n}",
        )
        OfficialRole.objects.create(user=officer, role=Role.RECEPTION_OFFICER)
        counter_open(counter=counter, actor=officer)
        session = store()
        session[SESSION_KEY] = str(officer.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = officer.get_session_auth_hash()
        session.save()
        counters.append({"id": counter.pk, "session": session.session_key})
    for _ in range(args.counters * args.calls + 5):
        ticket_issue(reception=center, group=group)
    connections.close_all()
    return {"hall": hall.pk, "counters": counters}


class Screen(threading.Thread):
    """One display screen: an event stream, reconnecting like the browser does."""

    def __init__(self, port: int, path: str, received: list, ready: threading.Event):
        super().__init__(daemon=True)
        self.port, self.path, self.received, self.ready = port, path, received, ready
        self.stop = False
        self.refused = 0
        self.connects = 0

    def run(self) -> None:
        while not self.stop:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                conn.request("GET", self.path, headers={"Accept": "text/event-stream"})
                response = conn.getresponse()
                if response.status != 200:
                    self.refused += 1
                    response.read()
                    time.sleep(1 + random.random())
                    continue
                self.connects += 1
                kind = None
                while not self.stop:
                    line = response.fp.readline()
                    if not line:
                        break
                    text = line.decode().rstrip("\n")
                    if text.startswith("event: "):
                        kind = text[7:]
                        if kind == "state":
                            self.ready.set()
                    elif text.startswith("data: ") and kind == "call":
                        event = json.loads(text[6:])
                        self.received.append(
                            (event["counter"], event["number"], time.monotonic())
                        )
            except OSError:
                time.sleep(0.5)


def counter_client(args, port: int, counter: dict, sent: list, errors: list) -> None:
    token = secrets.token_hex(16)
    headers = {
        "Cookie": f"sessionid={counter['session']}; csrftoken={token}",
        "X-CSRFToken": token,
        "Content-Length": "0",
    }
    time.sleep(random.random() * args.pace)
    for _ in range(args.calls):
        started = time.monotonic()
        # A new connection each time: the server closes idle keep-alive connections.
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("POST", f"/quay/quay/{counter['id']}/goi-tiep/", headers=headers)
        response = conn.getresponse()
        response.read()
        if response.status != 302:
            errors.append(response.status)
        sent.append((counter["id"], started, time.monotonic()))
        conn.close()
        time.sleep(max(0.0, args.pace - (time.monotonic() - started)))


def start_server(args: argparse.Namespace, env: dict) -> subprocess.Popen:
    """Start gunicorn with threads and wait until it accepts connections."""
    server = subprocess.Popen(  # noqa: S603 - our own arguments
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "config.wsgi:application",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--worker-class",
            "gthread",
            "--workers",
            str(args.workers),
            "--threads",
            str(args.threads),
            # Open streams would hold a stopping worker for the default 30 s.
            "--graceful-timeout",
            "3",
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            http.client.HTTPConnection("127.0.0.1", args.port, timeout=1).connect()
            break
        except OSError:
            time.sleep(0.2)
    return server


def stop_server(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=40)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def main() -> int:
    args = parse_args()
    data_dir = Path(tempfile.mkdtemp(prefix="bench-screens-"))
    env = environment(args, data_dir)
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    if args.redis:
        import redis

        redis.Redis.from_url(args.redis_url).ping()
    if args.database_url:
        from urllib.parse import urlparse

        name = urlparse(args.database_url).path.lstrip("/")
        admin = args.database_url.rsplit("/", 1)[0] + "/postgres"
        psql = shutil.which("psql") or "/usr/bin/psql"
        for sql in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
            subprocess.run([psql, admin, "-qc", sql], check=True)  # noqa: S603
    setup = prepare(args)
    server = start_server(args, env)
    screens: list[Screen] = []
    try:
        received_by_screen: list[list] = []
        readies = []
        paths = [f"/quay/man-hinh/sanh/{setup['hall']}/su-kien/"] * args.screens
        paths += [f"/quay/man-hinh/quay/{c['id']}/su-kien/" for c in setup["counters"]]
        for path in paths:
            received: list = []
            ready = threading.Event()
            screen = Screen(args.port, path, received, ready)
            screen.start()
            screens.append(screen)
            received_by_screen.append(received)
            readies.append(ready)
        deadline = time.monotonic() + 30
        for ready in readies:
            ready.wait(max(0.1, deadline - time.monotonic()))
        connected = sum(r.is_set() for r in readies)
        reconnected = ""
        if args.restart:
            stop_server(server)
            stopped = time.monotonic()
            server = start_server(args, env)
            while min(s.connects for s in screens) < 2:
                if time.monotonic() - stopped > 60:
                    break
                time.sleep(0.05)
            back = sum(s.connects >= 2 for s in screens)
            reconnected = (
                f"server restarted: {back}/{len(screens)} screens reconnected "
                f"{time.monotonic() - stopped:.1f} s after the stop"
            )
        for counter in setup["counters"]:
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=30)
            conn.request(
                "GET",
                f"/quay/quay/{counter['id']}/",
                headers={"Cookie": f"sessionid={counter['session']}"},
            )
            conn.getresponse().read()
            conn.close()
        time.sleep(1)
        sent: list = []
        errors: list = []
        clients = [
            threading.Thread(
                target=counter_client, args=(args, args.port, c, sent, errors)
            )
            for c in setup["counters"]
        ]
        began = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        time.sleep(3)
        elapsed = time.monotonic() - began
        # The k-th call event of a counter answers the k-th press of that counter.
        presses: dict[int, list[float]] = defaultdict(list)
        for counter_id, started, _done in sorted(sent, key=lambda s: s[1]):
            presses[counter_id].append(started)
        latencies: list[float] = []
        missing = 0
        for index, received in enumerate(received_by_screen):
            counter_only = index >= args.screens
            seen: dict[int, int] = defaultdict(int)
            for counter_id, _number, at in received:
                k = seen[counter_id]
                seen[counter_id] += 1
                if k < len(presses[counter_id]):
                    latencies.append(at - presses[counter_id][k])
            expected = (
                len(presses[setup["counters"][index - args.screens]["id"]])
                if counter_only
                else len(sent)
            )
            missing += max(0, expected - sum(seen.values()))
        request_times = [done - started for _c, started, done in sent]
        mode = "Redis pub/sub" if args.redis else "polling the events table"
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"machine: {os.cpu_count()} CPUs, load average {load}")
        database = "PostgreSQL" if args.database_url else "SQLite"
        print(f"fan-out: {mode}; database: {database}")
        print(
            f"server: gunicorn gthread, {args.workers} workers × "
            f"{args.threads} threads, at most {args.max_streams} streams per process"
        )
        print(
            f"screens connected: {connected}/{len(paths)} "
            f"({args.screens} hall + {args.counters} counter screens); "
            f"refused and retried: {sum(s.refused for s in screens)}"
        )
        if reconnected:
            print(reconnected)
        print(
            f"calls: {len(sent)} from {args.counters} counters in {elapsed:.1f} s "
            f"({len(sent) / elapsed:.1f} per second); "
            f"call request p50 {statistics.median(request_times) * 1000:.0f} ms, "
            f"p99 {percentile(request_times, 99) * 1000:.0f} ms; errors: {len(errors)}"
        )
        print(
            f"deliveries: {len(latencies)}, missed: {missing}; call → screen latency "
            f"p50 {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {percentile(latencies, 95) * 1000:.0f} ms, "
            f"p99 {percentile(latencies, 99) * 1000:.0f} ms, "
            f"max {max(latencies) * 1000:.0f} ms"
        )
        ok = percentile(latencies, 99) < 2.0 and missing == 0 and not errors
        print("PASS: p99 < 2 s and every screen got every call" if ok else "FAIL")
        return 0 if ok else 1
    finally:
        for screen in screens:
            screen.stop = True
        stop_server(server)
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
