from __future__ import annotations

from urllib.parse import quote

import pytest

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.api.auth import token_issue
from motcua.audit.models import AccessLog
from motcua.slips.models import SlipNumber
from motcua.slips.tests import factories as f
from motcua.slips.tests.factories import pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def dossier(procedure, citizen, receiver):
    f.papers_for(procedure)
    return f.received(procedure=procedure, citizen=citizen, receiver=receiver)


def url(dossier, slip_type: str = "receipt") -> str:
    return f"/api/v1/dossiers/{dossier.code}/slips/{slip_type}"


def test_owner_downloads_the_receipt_as_pdf_with_a_vietnamese_name(client, dossier):
    client.force_login(dossier.owner)
    response = client.get(url(dossier))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    name = f"Giấy tiếp nhận hồ sơ và hẹn trả kết quả - {dossier.code}.pdf"
    assert f"filename*=utf-8''{quote(name)}" in response["Content-Disposition"]
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response.content)
    assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
    assert dossier.code in text
    assert response["X-Document-Number"] == "1/TN-000.00.70.H37"
    # The applicant's own prints are not in the access log.
    assert not AccessLog.objects.exists()


def test_bearer_token_works_too(client, dossier):
    token = token_issue(user=dossier.owner)
    response = client.get(url(dossier), HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200


def test_another_citizen_gets_404(client, dossier, other_citizen):
    client.force_login(other_citizen)
    response = client.get(url(dossier))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert not SlipNumber.objects.exists()


def test_an_official_of_another_agency_gets_404(client, dossier, other_official):
    client.force_login(other_official)
    assert client.get(url(dossier)).status_code == 404
    assert not AccessLog.objects.exists()


def test_anonymous_gets_401(client, dossier):
    assert client.get(url(dossier)).status_code == 401


@pytest.mark.parametrize("who", ["receiver", "official", "leader"])
def test_officials_in_scope_print_and_are_logged(client, dossier, request, who):
    official = request.getfixturevalue(who)
    client.force_login(official)
    response = client.get(url(dossier, "control"))
    assert response.status_code == 200
    log = AccessLog.objects.get()
    assert (log.user, log.agency, log.dossier, log.action) == (
        official,
        official.agency,
        dossier,
        AccessLog.Action.SLIP,
    )
    assert log.target == "control 1/KS-000.00.70.H37"


def test_reprint_through_the_api_keeps_the_document_number(client, dossier, receiver):
    client.force_login(receiver)
    first = client.get(url(dossier))
    second = client.get(url(dossier))
    assert first["X-Document-Number"] == second["X-Document-Number"]
    assert SlipNumber.objects.count() == 1
    assert AccessLog.objects.count() == 2


def test_unknown_slip_type_is_404_with_the_list_of_types(client, dossier):
    client.force_login(dossier.owner)
    response = client.get(url(dossier, "invoice"))
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["code"] == "unknown_slip_type"
    assert "receipt" in error["message"]
    assert "control" in error["message"]


def test_book_is_not_a_dossier_slip(client, dossier):
    client.force_login(dossier.owner)
    assert client.get(url(dossier, "book")).status_code == 404


def test_a_slip_the_dossier_has_not_got_is_409_in_vietnamese(client, dossier):
    client.force_login(dossier.owner)
    response = client.get(url(dossier, "refusal"))
    assert response.status_code == 409
    assert "không bị từ chối" in response.json()["error"]["message"]


def test_unknown_dossier_is_404(client, citizen):
    client.force_login(citizen)
    response = client.get("/api/v1/dossiers/000.00.70.H37-260302-9999/slips/receipt")
    assert response.status_code == 404


# ---------------------------------------------------------------- the register


def book_url(code: str = "000.00.70.H37", query: str = "from=2026-03-01&to=2026-03-31"):
    return f"/api/v1/receptions/{code}/book?{query}"


def test_reception_officer_prints_the_book(client, dossier, receiver):
    client.force_login(receiver)
    response = client.get(book_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "S%E1%BB%95%20theo%20d%C3%B5i" in response["Content-Disposition"]
    text = pdf_text(response.content)
    assert "SỔ THEO DÕI HỒ SƠ" in text
    assert dossier.code in text


def test_book_filtered_by_field_code(client, dossier, receiver):
    client.force_login(receiver)
    field = dossier.procedure.field.code
    response = client.get(
        book_url(query=f"from=2026-03-01&to=2026-03-31&field={field}")
    )
    assert response.status_code == 200
    assert dossier.code in pdf_text(response.content)


def test_book_with_an_unknown_field_is_422(client, dossier, receiver):
    client.force_login(receiver)
    response = client.get(book_url(query="from=2026-03-01&to=2026-03-31&field=XX"))
    assert response.status_code == 422
    assert response.json()["error"]["fields"]["field"]


def test_book_with_bad_or_reversed_dates_is_422(client, dossier, receiver):
    client.force_login(receiver)
    assert (
        client.get(book_url(query="from=2026-13-01&to=2026-03-31")).status_code == 422
    )
    assert client.get(book_url(query="to=2026-03-31")).status_code == 422
    response = client.get(book_url(query="from=2026-03-31&to=2026-03-01"))
    assert response.status_code == 422
    assert response.json()["error"]["fields"]["to"]


def test_book_is_404_for_citizens_outsiders_and_unknown_units(
    client, dossier, citizen, other_official, official
):
    client.force_login(citizen)
    assert client.get(book_url()).status_code == 404
    client.force_login(other_official)
    assert client.get(book_url()).status_code == 404
    # A department's specialist is not an official of the Center.
    client.force_login(official)
    assert client.get(book_url()).status_code == 404
    client.force_login(other_official)
    assert client.get(book_url("000.00.99.H37")).status_code == 404


def test_province_inspector_may_print_any_units_book(client, dossier, province):
    inspector = OfficialFactory(agency=province, roles=[Role.INSPECTOR])
    client.force_login(inspector)
    response = client.get(book_url())
    assert response.status_code == 200
    assert dossier.code in pdf_text(response.content)
