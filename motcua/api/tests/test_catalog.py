from __future__ import annotations

import pytest

from motcua.api.tests.conftest import error_of
from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import FieldFactory, ProcedureFactory

pytestmark = pytest.mark.django_db


def test_list_gives_count_and_items_with_fees_summed(
    client, online_procedure, commune_procedure, info_procedure
):
    response = client.get("/api/v1/procedures")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 3
    by_code = {item["code"]: item for item in body["items"]}
    item = by_code[online_procedure.code]
    assert item == {
        "code": online_procedure.code,
        "name": "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
        "service_level": "full",
        "level": "province",
        "agency": {"code": "000.00.12.H37", "name": "Sở Nông nghiệp và Môi trường"},
        "field": online_procedure.field.name,
        "field_code": online_procedure.field.code,
        "processing_days": 5.0,
        "time_limit": "5 ngày làm việc",
        "fee_vnd": 250_000,
        "online_only": False,
    }
    assert by_code[commune_procedure.code]["agency"] is None
    assert by_code[commune_procedure.code]["fee_vnd"] == 0
    assert by_code[info_procedure.code]["service_level"] == "info"


def test_list_leaves_out_unpublished_procedures(client, online_procedure):
    ProcedureFactory(state=Procedure.State.WITHDRAWN, name="Thủ tục đã bãi bỏ")
    assert client.get("/api/v1/procedures").json()["count"] == 1


@pytest.mark.parametrize("query", ["thu y", "thuốc thú y", "THUOC THU Y", "thu"])
def test_search_ignores_diacritics(client, online_procedure, commune_procedure, query):
    body = client.get("/api/v1/procedures", {"q": query}).json()
    assert [item["code"] for item in body["items"]] == [online_procedure.code]


def test_search_for_birth_registration_without_diacritics(
    client, online_procedure, commune_procedure
):
    body = client.get("/api/v1/procedures", {"q": "dang ky khai sinh"}).json()
    assert [item["code"] for item in body["items"]] == [commune_procedure.code]


def test_filters_by_agency_field_level_and_service_level(
    client, online_procedure, commune_procedure, info_procedure
):
    def codes(**params):
        body = client.get("/api/v1/procedures", params).json()
        return sorted(item["code"] for item in body["items"])

    assert codes(level="commune") == [commune_procedure.code]
    assert codes(agency="000.00.12.H37") == sorted(
        [online_procedure.code, info_procedure.code]
    )
    assert codes(service_level="info") == [info_procedure.code]
    field = FieldFactory(code="HT", name="Hộ tịch")
    commune_procedure.field = field
    commune_procedure.save()
    assert codes(field="HT") == [commune_procedure.code]


def test_pages_of_twenty(client, department):
    for n in range(25):
        ProcedureFactory(agency=department, name=f"Thủ tục thử {n:02d}")
    first = client.get("/api/v1/procedures").json()
    second = client.get("/api/v1/procedures", {"page": 2}).json()
    beyond = client.get("/api/v1/procedures", {"page": 9}).json()
    assert (first["count"], len(first["items"])) == (25, 20)
    assert len(second["items"]) == 5
    assert beyond == {"count": 25, "page": 9, "page_size": 20, "items": []}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"page": "0"}, "page"),
        ({"page": "hai"}, "page"),
        ({"level": "galaxy"}, "level"),
        ({"q": "x" * 201}, "q"),
    ],
)
def test_bad_filters_are_422_with_the_field_named(client, params, field):
    response = client.get("/api/v1/procedures", params)
    assert response.status_code == 422
    error = error_of(response)
    assert field in error["fields"]


def test_list_is_one_query_and_then_comes_from_the_cache(
    client, department, settings, django_assert_max_num_queries
):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    for n in range(20):
        ProcedureFactory(agency=department, name=f"Thủ tục thử {n:02d}")
    with django_assert_max_num_queries(1):
        first = client.get("/api/v1/procedures")
    with django_assert_max_num_queries(0):
        again = client.get("/api/v1/procedures")
    assert first.json() == again.json()
    assert first.json()["count"] == 20
    with django_assert_max_num_queries(3):  # ranked search: is there a match, page
        found = client.get("/api/v1/procedures", {"q": "thu nghiem"})
    assert found.status_code == 200


def test_detail_gives_papers_and_form_in_api_types(client, online_procedure):
    response = client.get(f"/api/v1/procedures/{online_procedure.code}")
    assert response.status_code == 200
    body = response.json()
    assert body["fee_vnd"] == 250_000
    assert [(c["name"], c["required"], c["copies"]) for c in body["components"]] == [
        ("Đơn đề nghị", True, 0),
        ("Bản thuyết minh", False, 1),
    ]
    assert body["components"][0]["template_url"] is None
    fields = {f["name"]: f for f in body["form"]["fields"]}
    assert fields["so_cccd"]["type"] == "id_number"
    assert fields["dia_chi"]["type"] == "text"
    assert fields["dien_tich"]["type"] == "number"
    assert fields["bao_quan_lanh"] == {
        "name": "bao_quan_lanh",
        "label": "Có tủ lạnh",
        "type": "boolean",
        "required": False,
        "hint": "",
        "choices": None,
    }
    assert fields["loai_thuoc"]["choices"] == [
        {"value": "duoc_pham", "label": "Dược phẩm"},
        {"value": "sinh_hoc", "label": "Chế phẩm sinh học"},
    ]


def test_unknown_procedure_is_404_in_vietnamese(client):
    response = client.get("/api/v1/procedures/9.999999")
    assert response.status_code == 404
    assert error_of(response)["message"] == "Không tìm thấy thủ tục 9.999999."
