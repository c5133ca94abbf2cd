"""`motcua floor-demo`: add the demo floor (after `motcua demo --no-serve`)."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from motcua.floor.demo import floor_demo_load
from motcua.floor.models import Counter, Hall, Kiosk


class Command(BaseCommand):
    help = "Nạp sảnh, quầy, ki-ốt, tổ hướng dẫn mẫu (chạy lại không thay đổi gì)."

    def handle(self, *args, **options) -> None:
        made = floor_demo_load()
        self.stdout.write("Đã nạp: " + ", ".join(f"{k}: {v}" for k, v in made.items()))
        for kiosk in Kiosk.objects.all():
            self.stdout.write(f"  {kiosk.name}: /quay/ki-ot/{kiosk.key}/")
        for hall in Hall.objects.all():
            self.stdout.write(f"  Màn hình {hall.name}: /quay/man-hinh/sanh/{hall.pk}/")
        for counter in Counter.objects.select_related("hall")[:3]:
            self.stdout.write(
                f"  Máy đánh giá {counter.label} ({counter.hall.name}): "
                f"/quay/danh-gia/{counter.tablet_key}/"
            )
