"""`motcua verify-ledger`: check every dossier's hash-chained history."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from motcua.dossiers.services import ledger_verify


class Command(BaseCommand):
    help = "Kiểm tra chuỗi băm lịch sử của mọi hồ sơ; nêu tên hồ sơ bị sửa."

    def handle(self, *args, **options) -> None:
        checked, problems = ledger_verify()
        for problem in problems:
            self.stderr.write(f"{problem.code}: {problem.problem}")
        if problems:
            codes = ", ".join(problem.code for problem in problems[:20])
            raise CommandError(
                f"{len(problems)} trong {checked} hồ sơ có lịch sử bị thay đổi: {codes}"
            )
        self.stdout.write(
            self.style.SUCCESS(f"Đã kiểm tra {checked} hồ sơ: lịch sử toàn vẹn.")
        )
