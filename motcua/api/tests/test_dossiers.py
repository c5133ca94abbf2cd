from __future__ import annotations

import pytest
from django.core.files.storage import default_storage

from motcua.api.tests.conftest import (
    ELF_BYTES,
    GOOD_FORM,
    bearer,
    counts,
    error_of,
    pdf,
    upload,
)
from motcua.dossiers.models import Dossier, DossierDocument, DossierEvent

pytestmark = pytest.mark.django_db


def create(client, procedure, **overrides):
    body = {
        "procedure_code": procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "counter"},
    }
    body.update(overrides)
    return client.post("/api/v1/dossiers", body, content_type="application/json")


def draft_with_papers(client, procedure) -> int:
    dossier_id = create(client, procedure).json()["id"]
    for component in procedure.components.all():
        path = f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}"
        assert upload(client, path, pdf()).status_code == 201
    return dossier_id


def stored_files() -> set[str]:
    try:
        _dirs, _files = default_storage.listdir("dossiers")
    except FileNotFoundError:
        return set()
    found = set()
    for year in _dirs:
        for month in default_storage.listdir(f"dossiers/{year}")[0]:
            found |= set(default_storage.listdir(f"dossiers/{year}/{month}")[1])
    return found


# ---------------------------------------------------------------- create


def test_create_makes_a_draft_of_the_caller(citizen_client, citizen, online_procedure):
    response = create(citizen_client, online_procedure)
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "draft"
    dossier = Dossier.objects.get(pk=body["id"])
    assert dossier.owner == citizen
    assert dossier.channel == Dossier.Channel.ONLINE
    assert dossier.form_data["dien_tich"] == 24
    assert dossier.fee_total == 250_000
    assert list(dossier.events.values_list("verb", flat=True)) == ["created"]


def test_create_with_postal_delivery_keeps_the_address(
    citizen_client, online_procedure
):
    response = create(
        citizen_client,
        online_procedure,
        delivery={"method": "post", "address": "Số 4 Hùng Vương, Lạng Sơn"},
    )
    assert response.status_code == 201
    dossier = Dossier.objects.get(pk=response.json()["id"])
    assert (dossier.delivery, dossier.delivery_address) == (
        "post",
        "Số 4 Hùng Vương, Lạng Sơn",
    )


def test_commune_procedure_needs_the_commune(
    citizen_client, commune, commune_procedure
):
    without = create(citizen_client, commune_procedure, form={})
    assert without.status_code == 422
    assert "agency" in error_of(without)["fields"]
    response = create(
        citizen_client, commune_procedure, form={}, agency_code=commune.code
    )
    assert response.status_code == 201
    dossier = Dossier.objects.get(pk=response.json()["id"])
    assert dossier.agency == commune
    assert dossier.reception.name == "Bộ phận Một cửa xã Quảng Lạc"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"procedure_code": None}, "procedure_code"),
        ({"delivery": None}, "delivery"),
        ({"delivery": {"method": "drone"}}, "delivery.method"),
        ({"form": ["not", "an", "object"]}, "form"),
        ({"form": {"ten_co_so": {"nested": 1}}}, "form.ten_co_so"),
        ({"procedure_code": 12}, "procedure_code"),
    ],
)
def test_create_refuses_missing_fields_and_wrong_types(
    citizen_client, online_procedure, change, field
):
    body = {
        "procedure_code": online_procedure.code,
        "form": dict(GOOD_FORM),
        "delivery": {"method": "counter"},
    }
    body.update(change)
    body = {key: value for key, value in body.items() if value is not None}
    before = counts()
    response = citizen_client.post(
        "/api/v1/dossiers", body, content_type="application/json"
    )
    assert response.status_code == 422
    error = error_of(response)
    assert any(name.startswith(field) for name in error["fields"]), error["fields"]
    assert counts() == before


def test_create_checks_the_e_form_with_messages_per_field(
    citizen_client, online_procedure
):
    form = dict(GOOD_FORM, so_cccd="12345", loai_thuoc="thuoc_la")
    del form["ten_co_so"]
    before = counts()
    response = create(citizen_client, online_procedure, form=form)
    assert response.status_code == 422
    error = error_of(response)
    assert error["message"] == "Tờ khai chưa hợp lệ."
    assert set(error["fields"]) == {"form.ten_co_so", "form.so_cccd", "form.loai_thuoc"}
    assert "chưa nhập" in error["fields"]["form.ten_co_so"][0]
    assert counts() == before


def test_post_delivery_without_address_is_refused(citizen_client, online_procedure):
    before = counts()
    response = create(citizen_client, online_procedure, delivery={"method": "post"})
    assert response.status_code == 422
    assert "delivery_address" in error_of(response)["fields"]
    assert counts() == before


def test_unknown_procedure_is_refused(citizen_client, online_procedure):
    before = counts()
    response = citizen_client.post(
        "/api/v1/dossiers",
        {"procedure_code": "9.999999", "form": {}, "delivery": {"method": "counter"}},
        content_type="application/json",
    )
    assert response.status_code == 422
    assert "9.999999" in error_of(response)["fields"]["procedure_code"][0]
    assert counts() == before


