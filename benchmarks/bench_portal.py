"""Benchmark of the public API against the floor of the same server (run by hand).

    .venv/bin/python benchmarks/bench_portal.py              # prepare `bench` if needed
    .venv/bin/python benchmarks/bench_portal.py --reset      # recreate it first
    .venv/bin/python benchmarks/bench_portal.py --duration 10 --workers 3 --threads 2

It prepares the PostgreSQL database `bench` (migrations, the demo province and
catalog, 100,000 generated dossiers through `motcua generate`, look-up PINs),
starts the production server (gunicorn, config.settings.production, DEBUG off,
ALLOWED_HOSTS=127.0.0.1, a private Redis for the cache and the rate-limit
counters unless --no-redis) with the two bare endpoints of
`MOTCUA_BENCH_ENDPOINTS=1`, and drives it from this process over 127.0.0.1 for a
bounded time per scenario. It prints requests per second, p50/p99 latency and
errors for each scenario, then each ratio of ours to the floor.

The look-up rate limit is raised for the run (every request comes from
127.0.0.1), but it is still counted on every look-up, as in production.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlparse

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/bench"
# ---------------------------------------------------------------- set-up


def run(command: list[str], env: dict, quiet: bool = True) -> None:
    """Run a management command of the project; stop the benchmark if it fails."""
    print("  $", " ".join(command[1:]) if command[0].endswith("motcua") else command)
    result = subprocess.run(  # noqa: S603 (our own executables)
        command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE if quiet else None,
        stderr=subprocess.STDOUT if quiet else None,
        text=True,
        check=False,
    )
    if result.returncode:
        print(result.stdout or "")
        sys.exit(f"failed: {' '.join(command)}")


def database_prepare(args, env: dict) -> None:
    """Create the database if needed, then load the demo and the dossiers."""
    import psycopg

    url = urlparse(args.database_url)
    name = url.path.lstrip("/")
    admin = args.database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if exists and args.reset:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")
    motcua = str(VENV_BIN / "motcua")
    run([motcua, "migrate", "--noinput"], env)
    run([motcua, "createcachetable"], env)
    with psycopg.connect(args.database_url) as conn:
        procedures = conn.execute("SELECT count(*) FROM catalog_procedure").fetchone()
        if not procedures[0]:
            run([motcua, "demo", "--no-serve"], env)
        (dossiers,) = conn.execute("SELECT count(*) FROM dossiers_dossier").fetchone()
    missing = args.dossiers - dossiers
    if missing > 1000:
        started = time.monotonic()
        run([motcua, "generate", "--dossiers", str(missing)], env)
        print(f"  generated {missing:,} dossiers in {time.monotonic() - started:.0f} s")
    with psycopg.connect(args.database_url) as conn:
        # Generated dossiers have no PIN; give each one (digits 2-9, as pin_new).
        conn.execute(
            "UPDATE dossiers_dossier SET pin = translate("
            "substr(md5(random()::text), 1, 6), '0123456789abcdef', "
            "'2345678923456789') WHERE pin = '' AND code IS NOT NULL"
        )
    with psycopg.connect(args.database_url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


@dataclass
class Fixtures:
    token: str
    procedure_code: str
    component_ids: list[int]
    form: dict
    lookups: list[tuple[str, str]]
    dossier_count: int
    searches: list[dict] = field(default_factory=list)
    search_weights: list[float] = field(default_factory=list)
    cold_searches: object = None


def _form_value(spec: dict):
    kind = spec.get("type", "text")
    return {
        "number": 12,
        "date": "05/03/2026",
        "email": "bench@example.vn",
        "phone": "0912345678",
        "cccd": "020090999999",
        "boolean": True,
        "choice": str(spec.get("choices", [["", ""]])[0][0]),
    }.get(kind, "Cửa hàng Bình An, thôn Bản Thín"[: spec.get("max_length") or 255])


def bench_citizen(username: str, number: int):
    """Return a verified citizen account of the benchmarks (made once)."""
    from motcua.accounts.models import User

    user, _created = User.objects.get_or_create(
        username=username,
        defaults={
            "full_name": "Nông Văn Đo",
            "kind": User.Kind.CITIZEN,
            "id_number": f"020090999{number:03d}",
            "phone": f"0912000{number:03d}",
            "email": f"{username}@example.vn",
        },
    )
    return user


def bench_procedure():
    """Return the first fully online procedure with one required paper."""
    from django.db.models import Count, Q

    from motcua.catalog.models import Procedure

    return (
        Procedure.objects.filter(
            state=Procedure.State.PUBLISHED,
            service_level=Procedure.ServiceLevel.FULL,
            agency__isnull=False,
        )
        .annotate(required=Count("components", filter=Q(components__required=True)))
        .filter(required=1)
        .order_by("code")
        .first()
    )


def fixtures_make(env: dict) -> Fixtures:
    """Create the benchmark's citizen and token; pick a procedure and look-ups."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from motcua.api.auth import token_issue
    from motcua.catalog.models import Procedure
    from motcua.catalog.services import form_data_validate
    from motcua.dossiers.models import Dossier

    user = bench_citizen("bench_congdan", number=999)
    procedure = bench_procedure()
    form = {spec["name"]: _form_value(spec) for spec in procedure.form_schema}
    errors = form_data_validate(schema=procedure.form_schema, data=dict(form))
    if errors:
        sys.exit(f"cannot fill the form of {procedure.code}: {errors}")
    components = list(
        procedure.components.filter(required=True).values_list("pk", flat=True)
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT code, pin FROM dossiers_dossier TABLESAMPLE SYSTEM (5) "
            "WHERE code IS NOT NULL AND pin <> '' LIMIT 5000"
        )
        lookups = list(cursor.fetchall())
    searches, weights = _searches(
        Procedure.objects.filter(state=Procedure.State.PUBLISHED).values_list(
            "name", flat=True
        )
    )
    fixtures = Fixtures(
        token=token_issue(user=user),
        procedure_code=procedure.code,
        component_ids=components,
        form=form,
        lookups=lookups,
        dossier_count=Dossier.objects.count(),
        searches=searches,
        search_weights=weights,
    )
    # Every combination once, in random order: searches the cache has not seen.
    # 3,329 phrases × 12 filter sets: enough for a quiet machine's 20 s and more.
    extras = [
        {},
        {"page": "2"},
        {"page": "3"},
        *({"level": level} for level in ("central", "province", "district", "commune")),
        *({"service_level": kind} for kind in ("full", "partial", "info")),
        {"level": "province", "service_level": "full"},
        {"level": "commune", "service_level": "partial"},
    ]
    cold = [{**search, **extra} for search in searches for extra in extras]
    random.shuffle(cold)
    fixtures.cold_searches = iter(cold)
    connection.close()
    return fixtures


