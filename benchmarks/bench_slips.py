"""Time the slip PDFs: median and p95 per slip type (issue 4: under 300 ms each).

Builds a throw-away in-memory database with one dossier history per slip, made
through the real lifecycle services, then prints each slip `--runs` times:

    .venv/bin/python benchmarks/bench_slips.py [--runs 30] [--out /tmp/slips]

`--out` also writes one PDF of each type there, to look at. The first print of a
process loads WeasyPrint and the fonts (~1.5 s); it is left out of the figures.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def _cast() -> dict:
    """Create the province, the Center, a department, its officials and a procedure."""
    from motcua.accounts.models import Agency, Role
    from motcua.accounts.tests.factories import (
        AgencyFactory,
        OfficialFactory,
        UserFactory,
    )
    from motcua.catalog.models import WorkflowStep
    from motcua.catalog.tests.factories import ProcedureFactory, WorkflowStepFactory
    from motcua.slips.tests.factories import papers_for

    province = AgencyFactory(
        code="000.00.00.H37", name="Ủy ban nhân dân tỉnh Lạng Sơn", level="province"
    )
    center = AgencyFactory(
        code="000.00.70.H37",
        name="Trung tâm Phục vụ hành chính công tỉnh",
        level=Agency.Level.RECEPTION,
        parent=province,
        address="Số 4 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
    )
    department = AgencyFactory(
        code="000.00.12.H37",
        name="Sở Nông nghiệp và Môi trường",
        level=Agency.Level.DEPARTMENT,
        parent=province,
    )
    procedure = ProcedureFactory(
        name="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        agency=department,
        limit_value=Decimal(5),
    )
    steps = [
        ("Tiếp nhận hồ sơ", WorkflowStep.Actor.RECEPTION, "reception_officer", "0.05"),
        ("Thẩm định", WorkflowStep.Actor.DECIDING, "specialist", "0.7"),
        ("Phê duyệt", WorkflowStep.Actor.DECIDING, "agency_leader", "0.2"),
        ("Trả kết quả", WorkflowStep.Actor.RECEPTION, "reception_officer", "0.05"),
    ]
    for order, (name, actor, role, share) in enumerate(steps, start=1):
        WorkflowStepFactory(
            procedure=procedure,
            order=order,
            name=name,
            actor=actor,
            role=role,
            share=Decimal(share),
        )
    papers_for(procedure)
    return {
        "procedure": procedure,
        "center": center,
        "citizen": UserFactory(full_name="Hoàng Văn Sáng"),
        "receiver": OfficialFactory(agency=center, roles=[Role.RECEPTION_OFFICER]),
        "official": OfficialFactory(agency=department, roles=[Role.SPECIALIST]),
        "leader": OfficialFactory(
            agency=department, roles=[Role.UNIT_LEADER, Role.AGENCY_LEADER]
        ),
    }


def _dossiers(cast: dict) -> dict:
    from motcua.slips.tests import factories as f

    kw = {k: cast[k] for k in ("procedure", "citizen", "receiver")}
    return {
        "receipt": f.received(**kw),
        "supplement": f.supplement_requested(**kw, official=cast["official"]),
        "refusal": f.refused(**kw),
        "apology": f.apologised(**kw, leader=cast["leader"]),
        "stop": f.stopped(**kw, leader=cast["leader"]),
        "control": f.returned(**kw, official=cast["official"], leader=cast["leader"]),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    import django

    django.setup()
    # The test settings run tasks at once; their log lines would bury the table.
    logging.getLogger("django_tasks").setLevel(logging.WARNING)
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    connection.creation.create_test_db(verbosity=0)

    from datetime import date

    from pypdf import PdfReader

    from motcua.slips.services import book_pdf, slip_pdf

    cast = _cast()
    dossiers = _dossiers(cast)
    jobs = {
        slip_type: (
            lambda d=dossier, t=slip_type: slip_pdf(
                dossier=d, slip_type=t, actor=cast["receiver"]
            )
        )
        for slip_type, dossier in dossiers.items()
    }
    jobs["book"] = lambda: book_pdf(
        reception=cast["center"],
        date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31),
        actor=cast["receiver"],
    )
    # The floor: WeasyPrint drawing one line of the same font on an A4 page.
    from motcua.slips.pdf import _weasyprint

    html_class, font_config, _stylesheet = _weasyprint()
    bare = (
        '<html><style>@page { size: A4 } body { font: 13pt "Liberation Serif" }'
        "</style><p>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</p></html>"
    )
    jobs = {
        "bare page": lambda: html_class(string=bare).write_pdf(font_config=font_config),
        **jobs,
    }
    started = time.perf_counter()
    jobs["receipt"]()
    print(
        f"first print (loads WeasyPrint, fonts): {time.perf_counter() - started:.2f} s"
    )
    print(
        f"{'slip':<11} {'pages':>5} {'median ms':>10} {'p95 ms':>8} "
        f"{'CPU median':>11} {'CPU p95':>8}"
    )
    for slip_type, job in jobs.items():
        wall, cpu = [], []
        for _ in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            content = job()
            wall.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        pages = len(PdfReader(io.BytesIO(content)).pages)
        print(
            f"{slip_type:<11} {pages:>5} {statistics.median(wall):>10.1f} "
            f"{_p95(wall):>8.1f} {statistics.median(cpu):>11.1f} {_p95(cpu):>8.1f}"
        )
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / f"{slip_type}.pdf").write_bytes(content)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average: {load} on {os.cpu_count()} CPUs (wall times grow with it)")


if __name__ == "__main__":
    main()
