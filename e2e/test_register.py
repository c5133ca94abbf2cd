"""A new citizen registers on a phone, verifies by SMS code, signs in and searches."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from motcua.demo.loader import province_load
from motcua.integrations.sms import backends

VET_SHOP = "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"


@pytest.fixture
def sms_outbox(settings):
    settings.SMS_BACKEND = "motcua.integrations.sms.backends.LocmemBackend"
    backends.outbox.clear()
    yield backends.outbox
    backends.outbox.clear()


def fits_the_screen(page: Page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )


@pytest.mark.django_db(transaction=True)
def test_new_citizen_registers_verifies_signs_in_and_finds_thu_y(
    live_server, page: Page, sms_outbox
):
    province_load()
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(live_server.url + "/tai-khoan/dang-ky/")
    expect(page.get_by_role("heading", name="Đăng ký tài khoản")).to_be_visible()
    assert fits_the_screen(page)
    page.get_by_label("Họ và tên").fill("Hoàng Thị Lan")
    page.get_by_label("Số định danh cá nhân (CCCD, 12 chữ số)").fill("020196004321")
    page.get_by_label("Số điện thoại di động").fill("0971234567")
    page.get_by_role("textbox", name="Thư điện tử").fill("lan@example.vn")
    page.get_by_label("Mật khẩu:", exact=True).fill("Xu-Lang-2026!")
    page.get_by_label("Nhập lại mật khẩu").fill("Xu-Lang-2026!")
    page.get_by_label("Tin nhắn SMS").check()
    page.get_by_role("button", name="Đăng ký").click()

    expect(page.get_by_role("heading", name="Xác minh tài khoản")).to_be_visible()
    assert fits_the_screen(page)
    assert len(sms_outbox) == 1
    assert sms_outbox[0].to == "84971234567"
    code = re.search(r"\b(\d{6})\b", sms_outbox[0].text).group(1)
    page.get_by_label("Mã xác minh (6 chữ số)").fill(code)
    page.get_by_role("button", name="Xác minh", exact=True).click()
    expect(page.get_by_text("Xác minh thành công")).to_be_visible()

    page.get_by_role("button", name="Đăng xuất").click()
    page.goto(live_server.url + "/tai-khoan/dang-nhap/")
    assert fits_the_screen(page)
    page.get_by_label("Tên đăng nhập, số điện thoại hoặc thư điện tử").fill(
        "0971 234 567"
    )
    page.get_by_label("Mật khẩu").fill("Xu-Lang-2026!")
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.locator(".site-nav .who")).to_have_text("Hoàng Thị Lan")

    page.get_by_role("searchbox").fill("thu y")
    page.get_by_role("button", name="Tìm kiếm").click()
    first = page.locator(".procedures .procedure a").first
    expect(first).to_have_text(VET_SHOP)
    assert fits_the_screen(page)
