"""The one-request submission: POST /api/v1/submissions with an Idempotency-Key."""

from __future__ import annotations

import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from motcua.accounts.models import User
from motcua.api.auth import token_issue
from motcua.api.tests.conftest import (
    ELF_BYTES,
    GOOD_FORM,
    bearer,
    counts,
    error_of,
    pdf,
)
from motcua.api.tests.test_dossiers import stored_files
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import ledger_verify
from motcua.dossiers.services.ledger import ledger_verify_dossier
from motcua.notifications.models import AccountVerification

pytestmark = pytest.mark.django_db


def whole(
    client,
    procedure,
    *,
    key: str | None = "",
    files: dict | None = None,
    dossier: dict | str | None = None,
    **overrides,
):
    """POST a whole dossier; every required paper gets a PDF unless `files` says."""
    if dossier is None:
        dossier = {
            "procedure_code": procedure.code,
            "form": dict(GOOD_FORM),
            "delivery": {"method": "online"},
            **overrides,
        }
    if files is None:
        files = {
            f"documents.{component.pk}": SimpleUploadedFile("don.pdf", pdf())
            for component in procedure.components.filter(required=True)
        }
    data = dict(files)
    if dossier is not False:
        data["dossier"] = dossier if isinstance(dossier, str) else json.dumps(dossier)
    headers = {}
    if key is not None:
        headers["idempotency-key"] = key or str(uuid.uuid4())
    # Sent as multipart/form-data, as a browser form or curl -F would.
    return client.post("/api/v1/submissions", data=data, headers=headers)