def _searches(names) -> tuple[list[dict], list[float]]:
    """Return what citizens would type, 1 to 3 words of procedure names, weighted.

    Each phrase comes with diacritics as written and folded as typed on a phone
    without them. Phrases shared by many names ("cấp giấy", "đăng ký") are typed
    more often: the weights follow Zipf's law over how many names hold them.
    """
    from collections import Counter

    from motcua.core.text import fold

    counts: Counter[str] = Counter()
    for name in names:
        words = [w.strip("(),.;:") for w in name.lower().split()]
        words = [w for w in words if w]
        seen = set()
        for size in (1, 2, 3):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                seen |= {phrase, fold(phrase)}
        counts.update(seen)
    ranked = [{"q": phrase} for phrase, _n in counts.most_common()]
    ranked[:0] = [{"q": ""}, {"q": "", "page": "2"}, {"q": "", "level": "commune"}]
    weights = [1 / rank for rank in range(1, len(ranked) + 1)]
    return ranked, weights


def pdf_of(size: int) -> bytes:
    """Return a valid one-page PDF padded to about `size` bytes."""
    filler = bytes(random.getrandbits(8) for _ in range(size))
    head = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    )
    stream = b"4 0 obj<</Length %d>>stream\n" % len(filler) + filler
    return head + stream + b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


