"""`motcua demo`: migrate, load the demo province, print the logins, serve :8000."""

from __future__ import annotations

import subprocess
import sys

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from motcua.demo import data
from motcua.demo.dossiers import dossiers_generate
from motcua.demo.loader import DEMO_PASSWORD, province_load
from motcua.floor.demo import floor_demo_load
from motcua.floor.models import Hall, Kiosk
from motcua.kpi.services import facts_rebuild


class Command(BaseCommand):
    help = (
        "Tạo CSDL, nạp dữ liệu mẫu tỉnh Lạng Sơn (chạy lại không thay đổi gì), "
        "in tài khoản mẫu và chạy cổng tại http://127.0.0.1:8000."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--no-serve", action="store_true", help="Chỉ nạp dữ liệu, không chạy web."
        )
        parser.add_argument("--addr", default="127.0.0.1:8000")

    def handle(self, *args, **options) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
        report = province_load()
        created = dossiers_generate(now=timezone.now())
        floor = floor_demo_load()
        for what, n in floor.items():
            report.add(f"floor.{what}", n)
        if created:
            # The dashboards read rollups; count the generated dossiers once.
            facts_rebuild()
        if any(report.created.values()) or created:
            parts = [f"{what}: {n}" for what, n in report.created.items() if n]
            if created:
                parts.append(f"dossiers: {created}")
            self.stdout.write("Đã nạp dữ liệu mẫu: " + ", ".join(parts))
        else:
            self.stdout.write("Dữ liệu mẫu đã có sẵn, không thay đổi gì.")
        self.stdout.write("")
        self.stdout.write(f"Tài khoản mẫu (mật khẩu cho tất cả: {DEMO_PASSWORD}):")
        for row in data.DEMO_LOGINS:
            self.stdout.write(f"  {row['username']:<12} {row['description']}")
        self.stdout.write("")
        self.stdout.write("Trung tâm Phục vụ hành chính công (không cần đăng nhập):")
        for kiosk in Kiosk.objects.all():
            self.stdout.write(f"  {kiosk.name}: /quay/ki-ot/{kiosk.key}/")
        for hall in Hall.objects.all():
            self.stdout.write(f"  Màn hình {hall.name}: /quay/man-hinh/sanh/{hall.pk}/")
        self.stdout.write("")
        if options["no_serve"]:
            return
        self.stdout.write(f"Cổng dịch vụ công: http://{options['addr']}/")
        self.stdout.write(f"Quản trị: http://{options['addr']}/quan-tri/")
        # Background work (notifications, indicator counts) runs in a worker
        # process beside the web server, as it would in production.
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "motcua",
                "db_worker",
                "--interval",
                "1",
                "--no-reload",
            ]
        )
        try:
            call_command("runserver", options["addr"], use_reloader=False)
        finally:
            worker.terminate()
            worker.wait(timeout=10)