def test_one_request_submits_with_the_history_of_the_steps(
    citizen_client, citizen, online_procedure
):
    required = online_procedure.components.get(required=True)
    optional = online_procedure.components.get(required=False)
    response = whole(
        citizen_client,
        online_procedure,
        files={
            f"documents.{required.pk}": SimpleUploadedFile("don.pdf", pdf()),
            f"documents.{optional.pk}": [
                SimpleUploadedFile("trang-1.pdf", pdf()),
                SimpleUploadedFile("trang-2.pdf", pdf() + b"\n% 2\n"),
            ],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    dossier = Dossier.objects.get(pk=body["id"])
    assert body["status"] == dossier.status == "submitted"
    assert body["code"] == dossier.code
    assert body["code"].startswith("000.00.70.H37-")
    assert body["lookup_pin"] == dossier.pin
    assert dossier.owner == citizen
    assert dossier.channel == Dossier.Channel.ONLINE
    assert dossier.form_data["dien_tich"] == 24
    assert dossier.fee_total == 250_000
    assert dossier.applicant_name == citizen.full_name
    assert list(dossier.events.order_by("seq").values_list("verb", flat=True)) == [
        "created",
        "submitted",
    ]
    events = list(dossier.events.order_by("seq"))
    assert ledger_verify_dossier(dossier=dossier, events=events) is None
    papers = sorted(
        (d.component_id, d.name, d.size, d.file.read()) for d in dossier.documents.all()
    )
    assert papers == sorted(
        [
            (required.pk, "don.pdf", len(pdf()), pdf()),
            (optional.pk, "trang-1.pdf", len(pdf()), pdf()),
            (optional.pk, "trang-2.pdf", len(pdf()) + 5, pdf() + b"\n% 2\n"),
        ]
    )
    # The owner follows it like any other dossier.
    followed = citizen_client.get(f"/api/v1/dossiers/{body['code']}")
    assert followed.status_code == 200
    assert followed.json()["status"] == "submitted"


def test_the_same_key_again_returns_the_first_answer_and_writes_nothing(
    citizen_client, online_procedure
):
    key = str(uuid.uuid4())
    first = whole(citizen_client, online_procedure, key=key)
    assert first.status_code == 201
    before, files = counts(), stored_files()
    again = whole(citizen_client, online_procedure, key=key)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert counts() == before
    assert stored_files() == files
    # A new key is a new dossier.
    other = whole(citizen_client, online_procedure)
    assert other.status_code == 201
    assert other.json()["code"] != first.json()["code"]


def test_a_key_is_the_callers_own(citizen_client, other_client, online_procedure):
    key = str(uuid.uuid4())
    mine = whole(citizen_client, online_procedure, key=key).json()
    theirs = whole(other_client, online_procedure, key=key)
    assert theirs.status_code == 201
    assert theirs.json()["id"] != mine["id"]


def test_a_retry_is_answered_even_after_the_procedure_changed(
    citizen_client, online_procedure
):
    key = str(uuid.uuid4())
    first = whole(citizen_client, online_procedure, key=key)
    assert first.status_code == 201
    online_procedure.state = online_procedure.State.DRAFT
    online_procedure.save()
    again = whole(citizen_client, online_procedure, key=key)
    assert again.status_code == 200
    assert again.json() == first.json()


def test_the_same_key_with_other_content_is_refused(citizen_client, online_procedure):
    key = str(uuid.uuid4())
    first = whole(citizen_client, online_procedure, key=key).json()
    before, files = counts(), stored_files()
    other_form = whole(
        citizen_client, online_procedure, key=key, form=dict(GOOD_FORM, dien_tich=30)
    )
    assert other_form.status_code == 409
    assert first["code"] in error_of(other_form)["message"]
    required = online_procedure.components.get(required=True)
    other_file = whole(
        citizen_client,
        online_procedure,
        key=key,
        files={
            f"documents.{required.pk}": SimpleUploadedFile("don.pdf", pdf() + b"%\n")
        },
    )
    assert other_file.status_code == 409
    assert counts() == before
    assert stored_files() == files


def test_a_key_reused_for_another_procedure_is_refused(
    citizen_client, online_procedure, commune, commune_procedure
):
    key = str(uuid.uuid4())
    first = whole(citizen_client, online_procedure, key=key).json()
    before = counts()
    response = whole(
        citizen_client,
        commune_procedure,
        key=key,
        form={},
        agency_code=commune.code,
        delivery={"method": "counter"},
    )
    assert response.status_code == 409
    error = error_of(response)
    assert error["code"] == "key_reused"
    assert first["code"] in error["message"]
    assert counts() == before


@pytest.mark.parametrize("key", [None, "short", "có dấu-1234567", "x" * 65])
def test_a_missing_or_unusable_key_is_refused(citizen_client, online_procedure, key):
    before, files = counts(), stored_files()
    response = whole(citizen_client, online_procedure, key=key)
    assert response.status_code == 422
    assert "Idempotency-Key" in error_of(response)["fields"]
    assert counts() == before
    assert stored_files() == files


def test_a_missing_required_paper_is_named(citizen_client, online_procedure):
    optional = online_procedure.components.get(required=False)
    before, files = counts(), stored_files()
    response = whole(
        citizen_client,
        online_procedure,
        files={f"documents.{optional.pk}": SimpleUploadedFile("a.pdf", pdf())},
    )
    assert response.status_code == 422
    error = error_of(response)
    assert error["fields"]["documents"] == [
        "Thiếu giấy tờ: Đơn đề nghị (thành phần số "
        f"{online_procedure.components.get(required=True).pk})"
    ]
    assert counts() == before
    assert stored_files() == files


def test_every_refusal_is_listed_at_once_and_nothing_is_kept(
    citizen_client, online_procedure
):
    online_procedure.max_upload_mb = 1
    online_procedure.save()
    required = online_procedure.components.get(required=True)
    optional = online_procedure.components.get(required=False)
    form = dict(GOOD_FORM, so_cccd="12345")
    before, files = counts(), stored_files()
    response = whole(
        citizen_client,
        online_procedure,
        form=form,
        files={
            f"documents.{required.pk}": SimpleUploadedFile("don.pdf", ELF_BYTES),
            f"documents.{optional.pk}": SimpleUploadedFile(
                "to.pdf", pdf() + b"%" * (1024 * 1024)
            ),
            "documents.999999": SimpleUploadedFile("la.pdf", pdf()),
        },
    )
    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert set(fields) == {
        "form.so_cccd",
        f"documents.{required.pk}",
        f"documents.{optional.pk}",
        "documents.999999",
    }
    assert "không phải PDF" in fields[f"documents.{required.pk}"][0]
    assert "lớn hơn 1 MB" in fields[f"documents.{optional.pk}"][0]
    assert "999999" in fields["documents.999999"][0]
    assert counts() == before
    assert stored_files() == files


@pytest.mark.parametrize(
    ("dossier", "field"),
    [
        (False, "dossier"),
        ("{not json", "dossier"),
        ({"form": {}, "delivery": {"method": "online"}}, "dossier.procedure_code"),
        (
            {"procedure_code": "1.1", "delivery": {"method": "drone"}},
            "dossier.delivery",
        ),
        (
            {"procedure_code": 12, "delivery": {"method": "online"}},
            "dossier.procedure_code",
        ),
    ],
)
def test_a_bad_dossier_part_says_what_to_fix(
    citizen_client, online_procedure, dossier, field
):
    before = counts()
    response = whole(citizen_client, online_procedure, dossier=dossier)
    assert response.status_code == 422
    error = error_of(response)
    assert any(name.startswith(field) for name in error["fields"]), error["fields"]
    assert counts() == before


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("x\u0000y", "ký tự không hợp lệ"),
        # Half a surrogate pair: the JSON reader refuses it already.
        ("x\ud800y", "Không phải JSON hợp lệ"),
    ],
)
def test_text_no_database_stores_is_refused(
    citizen_client, online_procedure, text, says
):
    before = counts()
    response = whole(
        citizen_client, online_procedure, form=dict(GOOD_FORM, ten_co_so=text)
    )
    assert response.status_code == 422
    assert says in error_of(response)["fields"]["dossier"][0]
    assert counts() == before


