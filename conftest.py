"""The named cast every test may use: a province, its agencies, officials, citizens."""

from __future__ import annotations

from decimal import Decimal

import pytest

from motcua.accounts.models import Agency, Role
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory, UserFactory
from motcua.catalog.models import WorkflowStep
from motcua.catalog.tests.factories import ProcedureFactory, WorkflowStepFactory


@pytest.fixture
def province(db) -> Agency:
    return AgencyFactory(
        code="000.00.00.H37", name="Ủy ban nhân dân tỉnh Lạng Sơn", level="province"
    )


@pytest.fixture
def center(province) -> Agency:
    return AgencyFactory(
        code="000.00.70.H37",
        name="Trung tâm Phục vụ hành chính công tỉnh",
        level=Agency.Level.RECEPTION,
        parent=province,
    )


@pytest.fixture
def department(province) -> Agency:
    return AgencyFactory(
        code="000.00.12.H37",
        name="Sở Nông nghiệp và Môi trường",
        level=Agency.Level.DEPARTMENT,
        parent=province,
    )


@pytest.fixture
def other_department(province) -> Agency:
    return AgencyFactory(
        code="000.00.05.H37", name="Sở Y tế", level="department", parent=province
    )


@pytest.fixture
def procedure(department, center):
    """A five-working-day procedure of the department, with a four-step workflow."""
    procedure = ProcedureFactory(
        name="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        agency=department,
        limit_value=Decimal(5),
    )
    for order, (name, actor, role, share) in enumerate(
        [
            (
                "Tiếp nhận hồ sơ",
                WorkflowStep.Actor.RECEPTION,
                "reception_officer",
                "0.05",
            ),
            ("Thẩm định", WorkflowStep.Actor.DECIDING, "specialist", "0.7"),
            ("Phê duyệt", WorkflowStep.Actor.DECIDING, "agency_leader", "0.2"),
            ("Trả kết quả", WorkflowStep.Actor.RECEPTION, "reception_officer", "0.05"),
        ],
        start=1,
    ):
        WorkflowStepFactory(
            procedure=procedure,
            order=order,
            name=name,
            actor=actor,
            role=role,
            share=Decimal(share),
        )
    return procedure


@pytest.fixture
def citizen(db):
    return UserFactory(username="congdan", full_name="Hoàng Văn Sáng")


@pytest.fixture
def other_citizen(db):
    return UserFactory(username="nguoikhac", full_name="Lý Thị Mai")


@pytest.fixture
def receiver(center):
    """A reception officer at the Center."""
    return OfficialFactory(
        username="tiepnhan", agency=center, roles=[Role.RECEPTION_OFFICER]
    )


@pytest.fixture
def official(department):
    """A specialist of the deciding department."""
    return OfficialFactory(
        username="chuyenvien", agency=department, roles=[Role.SPECIALIST]
    )


@pytest.fixture
def leader(department):
    return OfficialFactory(
        username="lanhdao",
        agency=department,
        roles=[Role.UNIT_LEADER, Role.AGENCY_LEADER],
    )


@pytest.fixture
def other_official(other_department):
    """A specialist and leader of another department: an outsider to the dossier."""
    return OfficialFactory(
        username="nguoingoai",
        agency=other_department,
        roles=[Role.SPECIALIST, Role.AGENCY_LEADER, Role.RECEPTION_OFFICER],
    )
