"""Officials' API: every action × every role × own or other agency, and versions."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from django.test import Client

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory, UserFactory
from motcua.api.auth import token_issue
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_claim
from motcua.dossiers.tests.factories import pdf_upload
from motcua.onestop.services import dossier_consult, dossier_propose

S = Dossier.Status
pytestmark = pytest.mark.django_db

PROCESSING = {"specialist", "unit_leader", "agency_leader"}
LEADERS = {"unit_leader", "agency_leader"}
RECEPTION = {"reception_officer"}


@dataclass
class Case:
    """One action endpoint, the state it starts from and who may call it."""

    action: str
    status: str
    body: dict = field(default_factory=dict)
    own: set[str] = field(default_factory=set)
    other: set[str] = field(default_factory=set)
    multipart: bool = False
    file: bool = False
    prepare: str = ""


CASES = [
    Case("receive", S.SUBMITTED, own=RECEPTION),
    Case(
        "request-supplement",
        S.SUBMITTED,
        {"items": ["Thiếu bản sao chứng chỉ"]},
        own=RECEPTION,
    ),
    Case(
        "request-supplement",
        S.IN_PROGRESS,
        {"items": ["Thiếu bản vẽ"]},
        own=PROCESSING,
    ),
    Case("refuse", S.SUBMITTED, {"reasons": ["Không thuộc thẩm quyền"]}, own=RECEPTION),
    Case("claim", S.IN_PROGRESS, own=PROCESSING),
    Case("release", S.IN_PROGRESS, own=LEADERS, prepare="held"),
    Case("assign", S.IN_PROGRESS, {"assignee": "giulai"}, own=LEADERS),
    Case("forward", S.IN_PROGRESS, own=PROCESSING),
    Case(
        "consult",
        S.IN_PROGRESS,
        {"agency": "000.00.05.H37", "request": "Xin ý kiến"},
        own=PROCESSING,
    ),
    Case(
        "consult-answer",
        S.IN_PROGRESS,
        {"answer": "Thống nhất"},
        other=PROCESSING,
        multipart=True,
        prepare="consulted",
    ),
    Case(
        "note",
        S.IN_PROGRESS,
        {"text": "Ghi chú"},
        own=PROCESSING | RECEPTION,
        multipart=True,
    ),
    Case(
        "propose",
        S.IN_PROGRESS,
        {"outcome": "granted"},
        own=PROCESSING,
        multipart=True,
        file=True,
    ),
    Case(
        "approve",
        S.IN_PROGRESS,
        {"outcome": "granted"},
        own=LEADERS,
        prepare="proposed",
    ),
    Case(
        "send-back",
        S.IN_PROGRESS,
        {"note": "Làm rõ"},
        own=PROCESSING,
        prepare="proposed",
    ),
    Case("attach-result", S.IN_PROGRESS, own=PROCESSING, multipart=True, file=True),
    Case(
        "return",
        S.FINISHED,
        {"collected_by": "Hoàng Văn Sáng", "signed": True},
        own=RECEPTION,
    ),
    Case(
        "apologise",
        S.IN_PROGRESS,
        {"reason": "Cần xác minh thực tế", "new_appointment": "2026-03-20T16:00:00"},
        own=LEADERS,
    ),
    Case(
        "supplement-provide",
        S.SUPPLEMENT_REQUESTED,
        {"note": "Đã nhận"},
        own=RECEPTION,
        multipart=True,
    ),
]


@pytest.fixture
def cast(center, other_center, department, other_department, province, citizen):
    """Return (label, side, user) for every role in its own and another agency."""
    people = []
    for role in ("reception_officer", "guidance_member"):
        people.append((role, "own", OfficialFactory(agency=center, roles=[role])))
        people.append(
            (role, "other", OfficialFactory(agency=other_center, roles=[role]))
        )
    for role in sorted(PROCESSING):
        people.append((role, "own", OfficialFactory(agency=department, roles=[role])))
        people.append(
            (role, "other", OfficialFactory(agency=other_department, roles=[role]))
        )
    people.append(
        ("inspector", "own", OfficialFactory(agency=province, roles=["inspector"]))
    )
    people.append(("citizen", "own", citizen))
    people.append(("citizen", "other", UserFactory()))
    return people


def _post(user, case: Case, dossier: Dossier):
    client = Client()
    headers = {"Authorization": f"Bearer {token_issue(user=user)}"}
    url = f"/api/v1/dossiers/{dossier.code}/actions/{case.action}"
    body = {**case.body, "version": dossier.version}
    if case.multipart:
        if case.file:
            body["file"] = pdf_upload("ket-qua.pdf")
        return client.post(url, body, headers=headers)
    return client.post(url, body, content_type="application/json", headers=headers)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.action}@{c.status}")
def test_permission_matrix(
    frozen, case, cast, make, official, department, other_department
):
    OfficialFactory(username="giulai", agency=department, roles=[Role.SPECIALIST])
    holder = OfficialFactory(agency=department, roles=[Role.SPECIALIST])

    def fresh() -> Dossier:
        dossier = make(case.status)
        if case.prepare == "held":
            dossier = dossier_claim(dossier=dossier, actor=holder)
        if case.prepare == "consulted":
            dossier_consult(
                dossier=dossier,
                actor=official,
                agency=other_department,
                request="Xin ý kiến phối hợp",
            )
        if case.prepare == "proposed":
            dossier = dossier_propose(
                dossier=dossier, actor=official, outcome="granted", upload=pdf_upload()
            )
        return Dossier.objects.get(pk=dossier.pk)

    shared = fresh()
    results = {}
    for role, side, user in cast:
        allowed = role in (case.own if side == "own" else case.other)
        dossier = fresh() if allowed else shared
        before = dossier.version
        response = _post(user, case, dossier)
        after = Dossier.objects.get(pk=dossier.pk).version
        results[(role, side)] = response.status_code
        if allowed:
            assert response.status_code == 200, (role, side, response.content)
            assert after > before
            assert response.json()["version"] == after
        else:
            assert response.status_code in (403, 404), (role, side, response.content)
            assert after == before
    assert any(code == 200 for code in results.values())


def test_a_stale_version_gets_409(frozen, make, receiver):
    dossier = make(S.SUBMITTED)
    client = Client()
    client.force_login(receiver)
    url = f"/api/v1/dossiers/{dossier.code}/actions/receive"
    stale = client.post(
        url, {"version": dossier.version - 1}, content_type="application/json"
    )
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "concurrent_change"
    fine = client.post(
        url, {"version": dossier.version}, content_type="application/json"
    )
    assert fine.status_code == 200
    assert fine.json()["status"] == S.RECEIVED


def test_bad_bodies_get_422_with_the_field(frozen, make, receiver, leader):
    dossier = make(S.SUBMITTED)
    client = Client()
    client.force_login(receiver)
    url = f"/api/v1/dossiers/{dossier.code}/actions/refuse"
    missing = client.post(url, {}, content_type="application/json")
    assert missing.status_code == 422
    assert "reasons" in missing.json()["error"]["fields"]
    empty = client.post(url, {"reasons": [" "]}, content_type="application/json")
    assert empty.status_code == 422
    assert "reasons" in empty.json()["error"]["fields"]


def test_unknown_dossier_and_anonymous_caller(frozen, receiver):
    client = Client()
    url = "/api/v1/dossiers/000.00.70.H37-260302-9999/actions/receive"
    assert client.post(url, {}, content_type="application/json").status_code == 401
    client.force_login(receiver)
    assert client.post(url, {}, content_type="application/json").status_code == 404
