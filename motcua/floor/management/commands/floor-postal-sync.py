"""`motcua floor-postal-sync`: refresh the status of shipments not yet delivered."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from motcua.floor.services import shipments_refresh_open


class Command(BaseCommand):
    help = "Cập nhật trạng thái bưu gửi kết quả chưa phát xong (chạy định kỳ)."

    def handle(self, *args, **options) -> None:
        changed = shipments_refresh_open()
        self.stdout.write(f"Đã cập nhật {changed} bưu gửi.")
