"""A visitor takes a ticket, a counter calls it, the hall screen shows it live,
the officer starts a dossier from it and the visitor rates the visit."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Browser, Page, expect

from motcua.accounts.models import Agency, Role
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory
from motcua.catalog.tests.factories import ProcedureFactory
from motcua.feedback.models import Rating
from motcua.floor import broadcast
from motcua.floor.models import Kiosk, Ticket
from motcua.floor.tests.factories import (
    CounterFactory,
    CounterGroupFactory,
    HallFactory,
    KioskFactory,
)


@pytest.fixture(autouse=True)
def _screen_hub():
    broadcast._hub = None
    yield
    if broadcast._hub is not None:
        broadcast._hub.stop()
        broadcast._hub = None


@pytest.fixture
def floor(db):
    province = AgencyFactory(code="000.00.00.H37", name="UBND tỉnh", level="province")
    center = AgencyFactory(
        code="000.00.70.H37",
        name="Trung tâm Phục vụ hành chính công tỉnh",
        level=Agency.Level.RECEPTION,
        parent=province,
    )
    department = AgencyFactory(
        code="000.00.12.H37", name="Sở Nông nghiệp và Môi trường", parent=province
    )
    group = CounterGroupFactory(
        code="A", name="Nông nghiệp và Môi trường", reception=center
    )
    procedure = ProcedureFactory(
        name="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", agency=department
    )
    procedure.counter_groups.add(group)
    hall = HallFactory(reception=center, name="Sảnh tầng 1")
    counter = CounterFactory(hall=hall, number=1, groups=[group])
    kiosk = KioskFactory(reception=center, kind=Kiosk.Kind.TICKET, key="lay-so")
    officer = OfficialFactory(
        username="tiepnhan", agency=center, roles=[Role.RECEPTION_OFFICER]
    )
    return {"hall": hall, "counter": counter, "kiosk": kiosk, "officer": officer}


@pytest.mark.django_db(transaction=True)
def test_ticket_call_screen_dossier_and_rating(
    tmp_path, live_server, page: Page, browser: Browser, floor
):
    base = live_server.url
    # The hall screen, in its own browser, connected before anything happens.
    screen_context = browser.new_context(viewport={"width": 1600, "height": 900})
    screen = screen_context.new_page()
    screen.goto(f"{base}/quay/man-hinh/sanh/{floor['hall'].pk}/")
    screen.wait_for_function("window.floorScreen && window.floorScreen.connected()")

    # The kiosk: touch the group, get the ticket (printing is a no-op here).
    kiosk_context = browser.new_context()
    kiosk_context.add_init_script("window.print = function () {};")
    kiosk = kiosk_context.new_page()
    kiosk.goto(f"{base}/quay/ki-ot/lay-so/")
    kiosk.get_by_role("button", name="A Nông nghiệp và Môi trường").click()
    expect(kiosk.locator("#ticket-number")).to_have_text("A-0001")
    expect(kiosk.locator(".r-qr svg")).to_be_visible()
    expect(screen.locator("#next")).to_contain_text("A-0001")

    # The officer opens the counter and calls.
    page.goto(f"{base}/tai-khoan/dang-nhap/?next=/quay/quay/{floor['counter'].pk}/")
    page.fill("#id_username", "tiepnhan")
    page.fill("#id_password", "motcua2026")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("button", name="Mở quầy").click()
    called_at = time.monotonic()
    page.get_by_role("button", name="Gọi số tiếp theo").click()
    expect(screen.locator("#now-number")).to_have_text("A-0001", timeout=2000)
    assert time.monotonic() - called_at < 2
    expect(screen.locator("#now-counter")).to_have_text("đến Quầy 1")
    screen.screenshot(path=str(tmp_path / "hall-screen.png"))

    # A dossier started from the ticket stays linked to it.
    page.select_option(
        "#id_procedure", label="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"
    )
    page.fill("#id_name", "Hoàng Văn Sáng")
    page.fill("#id_id_number", "020090001234")
    page.fill("#id_phone", "0912345678")
    page.get_by_role("button", name="Tiếp nhận hồ sơ").click()
    expect(page.locator(".messages")).to_contain_text("Đã tiếp nhận hồ sơ")
    ticket = Ticket.objects.get()
    assert ticket.dossier is not None

    # The visitor rates the visit on the counter's tablet.
    tablet = kiosk_context.new_page()
    tablet.goto(f"{base}/quay/danh-gia/{floor['counter'].tablet_key}/")
    expect(tablet.get_by_text("Lượt phục vụ số A-0001")).to_be_visible()
    tablet.get_by_role("button", name="Rất hài lòng").click()
    expect(tablet.get_by_role("heading")).to_contain_text("Cảm ơn")
    rating = Rating.objects.get()
    assert (rating.source, rating.ticket_id, rating.dossier_id) == (
        "tablet",
        ticket.pk,
        ticket.dossier_id,
    )
    screen_context.close()
    kiosk_context.close()


@pytest.mark.django_db(transaction=True)
def test_a_lookup_kiosk_returns_to_its_start_when_left_alone(
    live_server, page: Page, floor
):
    kiosk = KioskFactory(
        reception=floor["hall"].reception,
        kind=Kiosk.Kind.LOOKUP,
        key="tra-cuu",
        idle_seconds=2,
    )
    page.goto(f"{live_server.url}/quay/ki-ot/{kiosk.key}/tra-cuu/")
    expect(page.get_by_role("heading", name="Tra cứu tình trạng hồ sơ")).to_be_visible()
    page.wait_for_url(f"{live_server.url}/quay/ki-ot/{kiosk.key}/", timeout=5000)
    expect(
        page.get_by_role("heading", name="Tra cứu thủ tục hành chính")
    ).to_be_visible()
