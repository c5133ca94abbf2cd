"""Time the dashboards against the number of dossiers (issue 5).

Grows a PostgreSQL database (default `kpibench`) to each size in turn with
`motcua generate --dossiers`, then times, as the province administrator and as a
department's leader, a year of the real dashboard pages (rollups, ranking, charts,
template) and the same main indicators recounted from the raw dossier table:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kpibench \\
        .venv/bin/python benchmarks/bench_kpi.py --sizes 100000,1000000,10000000

The database is created and migrated when missing and kept, so a later run with a
bigger size only adds the difference. Targets: province < 200 ms, agency < 50 ms,
flat within 2× between the smallest and the biggest size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kpibench")


def _median_ms(function, runs: int) -> float:
    return _medians(function, runs)[0]


def _medians(function, runs: int) -> tuple[float, float]:
    """Return the median wall and CPU (this process) milliseconds of `function`."""
    function()  # warm caches (the first request also loads templates)
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _page_queries(function) -> tuple[int, float, bool]:
    """Return the queries of one call, their database time (ms) and whether one
    of them read the dossier table (a dashboard must not)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        function()
    database_ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
    dossiers = any('"dossiers_dossier"' in q["sql"] for q in captured.captured_queries)
    return len(captured), database_ms, dossiers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--from", dest="start", default="2016-01-01")
    parser.add_argument(
        "--import-rows",
        type=int,
        default=0,
        help="Also time `motcua import dossiers` on a CSV of this many new rows.",
    )
    parser.add_argument(
        "--no-pages", action="store_true", help="Skip the dashboard timings."
    )
    parser.add_argument(
        "--read-only",
        action="store_true",
        help="Time an existing database without writing to it: no migration, no "
        "demo load, no generation, the login kept in a signed cookie.",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False  # no query log: time what production would do
    from motcua.accounts.models import Agency, User
    from motcua.demo.loader import province_load
    from motcua.dossiers.models import Dossier
    from motcua.kpi.generate import generate_dossiers
    from motcua.kpi.selectors import Scope, indicators_recount

    if args.read_only:
        from django.contrib.auth.models import update_last_login
        from django.contrib.auth.signals import user_logged_in

        settings.SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
        user_logged_in.disconnect(update_last_login)
    else:
        call_command("migrate", verbosity=0, skip_checks=True)
        call_command("createcachetable", verbosity=0)
        province_load()
    admin = User.objects.get(username="quantri")
    leader = User.objects.get(username="lanhdao")
    department = leader.agency
    start, end = date(args.year, 1, 1), date(args.year, 12, 31)
    period = {"tu": start.isoformat(), "den": end.isoformat()}
    print(
        f"{'dossiers':>11} {'province':>10} {'agency':>9} {'province raw':>13} "
        f"{'agency raw':>11}  (median ms of {args.runs}; year {args.year}; "
        f"{connection.vendor}; then per page: CPU ms of this process, queries, "
        "their database ms, whether the dossier table was read)"
    )
    if args.import_rows:
        _time_import(args.import_rows)
    for size in [int(s) for s in args.sizes.split(",") if s and not args.no_pages]:
        have = Dossier.objects.count()
        if have < size and not args.read_only:
            started = time.perf_counter()
            generate_dossiers(
                count=size - have,
                start=date.fromisoformat(args.start),
                end=timezone.localdate(),
                seed=size,
            )
            seconds = time.perf_counter() - started
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            print(
                f"# generated {size - have:,} dossiers in {seconds:.0f} s "
                f"({(size - have) / seconds:,.0f}/s)",
                flush=True,
            )
        province_client, agency_client = Client(), Client()
        province_client.force_login(admin)
        agency_client.force_login(leader)

        def province_page(client=province_client) -> None:
            response = client.get("/chi-so/bang-dieu-khien/", period)
            assert response.status_code == 200, response.status_code

        def agency_page(client=agency_client) -> None:
            response = client.get("/chi-so/bang-dieu-khien/", period)
            assert response.status_code == 200, response.status_code

        province_ms, province_cpu = _medians(province_page, args.runs)
        agency_ms, agency_cpu = _medians(agency_page, args.runs)
        raw_runs = max(1, min(3, args.runs))
        province_raw = _median_ms(
            lambda: indicators_recount(scope=Scope(), start=start, end=end), raw_runs
        )
        agency_raw = _median_ms(
            lambda: indicators_recount(
                scope=Scope(agency=Agency.objects.get(pk=department.pk)),
                start=start,
                end=end,
            ),
            raw_runs,
        )
        print(
            f"{Dossier.objects.count():>11,} {province_ms:>10.1f} {agency_ms:>9.1f} "
            f"{province_raw:>13.1f} {agency_raw:>11.1f}",
            flush=True,
        )
        for name, page, cpu in (
            ("province", province_page, province_cpu),
            ("agency", agency_page, agency_cpu),
        ):
            queries, database_ms, dossiers = _page_queries(page)
            print(
                f"#   {name} page: {cpu:.1f} ms CPU, {queries} queries, "
                f"{database_ms:.1f} ms in the database, "
                f"dossier table read: {'yes' if dossiers else 'no'}",
                flush=True,
            )


def _time_import(rows: int) -> None:
    """Write a CSV of new historical dossiers and time `import_dossiers` on it."""
    import csv
    import random
    import tempfile
    from datetime import datetime, timedelta

    from motcua.catalog.models import Procedure
    from motcua.core.workcal import TZ
    from motcua.kpi.imports import import_dossiers

    rng = random.Random(rows)
    procedures = list(
        Procedure.objects.filter(agency__isnull=False).values_list(
            "code", "agency__code"
        )
    )
    path = Path(tempfile.mkdtemp()) / "dossiers.csv"
    stamp = time.strftime("%H%M%S")
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "code",
                "procedure_code",
                "agency_code",
                "reception_code",
                "channel",
                "received_at",
                "due_at",
                "finished_at",
                "returned_at",
                "status",
            ]
        )
        for n in range(rows):
            code, agency = procedures[rng.randrange(len(procedures))]
            received = datetime(2019, 1, 2, 8, tzinfo=TZ) + timedelta(
                days=rng.randrange(1500), minutes=rng.randrange(480)
            )
            due = received + timedelta(days=7)
            finished = received + timedelta(days=rng.randrange(1, 9))
            writer.writerow(
                [
                    f"IMP{stamp}-{n:08d}",
                    code,
                    agency,
                    "",
                    rng.choice(["online", "online", "direct", "postal"]),
                    received.isoformat(),
                    due.isoformat(),
                    finished.isoformat(),
                    (finished + timedelta(hours=2)).isoformat(),
                    "returned",
                ]
            )
    started = time.perf_counter()
    report = import_dossiers(path)
    seconds = time.perf_counter() - started
    print(
        f"# import dossiers: {report.created:,} rows in {seconds:.1f} s "
        f"({report.created / seconds:,.0f} rows/s, including the rollup recount)",
        flush=True,
    )


if __name__ == "__main__":
    main()
