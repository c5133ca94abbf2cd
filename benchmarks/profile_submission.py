"""CPU and queries of one API submission, measured in one process (run by hand).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME MOTCUA_DATA_DIR=/tmp/NAME \\
        .venv/bin/python benchmarks/profile_submission.py [--count 300] [--profile]

The database needs the demo catalog (`motcua migrate` then `motcua demo --no-serve`).
It creates a citizen and a bearer token, then makes `--count` submissions through
Django's test client, each as the three requests of `bench_portal.py`: create a
draft, upload a 100 KB PDF for each required paper, submit. Settings are
`config.settings.production` (DEBUG off) unless DJANGO_SETTINGS_MODULE says
otherwise. It prints per request the median and mean CPU (time.process_time,
the server side only: the client's encoding is not counted) and the queries
(BEGIN and COMMIT included), counted on 5 more submissions.
`--profile` also prints cProfile's heaviest functions over all requests.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1")
os.environ.setdefault("SECURE_COOKIES", "0")
os.environ.setdefault("MOTCUA_BENCH_ENDPOINTS", "1")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--pdf-kb", type=int, default=100)
    parser.add_argument(
        "--profile",
        nargs="?",
        const="create,upload,submit,whole",
        default="",
        help="profile these requests (comma-separated; all without a value)",
    )
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument(
        "--whole-only",
        action="store_true",
        help="send only the one-request submission (and the floor), e.g. for py-spy",
    )
    parser.add_argument(
        "--sampling", action="store_true", help="profile with pyinstrument's sampler"
    )
    args = parser.parse_args()

    import django

    django.setup()
    from bench_portal import _form_value, bench_citizen, bench_procedure, pdf_of
    from django.db import connection
    from django.test import Client
    from django.test.client import encode_multipart
    from django.test.utils import CaptureQueriesContext

    from motcua.api.auth import token_issue

    user = bench_citizen("profile_congdan", number=998)
    procedure = bench_procedure()
    form = {spec["name"]: _form_value(spec) for spec in procedure.form_schema}
    components = list(
        procedure.components.filter(required=True).values_list("pk", flat=True)
    )
    token = token_issue(user=user)
    pdf = pdf_of(args.pdf_kb * 1024)
    boundary = "BoUnDaRyprofile"

    client = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    names = ("floor", "create", "upload", "submit", "whole")
    timings: dict[str, list[float]] = {name: [] for name in names}
    queries: dict[str, list[int]] = {name: [] for name in names}
    profiler = None
    if args.profile and args.sampling:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0001)
    elif args.profile:
        profiler = cProfile.Profile(time.process_time)
    handler = client.handler
    current = {"name": ""}

    def timed_handler(environ):
        if recording["counting"]:
            # Counted apart: capturing queries makes every cursor a debug cursor.
            with CaptureQueriesContext(connection) as captured:
                response = handler(environ)
            queries[current["name"]].append(len(captured))
            return response
        if profiler and current["name"] in args.profile:
            profiler.start() if args.sampling else profiler.enable()
        started = time.process_time()
        response = handler(environ)
        spent = time.process_time() - started
        if profiler and current["name"] in args.profile:
            profiler.stop() if args.sampling else profiler.disable()
        if recording["on"]:
            timings[current["name"]].append(spent * 1000)
        return response

    client.handler = timed_handler
    recording = {"on": False, "counting": False}
    payload = json.dumps(
        {
            "procedure_code": procedure.code,
            "form": form,
            "delivery": {"method": "online"},
        }
    )
    body = encode_multipart(
        boundary,
        {"file": _named(pdf, "don-de-nghi.pdf")},
    )
    whole_body = encode_multipart(
        boundary,
        {
            "dossier": payload,
            **{
                f"documents.{component_id}": _named(pdf, "don-de-nghi.pdf")
                for component_id in components
            },
        },
    )

    def send_whole() -> None:
        current["name"] = "whole"
        response = client.post(
            "/api/v1/submissions",
            whole_body,
            content_type=f"multipart/form-data; boundary={boundary}",
            headers={"idempotency-key": str(uuid.uuid4())},
        )
        assert response.status_code == 201, response.content

    counted = 5
    for number in range(args.warmup + args.count + counted):
        recording["on"] = number >= args.warmup
        recording["counting"] = number >= args.warmup + args.count
        current["name"] = "floor"
        response = client.post("/api/v1/bench/insert")
        assert response.status_code == 200, response.content
        if args.whole_only:
            send_whole()
            continue
        current["name"] = "create"
        response = client.post(
            "/api/v1/dossiers", payload, content_type="application/json"
        )
        assert response.status_code == 201, response.content
        dossier_id = response.json()["id"]
        current["name"] = "upload"
        for component_id in components:
            response = client.put(
                f"/api/v1/dossiers/{dossier_id}/documents/{component_id}",
                body,
                content_type=f"multipart/form-data; boundary={boundary}",
            )
            assert response.status_code == 201, response.content
        current["name"] = "submit"
        response = client.post(f"/api/v1/dossiers/{dossier_id}/submit")
        assert response.status_code == 200, response.content
        assert response.json()["status"] == "submitted", response.content
        send_whole()

    print(
        f"{args.count} submissions of {procedure.code} ({len(components)} paper(s), "
        f"{args.pdf_kb} KB PDF), {os.environ['DJANGO_SETTINGS_MODULE']}, "
        f"{connection.vendor}, after {args.warmup} warm-up"
    )
    print(f"{'request':<8} {'CPU ms p50':>10} {'mean':>7} {'queries':>8}")
    print(f"{'floor':<8} {statistics.median(timings['floor']):>10.2f}")
    total_median = total_mean = 0.0
    total_queries = 0
    for name, spent in timings.items():
        if not spent:
            continue
        median, mean = statistics.median(spent), statistics.fmean(spent)
        count = statistics.median(queries[name])
        if name == "floor":
            floor = median
            continue
        if name == "whole":
            whole = (median, mean, count)
            continue
        total_median += median
        total_mean += mean
        total_queries += count
        print(f"{name:<8} {median:>10.2f} {mean:>7.2f} {count:>8g}")
    print(f"{'whole':<8} {whole[0]:>10.2f} {whole[1]:>7.2f} {whole[2]:>8g}")
    if total_median:
        print(
            f"{'total':<8} {total_median:>10.2f} {total_mean:>7.2f} "
            f"{total_queries:>8g}   (the three requests)"
        )
        print(
            f"submission in 3 requests / floor INSERT (CPU, medians): "
            f"{floor / total_median:.1%}"
        )
    print(f"in 1 request / floor INSERT: {floor / whole[0]:.1%} (goal 30%)")
    if profiler and args.sampling:
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    elif profiler:
        stats = pstats.Stats(profiler)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)


def _named(content: bytes, name: str):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


if __name__ == "__main__":
    main()
