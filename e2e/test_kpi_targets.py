"""A province admin sets a target; a leader sees actual against it; the public sees."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from motcua.accounts.models import Agency, User
from motcua.catalog.tests.factories import ProcedureFactory
from motcua.core.workcal import TZ
from motcua.demo.loader import DEMO_PASSWORD, province_load
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status


def login(page: Page, base: str, username: str, next_url: str) -> None:
    page.goto(f"{base}/tai-khoan/dang-nhap/?next={next_url}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("#id_password").press("Enter")


@pytest.mark.django_db(transaction=True)
def test_targets_dashboard_and_public_page(live_server, page: Page):
    province_load()
    year = timezone.localdate().year
    users = {u.username: u for u in User.objects.all()}
    department = Agency.objects.get(code="000.00.12.H37")
    procedure = ProcedureFactory(agency=department, name="Thủ tục thử chỉ tiêu")
    for day, status in ((2, Dossier.Status.RETURNED), (3, Dossier.Status.IN_PROGRESS)):
        dossier_in_status(
            status,
            procedure=procedure,
            citizen=users["congdan"],
            receiver=users["tiepnhan"],
            official=users["chuyenvien"],
            leader=users["lanhdao"],
            at=datetime(year, 3, day, 8, tzinfo=TZ),
        )
    base = live_server.url

    login(page, base, "quantri", "/chi-so/chi-tieu/")
    expect(page.get_by_role("heading", name="Chỉ tiêu năm")).to_be_visible()
    page.get_by_label("Chỉ số").select_option("online_reception_rate")
    page.get_by_label("Cho mọi cơ quan cấp").select_option("department")
    page.get_by_label("Chỉ tiêu (%)").fill("90")
    page.get_by_role("button", name="Lưu chỉ tiêu").click()
    expect(page.locator("#target-list")).to_contain_text("90")
    page.get_by_role("button", name="Đăng xuất").click()

    login(page, base, "lanhdao", "/chi-so/bang-dieu-khien/")
    targets = page.locator("#targets")
    expect(targets).to_contain_text("Tỷ lệ hồ sơ tiếp nhận trực tuyến")
    expect(targets).to_contain_text("90,00%")
    expect(targets).to_contain_text("100,00%")
    expect(page.locator('[data-kpi="received"]')).to_have_text("2")
    page.get_by_role("link", name="Xem hồ sơ tiếp nhận").click()
    expect(page.get_by_text("2 hồ sơ")).to_be_visible()
    page.get_by_role("button", name="Đăng xuất").click()

    page.goto(f"{base}/chi-so/")
    expect(page.locator('[data-kpi="received"]')).to_have_text("2")
    expect(page.locator("#ranking")).to_contain_text("Sở Nông nghiệp và Môi trường")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải về CSV").click()
    assert download.value.suggested_filename.endswith(".csv")