def test_a_dossier_part_that_is_not_utf8_is_refused(citizen_client, online_procedure):
    before = counts()
    text = json.dumps(
        {
            "procedure_code": online_procedure.code,
            "form": dict(GOOD_FORM, ten_co_so="Cửa hàng"),
            "delivery": {"method": "online"},
        },
        ensure_ascii=False,
    )
    # The shop's name in Windows-1258 bytes, as an old client might send it.
    raw = text.replace("Cửa hàng", "C\x00").encode().replace(b"\x00", b"\xf7a h\xe0ng")
    boundary = "RaNhGiOi"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="dossier"\r\n'
        "Content-Type: application/json\r\n\r\n".encode()
        + raw
        + b"\r\n"
    ]
    for component in online_procedure.components.filter(required=True):
        parts.append(
            f"--{boundary}\r\nContent-Disposition: form-data; "
            f'name="documents.{component.pk}"; filename="don.pdf"\r\n'
            "Content-Type: application/pdf\r\n\r\n".encode()
            + pdf()
            + b"\r\n"
        )
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    response = citizen_client.post(
        "/api/v1/submissions",
        body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers={"idempotency-key": str(uuid.uuid4())},
    )
    assert response.status_code == 422
    assert "UTF-8" in error_of(response)["fields"]["dossier"][0]
    assert counts() == before


@pytest.mark.parametrize("number", [2**63, 10**20])
def test_ids_beyond_the_database_integers_are_not_found(
    citizen_client, online_procedure, number
):
    submit = citizen_client.post(f"/api/v1/dossiers/{number}/submit")
    assert submit.status_code == 404
    dossier_id = citizen_client.post(
        "/api/v1/dossiers",
        {
            "procedure_code": online_procedure.code,
            "form": dict(GOOD_FORM),
            "delivery": {"method": "counter"},
        },
        content_type="application/json",
    ).json()["id"]
    for path in (
        f"/api/v1/dossiers/{number}/documents/1",
        f"/api/v1/dossiers/{dossier_id}/documents/{number}",
    ):
        response = citizen_client.put(
            path,
            data=encode_multipart(
                BOUNDARY, {"file": SimpleUploadedFile("d.pdf", pdf())}
            ),
            content_type=MULTIPART_CONTENT,
        )
        assert response.status_code == 404, path


@pytest.mark.parametrize(
    "name",
    ["file", "documents.²", "documents.١٢", "documents.1x", "documents.1234567890"],
)
def test_a_file_under_another_name_is_refused(citizen_client, online_procedure, name):
    before = counts()
    response = whole(
        citizen_client,
        online_procedure,
        files={name: SimpleUploadedFile("don.pdf", pdf())},
    )
    assert response.status_code == 422
    assert "documents.<id" in error_of(response)["fields"][name][0]
    assert counts() == before


def test_two_dossier_parts_are_refused(citizen_client, online_procedure):
    before = counts()
    dossier = {
        "procedure_code": online_procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "online"},
    }
    response = citizen_client.post(
        "/api/v1/submissions",
        data={"dossier": [json.dumps(dossier), json.dumps(dossier)]},
        headers={"idempotency-key": str(uuid.uuid4())},
    )
    assert response.status_code == 422
    assert "đúng một phần «dossier»" in error_of(response)["fields"]["dossier"][0]
    assert counts() == before


