"""Two officials act on the same dossier through the API at the same moment.

Needs PostgreSQL's row locks and real commits: a `transaction=True` test, skipped
on SQLite.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection
from django.test import Client

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.api.auth import token_issue
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import ledger_verify

S = Dossier.Status
needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="row locks and concurrent commits need PostgreSQL",
)


def _race(calls) -> list:
    """Run the calls in threads released together; return their responses."""
    barrier = threading.Barrier(len(calls))

    def run(call):
        try:
            barrier.wait(timeout=10)
            return call()
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(run, calls))


@needs_postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("with_version", [True, False])
def test_two_officials_receive_the_same_dossier_at_once(
    make, receiver, center, with_version
):
    dossier = make(S.SUBMITTED)
    colleague = OfficialFactory(agency=center, roles=[Role.RECEPTION_OFFICER])
    url = f"/api/v1/dossiers/{dossier.code}/actions/receive"
    body = {"version": dossier.version} if with_version else {}

    def call_as(user):
        token = token_issue(user=user)
        return lambda: Client().post(
            url,
            body,
            content_type="application/json",
            headers={"Authorization": f"Bearer {token}"},
        )

    responses = _race([call_as(receiver), call_as(colleague)])
    assert sorted(r.status_code for r in responses) == [200, 409]
    assert DossierEvent.objects.filter(dossier=dossier, verb="received").count() == 1
    assert Dossier.objects.get(pk=dossier.pk).status == S.RECEIVED
    checked, problems = ledger_verify()
    assert checked == 1
    assert problems == []


@needs_postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_specialists_claim_the_same_dossier_at_once(make, official, department):
    dossier = make(S.IN_PROGRESS)
    colleague = OfficialFactory(agency=department, roles=[Role.SPECIALIST])
    url = f"/api/v1/dossiers/{dossier.code}/actions/claim"

    def call_as(user):
        token = token_issue(user=user)
        return lambda: Client().post(
            url,
            {"version": dossier.version},
            content_type="application/json",
            headers={"Authorization": f"Bearer {token}"},
        )

    responses = _race([call_as(official), call_as(colleague)])
    assert sorted(r.status_code for r in responses) == [200, 409]
    assert DossierEvent.objects.filter(dossier=dossier, verb="claimed").count() == 1
    winner = next(r for r in responses if r.status_code == 200).json()["assignee"]
    assert Dossier.objects.get(pk=dossier.pk).assignee.username == winner
