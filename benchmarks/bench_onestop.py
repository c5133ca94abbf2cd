"""Benchmark of the one-stop inbox with 50,000 open dossiers in one agency (by hand).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/onestop_bench \\
        .venv/bin/python benchmarks/bench_onestop.py [--dossiers 50000] [--runs 30]

It creates the PostgreSQL database named in DATABASE_URL if it is missing
(default `onestop_bench`), migrates it, and bulk-creates the dossiers directly
(no services, no history: the inbox reads only the dossier rows): 50,000 open
dossiers of one department spread over its processing steps and due moments,
plus 10,000 of another department that its officials must not see. Then it asks
for the inbox pages in this process through Django's test client (all the
middleware, the session, the template) and prints, per page, the server time
(median, p95, max over the runs), the number of SQL queries and the rows shown.
The goal is a median under 150 ms with a query count that does not depend on
the number of dossiers.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5432/onestop_bench"
GOAL_MS = 150


def database_ensure(url: str) -> None:
    """Create the benchmark database if it does not exist yet."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')  # name from our own URL


def setup(url: str) -> None:
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)


def data_prepare(count: int) -> dict:
    """Create the agencies, procedure, officials and the dossiers once."""
    from django.db import connection
    from django.utils import timezone

    from motcua.accounts.models import Agency, OfficialRole, Role, User
    from motcua.catalog.models import Field, Procedure, WorkflowStep
    from motcua.dossiers.models import Dossier

    province, _ = Agency.objects.get_or_create(
        code="000.00.00.H37",
        defaults={"name": "UBND tỉnh Lạng Sơn", "level": Agency.Level.PROVINCE},
    )
    center, _ = Agency.objects.get_or_create(
        code="000.00.70.H37",
        defaults={
            "name": "Trung tâm Phục vụ hành chính công",
            "level": Agency.Level.RECEPTION,
            "parent": province,
        },
    )
    departments = []
    for code, name in (
        ("000.00.12.H37", "Sở Nông nghiệp và Môi trường"),
        ("000.00.05.H37", "Sở Y tế"),
    ):
        agency, _ = Agency.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "level": Agency.Level.DEPARTMENT,
                "parent": province,
            },
        )
        departments.append(agency)
    field, _ = Field.objects.get_or_create(code="BENCH", defaults={"name": "Thử tải"})
    procedures = []
    for department in departments:
        procedure, created = Procedure.objects.get_or_create(
            code=f"9.{department.code}",
            defaults={
                "national_code": "9.000001",
                "name": "Thủ tục thử tải hộp thư một cửa",
                "field": field,
                "level": Procedure.Level.PROVINCE,
                "agency": department,
                "service_level": Procedure.ServiceLevel.FULL,
                "limit_value": Decimal(10),
                "result_type": Procedure.ResultType.BOTH,
            },
        )
        if created:
            for order, (name, actor, role) in enumerate(
                [
                    ("Tiếp nhận", "reception", Role.RECEPTION_OFFICER),
                    ("Thẩm định", "deciding", Role.SPECIALIST),
                    ("Phê duyệt", "deciding", Role.AGENCY_LEADER),
                    ("Trả kết quả", "reception", Role.RECEPTION_OFFICER),
                ],
                start=1,
            ):
                WorkflowStep.objects.create(
                    procedure=procedure,
                    order=order,
                    name=name,
                    actor=actor,
                    role=role,
                    share=Decimal("0.25"),
                )
        procedures.append(procedure)
    users = {}
    for username, agency, roles in (
        ("bench_cv", departments[0], [Role.SPECIALIST]),
        ("bench_ld", departments[0], [Role.UNIT_LEADER, Role.AGENCY_LEADER]),
        ("bench_tn", center, [Role.RECEPTION_OFFICER]),
    ):
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "full_name": username,
                "kind": User.Kind.OFFICIAL,
                "agency": agency,
            },
        )
        if created:
            OfficialRole.objects.bulk_create(
                OfficialRole(user=user, role=role) for role in roles
            )
        users[username] = user

    existing = Dossier.objects.filter(agency=departments[0]).count()
    if existing < count:
        now = timezone.now()
        steps = {
            p.pk: list(p.steps.order_by("order")) for p in procedures
        }  # reception, specialist, leader, return
        owner = users["bench_tn"]
        batch = []
        total = count + count // 5
        print(f"  bulk-creating {total - existing:,} dossiers …", flush=True)
        for i in range(existing, total):
            theirs = i >= count
            procedure = procedures[1] if theirs else procedures[0]
            flow = steps[procedure.pk]
            kind = i % 10
            # Mostly at the specialist's step, some waiting for approval, some
            # at reception (submitted online or finished), spread over due moments.
            if kind < 6:
                status, step = Dossier.Status.IN_PROGRESS, flow[1]
            elif kind < 8:
                status, step = Dossier.Status.IN_PROGRESS, flow[2]
            elif kind == 8:
                status, step = Dossier.Status.SUBMITTED, None
            else:
                status, step = Dossier.Status.FINISHED, flow[3]
            received = now - timedelta(minutes=(i * 37) % (60 * 24 * 30))
            batch.append(
                Dossier(
                    code=f"000.00.70.H37-250101-{i:06d}",
                    procedure=procedure,
                    reception=center,
                    agency=procedure.agency,
                    owner=None,
                    applicant_kind="citizen",
                    applicant_name=f"Người nộp thử {i}",
                    channel=Dossier.Channel.ONLINE,
                    status=status,
                    version=3,
                    submitted_at=received - timedelta(hours=2),
                    received_at=None if step is None else received,
                    clock_started_at=None if step is None else received,
                    due_at=None if step is None else received + timedelta(days=14),
                    current_step=step,
                    step_started_at=received,
                    assignee=users["bench_cv"] if i % 3 == 0 else None,
                )
            )
            if len(batch) == 5000:
                Dossier.objects.bulk_create(batch)
                batch = []
        if batch:
            Dossier.objects.bulk_create(batch)
        del owner
    with connection.cursor() as cursor:
        # As autovacuum would: fresh statistics and visibility for index-only scans.
        cursor.execute("VACUUM ANALYZE dossiers_dossier")
    return users


