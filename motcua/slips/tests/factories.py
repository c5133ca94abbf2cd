"""Dossier histories that issue each slip, built through the real lifecycle services."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import ComponentFactory, FeeFactory
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    dossier_apologise,
    dossier_finish,
    dossier_receive,
    dossier_refuse,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_step_move,
    dossier_stop,
    dossier_withdraw,
)
from motcua.dossiers.tests.factories import submitted_dossier

# Monday 2 March 2026: no holiday that week or the next.
SUBMITTED_AT = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)
RECEIVED_AT = datetime(2026, 3, 2, 9, 15, tzinfo=TZ)
# Five working days after the receipt.
DUE_AT = datetime(2026, 3, 9, 9, 15, tzinfo=TZ)

SUPPLEMENT_ITEMS = [
    "Bản sao Căn cước công dân: bản đã nộp hết hạn sử dụng",
    "Sơ đồ mặt bằng cửa hàng: thiếu kích thước kho chứa thuốc",
]
REFUSAL_REASONS = [
    "Thủ tục không thuộc thẩm quyền giải quyết của Sở Nông nghiệp và Môi trường",
    "Người nộp không phải chủ hộ kinh doanh",
]
APOLOGY_REASON = "Chờ ý kiến thẩm định thực tế của Chi cục Chăn nuôi và Thú y"
NEW_APPOINTMENT = datetime(2026, 3, 12, 15, 0, tzinfo=TZ)
STOP_REASON = "Theo đề nghị của cơ quan kiểm tra: cơ sở đã ngừng kinh doanh"


def pdf_text(content: bytes) -> str:
    """Return a PDF's text with every run of whitespace made one space."""
    reader = PdfReader(io.BytesIO(content))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(text.split())


def papers_for(procedure: Procedure) -> None:
    """Give the procedure two required papers and a fee, as the catalog would."""
    ComponentFactory(
        procedure=procedure,
        order=1,
        name="Đơn đề nghị cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        originals=1,
    )
    ComponentFactory(
        procedure=procedure,
        order=2,
        name="Bản sao Giấy chứng nhận đăng ký hộ kinh doanh",
        originals=0,
        copies=1,
    )
    FeeFactory(procedure=procedure, name="Phí thẩm định", amount=230_000)


def received(*, procedure, citizen, receiver) -> Dossier:
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=SUBMITTED_AT)
    return dossier_receive(dossier=dossier, actor=receiver, at=RECEIVED_AT)


def in_progress(*, procedure, citizen, receiver) -> Dossier:
    dossier = received(procedure=procedure, citizen=citizen, receiver=receiver)
    return dossier_start_processing(
        dossier=dossier, actor=receiver, at=datetime(2026, 3, 2, 10, 0, tzinfo=TZ)
    )


def supplement_requested(*, procedure, citizen, receiver, official) -> Dossier:
    dossier = in_progress(procedure=procedure, citizen=citizen, receiver=receiver)
    return dossier_request_supplement(
        dossier=dossier,
        actor=official,
        items=SUPPLEMENT_ITEMS,
        at=datetime(2026, 3, 3, 14, 0, tzinfo=TZ),
    )


def refused(*, procedure, citizen, receiver) -> Dossier:
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=SUBMITTED_AT)
    return dossier_refuse(
        dossier=dossier,
        actor=receiver,
        reasons=REFUSAL_REASONS,
        at=datetime(2026, 3, 2, 10, 30, tzinfo=TZ),
    )


def apologised(*, procedure, citizen, receiver, leader) -> Dossier:
    dossier = in_progress(procedure=procedure, citizen=citizen, receiver=receiver)
    return dossier_apologise(
        dossier=dossier,
        actor=leader,
        reason=APOLOGY_REASON,
        new_appointment=NEW_APPOINTMENT,
        at=datetime(2026, 3, 5, 9, 0, tzinfo=TZ),
    )


def stopped(*, procedure, citizen, receiver, leader) -> Dossier:
    dossier = in_progress(procedure=procedure, citizen=citizen, receiver=receiver)
    return dossier_stop(
        dossier=dossier,
        actor=leader,
        reason=STOP_REASON,
        at=datetime(2026, 3, 4, 15, 0, tzinfo=TZ),
    )


def withdrawn(*, procedure, citizen) -> Dossier:
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=SUBMITTED_AT)
    return dossier_withdraw(
        dossier=dossier,
        actor=citizen,
        reason="Không còn nhu cầu",
        at=datetime(2026, 3, 2, 11, 0, tzinfo=TZ),
    )


def returned(*, procedure, citizen, receiver, official, leader) -> Dossier:
    """Walk the whole way: receipt, appraisal, approval, result, return."""
    dossier = in_progress(procedure=procedure, citizen=citizen, receiver=receiver)
    approval = procedure.steps.get(name="Phê duyệt")
    dossier = dossier_step_move(
        dossier=dossier,
        actor=official,
        to_step=approval,
        note="Đủ điều kiện, trình phê duyệt",
        at=datetime(2026, 3, 4, 10, 0, tzinfo=TZ),
    )
    dossier = dossier_finish(
        dossier=dossier,
        actor=leader,
        outcome=Dossier.Outcome.GRANTED,
        at=datetime(2026, 3, 5, 16, 0, tzinfo=TZ),
    )
    return dossier_return(
        dossier=dossier,
        actor=receiver,
        collected_by="Hoàng Văn Sáng",
        signed=True,
        at=datetime(2026, 3, 6, 8, 30, tzinfo=TZ),
    )
