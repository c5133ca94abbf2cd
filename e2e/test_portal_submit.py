"""A citizen submits a dossier on a phone-sized screen, resumes it, and looks it up.

Every page on the way is checked at 360 px for sideways scrolling, for requests
leaving the site, and with axe-core for serious or critical accessibility problems.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from motcua.catalog.models import Procedure
from motcua.demo.loader import province_load

PHONE = {"width": 360, "height": 800}
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06"
    b"\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01"
    b"\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
VET = "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"
LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AXE = Axe()


@pytest.fixture
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "locale": "vi-VN"}


@pytest.fixture
def portal(settings, live_server):
    settings.CACHES = LOCMEM
    province_load()
    return live_server.url


def check_page(page: Page, base: str, name: str) -> None:
    """Fail on sideways scrolling at 360 px or a serious/critical axe violation."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{name}: page is {width}px wide at 360px"
    results = AXE.run(page)
    serious = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], f"{name}: {serious}"


def watch_requests(page: Page, base: str) -> list[str]:
    outside: list[str] = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url)
            if not request.url.startswith((base, "data:", "blob:"))
            else None
        ),
    )
    return outside


def log_in(page: Page, base: str, username: str = "congdan") -> None:
    page.goto(base + "/tai-khoan/dang-nhap/")
    page.fill("#id_username", username)
    page.fill("#id_password", "motcua2026")
    page.locator("main form button[type=submit]").click()


def fill_eform(page: Page, procedure: Procedure) -> None:
    """Fill every field of the procedure's e-form with a valid value."""
    values = {
        "number": "25",
        "date": "2026-03-05",
        "email": "minh@example.vn",
        "phone": "0912345678",
        "cccd": "020085314627",
    }
    for spec in procedure.form_schema:
        field = page.locator(f"#id_f_{spec['name']}")
        kind = spec.get("type", "text")
        if kind == "boolean":
            field.check()
        elif kind == "choice":
            field.select_option(index=1)
        else:
            field.fill(values.get(kind, "Cửa hàng thuốc thú y Minh"))


@pytest.mark.django_db(transaction=True)
def test_citizen_submits_resumes_follows_and_looks_up(
    portal, page: Page, browser: Browser
):
    base = portal
    outside = watch_requests(page, base)
    vet = Procedure.objects.get(name=VET)

    page.goto(base + "/")
    check_page(page, base, "home")
    log_in(page, base)
    page.get_by_role("searchbox").fill("thuoc thu y")
    page.get_by_role("button", name="Tìm kiếm").click()
    page.get_by_role("link", name=VET, exact=True).click()
    check_page(page, base, "procedure")
    page.get_by_role("link", name="Nộp hồ sơ trực tuyến").click()
    check_page(page, base, "submit start")
    page.get_by_role("button", name="Bắt đầu").click()

    expect(page.get_by_role("heading", name="Tờ khai")).to_be_visible()
    page.get_by_role("button", name="Lưu và tiếp tục").click()  # empty: errors
    expect(page.get_by_role("alert")).to_contain_text("Tờ khai còn chỗ cần sửa")
    check_page(page, base, "e-form with errors")
    fill_eform(page, vet)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".messages")).to_contain_text("Đã lưu bản nháp")

    # Leave, then resume on "another device" (a fresh browser context).
    page.goto(base + "/")
    other = browser.new_context(viewport=PHONE, locale="vi-VN")
    phone = other.new_page()
    outside += watch_requests(phone, base)
    log_in(phone, base)
    phone.goto(base + "/ho-so-cua-toi/")
    check_page(phone, base, "my dossiers with a draft")
    phone.get_by_role("link", name="Tiếp tục").click()
    expect(phone.locator("#id_f_ten_co_so")).to_have_value("Cửa hàng thuốc thú y Minh")
    phone.get_by_role("button", name="Lưu và tiếp tục").click()

    expect(phone.get_by_role("heading", name="Giấy tờ")).to_be_visible()
    check_page(phone, base, "documents")
    inputs = phone.locator("input[type=file]")
    required = list(vet.components.filter(required=True).order_by("order", "pk"))
    phone.set_input_files(
        f"#files_{required[0].pk}",
        [
            {"name": "don-trang-1.pdf", "mimeType": "application/pdf", "buffer": PDF},
            {"name": "don-trang-2.png", "mimeType": "image/png", "buffer": PNG},
        ],
    )
    for component in required[1:]:
        phone.set_input_files(
            f"#files_{component.pk}",
            {
                "name": f"giay-to-{component.pk}.pdf",
                "mimeType": "application/pdf",
                "buffer": PDF,
            },
        )
    assert inputs.count() == vet.components.count()
    phone.get_by_role("button", name="Lưu và tiếp tục").click()

    expect(phone.get_by_role("heading", name="Nhận kết quả")).to_be_visible()
    check_page(phone, base, "delivery")
    phone.get_by_label("Nhận tại bộ phận một cửa").check()
    phone.get_by_role("button", name="Lưu và tiếp tục").click()

    expect(phone.get_by_role("heading", name="Kiểm tra và nộp")).to_be_visible()
    expect(phone.locator("main")).to_contain_text("don-trang-1.pdf")
    expect(phone.locator("main")).to_contain_text("don-trang-2.png")
    check_page(phone, base, "review")
    phone.get_by_role("button", name="Nộp hồ sơ").click()

    expect(phone.get_by_role("heading", name="Đã nộp hồ sơ")).to_be_visible()
    check_page(phone, base, "confirmation")
    code, pin = (
        text.strip() for text in phone.locator("strong.code").all_inner_texts()
    )
    assert re.fullmatch(r"000\.00\.70\.H37-\d{6}-\d{4}", code)
    assert re.fullmatch(r"\d{6}", pin)

    phone.goto(base + "/ho-so-cua-toi/")
    expect(phone.locator("main")).to_contain_text(code)
    expect(phone.locator("main")).to_contain_text("Đã nộp, chờ tiếp nhận")
    check_page(phone, base, "my dossiers")
    phone.get_by_role("link", name=VET).click()
    expect(phone.locator(".timeline")).to_contain_text("Nộp hồ sơ trực tuyến")
    check_page(phone, base, "dossier")
    other.close()

    # Anyone with the code and PIN, without logging in.
    page.context.clear_cookies()
    page.goto(base + "/tra-cuu/")
    check_page(page, base, "lookup")
    page.get_by_label("Mã hồ sơ").fill(code)
    page.get_by_label("Mã tra cứu (PIN)").fill(pin)
    page.get_by_role("button", name="Tra cứu").click()
    expect(page.locator(".result")).to_contain_text("Đã nộp, chờ tiếp nhận")
    expect(page.locator(".result")).not_to_contain_text("Hoàng Văn Minh")
    check_page(page, base, "lookup result")
    page.goto(f"{base}/tra-cuu/?ma={code}&pin={pin}")
    expect(page.locator(".result")).to_contain_text(VET)

    assert outside == []


@pytest.mark.django_db(transaction=True)
def test_info_only_procedure_has_no_submit_button(portal, page: Page):
    info = Procedure.objects.filter(service_level=Procedure.ServiceLevel.INFO).first()
    assert info is not None
    page.goto(portal + info.get_absolute_url())
    expect(page.get_by_role("heading", name=info.name)).to_be_visible()
    expect(page.get_by_role("link", name="Nộp hồ sơ trực tuyến")).to_have_count(0)
    expect(page.locator(".notice")).to_contain_text("thực hiện trực tiếp")
    check_page(page, portal, "info-only procedure")