def test_a_broken_multipart_body_gets_the_api_error(citizen_client):
    response = citizen_client.post(
        "/api/v1/submissions",
        data=b'--abc\r\nContent-Disposition: form-data; name="dossier"\r\n',
        content_type="multipart/form-data; boundary=",
        headers={"idempotency-key": str(uuid.uuid4())},
    )
    assert response.status_code == 400
    assert error_of(response)["code"] == "malformed_body"


def test_a_long_file_name_is_kept_for_display_not_for_storage(
    citizen_client, online_procedure
):
    required = online_procedure.components.get(required=True)
    name = "Đơn đề nghị " + "rất dài " * 40 + ".pdf"
    response = whole(
        citizen_client,
        online_procedure,
        files={f"documents.{required.pk}": SimpleUploadedFile(name, pdf())},
    )
    assert response.status_code == 201, response.content
    document = Dossier.objects.get(pk=response.json()["id"]).documents.get()
    # Django keeps 255 characters of the name, with its extension.
    assert document.name.startswith("Đơn đề nghị rất dài")
    assert document.name.endswith(".pdf")
    assert len(document.name) == 255
    assert document.file.name.endswith(".pdf")
    assert len(document.file.name.rsplit("/", 1)[-1]) == 28
    assert document.file.read() == pdf()


def test_unknown_and_info_only_procedures_are_refused(
    citizen_client, online_procedure, info_procedure
):
    before = counts()
    unknown = whole(citizen_client, online_procedure, procedure_code="9.999999")
    assert unknown.status_code == 422
    assert "9.999999" in error_of(unknown)["fields"]["procedure_code"][0]
    info = whole(citizen_client, info_procedure, files={}, form={})
    assert info.status_code == 422
    assert "chỉ cung cấp thông tin" in error_of(info)["fields"]["procedure_code"][0]
    assert counts() == before


def test_an_unverified_account_cannot_submit(citizen, citizen_client, online_procedure):
    AccountVerification.objects.create(
        user=citizen, channel="sms", destination=citizen.phone
    )
    before = counts()
    response = whole(citizen_client, online_procedure)
    assert response.status_code == 409
    assert "chưa được xác minh" in error_of(response)["message"]
    assert counts() == before


def test_officials_and_anonymous_callers_cannot_submit(
    client, receiver, online_procedure
):
    before = counts()
    assert whole(bearer(receiver), online_procedure).status_code == 403
    assert whole(client, online_procedure).status_code == 401
    assert counts() == before


def test_the_token_is_read_in_the_procedures_query(
    citizen, citizen_client, online_procedure
):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = whole(citizen_client, online_procedure)
    assert response.status_code == 201
    tokens = [q["sql"] for q in captured if "api_apitoken" in q["sql"]]
    assert len(tokens) == 1
    assert "catalog_procedure" in tokens[0]
    dossier = Dossier.objects.get(code=response.json()["code"])
    assert dossier.owner_id == citizen.pk
    assert (dossier.applicant_name, dossier.applicant_id_number) == (
        citizen.full_name,
        citizen.id_number,
    )


def test_the_account_read_with_the_token_is_the_accounts_row(citizen):
    from django.utils import timezone

    from motcua.api.auth import (
        _ACCOUNT_COLUMNS,
        TokenLater,
        token_account,
        token_account_of,
        token_user,
    )
    from motcua.api.models import ApiToken

    key = token_issue(user=citizen)
    owner, account = token_account(TokenLater(key).key_hash, timezone.now())
    (row,) = (
        ApiToken.objects.filter(key_hash=TokenLater(key).key_hash)
        .annotate(owner=owner, account=account)
        .values_list("owner", "account")
    )
    read = token_account_of(row[1])
    expected = token_user(key)
    assert row[0] == citizen.pk
    for name in _ACCOUNT_COLUMNS:
        assert getattr(read, name) == getattr(expected, name)
        assert type(getattr(read, name)) is type(getattr(expected, name)), name
    assert "wYR" not in repr(TokenLater("wYRsecret"))
    # An inactive user's token: no account, so the request is refused.
    User.objects.filter(pk=citizen.pk).update(is_active=False)
    (row,) = (
        ApiToken.objects.filter(key_hash=TokenLater(key).key_hash)
        .annotate(owner=owner, account=account)
        .values_list("owner", "account")
    )
    assert row == (citizen.pk, None)
    assert token_account_of(row[1]) is None