def measure(client, user, url: str, runs: int) -> dict:
    """Return the server time of a page over the runs, its queries and rows."""
    from urllib.parse import parse_qs, urlparse

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from motcua.onestop.selectors import inbox_for

    for _ in range(3):  # warm-up: templates, session, plan cache
        client.get(url)
    times = []
    queries = 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
        queries = len(captured.captured_queries)
    query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
    box = inbox_for(
        user=user, urgency=query.get("han", ""), page=int(query.get("trang", 1))
    )
    times.sort()
    return {
        "median": statistics.median(times),
        "p95": times[max(int(len(times) * 0.95) - 1, 0)],
        "max": times[-1],
        "queries": queries,
        "rows": len(box.rows),
        "total": box.total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or DEFAULT_DB
    if not url.startswith("postgres"):
        sys.exit("This benchmark needs PostgreSQL (DATABASE_URL=postgres://…).")
    database_ensure(url)
    setup(url)
    users = data_prepare(args.dossiers)
    from django.test import Client

    from motcua.dossiers.models import Dossier

    open_count = Dossier.objects.filter(
        agency__code="000.00.12.H37",
        status__in=("submitted", "in_progress", "finished"),
    ).count()
    print(
        f"Dossiers of the department: {open_count:,} open; all: "
        f"{Dossier.objects.count():,}"
    )
    pages = [
        ("specialist, all", "bench_cv", "/mot-cua/"),
        ("specialist, overdue", "bench_cv", "/mot-cua/?han=overdue"),
        ("specialist, page 20", "bench_cv", "/mot-cua/?trang=20"),
        ("leader, all", "bench_ld", "/mot-cua/"),
        ("reception, all", "bench_tn", "/mot-cua/"),
    ]
    worst = 0.0
    print(
        f"{'page':<22}{'waiting':>9}{'rows':>6}{'queries':>9}"
        f"{'median ms':>11}{'p95 ms':>9}{'max ms':>9}"
    )
    for label, username, path in pages:
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(users[username])
        figures = measure(client, users[username], path, args.runs)
        worst = max(worst, figures["median"])
        print(
            f"{label:<22}{figures['total']:>9,}{figures['rows']:>6}"
            f"{figures['queries']:>9}{figures['median']:>11.1f}"
            f"{figures['p95']:>9.1f}{figures['max']:>9.1f}"
        )
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"load average during the run: {load} ({os.cpu_count()} CPUs)")
    verdict = "PASS" if worst < GOAL_MS else "FAIL"
    print(f"{verdict}: slowest median {worst:.1f} ms (goal < {GOAL_MS} ms)")


if __name__ == "__main__":
    main()
