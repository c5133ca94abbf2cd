"""The agency tree (materialised paths) and the scope each kind of user sees."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser

from motcua.accounts.models import Agency, Role
from motcua.accounts.selectors import (
    agency_ancestors,
    agency_province,
    agency_scope_for,
    agency_subtree,
)
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory

pytestmark = pytest.mark.django_db


def codes(agencies) -> set[str]:
    return {agency.code for agency in agencies}


def fresh(agency: Agency) -> Agency:
    return Agency.objects.get(pk=agency.pk)


@pytest.fixture
def tree(province, center, department, other_department):
    """The province's tree with two levels under the department."""
    office = AgencyFactory(
        code="000.12.01.H37",
        name="Chi cục Thú y",
        level="department",
        parent=department,
    )
    station = AgencyFactory(
        code="000.12.02.H37",
        name="Trạm Thú y khu vực I",
        level="department",
        parent=office,
    )
    return {
        "province": province,
        "center": center,
        "department": department,
        "other_department": other_department,
        "office": office,
        "station": station,
    }


def test_paths_are_the_chain_of_ids_from_the_root(tree):
    province, department = tree["province"], tree["department"]
    office, station = fresh(tree["office"]), fresh(tree["station"])
    assert fresh(province).path == f"/{province.pk}/"
    assert station.path == f"/{province.pk}/{department.pk}/{office.pk}/{station.pk}/"
    assert station.depth - fresh(province).depth == 3


def test_subtree_holds_the_agency_and_everything_below(tree):
    assert codes(agency_subtree(agency=fresh(tree["department"]))) == {
        "000.00.12.H37",
        "000.12.01.H37",
        "000.12.02.H37",
    }
    assert codes(
        agency_subtree(agency=fresh(tree["department"]), include_self=False)
    ) == {"000.12.01.H37", "000.12.02.H37"}
    assert codes(agency_subtree(agency=fresh(tree["station"]))) == {"000.12.02.H37"}
    assert agency_subtree(agency=fresh(tree["province"])).count() == 6


def test_moving_an_agency_rewrites_the_paths_of_its_whole_subtree(tree):
    province = tree["province"]
    office, station = tree["office"], tree["station"]
    health = fresh(tree["other_department"])
    office = fresh(office)
    office.parent = health
    office.save()
    office, station = fresh(office), fresh(tree["station"])
    assert office.path == f"{health.path}{office.pk}/"
    assert station.path == f"{office.path}{station.pk}/"
    assert codes(agency_subtree(agency=fresh(tree["department"]))) == {"000.00.12.H37"}
    assert codes(agency_subtree(agency=health)) == {
        "000.00.05.H37",
        "000.12.01.H37",
        "000.12.02.H37",
    }
    assert list(agency_ancestors(agency=station)) == [province, health, office]
    assert agency_subtree(agency=fresh(province)).count() == 6


def test_moving_an_agency_to_the_top_makes_it_a_root(tree):
    office = fresh(tree["office"])
    office.parent = None
    office.save()
    station = fresh(tree["station"])
    assert fresh(office).path == f"/{office.pk}/"
    assert station.path == f"/{office.pk}/{station.pk}/"
    assert list(agency_ancestors(agency=station)) == [office]


def test_saving_without_moving_keeps_the_paths(tree):
    station_path = fresh(tree["station"]).path
    office = fresh(tree["office"])
    office.name = "Chi cục Chăn nuôi và Thú y"
    office.save()
    assert fresh(tree["station"]).path == station_path


def test_ancestors_come_from_the_province_down(tree):
    station = fresh(tree["station"])
    assert list(agency_ancestors(agency=station)) == [
        tree["province"],
        tree["department"],
        tree["office"],
    ]
    assert list(agency_ancestors(agency=fresh(tree["province"]))) == []


def test_province_is_the_root(tree):
    assert agency_province() == tree["province"]


def test_anonymous_and_citizens_see_no_agency(tree, citizen):
    assert not agency_scope_for(user=AnonymousUser()).exists()
    assert not agency_scope_for(user=citizen).exists()


def test_official_sees_their_agency_subtree(tree, official):
    assert codes(agency_scope_for(user=official)) == {
        "000.00.12.H37",
        "000.12.01.H37",
        "000.12.02.H37",
    }


def test_reception_officer_sees_their_unit(tree, receiver):
    assert codes(agency_scope_for(user=receiver)) == {"000.00.70.H37"}


def test_official_lower_in_the_tree_sees_only_below(tree):
    vet = OfficialFactory(agency=tree["station"], roles=[Role.SPECIALIST])
    assert codes(agency_scope_for(user=vet)) == {"000.12.02.H37"}


@pytest.mark.parametrize("role", [Role.AGENCY_ADMIN, Role.AGENCY_LEADER])
def test_agency_roles_do_not_widen_the_scope(tree, role):
    head = OfficialFactory(agency=tree["other_department"], roles=[role])
    assert codes(agency_scope_for(user=head)) == {"000.00.05.H37"}


@pytest.mark.parametrize("role", [Role.PROVINCE_ADMIN, Role.INSPECTOR])
def test_province_wide_roles_see_every_agency(tree, role):
    looker = OfficialFactory(agency=tree["station"], roles=[role])
    assert agency_scope_for(user=looker).count() == 6


def test_scope_follows_a_move(tree):
    vet = OfficialFactory(agency=tree["department"], roles=[Role.SPECIALIST])
    office = fresh(tree["office"])
    office.parent = tree["other_department"]
    office.save()
    assert codes(agency_scope_for(user=vet)) == {"000.00.12.H37"}