def _token_of(user, **changes):
    from motcua.api.models import ApiToken

    key = token_issue(user=user)
    if changes:
        ApiToken.objects.filter(user=user).update(**changes)
    # As curl sends it: CSRF checked wherever a session cookie would need it.
    return Client(enforce_csrf_checks=True, headers={"authorization": f"Bearer {key}"})


@pytest.mark.parametrize("problem", ["unknown", "expired", "inactive"])
def test_a_token_not_valid_gets_401_before_any_other_answer(
    citizen, online_procedure, problem
):
    from datetime import timedelta

    from django.utils import timezone

    if problem == "unknown":
        caller = Client(
            enforce_csrf_checks=True,
            headers={"authorization": "Bearer khong-phai-ma-that"},
        )
    elif problem == "expired":
        caller = _token_of(citizen, expires_at=timezone.now() - timedelta(seconds=1))
    else:
        caller = _token_of(citizen)
        type(citizen).objects.filter(pk=citizen.pk).update(is_active=False)
    before = counts()
    good = whole(caller, online_procedure)
    no_key = whole(caller, online_procedure, key=None)
    bad_form = whole(caller, online_procedure, dossier="{khong phai json")
    unknown = whole(caller, online_procedure, procedure_code="9.999999")
    for response in (good, no_key, bad_form, unknown):
        assert response.status_code == 401, response.content
        assert error_of(response)["code"] == "unauthenticated"
    assert counts() == before


def test_an_official_token_gets_403_before_any_other_answer(receiver, online_procedure):
    caller = bearer(receiver)
    before = counts()
    for response in (
        whole(caller, online_procedure),
        whole(caller, online_procedure, key=None),
        whole(caller, online_procedure, procedure_code="9.999999"),
    ):
        assert response.status_code == 403, response.content
    assert counts() == before


def test_a_token_not_valid_falls_back_on_the_session(citizen, online_procedure):
    caller = Client(headers={"authorization": "Bearer khong-phai-ma-that"})
    caller.force_login(citizen)
    response = whole(caller, online_procedure)
    assert response.status_code == 201, response.content
    assert Dossier.objects.get(code=response.json()["code"]).owner_id == citizen.pk


def test_a_session_submits_without_a_token(citizen, online_procedure):
    caller = Client()
    caller.force_login(citizen)
    response = whole(caller, online_procedure)
    assert response.status_code == 201, response.content
    retry_key = str(uuid.uuid4())
    first = whole(caller, online_procedure, key=retry_key)
    again = whole(caller, online_procedure, key=retry_key)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["code"] == again.json()["code"]


def test_the_operation_is_documented(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/submissions"]["post"]
    assert set(operation["responses"]) >= {"200", "201"}
    body = operation["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert body["required"] == ["dossier"]
    assert any(p["name"] == "Idempotency-Key" for p in operation["parameters"])


needs_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="concurrent commits on one unique key need PostgreSQL",
)


@needs_postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_key_sent_four_times_at_once_makes_one_dossier(
    citizen, online_procedure
):
    key = str(uuid.uuid4())
    token = token_issue(user=citizen)
    barrier = threading.Barrier(4)

    def send():
        try:
            barrier.wait(timeout=10)
            client = Client(headers={"authorization": f"Bearer {token}"})
            return whole(client, online_procedure, key=key)
        finally:
            connection.close()

    before = stored_files()
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(lambda _: send(), range(4)))
    assert sorted(r.status_code for r in responses) == [200, 200, 200, 201]
    assert len({r.json()["code"] for r in responses}) == 1
    dossier = Dossier.objects.get(owner=citizen, client_key=key)
    assert dossier.events.count() == 2
    assert dossier.documents.count() == 1
    # The others' files were deleted: one stored file more than before.
    assert len(stored_files() - before) == 1
    code_number = int(dossier.code.rsplit("-", 1)[1])
    assert code_number == 1  # the losers' code numbers were given back


