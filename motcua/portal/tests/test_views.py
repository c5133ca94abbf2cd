from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.catalog.models import Procedure
from motcua.catalog.tests.factories import (
    ComponentFactory,
    FeeFactory,
    ProcedureFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalog(department):
    return {
        "vet": ProcedureFactory(
            name="Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y",
            agency=department,
        ),
        "birth": ProcedureFactory(
            name="Đăng ký khai sinh", agency=None, level=Procedure.Level.COMMUNE
        ),
        "info": ProcedureFactory(
            name="Cấp bản sao trích lục hộ tịch",
            agency=department,
            service_level=Procedure.ServiceLevel.INFO,
        ),
        "hidden": ProcedureFactory(
            name="Thủ tục thú y đã bãi bỏ",
            agency=department,
            state=Procedure.State.WITHDRAWN,
        ),
    }


def names(response) -> list[str]:
    return [p.name for p in response.context["page"]]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thu y", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"),
        ("thuốc thú y", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"),
        ("dang ky khai sinh", "Đăng ký khai sinh"),
        ("ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh"),
    ],
)
def test_search_ignores_diacritics_and_case(client, catalog, query, expected):
    response = client.get(reverse("portal:home"), {"q": query})
    assert response.status_code == 200
    assert names(response) == [expected]


def test_home_lists_only_published_procedures_with_counts(client, catalog):
    response = client.get(reverse("portal:home"))
    assert response.status_code == 200
    listed = names(response)
    assert "Thủ tục thú y đã bãi bỏ" not in listed
    assert len(listed) == 3
    assert response.context["counts"] == {"full": 2, "info": 1, "total": 3}
    assert "Tìm thủ tục hành chính" in response.content.decode()


def test_filter_by_service_level(client, catalog):
    response = client.get(reverse("portal:home"), {"muc-do": "info"})
    assert names(response) == ["Cấp bản sao trích lục hộ tịch"]


def test_unknown_filter_values_are_ignored_not_errors(client, catalog):
    response = client.get(reverse("portal:home"), {"muc-do": "xyz", "trang": "abc"})
    assert response.status_code == 200
    assert len(names(response)) == 3


def test_procedure_page_shows_papers_fees_and_limit(client, catalog):
    vet = catalog["vet"]
    ComponentFactory(procedure=vet, name="Đơn đề nghị cấp giấy chứng nhận", copies=0)
    FeeFactory(procedure=vet, name="Phí thẩm định", amount=1_500_000)
    response = client.get(vet.get_absolute_url())
    body = response.content.decode()
    assert response.status_code == 200
    assert "Đơn đề nghị cấp giấy chứng nhận" in body
    assert "1.500.000 đ" in body
    assert "5 ngày làm việc" in body


def test_withdrawn_or_unknown_procedure_is_404(client, catalog):
    assert client.get(catalog["hidden"].get_absolute_url()).status_code == 404
    assert client.get("/thu-tuc/khong-co/").status_code == 404


def test_home_page_query_count_is_constant(
    client, catalog, django_assert_max_num_queries
):
    for n in range(20):
        ProcedureFactory(name=f"Thủ tục số {n}", agency=catalog["vet"].agency)
    with django_assert_max_num_queries(8):
        client.get(reverse("portal:home"))


def test_filter_by_agency_and_level(client, catalog, other_department):
    ProcedureFactory(name="Cấp phép hành nghề y", agency=other_department)
    response = client.get(reverse("portal:home"), {"co-quan": other_department.code})
    assert names(response) == ["Cấp phép hành nghề y"]
    agencies = dict(response.context["agencies"])
    assert agencies[other_department.code] == "Sở Y tế"
    response = client.get(reverse("portal:home"), {"cap": "commune"})
    assert names(response) == ["Đăng ký khai sinh"]
    response = client.get(reverse("portal:home"), {"cap": "nonsense"})
    assert len(names(response)) == 4


def test_pages_keep_the_filters(client, catalog):
    for n in range(25):
        ProcedureFactory(name=f"Thủ tục thú y số {n}", agency=catalog["vet"].agency)
    response = client.get(reverse("portal:home"), {"q": "thu y", "muc-do": "full"})
    body = response.content.decode()
    assert "?q=thu+y&amp;muc-do=full&amp;trang=2" in body
