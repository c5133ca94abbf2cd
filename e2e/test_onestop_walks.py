"""The one-stop office in a real browser, with the demo officials.

Each walk runs on a Monday morning in December 2026 (time_machine moves the
server's clock; the browser's cookies stay valid because the date is ahead).
"""

from __future__ import annotations

import io
import random
import re
from datetime import datetime, timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import Browser, Page, expect
from pypdf import PdfReader

from motcua.accounts.models import User
from motcua.catalog.models import Procedure
from motcua.core.services import calendar_for
from motcua.core.workcal import TZ
from motcua.demo.dossiers import Cast, Walker
from motcua.demo.loader import DEMO_PASSWORD, province_load
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    document_attach,
    dossier_draft_create,
    dossier_receive,
    dossier_start_processing,
    dossier_step_move,
    dossier_submit,
)

MONDAY = datetime(2026, 12, 7, 8, 30, tzinfo=TZ)
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
S = Dossier.Status


@pytest.fixture
def clock():
    with time_machine.travel(MONDAY, tick=True) as traveller:
        yield traveller


@pytest.fixture
def demo(clock):
    province_load()
    return Procedure.objects.get(code="1.004227")


def submitted_online(procedure: Procedure) -> Dossier:
    """Return a complete online dossier submitted by the demo citizen `congdan`."""
    owner = User.objects.get(username="congdan")
    walker = Walker(Cast(calendar=calendar_for(), now=MONDAY, rng=random.Random(7)))  # noqa: S311 (sample data)
    dossier = dossier_draft_create(
        procedure=procedure, owner=owner, form_data=walker._form(procedure, owner)
    )
    for component in procedure.components.filter(required=True):
        document_attach(
            dossier=dossier,
            upload=SimpleUploadedFile(f"{component.pk}.pdf", PDF),
            actor=owner,
            component=component,
        )
    return dossier_submit(dossier=dossier, actor=owner)


def in_processing(procedure: Procedure) -> Dossier:
    """Return a dossier received and at the specialist's step, held by chuyenvien."""
    dossier = submitted_online(procedure)
    officials = {u.username: u for u in User.objects.filter(kind="official")}
    dossier = dossier_receive(dossier=dossier, actor=officials["tiepnhan"])
    dossier = dossier_start_processing(dossier=dossier, actor=officials["tiepnhan"])
    step = procedure.steps.get(role="specialist")
    return dossier_step_move(
        dossier=dossier,
        actor=officials["lanhdao"],
        to_step=step,
        assignee=officials["chuyenvien"],
    )


