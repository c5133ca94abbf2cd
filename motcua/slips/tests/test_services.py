from __future__ import annotations

import io
import subprocess
from datetime import date, datetime

import pytest
import qrcode
from pypdf import PdfReader
from qrcode.constants import ERROR_CORRECT_M

from motcua.catalog.tests.factories import FieldFactory, ProcedureFactory
from motcua.core.errors import DomainError, ValidationFailed
from motcua.core.workcal import TZ
from motcua.dossiers.services import (
    dossier_request_supplement,
    dossier_step_move,
    dossier_stop_unanswered,
    dossier_supplement_provide,
    dossier_transfer_agency,
)
from motcua.dossiers.tests.factories import counter_dossier
from motcua.onestop.services import dossier_consult, dossier_consult_answer
from motcua.slips.models import SlipCounter, SlipNumber
from motcua.slips.services import book_pdf, slip_issue, slip_pdf
from motcua.slips.tests import factories as f
from motcua.slips.tests.factories import pdf_text

pytestmark = pytest.mark.django_db

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
CENTER = "000.00.70.H37"
DEPARTMENT = "000.00.12.H37"


@pytest.fixture
def cast(procedure, citizen, receiver, official, leader):
    f.papers_for(procedure)
    return {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }


def _common(text: str, dossier, number: str) -> None:
    assert MOTTO in text
    assert f"Số: {number}" in text
    assert dossier.code in text
    assert dossier.procedure.name in text
    assert dossier.applicant_name in text
    assert "Lạng Sơn, ngày" in text


