"""`motcua import agencies|procedures|dossiers FILE`: bring in data from .csv/.xlsx."""

from __future__ import annotations

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from motcua.kpi.imports import (
    ImportFailed,
    data_rows,
    import_agencies,
    import_dossiers,
    import_procedures,
)
from motcua.kpi.management.commands.generate import progress_bar

IMPORTERS = {
    "agencies": import_agencies,
    "procedures": import_procedures,
    "dossiers": import_dossiers,
}


class Command(BaseCommand):
    help = (
        "Nhập cơ quan, thủ tục hoặc hồ sơ từ tệp .csv/.xlsx (cột tiếng Anh hoặc tiếng "
        "Việt). Có dòng lỗi thì không nhập gì; nhập lại cùng tệp không thay đổi gì."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("kind", choices=sorted(IMPORTERS))
        parser.add_argument("file")

    def handle(self, *args, **options) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không tìm thấy tệp {path}.")
        started = time.monotonic()
        try:
            report = IMPORTERS[options["kind"]](
                path, progress=progress_bar(data_rows(path))
            )
        except ImportFailed as error:
            self.stderr.write("")
            for problem in error.problems:
                self.stderr.write(problem)
            raise CommandError(
                f"Không nhập gì: {len(error.problems)} lỗi. Sửa tệp rồi nhập lại."
            ) from error
        elapsed = time.monotonic() - started
        self.stderr.write("")
        total = report.created + report.updated + report.unchanged
        self.stdout.write(
            f"Đã nhập: {report.created} mới, {report.updated} cập nhật, "
            f"{report.unchanged} không đổi ({total} dòng, {elapsed:.1f} s, "
            f"{total / max(elapsed, 1e-6):,.0f} dòng/giây)."
        )
