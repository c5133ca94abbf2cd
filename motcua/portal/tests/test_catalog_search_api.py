"""The API's catalog search against the web catalog, on the demo province."""

from __future__ import annotations

import pytest
from django.db import connection
from django.urls import reverse

from motcua.demo.loader import province_load
from motcua.portal.api import ProcedureListOut

pytestmark = pytest.mark.django_db

SEARCHES = [
    {},
    {"q": "thu y"},
    {"q": "cap"},
    {"q": "giay chung nhan", "level": "province"},
    {"q": "dang ky", "level": "commune"},
    {"q": "cap", "service_level": "full"},
    {"q": "dang ki khai sinh"},  # misspelt: the trigram fall-back
    {"q": "thu y", "level": "commune"},
    {"q": "khai sinh", "level": "province"},  # the fall-back, filtered
    {"q": "xyzzy qwerty"},
]
# The web page's names for the API's filters.
WEB_NAMES = {"level": "cap", "service_level": "muc-do"}


@pytest.fixture
def demo_catalog():
    province_load()


def api_codes(client, search: dict, page: int) -> tuple[int, list[str]]:
    body = client.get("/api/v1/procedures", {**search, "page": page}).json()
    return body["count"], [item["code"] for item in body["items"]]


def web_codes(client, search: dict, page: int) -> tuple[int, list[str]]:
    params = {WEB_NAMES.get(name, name): value for name, value in search.items()}
    response = client.get(reverse("portal:home"), {**params, "trang": page})
    found = response.context["page"]
    codes = [procedure.code for procedure in found]
    # The web page falls back to its last page; the API gives an empty one.
    return found.paginator.count, codes if found.number == page else []


@pytest.mark.parametrize("search", SEARCHES)
def test_api_search_finds_what_the_web_catalog_shows_in_its_order(
    client, demo_catalog, search
):
    for page in (1, 2, 3):
        assert api_codes(client, search, page) == web_codes(client, search, page)


def test_api_search_answers_in_the_schema_it_declares(client, demo_catalog):
    seen_units = set()
    for page in (1, 2, 3, 4):
        response = client.get("/api/v1/procedures", {"page": page})
        body = response.json()
        assert response["Content-Type"] == "application/json"
        assert ProcedureListOut.model_validate(body).model_dump(mode="json") == body
        seen_units |= {item["time_limit"].split(" ", 1)[-1] for item in body["items"]}
    # Hour, day and "no limit" labels all went through.
    assert {"giờ làm việc", "ngày làm việc", "quy định"} <= seen_units


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one query on PostgreSQL")
@pytest.mark.parametrize(
    "search",
    [
        {"q": "thu y"},
        {"q": "dang ki khai sinh", "page": 2},
        {"q": "giay", "level": "commune", "agency": "x", "field": "y"},
    ],
)
def test_api_search_not_in_the_cache_is_one_query_on_postgresql(
    client, demo_catalog, django_assert_num_queries, search
):
    with django_assert_num_queries(1):
        response = client.get("/api/v1/procedures", search)
    assert response.status_code == 200
