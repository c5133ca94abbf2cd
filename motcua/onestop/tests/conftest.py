"""Fixtures of the one-stop tests: a frozen Monday afternoon and dossiers by status."""

from __future__ import annotations

from datetime import datetime

import pytest
import time_machine

from motcua.accounts.models import Agency, Role
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory
from motcua.catalog.tests.factories import ComponentFactory
from motcua.core.workcal import TZ
from motcua.dossiers.tests.factories import MONDAY_MORNING, dossier_in_status

# The afternoon of the Monday the factories' dossiers start on.
NOW = datetime(2026, 3, 2, 14, 0, tzinfo=TZ)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


@pytest.fixture
def component(procedure):
    return ComponentFactory(procedure=procedure, name="Đơn đề nghị (Mẫu số 01)")


@pytest.fixture
def commune(province) -> Agency:
    return AgencyFactory(
        code="000.00.91.H37",
        name="UBND xã Quảng Lạc",
        level=Agency.Level.COMMUNE,
        parent=province,
    )


@pytest.fixture
def other_center(commune) -> Agency:
    """The commune's one-stop section: another reception unit."""
    return AgencyFactory(
        code="000.91.01.H37",
        name="Bộ phận Một cửa xã Quảng Lạc",
        level=Agency.Level.RECEPTION,
        parent=commune,
    )


@pytest.fixture
def other_receiver(other_center):
    return OfficialFactory(
        username="tiepnhanxa", agency=other_center, roles=[Role.RECEPTION_OFFICER]
    )


@pytest.fixture
def make(procedure, citizen, receiver, official, leader):
    """Return a function building an online dossier in a given status."""

    def build(status: str, at: datetime = MONDAY_MORNING):
        return dossier_in_status(
            status,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
            at=at,
        )

    return build