# ---------------------------------------------------------------- servers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_start(data_dir: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(  # noqa: S603
        [
            shutil.which("redis-server") or "redis-server",
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(data_dir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port)
    return process, f"redis://127.0.0.1:{port}/0"


def wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    sys.exit(f"nothing listens on 127.0.0.1:{port}")


def server_start(args, env: dict) -> subprocess.Popen:
    command = [
        str(VENV_BIN / "gunicorn"),
        "config.wsgi:application",
        "--bind",
        f"127.0.0.1:{args.port}",
        "--workers",
        str(args.workers),
        "--no-control-socket",
        "--log-level",
        "warning",
    ]
    if args.threads > 1:
        command += ["--threads", str(args.threads)]
    print("  $", " ".join(command[1:]))
    process = subprocess.Popen(command, env=env, cwd=ROOT)  # noqa: S603
    wait_for_port(args.port)
    return process


# ---------------------------------------------------------------- load


@dataclass
class Result:
    name: str
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    samples: list[str] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)  # seconds, per part
    rounds: list[float] = field(default_factory=list)  # the rate of each round

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def percentile(self, share: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


class Client:
    """One keep-alive connection (reopened when the server closes it)."""

    def __init__(self, port: int, token: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.auth = {"Authorization": f"Bearer {token}"}

    def call(self, method: str, path: str, body=None, headers=None):
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            response = self.conn.getresponse()
            data = response.read()
        except (http.client.HTTPException, OSError):
            self.conn.close()
            raise
        if response.getheader("connection", "").lower() == "close":
            self.conn.close()
        return response.status, data


def scenario_floor_select(client: Client, fx: Fixtures) -> str | None:
    code, _pin = random.choice(fx.lookups)
    status, _ = client.call("GET", "/api/v1/bench/select?" + urlencode({"code": code}))
    return None if status == 200 else f"select {status}"


def scenario_floor_insert(client: Client, fx: Fixtures) -> str | None:
    status, _ = client.call("POST", "/api/v1/bench/insert")
    return None if status == 200 else f"insert {status}"


def file_body(pdf: bytes) -> tuple[bytes, str]:
    """Return a multipart body of one `file` part and its content type (built once)."""
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
            f'filename="don-de-nghi.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        + pdf
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, f"multipart/form-data; boundary={boundary}"


def scenario_floor_upload(
    client: Client, fx: Fixtures, body: bytes, content_type: str
) -> str | None:
    """The bound of any request carrying the file: parse it, insert one row."""
    headers = {"Content-Type": content_type}
    status, _ = client.call("POST", "/api/v1/bench/upload", body, headers)
    return None if status == 200 else f"upload {status}"


def scenario_lookup(client: Client, fx: Fixtures) -> str | None:
    code, pin = random.choice(fx.lookups)
    query = urlencode({"code": code, "pin": pin})
    status, body = client.call("GET", "/api/v1/lookup?" + query)
    return None if status == 200 else f"lookup {status} {body[:120]!r}"


def scenario_catalog(client: Client, fx: Fixtures) -> str | None:
    status, body = client.call(
        "GET",
        "/api/v1/procedures?"
        + urlencode(random.choices(fx.searches, fx.search_weights)[0]),
    )
    return None if status == 200 else f"catalog {status} {body[:120]!r}"


def scenario_catalog_cold(client: Client, fx: Fixtures) -> str | None:
    search = next(fx.cold_searches, None)  # list iterators are thread-safe
    if search is None:
        return "every never-seen search was used: raise the pool or the duration"
    status, body = client.call("GET", "/api/v1/procedures?" + urlencode(search))
    return None if status == 200 else f"catalog {status} {body[:120]!r}"


def scenario_submission(
    client: Client, fx: Fixtures, upload: tuple[bytes, str]
) -> str | None:
    headers = {**client.auth, "Content-Type": "application/json"}
    payload = {
        "procedure_code": fx.procedure_code,
        "form": fx.form,
        "delivery": {"method": "online"},
    }
    status, body = client.call(
        "POST", "/api/v1/dossiers", json.dumps(payload).encode(), headers
    )
    if status != 201:
        return f"create {status} {body[:200]!r}"
    dossier_id = json.loads(body)["id"]
    multipart, content_type = upload
    upload_headers = {**client.auth, "Content-Type": content_type}
    for component_id in fx.component_ids:
        status, body = client.call(
            "PUT",
            f"/api/v1/dossiers/{dossier_id}/documents/{component_id}",
            multipart,
            upload_headers,
        )
        if status != 201:
            return f"upload {status} {body[:200]!r}"
    status, body = client.call(
        "POST", f"/api/v1/dossiers/{dossier_id}/submit", b"", client.auth
    )
    if status != 200 or json.loads(body).get("status") != "submitted":
        return f"submit {status} {body[:200]!r}"
    return None


# ---------------------------------------------------------------- CPU per part

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_times(pid: int) -> tuple[str, int, float, float]:
    """Return (command, parent, own CPU s, reaped children's CPU s) of a process."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        raw = stat.read().decode()
    command = raw[raw.index("(") + 1 : raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2 :].split()
    # fields[0] is field 3 (state): utime 14, stime 15, cutime 16, cstime 17.
    own = (int(fields[11]) + int(fields[12])) / _TICK
    children = (int(fields[13]) + int(fields[14])) / _TICK
    return command, int(fields[1]), own, children


def cpu_snapshot(server_pid: int | None, redis_pid: int | None) -> dict[str, float]:
    """CPU seconds used so far by the server, PostgreSQL, Redis and this client.

    A part's figure adds its live processes' time and what its parent collected
    from exited ones (gunicorn's master, PostgreSQL's postmaster), so a process
    that ends between two snapshots still counts.
    """
    processes = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                processes[int(entry)] = _proc_times(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    parts = dict.fromkeys(("server", "postgres", "redis", "client"), 0.0)
    for pid, (command, parent, own, children) in processes.items():
        if pid == os.getpid():
            parts["client"] += own
        elif server_pid and (pid == server_pid or parent == server_pid):
            parts["server"] += own + (children if pid == server_pid else 0)
        elif command.startswith("postgres"):
            # Backends, WAL writer, checkpointer, autovacuum …, and the postmaster
            # with the backends that exited (a worker reconnects every minute).
            postmaster = processes.get(parent, ("",))[0] != "postgres"
            parts["postgres"] += own + (children if postmaster else 0)
        elif redis_pid and pid == redis_pid:
            parts["redis"] += own
    return parts


def whole_body(fx: Fixtures, pdf: bytes) -> tuple[bytes, str]:
    """Return the body of a one-request submission and its content type.

    The same bytes for every request (a client sending many dossiers would not
    rebuild 100 KB each time either): only the Idempotency-Key changes.
    """
    boundary = uuid.uuid4().hex
    dossier = json.dumps(
        {
            "procedure_code": fx.procedure_code,
            "form": fx.form,
            "delivery": {"method": "online"},
        }
    )
    parts = [
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="dossier"\r\n'
            f"Content-Type: application/json\r\n\r\n{dossier}\r\n"
        ).encode()
    ]
    for component_id in fx.component_ids:
        parts += [
            (
                f"--{boundary}\r\nContent-Disposition: form-data; "
                f'name="documents.{component_id}"; filename="don-de-nghi.pdf"\r\n'
                f"Content-Type: application/pdf\r\n\r\n"
            ).encode(),
            pdf,
            b"\r\n",
        ]
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def scenario_submission_whole(
    client: Client, fx: Fixtures, body: bytes, content_type: str
) -> str | None:
    """The same submission in one request: POST /api/v1/submissions."""
    headers = {
        **client.auth,
        "Content-Type": content_type,
        "Idempotency-Key": str(uuid.uuid4()),
    }
    status, answer = client.call("POST", "/api/v1/submissions", body, headers)
    if status != 201 or json.loads(answer).get("status") != "submitted":
        return f"submission {status} {answer[:200]!r}"
    return None


def drive(result: Result, operation, args, fx: Fixtures, seconds: float, warmup: float):
    """Run `operation` from `args.concurrency` threads; add to `result`."""
    lock = threading.Lock()

    def worker(stop_at: float, record: bool) -> None:
        client = Client(args.port, fx.token)
        latencies, errors, samples = [], 0, []
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            try:
                problem = operation(client, fx)
            except Exception as error:  # counted, the first ones shown
                problem = f"{type(error).__name__}: {error}"
            elapsed = time.perf_counter() - started
            if problem:
                errors += 1
                if len(samples) < 3:
                    samples.append(problem)
            else:
                latencies.append(elapsed)
        if record:
            with lock:
                result.latencies.extend(latencies)
                result.errors += errors
                result.samples.extend(samples)

    for record, length in ((False, warmup), (True, seconds)):
        if not length:
            continue
        stop_at = time.perf_counter() + length
        threads = [
            threading.Thread(target=worker, args=(stop_at, record))
            for _ in range(args.concurrency)
        ]
        before = cpu_snapshot(args.server_pid, args.redis_pid) if record else {}
        done = len(result.latencies)
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if record:
            spent = time.perf_counter() - started
            result.rounds.append((len(result.latencies) - done) / spent)
            result.seconds += spent
            after = cpu_snapshot(args.server_pid, args.redis_pid)
            for part, used in after.items():
                result.cpu[part] = result.cpu.get(part, 0.0) + used - before[part]


def report(results: dict[str, Result], args, fx: Fixtures) -> None:
    print()
    print(
        f"{fx.dossier_count:,} dossiers; gunicorn {args.workers} workers × "
        f"{args.threads} threads; {args.concurrency} client connections; "
        f"{args.duration:g} s per scenario in {args.rounds} interleaved rounds, "
        f"after {args.warmup:g} s warm-up"
    )
    print(f"{'scenario':<40}{'per s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for result in results.values():
        print(
            f"{result.name:<40}{result.rate:>9.1f}{result.percentile(0.5):>9.1f}"
            f"{result.percentile(0.99):>9.1f}{result.errors:>8}"
        )
        for sample in result.samples[:3]:
            print(f"    error: {sample}")
    print()
    print("CPU per operation, ms (from /proc; the client is this process)")
    parts = ("server", "postgres", "redis", "client")
    heads = "".join(f"{part:>10}" for part in parts)
    print(f"{'scenario':<40}{heads}{'total':>9}")
    for result in results.values():
        count = len(result.latencies)
        if not count or not result.cpu:
            continue
        per = {part: result.cpu.get(part, 0.0) * 1000 / count for part in parts}
        print(
            f"{result.name:<40}"
            + "".join(f"{per[part]:>10.2f}" for part in parts)
            + f"{sum(per.values()):>9.2f}"
        )
    floor_insert = results["floor_insert"].rate
    print()
    floors = {"floor_select": "floor SELECT", "floor_insert": "floor INSERT"}
    goals = [
        ("lookup", "floor_select", 0.50),
        ("catalog", "floor_select", 0.50),
        ("catalog_cold", "floor_select", 0.50),
        ("submission", "floor_insert", 0.30),
        ("submission_whole", "floor_insert", 0.30),
    ]
    for key, floor_key, goal in goals:
        ours, floor = results[key], results[floor_key]
        if not ours.rounds and not ours.errors:
            continue  # left out of this run (--only)
        ratio = ours.rate / floor.rate if floor.rate else 0.0
        verdict = "met" if ratio >= goal else "NOT met"
        print(
            f"{ours.name:<40} / {floors[floor_key]:<13} = {ratio:6.1%}"
            f"   (goal ≥ {goal:.0%}: {verdict}){_spread(ours, floor)}"
        )
    bound = results["floor_upload"]
    if floor_insert and bound.rate:
        print(
            f"{bound.name:<40} / {'floor INSERT':<13} = "
            f"{bound.rate / floor_insert:6.1%}   (no request carrying the file "
            "goes faster)"
        )
    if results["lookup"].rounds:
        p99 = results["lookup"].percentile(0.99)
        verdict = "met" if p99 < 100 else "NOT met"
        print(f"look-up p99 = {p99:.1f} ms (goal < 100 ms: {verdict})")
    total_errors = sum(r.errors for r in results.values())
    print(f"errors in all scenarios: {total_errors} (goal 0)")


def _spread(ours: Result, floor: Result) -> str:
    """Return how the share moved from round to round: its lowest and highest.

    Each round of ours against the same round of the floor, run just before it:
    how far one run's share can be from another's on this machine.
    """
    if len(ours.rounds) != len(floor.rounds):
        return ""  # a scenario left out of this run (--only)
    pairs = zip(ours.rounds, floor.rounds, strict=True)
    shares = sorted(mine / base for mine, base in pairs if base)
    if len(shares) < 2:
        return ""
    middle = statistics.median(shares)
    return f"; rounds {shares[0]:.1%}–{shares[-1]:.1%}, median {middle:.1%}"


# ---------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_DB)
    parser.add_argument("--reset", action="store_true", help="recreate the database")
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--port", type=int, default=8103)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    # As many requests in flight as workers (a proxy's bound): more only queue.
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pdf-kb", type=int, default=100)
    parser.add_argument("--redis-url", default="", help="use this Redis, not a new one")
    parser.add_argument("--no-redis", action="store_true", help="database cache")
    parser.add_argument("--data-dir", default="/tmp/motcua-bench")  # noqa: S108
    parser.add_argument(
        "--only", default="", help="comma-separated scenarios (floors always run)"
    )
    args = parser.parse_args()

    data_dir = Path(args.data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "DATABASE_URL": args.database_url,
        "MOTCUA_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_COOKIES": "0",
        "LOG_LEVEL": "WARNING",
        "MOTCUA_BENCH_ENDPOINTS": "1",
        # Every request comes from 127.0.0.1: a limit that counts but never trips.
        "MOTCUA_LOOKUP_RATE_LIMIT": "1000000000/m",
    }
    env.pop("REDIS_URL", None)
    print("preparing the database …")
    database_prepare(args, {**env, "DJANGO_SETTINGS_MODULE": "config.settings.local"})

    redis = server = None
    try:
        if args.redis_url:
            env["REDIS_URL"] = args.redis_url
        elif not args.no_redis and shutil.which("redis-server"):
            redis, env["REDIS_URL"] = redis_start(data_dir)
        print(f"cache: {env.get('REDIS_URL') or 'database table'}")
        fx = fixtures_make(env)
        print(
            f"submissions: procedure {fx.procedure_code}, papers {fx.component_ids}; "
            f"{len(fx.lookups)} codes to look up, {len(fx.searches)} searches"
        )
        server = server_start(args, env)
        args.server_pid = server.pid
        args.redis_pid = redis.pid if redis is not None else None
        results = run_scenarios(args, fx)
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        if redis is not None:
            redis.terminate()
            redis.wait(timeout=10)
    report(results, args, fx)


def run_scenarios(args, fx: Fixtures) -> dict[str, Result]:
    pdf = pdf_of(args.pdf_kb * 1024)
    upload, whole = file_body(pdf), whole_body(fx, pdf)
    scenarios = {
        "floor_select": ("floor: 1 indexed SELECT", scenario_floor_select),
        "floor_insert": ("floor: 1 INSERT", scenario_floor_insert),
        "floor_upload": (
            f"bound: {args.pdf_kb} KB multipart + 1 INSERT",
            lambda client, fx: scenario_floor_upload(client, fx, *upload),
        ),
        "lookup": ("look-up (code + PIN)", scenario_lookup),
        "catalog": ("catalog search (cached as deployed)", scenario_catalog),
        "catalog_cold": ("catalog search, never seen", scenario_catalog_cold),
        "submission": (
            f"submission, 3 requests ({args.pdf_kb} KB)",
            lambda client, fx: scenario_submission(client, fx, upload),
        ),
        "submission_whole": (
            f"submission, 1 request ({args.pdf_kb} KB)",
            lambda client, fx: scenario_submission_whole(client, fx, *whole),
        ),
    }
    only = {name for name in args.only.split(",") if name}
    chosen = {
        key: value
        for key, value in scenarios.items()
        if not only or key in only or key.startswith("floor")
    }
    results = {key: Result(name) for key, (name, _operation) in scenarios.items()}
    # Rounds interleave the scenarios, so that a change in the machine's load
    # during the run weighs on ours and on the floor alike.
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}/{args.rounds}:", end="", flush=True)
        for key, (_name, operation) in chosen.items():
            print(f" {key}", end="", flush=True)  # a profiler attached now samples it
            drive(
                results[key],
                operation,
                args,
                fx,
                seconds=args.duration / args.rounds,
                warmup=args.warmup if round_number == 1 else 0,
            )
        print(flush=True)
    return results


if __name__ == "__main__":
    main()
