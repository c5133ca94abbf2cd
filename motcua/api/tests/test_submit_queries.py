"""How many queries an online submission costs: create, upload one paper, submit.

The benchmark (benchmarks/bench_portal.py) found each query of these three
requests to be the main cost of a submission; these limits keep it from growing.
"""

from __future__ import annotations

import pytest
from django.db import connection

from motcua.api.tests.conftest import GOOD_FORM, pdf, upload
from motcua.dossiers.models import Dossier

pytestmark = pytest.mark.django_db

# Each with the bearer token's query; savepoints count on the test database.
# PostgreSQL writes a row and its event in one statement (a WITH), and a draft's
# key is reserved first so that it needs no transaction at all.
LIMITS = {
    # procedure with its fees, reception unit, key, draft with its first event
    ("postgresql", "create"): 5,
    # locked dossier with every check, the file's row
    ("postgresql", "upload"): 5,
    # locked dossier with every check, code, dossier with its event
    ("postgresql", "submit"): 6,
    # procedure, reception unit, savepoint, draft, its event and head, release
    ("sqlite", "create"): 8,
    ("sqlite", "upload"): 5,
    # savepoint, locked dossier, code, dossier, event, release
    ("sqlite", "submit"): 7,
}


def _limit(step: str) -> int:
    return LIMITS[connection.vendor, step]


def test_a_submission_stays_within_its_queries(
    citizen_client, online_procedure, django_assert_max_num_queries
):
    body = {
        "procedure_code": online_procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "online"},
    }
    component = online_procedure.components.get(required=True)
    with django_assert_max_num_queries(_limit("create")):
        response = citizen_client.post(
            "/api/v1/dossiers", body, content_type="application/json"
        )
    assert response.status_code == 201
    dossier_id = response.json()["id"]
    path = f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}"
    with django_assert_max_num_queries(_limit("upload")):
        response = upload(citizen_client, path, pdf())
    assert response.status_code == 201
    with django_assert_max_num_queries(_limit("submit")):
        response = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert response.status_code == 200
    dossier = Dossier.objects.get(pk=dossier_id)
    assert response.json()["code"] == dossier.code
    assert dossier.status == Dossier.Status.SUBMITTED
    assert dossier.fee_total == 250_000
    assert list(dossier.events.values_list("verb", flat=True)) == [
        "created",
        "submitted",
    ]


def test_the_checks_read_with_the_lock_still_refuse(
    citizen_client, citizen, online_procedure
):
    """Missing papers and an unverified account are refused as before."""
    from motcua.notifications.models import AccountVerification

    body = {
        "procedure_code": online_procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "online"},
    }
    dossier_id = citizen_client.post(
        "/api/v1/dossiers", body, content_type="application/json"
    ).json()["id"]
    missing = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert missing.status_code == 422
    assert "Đơn đề nghị" in str(missing.json()["error"]["fields"]["documents"])
    component = online_procedure.components.get(required=True)
    path = f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}"
    assert upload(citizen_client, path, pdf()).status_code == 201
    AccountVerification.objects.create(
        user=citizen, channel="sms", destination="0912000111"
    )
    unverified = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert unverified.status_code == 409
    assert "chưa được xác minh" in unverified.json()["error"]["message"]
    assert Dossier.objects.get(pk=dossier_id).status == Dossier.Status.DRAFT