def test_info_only_procedure_cannot_be_submitted(citizen_client, info_procedure):
    before = counts()
    response = create(citizen_client, info_procedure, form={})
    assert response.status_code == 422
    message = error_of(response)["fields"]["procedure_code"][0]
    assert "chỉ cung cấp thông tin" in message
    assert counts() == before


def test_official_cannot_use_the_citizen_endpoints(receiver, online_procedure):
    api = bearer(receiver)
    before = counts()
    response = create(api, online_procedure)
    assert response.status_code == 403
    assert "công dân hoặc tổ chức" in error_of(response)["message"]
    assert api.get("/api/v1/dossiers/1").status_code == 403
    assert api.post("/api/v1/dossiers/1/submit").status_code == 403
    assert counts() == before


def test_anonymous_cannot_create(client, online_procedure):
    before = counts()
    assert create(client, online_procedure).status_code == 401
    assert counts() == before


def test_session_post_needs_the_csrf_token(citizen, online_procedure):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(citizen)
    before = counts()
    response = create(browser, online_procedure)
    assert response.status_code == 403
    assert "CSRF" in response.json()["error"]["message"]
    assert response.json()["error"]["code"] == "csrf_failed"
    assert counts() == before


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic eDp5"])
def test_without_a_session_a_wrong_or_missing_token_gets_401(
    online_procedure, authorization
):
    # As curl sends it: no session cookie, so nothing for a CSRF check to guard.
    from django.test import Client

    headers = {"authorization": authorization} if authorization else {}
    client = Client(enforce_csrf_checks=True, headers=headers)
    before = counts()
    response = create(client, online_procedure)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"
    assert counts() == before


# ---------------------------------------------------------------- documents


def test_upload_stores_the_file_and_answers_its_digest(
    citizen_client, online_procedure
):
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    component = online_procedure.components.get(required=True)
    response = upload(
        citizen_client,
        f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
        pdf(),
        name="don-de-nghi.pdf",
    )
    assert response.status_code == 201
    body = response.json()
    document = DossierDocument.objects.get(pk=body["id"])
    assert body["size"] == len(pdf()) == document.size
    assert body["sha256"] == document.sha256
    assert body["content_type"] == "application/pdf"
    assert document.file.read() == pdf()


def test_a_second_upload_replaces_the_first(citizen_client, online_procedure):
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    component = online_procedure.components.get(required=True)
    path = f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}"
    upload(citizen_client, path, pdf())
    upload(citizen_client, path, pdf() + b"\n% second\n")
    dossier = Dossier.objects.get(pk=dossier_id)
    assert dossier.documents.filter(withdrawn=False).count() == 1


def test_executable_renamed_pdf_is_refused_and_not_stored(
    citizen_client, online_procedure
):
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    component = online_procedure.components.get(required=True)
    before, files = counts(), stored_files()
    response = upload(
        citizen_client,
        f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
        ELF_BYTES,
        name="don.pdf",
    )
    assert response.status_code == 422
    assert "không phải PDF" in error_of(response)["fields"]["file"][0]
    assert counts() == before
    assert stored_files() == files


def test_oversized_file_is_refused(citizen_client, online_procedure):
    online_procedure.max_upload_mb = 1
    online_procedure.save()
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    component = online_procedure.components.get(required=True)
    before, files = counts(), stored_files()
    big = pdf() + b"%" * (1024 * 1024)
    response = upload(
        citizen_client,
        f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
        big,
    )
    assert response.status_code == 422
    assert "lớn hơn 1 MB" in error_of(response)["fields"]["file"][0]
    assert counts() == before
    assert stored_files() == files


def test_upload_without_a_file_names_the_field(citizen_client, online_procedure):
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    component = online_procedure.components.get(required=True)
    response = citizen_client.put(
        f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
        data=b"",
        content_type="multipart/form-data; boundary=x",
    )
    assert response.status_code == 422
    assert "file" in error_of(response)["fields"]


def test_upload_to_a_paper_of_another_procedure_is_404(
    citizen_client, online_procedure, info_procedure
):
    from motcua.catalog.tests.factories import ComponentFactory

    foreign = ComponentFactory(procedure=info_procedure)
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    before = counts()
    response = upload(
        citizen_client, f"/api/v1/dossiers/{dossier_id}/documents/{foreign.pk}", pdf()
    )
    assert response.status_code == 404
    assert counts() == before


def test_someone_elses_dossier_is_invisible(
    citizen_client, other_client, online_procedure
):
    dossier_id = draft_with_papers(citizen_client, online_procedure)
    component = online_procedure.components.first()
    before = counts()
    responses = [
        other_client.get(f"/api/v1/dossiers/{dossier_id}"),
        upload(
            other_client,
            f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
            pdf(),
        ),
        other_client.post(f"/api/v1/dossiers/{dossier_id}/submit"),
    ]
    assert [r.status_code for r in responses] == [404, 404, 404]
    assert all(error_of(r)["code"] == "not_found" for r in responses)
    assert counts() == before
    assert Dossier.objects.get(pk=dossier_id).status == Dossier.Status.DRAFT