def signed_in(browser: Browser, base: str, username: str) -> Page:
    """Return a page of a fresh browser context signed in as the demo user."""
    page = browser.new_context(locale="vi-VN").new_page()
    page.goto(f"{base}/tai-khoan/dang-nhap/?next=/mot-cua/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page.get_by_role("heading", name="Hồ sơ cần xử lý")).to_be_visible()
    return page


def open_from_inbox(page: Page, code: str) -> None:
    """Open a dossier listed in the official's inbox (it must be waiting there)."""
    page.get_by_role("link", name="Một cửa").click()
    page.locator("ul.inbox").get_by_role("link", name=code).click()
    expect(page.get_by_role("heading", name=f"Hồ sơ {code}")).to_be_visible()


def open_by_code(page: Page, code: str) -> None:
    """Open any visible dossier by typing its full code in the inbox's search."""
    page.locator("#inbox-q").fill(code)
    page.get_by_role("button", name="Tìm", exact=True).click()
    expect(page.get_by_role("heading", name=f"Hồ sơ {code}")).to_be_visible()


def slip_text(page: Page, href: str) -> str:
    """Download a slip as the signed-in official and return its text."""
    response = page.request.get(page.url.split("/mot-cua/")[0] + href)
    assert response.ok, response.status
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def panel(page: Page, action: str):
    """Return the action's form panel, opened."""
    found = page.locator(f"#action-{action}")
    if found.get_attribute("open") is None:
        found.locator("summary").click()
    return found


def act(page: Page, action: str, label: str) -> None:
    panel(page, action).get_by_role("button", name=label).click()


@pytest.mark.django_db(transaction=True)
def test_one_dossier_walks_the_whole_way(live_server, browser: Browser, demo):
    dossier = submitted_online(demo)
    code = dossier.code
    base = live_server.url

    counter = signed_in(browser, base, "tiepnhan")
    open_from_inbox(counter, code)
    expect(counter.locator("#status")).to_have_text("Mới đăng ký")
    act(counter, "receive", "Tiếp nhận hồ sơ")
    expect(counter.locator("#status")).to_have_text("Được tiếp nhận")
    expect(counter.locator("#slip-receipt")).to_have_attribute(
        "href", f"/api/v1/dossiers/{code}/slips/receipt"
    )
    due = Dossier.objects.get(code=code).due_at
    expect(counter.locator("#due")).to_have_text(
        due.astimezone(TZ).strftime("%H:%M %d/%m/%Y")
    )
    receipt = slip_text(counter, counter.locator("#slip-receipt").get_attribute("href"))
    assert demo.name in receipt
    assert "Hoàng Văn Minh" in receipt
    assert code in receipt
    assert due.astimezone(TZ).strftime("%d/%m/%Y") in receipt
    act(counter, "forward", "Chuyển bước tiếp theo")
    expect(counter.locator("#status")).to_have_text("Đang xử lý")

    leader = signed_in(browser, base, "lanhdao")
    open_from_inbox(leader, code)
    panel(leader, "forward").get_by_label("Giao cho").select_option(
        label="Vi Văn Hùng (chuyenvien)"
    )
    act(leader, "forward", "Chuyển bước tiếp theo")
    expect(leader.locator("#holder")).to_have_text("Vi Văn Hùng")

    specialist = signed_in(browser, base, "chuyenvien")
    open_from_inbox(specialist, code)
    note = panel(specialist, "note")
    note.get_by_label("Ghi chú, ý kiến xử lý").fill("Đã kiểm tra thực tế cửa hàng.")
    note.get_by_role("button", name="Thêm ghi chú, văn bản nội bộ").click()
    expect(specialist.locator("#history")).to_contain_text("Đã kiểm tra thực tế")
    propose = panel(specialist, "propose")
    propose.get_by_label("Giải quyết", exact=True).check()
    propose.get_by_label("Dự thảo kết quả (PDF, DOCX)").set_input_files(
        files=[
            {
                "name": "giay-chung-nhan.pdf",
                "mimeType": "application/pdf",
                "buffer": PDF,
            }
        ]
    )
    propose.get_by_role("button", name="Trình kết quả").click()
    expect(specialist.locator("#documents")).to_contain_text("giay-chung-nhan.pdf")

    open_from_inbox(leader, code)
    act(leader, "approve", "Phê duyệt kết quả")
    expect(leader.locator("#status")).to_have_text("Đã xử lý xong")
    expect(leader.locator("#timeliness")).to_have_text("Trước hạn")

    open_from_inbox(counter, code)
    give = panel(counter, "return")
    give.get_by_label("Họ tên người nhận kết quả").fill("Hoàng Văn Minh")
    give.get_by_label("Người nhận đã ký nhận vào sổ, phiếu").check()
    give.get_by_role("button", name="Trả kết quả").click()
    expect(counter.locator("#status")).to_have_text("Đã trả kết quả")
    expect(counter.locator("#timeliness")).to_have_text("Trước hạn")
    control = slip_text(counter, f"/api/v1/dossiers/{code}/slips/control")
    assert code in control
    assert demo.agency.name in control

    dossier = Dossier.objects.get(code=code)
    assert dossier.status == S.RETURNED
    verbs = list(dossier.events.order_by("seq").values_list("verb", flat=True))
    assert verbs == [
        "created",
        "submitted",
        "received",
        "processing_started",
        "step_moved",
        "note_added",
        "proposed",
        "finished",
        "returned",
    ]
    assert dossier.events.get(verb="returned").data["collected_by"] == "Hoàng Văn Minh"
    assert dossier.access_logs.filter(user__username="chuyenvien").exists()


@pytest.mark.django_db(transaction=True)
def test_supplement_during_processing_pauses_the_clock(
    live_server, browser: Browser, demo, clock
):
    dossier = in_processing(demo)
    code, due = dossier.code, dossier.due_at
    base = live_server.url

    specialist = signed_in(browser, base, "chuyenvien")
    open_from_inbox(specialist, code)
    ask = panel(specialist, "request-supplement")
    ask.get_by_label(re.compile("Chứng chỉ hành nghề thú y")).check()
    ask.get_by_role("button", name="Yêu cầu bổ sung, hoàn thiện").click()
    expect(specialist.locator("#status")).to_have_text("Yêu cầu bổ sung giấy tờ")
    expect(specialist.locator("#paused")).to_contain_text("Đang chờ bổ sung giấy tờ")
    supplement = slip_text(
        specialist, specialist.locator("#slip-supplement").get_attribute("href")
    )
    assert "Chứng chỉ hành nghề thú y" in supplement
    paused_at = Dossier.objects.get(code=code).paused_at

    clock.move_to(paused_at + timedelta(hours=2))
    counter = signed_in(browser, base, "tiepnhan")
    open_from_inbox(counter, code)
    arrived = panel(counter, "supplement-provide")
    arrived.get_by_label("Giấy tờ đã nhận bổ sung").fill(
        "Bản sao chứng chỉ đã chứng thực"
    )
    arrived.get_by_label("Bản quét giấy tờ bổ sung").set_input_files(
        files=[{"name": "chung-chi.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    arrived.get_by_role("button", name="Nhận giấy tờ bổ sung").click()
    expect(counter.locator("#status")).to_have_text("Đang xử lý")

    dossier = Dossier.objects.get(code=code)
    paused = calendar_for().working_minutes_between(
        paused_at, dossier.events.get(verb="supplement_provided").at
    )
    assert 120 <= paused <= 121
    assert dossier.paused_minutes == paused
    assert calendar_for().working_minutes_between(due, dossier.due_at) == paused
    expect(counter.locator("#due")).to_have_text(
        dossier.due_at.astimezone(TZ).strftime("%H:%M %d/%m/%Y")
    )
    expect(counter.locator("#paused-minutes")).to_contain_text(f"{paused} phút")


@pytest.mark.django_db(transaction=True)
def test_a_delay_gets_an_apology_letter_signed_by_the_leader(
    live_server, browser: Browser, demo, clock
):
    clock.move_to(MONDAY - timedelta(days=28))
    late = in_processing(demo)  # received four weeks ago: overdue now
    clock.move_to(MONDAY)
    dossier = in_processing(demo)
    code = dossier.code
    base = live_server.url

    leader = signed_in(browser, base, "lanhdao")
    leader.get_by_role("link", name="Hồ sơ quá hạn chưa có phiếu xin lỗi").click()
    expect(leader.get_by_role("link", name=late.code)).to_be_visible()
    expect(leader.get_by_role("link", name=code)).to_have_count(0)

    leader.goto(f"{base}/mot-cua/")
    open_by_code(leader, code)
    apology = panel(leader, "apologise")
    apology.get_by_label("Lý do chậm trả kết quả").fill(
        "Cần xác minh thực tế tại cơ sở, chưa bố trí được đoàn kiểm tra."
    )
    apology.get_by_label("Ngày hẹn trả kết quả mới").fill("2026-12-21")
    apology.get_by_label("Giờ hẹn").fill("16:00")
    apology.get_by_role("button", name="Phiếu xin lỗi và hẹn lại").click()
    expect(leader.locator("#appointment")).to_have_text("16:00 21/12/2026")
    expect(leader.get_by_text("Tính là quá hạn")).to_be_visible()
    expect(leader.locator("#slip-apology")).to_have_attribute(
        "href", f"/api/v1/dossiers/{code}/slips/apology"
    )
    apology_text = slip_text(leader, f"/api/v1/dossiers/{code}/slips/apology")
    assert "21/12/2026" in apology_text
    assert code in apology_text
    dossier = Dossier.objects.get(code=code)
    assert dossier.apology_at is not None
    assert dossier.late_forced is True
    assert dossier.events.filter(verb="apologised", actor__username="lanhdao").exists()
