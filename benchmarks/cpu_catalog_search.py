"""CPU per request of catalog searches not seen before, against the floor (by hand).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua \\
        .venv/bin/python benchmarks/cpu_catalog_search.py --requests 2000

In one process, through Django's test client (the whole middleware, Ninja and
ORM stack, DEBUG off, a local-memory cache), it times with `time.process_time`
N requests to the SELECT floor (`/api/v1/bench/select`) and N catalog searches
(`/api/v1/procedures`), each search a phrase × filter × page never asked before,
in interleaved rounds. It prints CPU milliseconds per request of this process
and of its PostgreSQL backend (read from /proc when the server is on this
machine), queries per request, and the search's CPU as a share of the floor's.
Needs a database with the demo province (`motcua demo --no-serve`).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "ALLOWED_HOSTS": "testserver",
            "SECURE_COOKIES": "0",
            "LOG_LEVEL": "WARNING",
            "MOTCUA_BENCH_ENDPOINTS": "1",
        }
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()
    from bench_portal import _searches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from motcua.catalog.models import Procedure
    from motcua.dossiers.models import Dossier

    random.seed(args.seed)
    codes = list(
        Dossier.objects.exclude(code=None).values_list("code", flat=True)[:500]
    )
    if not codes:
        sys.exit("no dossier to read: load the demo province first")
    phrases, _weights = _searches(
        Procedure.objects.filter(state=Procedure.State.PUBLISHED).values_list(
            "name", flat=True
        )
    )
    extras = ({}, {"level": "province"}, {"page": "2"}, {"level": "commune"})
    searches = [{**phrase, **extra} for phrase in phrases for extra in extras]
    random.shuffle(searches)
    warmup = 200
    if len(searches) < args.requests + warmup:
        sys.exit(f"only {len(searches)} distinct searches")
    cold = iter(searches)
    local = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

    def floor(client: Client) -> None:
        query = urlencode({"code": random.choice(codes)})
        assert client.get("/api/v1/bench/select?" + query).status_code == 200

    def search(client: Client) -> None:
        query = urlencode(next(cold))
        assert client.get("/api/v1/procedures?" + query).status_code == 200

    with override_settings(CACHES=local):
        client = Client()
        for _ in range(warmup):
            floor(client)
            search(client)
        queries = {}
        for name, call in (("floor", floor), ("search", search)):
            with CaptureQueriesContext(connection) as captured:
                for _ in range(100):
                    call(client)
            queries[name] = len(captured) / 100
        server = _server_clock(connection)
        spent = {"floor": 0.0, "search": 0.0}
        spent_db = {"floor": 0.0, "search": 0.0}
        per_round = args.requests // args.rounds
        for _ in range(args.rounds):
            for name, call in (("floor", floor), ("search", search)):
                start, start_db = time.process_time(), server()
                for _ in range(per_round):
                    call(client)
                spent[name] += time.process_time() - start
                spent_db[name] += server() - start_db
    done = per_round * args.rounds
    ms = {name: 1000 * total / done for name, total in spent.items()}
    db_ms = {name: 1000 * total / done for name, total in spent_db.items()}
    print(f"{done} requests each, {args.rounds} interleaved rounds, one process")
    print(f"{'':<24} {'app CPU ms':>10} {'db CPU ms':>10} {'queries':>8}")
    for name, label in (("floor", "floor: 1 indexed SELECT"), ("search", "search")):
        print(f"{label:<24} {ms[name]:10.2f} {db_ms[name]:10.2f} {queries[name]:8.2f}")
    print(f"search / floor, app CPU: {100 * ms['floor'] / ms['search']:.1f}%")
    if spent_db["search"]:
        total = {name: ms[name] + db_ms[name] for name in ms}
        share = 100 * total["floor"] / total["search"]
        print(f"search / floor, app + db CPU: {share:.1f}%")


def _server_clock(connection):
    """Return a clock of the CPU seconds of this connection's PostgreSQL backend.

    Read from /proc, so only with PostgreSQL on this machine; else a clock at 0.
    """
    if connection.vendor != "postgresql":
        return lambda: 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    stat = Path(f"/proc/{pid}/stat")
    if not stat.exists():
        return lambda: 0.0
    ticks = os.sysconf("SC_CLK_TCK")

    def clock() -> float:
        fields = stat.read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime

    return clock


if __name__ == "__main__":
    main()