def test_receipt_slip_names_the_applicant_papers_and_appointment(cast):
    dossier = f.received(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    slip = slip_issue(dossier=dossier, slip_type="receipt", actor=cast["receiver"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/TN-{CENTER}"
    _common(text, dossier, slip.document_number)
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" in text
    assert "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH" in text
    assert "Lạng Sơn, ngày 02 tháng 03 năm 2026" in text
    assert "Số định danh cá nhân: 020090" in text
    assert "Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y" in text
    assert "1 bản chính" in text
    assert "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh 1 bản sao" in text
    assert "Thời hạn giải quyết hồ sơ theo quy định: 5 ngày làm việc" in text
    assert "Thời gian nhận hồ sơ: 09:15 ngày 02/03/2026" in text
    assert "Thời gian trả kết quả giải quyết hồ sơ: 09:15 ngày 09/03/2026" in text
    assert f.DUE_AT.strftime("%d/%m/%Y") == "09/03/2026"
    assert "Phí, lệ phí: 230.000 đ" in text
    assert "Nhận trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh" in text
    assert "NGƯỜI NỘP HỒ SƠ" in text
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in text
    assert cast["receiver"].full_name in text
    assert f"mã tra cứu {dossier.pin}" in text
    assert "http://127.0.0.1:8000/tra-cuu/" in text


def test_receipt_of_a_counter_dossier_lists_the_required_papers(cast, center):
    dossier = counter_dossier(
        procedure=cast["procedure"],
        reception=center,
        actor=cast["receiver"],
        at=f.RECEIVED_AT,
    )
    text = pdf_text(slip_pdf(dossier=dossier, slip_type="receipt", actor=None))
    assert "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh 1 bản sao" in text
    assert "hình thức nộp: trực tiếp" in text


def test_supplement_slip_lists_every_item_and_the_officer_to_contact(cast):
    dossier = f.supplement_requested(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        official=cast["official"],
    )
    slip = slip_issue(dossier=dossier, slip_type="supplement", actor=cast["official"])
    text = pdf_text(slip.pdf)
    # Asked during processing by the deciding department: its number and header.
    assert slip.document_number == f"1/BS-{DEPARTMENT}"
    _common(text, dossier, slip.document_number)
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text
    assert "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" in text
    for number, item in enumerate(f.SUPPLEMENT_ITEMS, start=1):
        assert f"{number}. {item}" in text
    assert "tạm dừng từ 14:00 ngày 03/03/2026" in text
    assert "Quá 15 ngày làm việc" in text
    assert cast["official"].full_name in text
    assert f"số điện thoại {cast['official'].phone}" in text


def test_supplement_slip_before_receipt_comes_from_the_reception_unit(cast):
    dossier = f.submitted_dossier(
        procedure=cast["procedure"], owner=cast["citizen"], at=f.SUBMITTED_AT
    )
    dossier = dossier_request_supplement(
        dossier=dossier,
        actor=cast["receiver"],
        items=["Thiếu bản sao Giấy chứng nhận đăng ký hộ kinh doanh"],
        at=f.RECEIVED_AT,
    )
    slip = slip_issue(dossier=dossier, slip_type="supplement", actor=None)
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/BS-{CENTER}"
    assert "1. Thiếu bản sao Giấy chứng nhận đăng ký hộ kinh doanh" in text
    assert "Hồ sơ chưa được tiếp nhận" in text


def test_refusal_slip_gives_every_reason(cast):
    dossier = f.refused(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    slip = slip_issue(dossier=dossier, slip_type="refusal", actor=cast["receiver"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/TC-{CENTER}"
    _common(text, dossier, slip.document_number)
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text
    for number, reason in enumerate(f.REFUSAL_REASONS, start=1):
        assert f"{number}. {reason}" in text
    assert "Thời gian nộp hồ sơ: 08:00 ngày 02/03/2026" in text


def test_apology_slip_gives_old_and_new_appointments_signed_by_the_head(cast):
    dossier = f.apologised(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        leader=cast["leader"],
    )
    slip = slip_issue(dossier=dossier, slip_type="apology", actor=cast["leader"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/XL-{DEPARTMENT}"
    _common(text, dossier, slip.document_number)
    assert "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in text
    assert f"Kính gửi: {dossier.applicant_name}" in text
    assert "Ngày 02/03/2026, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận" in text
    assert "hẹn trả kết quả giải quyết hồ sơ: 09:15 ngày 09/03/2026" in text
    assert f"Lý do: {f.APOLOGY_REASON}" in text
    assert "xin lỗi" in text
    assert "15:00 ngày 12/03/2026" in text
    assert "THỦ TRƯỞNG CƠ QUAN" in text
    assert cast["leader"].full_name in text


def test_stop_slip_gives_the_request_date_and_the_decision(cast):
    dossier = f.stopped(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        leader=cast["leader"],
    )
    slip = slip_issue(dossier=dossier, slip_type="stop", actor=cast["leader"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/DG-{DEPARTMENT}"
    _common(text, dossier, slip.document_number)
    assert "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ" in text
    assert "Ngày đề nghị dừng giải quyết: 04/03/2026" in text
    assert f"Lý do: {f.STOP_REASON}" in text
    assert "thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày 04/03/2026" in text


def test_stop_slip_of_a_withdrawn_dossier_comes_from_the_reception_unit(cast):
    dossier = f.withdrawn(procedure=cast["procedure"], citizen=cast["citizen"])
    slip = slip_issue(dossier=dossier, slip_type="stop", actor=cast["citizen"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/DG-{CENTER}"
    assert "Ngày đề nghị rút hồ sơ: 02/03/2026" in text
    assert "Lý do: Không còn nhu cầu" in text


def test_stop_slip_after_an_unanswered_supplement_request_gives_its_date(cast):
    dossier = f.supplement_requested(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        official=cast["official"],
    )
    assert dossier_stop_unanswered(now=datetime(2026, 4, 1, 9, 0, tzinfo=TZ)) == [
        dossier.code
    ]
    dossier.refresh_from_db()
    text = pdf_text(slip_pdf(dossier=dossier, slip_type="stop", actor=None))
    assert "Ngày yêu cầu bổ sung, hoàn thiện hồ sơ: 03/03/2026" in text
    assert "kể từ ngày 01/04/2026" in text


def test_control_slip_has_one_row_per_hand_off_with_each_steps_result(cast):
    dossier = f.returned(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        official=cast["official"],
        leader=cast["leader"],
    )
    slip = slip_issue(dossier=dossier, slip_type="control", actor=cast["receiver"])
    text = pdf_text(slip.pdf)
    assert slip.document_number == f"1/KS-{CENTER}"
    _common(text, dossier, slip.document_number)
    assert "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" in text
    assert "Cơ quan giải quyết: Sở Nông nghiệp và Môi trường" in text
    assert "Thời gian nhận hồ sơ: 09:15 ngày 02/03/2026" in text
    assert "thời gian hẹn trả kết quả: 09:15 ngày 09/03/2026" in text
    # Reception (2 working hours): handed on at 10:00 the same day, on time.
    assert "10:00 ngày 02/03/2026 Đúng hạn" in text
    # Appraisal (70% = 3.5 days from Monday 10:00, due Thursday): done Wednesday.
    assert "10:00 ngày 04/03/2026 Trước hạn Đủ điều kiện, trình phê duyệt" in text
    # Approval (one working day from Wednesday 10:00): approved Thursday 16:00.
    assert "16:00 ngày 05/03/2026 Quá hạn Giải quyết" in text
    assert "08:30 ngày 06/03/2026" in text
    assert "kết quả giải quyết hồ sơ: Trước hạn" in text


def test_control_slip_step_budget_grows_by_the_paused_time(cast, official):
    dossier = f.supplement_requested(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        official=official,
    )
    # Paused two working days; the appraisal's due moment moves by as much.
    dossier = dossier_supplement_provide(
        dossier=dossier,
        actor=cast["citizen"],
        at=datetime(2026, 3, 5, 14, 0, tzinfo=TZ),
    )
    dossier = dossier_step_move(
        dossier=dossier,
        actor=official,
        to_step=cast["procedure"].steps.get(name="Phê duyệt"),
        at=datetime(2026, 3, 9, 11, 0, tzinfo=TZ),
    )
    text = pdf_text(slip_pdf(dossier=dossier, slip_type="control", actor=None))
    assert "Yêu cầu bổ sung: " + "; ".join(f.SUPPLEMENT_ITEMS) in text
    assert "tạm dừng 16 giờ làm việc" in text
    # Due Thursday 16:00 without the pause (then late), Monday 16:00 with it.
    assert "11:00 ngày 09/03/2026 Đúng hạn" in text


@pytest.mark.parametrize(
    ("slip_type", "message"),
    [
        ("receipt", "chưa được tiếp nhận"),
        ("control", "chưa được tiếp nhận"),
        ("supplement", "chưa có yêu cầu bổ sung"),
        ("refusal", "không bị từ chối"),
        ("apology", "chưa có phiếu xin lỗi"),
        ("stop", "không bị rút hoặc dừng"),
    ],
)
def test_a_slip_the_history_does_not_have_is_refused(cast, slip_type, message):
    dossier = f.submitted_dossier(
        procedure=cast["procedure"], owner=cast["citizen"], at=f.SUBMITTED_AT
    )
    with pytest.raises(DomainError, match=message):
        slip_pdf(dossier=dossier, slip_type=slip_type, actor=cast["receiver"])
    assert not SlipNumber.objects.exists()


def test_reprint_keeps_the_number_and_the_next_slip_takes_the_next(cast):
    first = f.received(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    second = f.received(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    one = slip_issue(dossier=first, slip_type="receipt", actor=cast["receiver"])
    again = slip_issue(dossier=first, slip_type="receipt", actor=cast["citizen"])
    two = slip_issue(dossier=second, slip_type="receipt", actor=cast["receiver"])
    control = slip_issue(dossier=first, slip_type="control", actor=cast["receiver"])
    assert one.document_number == again.document_number == f"1/TN-{CENTER}"
    assert f"Số: 1/TN-{CENTER}" in pdf_text(again.pdf)
    assert two.document_number == f"2/TN-{CENTER}"
    # Each type is numbered apart.
    assert control.document_number == f"1/KS-{CENTER}"
    assert SlipNumber.objects.count() == 3
    counter = SlipCounter.objects.get(unit_code=CENTER, slip_type="receipt")
    assert (counter.year, counter.last) == (2026, 2)
    number = SlipNumber.objects.get(dossier=first, slip_type="receipt")
    assert number.issued_by == cast["receiver"]


def test_slip_pdf_is_a4_with_embedded_liberation_serif(cast, tmp_path):
    dossier = f.received(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    content = slip_pdf(dossier=dossier, slip_type="receipt", actor=None)
    page = PdfReader(io.BytesIO(content)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)
    path = tmp_path / "receipt.pdf"
    path.write_bytes(content)
    try:
        fonts = subprocess.run(  # noqa: S603
            ["pdffonts", str(path)],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except FileNotFoundError:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    rows = [line for line in fonts.splitlines() if "Liberation" in line]
    assert rows
    assert all(" yes " in row for row in rows)  # embedded


# ---------------------------------------------------------------- the register


def test_book_lists_the_units_dossiers_of_the_period_grouped_by_field(cast, center):
    dossier = f.returned(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
        official=cast["official"],
        leader=cast["leader"],
    )
    other_field = FieldFactory(name="Hộ tịch")
    other = ProcedureFactory(
        name="Đăng ký khai sinh",
        field=other_field,
        agency=cast["procedure"].agency,
    )
    counter = counter_dossier(
        procedure=other, reception=center, actor=cast["receiver"], at=f.RECEIVED_AT
    )
    outside = counter_dossier(
        procedure=other,
        reception=center,
        actor=cast["receiver"],
        at=datetime(2026, 4, 1, 9, 0, tzinfo=TZ),
    )
    content = book_pdf(
        reception=center,
        date_from=date(2026, 3, 1),
        date_to=date(2026, 3, 31),
        actor=cast["receiver"],
    )
    text = pdf_text(content)
    assert "SỔ THEO DÕI HỒ SƠ" in text
    assert MOTTO in text
    assert "Từ ngày 01/03/2026 đến ngày 31/03/2026" in text
    assert dossier.code in text
    assert counter.code in text
    assert outside.code not in text
    assert "Hộ tịch" in text
    assert cast["procedure"].field.name in text
    assert "02/03/2026 09/03/2026 06/03/2026 Nhận tại bộ phận một cửa" in text
    assert "Tổng cộng: 2 hồ sơ." in text

    one_field = pdf_text(
        book_pdf(
            reception=center,
            field=other_field,
            date_from=date(2026, 3, 1),
            date_to=date(2026, 3, 31),
            actor=cast["receiver"],
        )
    )
    assert "Lĩnh vực: Hộ tịch" in one_field
    assert counter.code in one_field
    assert dossier.code not in one_field


def test_book_refuses_a_reversed_or_too_long_period(cast, center):
    with pytest.raises(ValidationFailed):
        book_pdf(
            reception=center,
            date_from=date(2026, 3, 2),
            date_to=date(2026, 3, 1),
            actor=cast["receiver"],
        )
    with pytest.raises(ValidationFailed):
        book_pdf(
            reception=center,
            date_from=date(2025, 1, 1),
            date_to=date(2026, 3, 1),
            actor=cast["receiver"],
        )


def test_control_slip_shows_consultations_and_agency_transfers(
    cast, other_department, other_official
):
    dossier = f.in_progress(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    dossier_consult(
        dossier=dossier,
        actor=cast["official"],
        agency=other_department,
        request="Cho ý kiến về điều kiện bảo quản thuốc",
        at=datetime(2026, 3, 3, 8, 0, tzinfo=TZ),
    )
    dossier_consult_answer(
        dossier=dossier,
        actor=other_official,
        answer="Đủ điều kiện bảo quản",
        at=datetime(2026, 3, 3, 11, 0, tzinfo=TZ),
    )
    dossier_transfer_agency(
        from_agency=cast["procedure"].agency,
        to_agency=other_department,
        actor=None,
        at=datetime(2026, 3, 4, 8, 0, tzinfo=TZ),
    )
    dossier.refresh_from_db()
    text = pdf_text(slip_pdf(dossier=dossier, slip_type="control", actor=None))
    assert "cơ quan phối hợp: Sở Y tế" in text
    assert "Đề nghị phối hợp: Cho ý kiến về điều kiện bảo quản thuốc" in text
    assert "Trả lời sau 3 giờ làm việc: Đủ điều kiện bảo quản" in text
    # Handed from the old deciding agency to its successor.
    assert "Sở Nông nghiệp và Môi trường Sở Y tế 08:00 ngày 04/03/2026" in text


def test_qr_code_holds_the_public_lookup_address(cast, settings):
    settings.MOTCUA_PUBLIC_URL = "https://dichvucong.langson.gov.vn/"
    dossier = f.received(
        procedure=cast["procedure"],
        citizen=cast["citizen"],
        receiver=cast["receiver"],
    )
    content = slip_pdf(dossier=dossier, slip_type="receipt", actor=None)
    text = pdf_text(content)
    assert (
        "Tra cứu tình trạng hồ sơ tại https://dichvucong.langson.gov.vn/tra-cuu/"
        in text
    )
    (image,) = PdfReader(io.BytesIO(content)).pages[0].images
    url = f"https://dichvucong.langson.gov.vn/tra-cuu/?ma={dossier.code}&pin={dossier.pin}"
    # The embedded picture is the QR code of that address, module by module.
    expected = qrcode.QRCode(
        error_correction=ERROR_CORRECT_M, border=2, mask_pattern=2, box_size=1
    )
    expected.add_data(url)
    expected.make(fit=True)
    matrix = expected.get_matrix()
    picture = image.image.convert("L")
    box = picture.width // len(matrix)
    assert picture.width == picture.height == box * len(matrix)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            pixel = picture.getpixel((x * box + box // 2, y * box + box // 2))
            assert (pixel < 128) == dark
