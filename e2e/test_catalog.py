"""A visitor finds a procedure on the home page, typing without diacritics."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from motcua.demo.loader import province_load


@pytest.mark.django_db(transaction=True)
def test_visitor_finds_the_veterinary_drug_shop_procedure(live_server, page: Page):
    province_load()
    page.goto(live_server.url + "/")
    expect(page.get_by_role("heading", name="Tìm thủ tục hành chính")).to_be_visible()
    page.get_by_role("searchbox").fill("thuoc thu y")
    page.get_by_role("button", name="Tìm kiếm").click()
    link = page.get_by_role(
        "link", name="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", exact=True
    )
    expect(link).to_be_visible()
    link.click()
    expect(page.get_by_role("heading", name="Thành phần hồ sơ")).to_be_visible()
    expect(page.locator("dl.facts")).to_contain_text("ngày làm việc")
