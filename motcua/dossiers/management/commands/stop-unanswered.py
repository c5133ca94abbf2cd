"""`motcua stop-unanswered`: stop dossiers whose supplement request went unanswered."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from motcua.dossiers.services import dossier_stop_unanswered


class Command(BaseCommand):
    help = "Dừng xử lý hồ sơ quá hạn bổ sung (chạy định kỳ, ví dụ mỗi giờ)."

    def handle(self, *args, **options) -> None:
        codes = dossier_stop_unanswered()
        for code in codes:
            self.stdout.write(f"Đã dừng: {code}")
        self.stdout.write(f"Đã dừng {len(codes)} hồ sơ quá hạn bổ sung.")
