"""`motcua floor-prune`: delete screen events older than two days (run daily)."""

from __future__ import annotations

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from motcua.floor.models import ScreenEvent


class Command(BaseCommand):
    help = "Xóa sự kiện màn hình cũ hơn 2 ngày (chạy hằng ngày)."

    def handle(self, *args, **options) -> None:
        cutoff = timezone.now() - timedelta(days=2)
        deleted, _ = ScreenEvent.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(f"Đã xóa {deleted} sự kiện màn hình.")