@needs_postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_submissions_take_one_code_number_each(citizen, online_procedure):
    # Each takes its number inside the one statement that writes its dossier.
    token = token_issue(user=citizen)
    barrier = threading.Barrier(4)

    def send(number):
        try:
            barrier.wait(timeout=10)
            client = Client(headers={"authorization": f"Bearer {token}"})
            return whole(client, online_procedure, key=f"dong-thoi-{number}")
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(send, range(4)))
    assert [r.status_code for r in responses] == [201] * 4
    numbers = sorted(int(r.json()["code"].rsplit("-", 1)[1]) for r in responses)
    assert numbers == [1, 2, 3, 4]
    for response in responses:
        dossier = Dossier.objects.get(code=response.json()["code"])
        assert dossier.pk == response.json()["id"]
        assert [e.verb for e in dossier.events.order_by("seq")] == [
            "created",
            "submitted",
        ]
    assert ledger_verify() == (4, [])


@needs_postgres
@pytest.mark.django_db(transaction=True)
def test_a_transaction_managed_by_hand_is_left_to_its_owner(citizen, online_procedure):
    # Not in autocommit: the submission is written in the caller's transaction
    # and goes with it, here rolled back.
    from motcua.dossiers.services.lifecycle import Delivery
    from motcua.dossiers.services.whole import Paper, dossier_submit_whole

    paper = online_procedure.components.get(required=True)
    connection.set_autocommit(False)
    try:
        dossier, created = dossier_submit_whole(
            procedure=online_procedure,
            owner=citizen,
            client_key="ban-tay-quan-ly",
            fingerprint="f" * 64,
            form_data=dict(GOOD_FORM),
            delivery=Delivery(method="online"),
            papers=[Paper.of(paper.pk, [SimpleUploadedFile("don.pdf", pdf())])],
        )
        assert created
        assert dossier.code
        connection.rollback()
    finally:
        connection.set_autocommit(True)
    assert not Dossier.objects.filter(client_key="ban-tay-quan-ly").exists()


@pytest.mark.django_db(transaction=True)
def test_a_failure_after_the_commit_keeps_the_dossier_and_its_files(
    citizen, online_procedure, monkeypatch
):
    from django.db import transaction

    from motcua.dossiers.services import whole as whole_services

    def fails():
        raise RuntimeError("the task queue is down")

    # Something the commit sets off fails: here the event's notifications.
    monkeypatch.setattr(
        whole_services,
        "event_notify_schedule",
        lambda event: transaction.on_commit(fails),
    )
    client = Client(
        headers={"authorization": f"Bearer {token_issue(user=citizen)}"},
        raise_request_exception=False,
    )
    key = str(uuid.uuid4())
    assert whole(client, online_procedure, key=key).status_code == 500
    dossier = Dossier.objects.get(owner=citizen, client_key=key)
    assert dossier.status == "submitted"
    assert dossier.documents.get().file.read() == pdf()
    # The client's retry gets the dossier it made.
    monkeypatch.undo()
    again = whole(client, online_procedure, key=key)
    assert again.status_code == 200
    assert again.json()["code"] == dossier.code


# ---------------------------------------------------------------- drafts with a key


def create_keyed(client, procedure, key, **overrides):
    body = {
        "procedure_code": procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "counter"},
        **overrides,
    }
    return client.post(
        "/api/v1/dossiers",
        body,
        content_type="application/json",
        headers={"idempotency-key": key},
    )


def test_a_draft_created_again_with_its_key_is_the_same_draft(
    citizen_client, online_procedure
):
    key = str(uuid.uuid4())
    first = create_keyed(citizen_client, online_procedure, key)
    assert first.status_code == 201
    before = counts()
    again = create_keyed(citizen_client, online_procedure, key)
    assert again.status_code == 200
    assert again.json() == first.json()
    assert counts() == before
    other = create_keyed(
        citizen_client, online_procedure, key, delivery={"method": "online"}
    )
    assert other.status_code == 409
    assert error_of(other)["code"] == "key_reused"
    assert counts() == before
    # Without a key every call is a new draft, as before.
    plain = citizen_client.post(
        "/api/v1/dossiers",
        {
            "procedure_code": online_procedure.code,
            "form": dict(GOOD_FORM),
            "delivery": {"method": "counter"},
        },
        content_type="application/json",
    )
    assert plain.status_code == 201
    assert plain.json()["id"] != first.json()["id"]


def test_a_draft_key_must_be_usable(citizen_client, online_procedure):
    before = counts()
    response = create_keyed(citizen_client, online_procedure, "ngắn")
    assert response.status_code == 422
    assert "Idempotency-Key" in error_of(response)["fields"]
    assert counts() == before
