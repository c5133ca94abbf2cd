"""Who sees which dossiers: the selectors start from the rows the asker may see."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from motcua.accounts.models import Agency, Role, User
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory
from motcua.catalog.models import WorkflowStep
from motcua.catalog.tests.factories import ProcedureFactory, WorkflowStepFactory
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_events, dossier_get_for, dossier_list_for
from motcua.dossiers.services import (
    dossier_draft_create,
    dossier_receive,
    dossier_start_processing,
    dossier_step_move,
)
from motcua.dossiers.tests.factories import counter_dossier, submitted_dossier

pytestmark = pytest.mark.django_db

AT = datetime(2026, 3, 2, 8, 0, tzinfo=TZ)


def visible(user) -> set[str]:
    return set(dossier_list_for(user=user).values_list("code", flat=True))


@pytest.fixture
def dossier(procedure, citizen):
    """An online dossier of the department, submitted at the Center."""
    return submitted_dossier(procedure=procedure, owner=citizen, at=AT)


@pytest.fixture
def health_dossier(other_department, center, other_citizen):
    """A dossier decided by the other department, received at the Center."""
    procedure = ProcedureFactory(agency=other_department, limit_value=Decimal(3))
    return submitted_dossier(procedure=procedure, owner=other_citizen, at=AT)


def test_deciding_official_sees_the_dossier(dossier, official, leader):
    assert dossier.code in visible(official)
    assert dossier.code in visible(leader)


def test_reception_officer_sees_what_the_unit_received(
    dossier, health_dossier, receiver
):
    assert visible(receiver) == {dossier.code, health_dossier.code}


def test_official_of_another_department_does_not_see_it(
    dossier, health_dossier, official, other_official
):
    assert visible(other_official) == {health_dossier.code}
    assert visible(official) == {dossier.code}


def test_consulted_agency_sees_the_dossier_after_a_consult_step(
    procedure, dossier, receiver, official, other_official, other_department
):
    consult = WorkflowStepFactory(
        procedure=procedure,
        order=5,
        name="Lấy ý kiến Sở Y tế",
        actor=WorkflowStep.Actor.CONSULTED,
        role=Role.SPECIALIST,
        agency=other_department,
        share=Decimal(0),
    )
    dossier = dossier_receive(
        dossier=dossier, actor=receiver, at=AT + timedelta(hours=1)
    )
    dossier = dossier_start_processing(
        dossier=dossier, actor=receiver, at=AT + timedelta(hours=2)
    )
    assert dossier.code not in visible(other_official)
    dossier = dossier_step_move(
        dossier=dossier,
        actor=official,
        to_step=consult,
        note="Đề nghị cho ý kiến",
        at=AT + timedelta(hours=3),
    )
    assert list(dossier.consulted.all()) == [other_department]
    assert dossier.code in visible(other_official)
    assert dossier_get_for(user=other_official, code=dossier.code) == dossier


def test_an_official_above_sees_the_subtree(dossier, province, center):
    governor = OfficialFactory(agency=province, roles=[Role.AGENCY_LEADER])
    ward = AgencyFactory(
        code="000.00.99.H37", name="Phòng thử", level="department", parent=center
    )
    ward_officer = OfficialFactory(agency=ward, roles=[Role.RECEPTION_OFFICER])
    assert dossier.code in visible(governor)
    assert visible(ward_officer) == set()


@pytest.mark.parametrize("role", [Role.PROVINCE_ADMIN, Role.INSPECTOR])
def test_province_admin_and_inspector_see_everything(
    dossier, health_dossier, other_department, role
):
    # Sitting in one department does not narrow a province-wide role.
    looker = OfficialFactory(agency=other_department, roles=[role])
    assert visible(looker) == {dossier.code, health_dossier.code}


def test_citizen_sees_only_their_own(dossier, health_dossier, citizen, other_citizen):
    assert visible(citizen) == {dossier.code}
    assert visible(other_citizen) == {health_dossier.code}


def test_citizen_sees_their_own_drafts_too(procedure, citizen, dossier):
    draft = dossier_draft_create(procedure=procedure, owner=citizen, at=AT)
    assert set(dossier_list_for(user=citizen)) == {dossier, draft}


def test_counter_dossier_without_account_is_nobodys_to_see_online(
    procedure, center, receiver, citizen
):
    dossier = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    assert visible(citizen) == set()
    assert dossier.code in visible(receiver)


def test_anonymous_sees_nothing(dossier):
    assert visible(AnonymousUser()) == set()
    with pytest.raises(Http404):
        dossier_get_for(user=AnonymousUser(), code=dossier.code)


def test_get_for_returns_a_visible_dossier(dossier, citizen, official, receiver):
    for user in (citizen, official, receiver):
        assert dossier_get_for(user=user, code=dossier.code) == dossier


@pytest.mark.parametrize("outsider", ["other_official", "other_citizen"])
def test_get_for_raises_404_for_outsiders(dossier, request, outsider):
    user = request.getfixturevalue(outsider)
    with pytest.raises(Http404):
        dossier_get_for(user=user, code=dossier.code)


def test_get_for_raises_404_for_an_unknown_code(dossier, official):
    with pytest.raises(Http404):
        dossier_get_for(user=official, code="000.00.70.H37-260302-9999")


def test_events_come_in_order_with_their_units(dossier, receiver):
    dossier_receive(dossier=dossier, actor=receiver, at=AT + timedelta(hours=1))
    events = list(dossier_events(dossier=dossier))
    assert [e.verb for e in events] == ["created", "submitted", "received"]
    assert events[-1].actor_agency.code == "000.00.70.H37"


def _list_rows(user_pk: int) -> list[tuple]:
    """Read the list screen's rows as a fresh request would."""
    user = User.objects.get(pk=user_pk)
    return [
        (d.code, d.status, d.procedure.name, d.agency.name, d.reception.name)
        for d in dossier_list_for(user=user)
    ]


@pytest.mark.parametrize("looker", ["official", "receiver", "citizen"])
def test_listing_thirty_dossiers_takes_a_constant_number_of_queries(
    procedure, center, receiver, citizen, request, looker, django_assert_max_num_queries
):
    user = request.getfixturevalue(looker)

    def make(n: int) -> None:
        for i in range(n):
            counter = counter_dossier(
                procedure=procedure,
                reception=center,
                actor=receiver,
                at=AT + timedelta(minutes=i),
            )
            Dossier.objects.filter(pk=counter.pk).update(owner=citizen)

    make(1)
    with CaptureQueriesContext(connection) as one:
        assert len(_list_rows(user.pk)) == 1
    make(29)
    with django_assert_max_num_queries(4):
        assert len(_list_rows(user.pk)) == 30
    with CaptureQueriesContext(connection) as thirty:
        _list_rows(user.pk)
    assert len(thirty) == len(one)


def test_an_agency_moved_under_another_parent_keeps_visibility_by_path(
    dossier, province, department, official
):
    """Moving the deciding department rewrites paths; its staff still see it."""
    group = AgencyFactory(
        code="000.00.50.H37", name="Khối kinh tế", level=Agency.Level.DEPARTMENT
    )
    group.parent = province
    group.save()
    department.parent = group
    department.save()
    official = User.objects.get(pk=official.pk)
    assert dossier.code in visible(official)
    group_leader = OfficialFactory(agency=group, roles=[Role.AGENCY_LEADER])
    assert dossier.code in visible(group_leader)
