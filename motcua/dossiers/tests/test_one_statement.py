"""A whole submission's reads and write folded into fewer statements give the same.

On PostgreSQL the procedure's query also brings its papers and the reception
unit of its agency, and the code's number is taken inside the statement that
writes the dossier. These tests hold them to the plain reads and to `code_of`.
"""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection

from motcua.accounts.models import Agency
from motcua.accounts.tests.factories import AgencyFactory
from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import ComponentFactory, ProcedureFactory
from motcua.dossiers.models import Dossier, DossierCounter
from motcua.dossiers.services import (
    CatalogReads,
    dossier_draft_create,
    reception_for,
    submission_catalog,
    submission_catalog_reads,
)
from motcua.dossiers.services.codes import (
    code_of,
    code_prefix,
    code_statement,
    dossier_code_next,
)
from motcua.dossiers.services.whole import _COMPONENTS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        "connection.vendor != 'postgresql'", reason="folded reads on PostgreSQL only"
    ),
]


def folded(procedure: Procedure, owner_id: int = 0, key: str = "none") -> CatalogReads:
    extra = submission_catalog(connection.vendor, owner_id, key)
    values = (
        Procedure.objects.filter(pk=procedure.pk).annotate(**extra).values(*extra).get()
    )
    return submission_catalog_reads(values, "default")


def reception(parent: Agency, code: str, **extra) -> Agency:
    return AgencyFactory(
        code=code, level=Agency.Level.RECEPTION, parent=parent, **extra
    )


def test_the_reception_unit_read_with_the_procedure_is_reception_for(
    province, center, department
):
    # A tree with every case: a unit under the agency itself, two under one
    # parent, a closed one, an agency with none of its own above the Center.
    board = AgencyFactory(code="000.00.20.H37", level="department", parent=province)
    branch = AgencyFactory(code="000.00.21.H37", level="department", parent=board)
    reception(board, "000.00.71.H37")
    reception(board, "000.00.72.H37")  # the later of two under one parent
    reception(branch, "000.00.73.H37", active_to=date(2025, 6, 30))  # closed
    commune = AgencyFactory(code="000.00.30.H37", level="commune", parent=province)
    reception(commune, "000.00.74.H37")
    agencies = [department, board, branch, commune, province]
    for agency in agencies:
        procedure = ProcedureFactory(agency=agency)
        unit = folded(procedure).reception
        expected = reception_for(agency=agency)
        assert (unit.pk, unit.code, unit.name) == (
            expected.pk,
            expected.code,
            expected.name,
        ), agency.code
        # Its other columns are read when asked for, not made up.
        assert unit.level == Agency.Level.RECEPTION
    assert folded(ProcedureFactory(agency=branch)).reception.code == ("000.00.72.H37")


def test_no_reception_unit_above_reads_none(province):
    lonely = AgencyFactory(code="000.00.40.H37", level="department", parent=None)
    assert folded(ProcedureFactory(agency=lonely)).reception is None


def test_the_papers_read_with_the_procedure_are_its_papers_in_order(procedure):
    ComponentFactory(procedure=procedure, order=2, name="Bản sao", required=False)
    ComponentFactory(procedure=procedure, order=1, name="Đơn đề nghị")
    ComponentFactory(procedure=procedure, order=1, name="Giấy phép cũ")
    expected = _COMPONENTS.rows(procedure_id=procedure.pk)
    assert len(expected) >= 3
    assert folded(procedure).papers == expected
    empty = ProcedureFactory(agency=procedure.agency)
    assert folded(empty).papers == []


@pytest.mark.parametrize("last", [0, 8, 9998, 9999, 123455])
def test_the_database_writes_the_code_as_code_of_does(center, last):
    day = date(2026, 11, 29)
    if last:
        DossierCounter.objects.create(unit_code=center.code, day=day, last=last)
    with connection.cursor() as cursor:
        cursor.execute(*code_statement(unit=center, day=day))
        (written,) = cursor.fetchone()
    assert written == code_of(code_prefix(unit=center, day=day), last + 1)
    # The same counter as the separate upsert: the next number follows.
    assert dossier_code_next(unit=center, day=day) == code_of(
        code_prefix(unit=center, day=day), last + 2
    )


def test_the_key_and_account_read_with_the_procedure_are_what_by_key_reads(
    procedure, citizen
):
    from motcua.dossiers.services.whole import _by_key

    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    Dossier.objects.filter(pk=dossier.pk).update(client_key="khoa-cua-toi-1")
    for key in ("khoa-cua-toi-1", "khoa-khac-2"):
        reads = folded(procedure, citizen.pk, key)
        expected = _by_key(citizen, key, "default")
        assert reads.keyed == (expected.dossier.pk if expected.dossier else None)
        assert reads.pending == expected.pending
        assert reads.reserved_pk > dossier.pk  # the dossiers' next key