# ---------------------------------------------------------------- submit


def test_submit_gives_code_and_pin(citizen_client, online_procedure):
    dossier_id = draft_with_papers(citizen_client, online_procedure)
    response = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert response.status_code == 200
    body = response.json()
    dossier = Dossier.objects.get(pk=dossier_id)
    assert body["status"] == "submitted"
    assert body["code"] == dossier.code
    assert body["code"].startswith("000.00.70.H37-")
    assert body["lookup_pin"] == dossier.pin
    assert len(dossier.pin) == 6


def test_submit_twice_returns_the_same_code_and_one_event(
    citizen_client, online_procedure
):
    dossier_id = draft_with_papers(citizen_client, online_procedure)
    first = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit").json()
    before = counts()
    second = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert second.status_code == 200
    assert second.json()["code"] == first["code"]
    assert second.json()["lookup_pin"] == first["lookup_pin"]
    assert counts() == before
    assert Dossier.objects.filter(owner__username="congdan").count() == 1
    assert (
        DossierEvent.objects.filter(dossier_id=dossier_id, verb="submitted").count()
        == 1
    )


def test_incomplete_draft_is_not_submitted(citizen_client, online_procedure):
    dossier_id = create(citizen_client, online_procedure).json()["id"]
    before = counts()
    response = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    assert response.status_code == 422
    error = error_of(response)
    assert error["fields"]["documents"] == ["Thiếu giấy tờ: Đơn đề nghị"]
    assert counts() == before
    dossier = Dossier.objects.get(pk=dossier_id)
    assert (dossier.status, dossier.code) == ("draft", None)


def test_no_upload_after_submission(citizen_client, online_procedure):
    dossier_id = draft_with_papers(citizen_client, online_procedure)
    citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    component = online_procedure.components.first()
    before = counts()
    response = upload(
        citizen_client,
        f"/api/v1/dossiers/{dossier_id}/documents/{component.pk}",
        pdf(),
    )
    assert response.status_code == 409
    assert "bản nháp" in error_of(response)["message"]
    assert counts() == before


# ---------------------------------------------------------------- read


def test_owner_reads_the_dossier_by_number_or_code(
    citizen_client, online_procedure, django_assert_max_num_queries
):
    dossier_id = draft_with_papers(citizen_client, online_procedure)
    code = citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit").json()["code"]
    with django_assert_max_num_queries(6):
        by_id = citizen_client.get(f"/api/v1/dossiers/{dossier_id}")
    by_code = citizen_client.get(f"/api/v1/dossiers/{code}")
    assert by_id.status_code == by_code.status_code == 200
    assert by_id.json() == by_code.json()
    body = by_id.json()
    assert body["status"] == "submitted"
    assert body["procedure"]["code"] == online_procedure.code
    assert body["form"]["ten_co_so"] == GOOD_FORM["ten_co_so"]
    assert len(body["documents"]) == 2
    assert [entry["unit"] for entry in body["timeline"]] == [
        "Người nộp hồ sơ",
        "Người nộp hồ sơ",
    ]
    assert body["due_at"] is None  # not received yet


def test_owner_never_sees_internal_papers(
    citizen_client, online_procedure, citizen, receiver, official
):
    from motcua.dossiers.services import (
        document_attach,
        dossier_receive,
        dossier_start_processing,
    )
    from motcua.dossiers.tests.factories import pdf_upload

    dossier_id = draft_with_papers(citizen_client, online_procedure)
    citizen_client.post(f"/api/v1/dossiers/{dossier_id}/submit")
    dossier = Dossier.objects.get(pk=dossier_id)
    dossier = dossier_receive(dossier=dossier, actor=receiver)
    dossier = dossier_start_processing(dossier=dossier, actor=receiver)
    document_attach(
        dossier=dossier,
        upload=pdf_upload("to-trinh-noi-bo.pdf"),
        actor=official,
        kind=DossierDocument.Kind.INTERNAL,
    )
    body = citizen_client.get(f"/api/v1/dossiers/{dossier_id}").json()
    assert [d["kind"] for d in body["documents"]] == ["component", "component"]
    assert body["status"] == "in_progress"
    assert body["timeline"][-1]["unit"]  # an agency's name, never a person's
    assert "chuyenvien" not in str(body["timeline"])


def test_organisation_account_submits_in_its_own_name(online_procedure):
    from motcua.accounts.models import User
    from motcua.accounts.tests.factories import UserFactory

    company = UserFactory(
        username="doanhnghiep",
        kind=User.Kind.ORGANISATION,
        full_name="Công ty TNHH Thú y Bình An",
        id_number="",
        tax_code="4900001236",
        representative="Hoàng Văn Sáng",
    )
    api = bearer(company)
    dossier_id = draft_with_papers(api, online_procedure)
    assert api.post(f"/api/v1/dossiers/{dossier_id}/submit").status_code == 200
    dossier = Dossier.objects.get(pk=dossier_id)
    assert dossier.applicant_kind == Dossier.ApplicantKind.ORGANISATION
    assert dossier.applicant_tax_code == "4900001236"
