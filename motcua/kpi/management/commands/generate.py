"""`motcua generate --dossiers N` or `--profile langson-2024`: bulk dossiers."""

from __future__ import annotations

import sys
import time
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from motcua.core.errors import DomainError
from motcua.kpi.generate import generate_dossiers, generate_profile


def progress_bar(total: int, stream=sys.stderr):
    """Return a callback that draws a one-line progress bar."""
    started = time.monotonic()

    def draw(done: int) -> None:
        share = min(1.0, done / total) if total else 1.0
        filled = int(share * 30)
        rate = done / max(time.monotonic() - started, 1e-6)
        stream.write(
            f"\r[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{total:,} "
            f"({rate:,.0f}/s)".replace(",", ".")
        )
        stream.flush()

    return draw


class Command(BaseCommand):
    help = "Tạo nhanh hồ sơ mẫu với số lượng bất kỳ, hoặc bộ số liệu Lạng Sơn 2024."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dossiers", type=int, help="Số hồ sơ cần tạo.")
        parser.add_argument("--profile", choices=["langson-2024"])
        parser.add_argument("--from", dest="start", default="2016-01-01")
        parser.add_argument("--to", dest="end", default=None)
        parser.add_argument("--seed", type=int, default=2024)
        parser.add_argument(
            "--scale",
            type=float,
            default=1.0,
            help="Tỷ lệ thu nhỏ của bộ số liệu (chỉ dùng với --profile).",
        )

    def handle(self, *args, **options) -> None:
        started = time.monotonic()
        try:
            if options["profile"]:
                planned = generate_profile(
                    scale=options["scale"],
                    seed=options["seed"],
                    progress=progress_bar(96_048),
                )
                self.stderr.write("")
                self.stdout.write(
                    "Đã tạo bộ số liệu Lạng Sơn 2024: "
                    + ", ".join(f"{k}={v}" for k, v in planned.items())
                )
            elif options["dossiers"]:
                count = options["dossiers"]
                if count <= 0:
                    raise CommandError("--dossiers phải là số dương.")
                try:
                    start = date.fromisoformat(options["start"])
                    end_text = options["end"] or timezone.localdate().isoformat()
                    end = date.fromisoformat(end_text)
                except ValueError as error:
                    raise CommandError(f"Ngày không hợp lệ: {error}") from error
                written = generate_dossiers(
                    count=count,
                    start=start,
                    end=end,
                    seed=options["seed"],
                    progress=progress_bar(count),
                )
                self.stderr.write("")
                self.stdout.write(f"Đã tạo {written} hồ sơ.")
            else:
                raise CommandError("Hãy chọn --dossiers N hoặc --profile langson-2024.")
        except DomainError as error:
            raise CommandError(error.message) from error
        self.stdout.write(f"Thời gian: {time.monotonic() - started:.1f} s")
