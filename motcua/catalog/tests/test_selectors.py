from __future__ import annotations

import pytest
from django.db import connection

from motcua.catalog import selectors
from motcua.catalog.models import Procedure
from motcua.catalog.selectors import (
    PAGE_COLUMNS,
    procedure_list_public,
    procedure_page_public,
    trigram_similarity,
    trigrams,
)
from motcua.catalog.tests.factories import FeeFactory, ProcedureFactory
from motcua.core.text import search_key
from motcua.demo.loader import province_load

pytestmark = pytest.mark.django_db

VET_SHOP = "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"
BIRTH = "Đăng ký khai sinh"
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="compares with PostgreSQL's pg_trgm",
)


@pytest.fixture
def demo_catalog():
    province_load()


def names(procedures) -> list[str]:
    return [p.name for p in procedures]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("thu y", VET_SHOP),
        ("thuốc thú y", VET_SHOP),
        ("THUOC THU Y", VET_SHOP),
        ("dang ky khai sinh", BIRTH),
        ("Đăng ký khai sinh", BIRTH),
        ("dang ky khai si", BIRTH),
        ("giay phep lai xe", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp"),
        ("1.004227", VET_SHOP),
    ],
)
def test_search_on_the_demo_catalog_puts_the_best_match_first(
    demo_catalog, query, first
):
    found = names(procedure_list_public(query=query))
    assert found[0] == first


def test_search_puts_every_veterinary_procedure_before_scattered_words(demo_catalog):
    found = names(procedure_list_public(query="thu y"))
    # "thủ tục … y tế" holds both words apart: found, but after the phrase.
    assert [("thú y" in name) for name in found] == [True] * 4 + [False]
    # The phrase first, closest names first: the re-issue follows the first issue.
    assert found[:2] == [VET_SHOP, "Cấp lại " + VET_SHOP[4:]]


def test_search_puts_the_exact_phrase_before_scattered_words(demo_catalog):
    found = names(procedure_list_public(query="dang ky khai sinh"))
    assert found[0] == BIRTH
    assert "Đăng ký lại khai sinh" in found
    phrase_holders = [n for n in found if " dang ky khai sinh" in search_key(n)]
    assert found[: len(phrase_holders)] == phrase_holders


@pytest.mark.parametrize(
    ("query", "first"),
    [("dang ki khai sinh", BIRTH), ("thuoc thu yy", VET_SHOP)],
)
def test_misspelt_words_fall_back_to_trigram_similarity(demo_catalog, query, first):
    assert names(procedure_list_public(query=query))[0] == first


FUZZY_QUERIES = ["dang ki khai sinh", "giay fep lai xe", "thuoc thu yy"]


@on_postgresql
@pytest.mark.parametrize("query", FUZZY_QUERIES)
def test_python_fuzzy_ranking_gives_postgresql_order(demo_catalog, query):
    words = search_key(query).split()
    on_postgres = [p.pk for p in procedure_list_public(query=query)]
    published = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    assert on_postgres
    assert selectors._fuzzy_python(published, words) == on_postgres


def test_nonsense_finds_nothing(demo_catalog):
    assert list(procedure_list_public(query="xyzzy qwerty")) == []


def test_filters_narrow_the_search(demo_catalog):
    vet = Procedure.objects.get(name=VET_SHOP)
    by_agency = procedure_list_public(query="thu y", agency_code=vet.agency.code)
    assert VET_SHOP in names(by_agency)
    by_field = procedure_list_public(query="giay", field_code=vet.field.code)
    assert {p.field_id for p in by_field} == {vet.field_id}
    communal = procedure_list_public(level=Procedure.Level.COMMUNE)
    assert BIRTH in names(communal)
    assert {p.level for p in communal} == {Procedure.Level.COMMUNE}
    info = procedure_list_public(query="cap", service_level="info")
    assert info.exists()
    assert {p.service_level for p in info} == {Procedure.ServiceLevel.INFO}
    communal_vet = procedure_list_public(query="thu y", level="commune")
    assert not any("thú y" in name for name in names(communal_vet))


def test_search_leaves_out_unpublished_procedures(department):
    ProcedureFactory(name="Thủ tục thú y đã bãi bỏ", state=Procedure.State.WITHDRAWN)
    shown = ProcedureFactory(name="Cấp phép thú y", agency=department)
    assert list(procedure_list_public(query="thu y")) == [shown]


def test_trigrams_pad_each_word_as_pg_trgm_does():
    assert trigrams("thu y") == {"  t", " th", "thu", "hu ", "  y", " y "}
    assert trigram_similarity(trigrams("thu y"), trigrams("thu y")) == 1.0
    assert trigram_similarity(trigrams("thu y"), trigrams("")) == 0.0


QUERIES = ["thu y", "thuoc thu y", "dang ky khai sinh", "giay chung nhan", "cap"]


@on_postgresql
@pytest.mark.parametrize("query", QUERIES)
def test_python_ranking_gives_postgresql_order_on_the_demo(demo_catalog, query):
    on_postgres = [p.pk for p in procedure_list_public(query=query)]
    matched = Procedure.objects.filter(state=Procedure.State.PUBLISHED).filter(
        selectors._words_condition(search_key(query).split(), query)
    )
    in_python = selectors._rank_python(matched, search_key(query).split(), query)
    assert in_python == on_postgres


@on_postgresql
def test_python_similarity_equals_pg_trgm(demo_catalog):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name_folded, similarity(name_folded, %s) FROM catalog_procedure",
            ["thu y"],
        )
        rows = cursor.fetchall()
    for name_folded, expected in rows:
        ours = trigram_similarity(trigrams("thu y"), trigrams(name_folded))
        assert ours == selectors._float4(expected)


@on_postgresql
def test_the_catalog_has_a_trigram_index_on_postgresql():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["catalog_procedure_name_folded_trgm"],
        )
        (definition,) = cursor.fetchone()
    assert "gin_trgm_ops" in definition


PAGE_SEARCHES = [
    {"query": ""},
    {"query": "thu y"},
    {"query": "cap"},
    {"query": "giay chung nhan", "level": "province"},
    {"query": "cap", "service_level": "info"},
    {"query": "thu y", "level": "commune"},
    {"query": "khai sinh", "level": "province"},  # no name has them: the fall-back
    {"query": "dang ki khai sinh"},
    {"query": "thuoc thu yy"},
    {"query": "1.004227"},
    {"query": "xyzzy qwerty"},
    {"query": "", "level": "commune"},
]


@pytest.mark.parametrize("search", PAGE_SEARCHES)
@pytest.mark.parametrize("offset", [0, 5, 20])
def test_page_gives_the_list_in_its_order_with_the_number_found(
    demo_catalog, search, offset
):
    listed = [p.code for p in procedure_list_public(**search)]
    count, rows = procedure_page_public(**search, offset=offset, limit=5)
    assert count == len(listed)
    assert [row["code"] for row in rows] == listed[offset : offset + 5]


def test_page_filters_by_agency_and_field_like_the_list(demo_catalog):
    vet = Procedure.objects.get(name=VET_SHOP)
    for search in (
        {"query": "thu y", "agency_code": vet.agency.code},
        {"query": "giay", "field_code": vet.field.code},
        {"query": "", "field_code": vet.field.code, "agency_code": vet.agency.code},
    ):
        listed = [p.code for p in procedure_list_public(**search)]
        count, rows = procedure_page_public(**search, limit=100)
        assert listed
        assert (count, [row["code"] for row in rows]) == (len(listed), listed)


def test_page_rows_hold_the_listed_columns_and_the_fees_summed(department):
    paid = ProcedureFactory(name="Cấp phép thú y", agency=department)
    FeeFactory(procedure=paid, amount=150_000)
    FeeFactory(procedure=paid, amount=50_000)
    free = ProcedureFactory(
        name="Đăng ký khai sinh", agency=None, level=Procedure.Level.COMMUNE
    )
    count, rows = procedure_page_public()
    assert count == 2
    by_code = {row["code"]: row for row in rows}
    assert set(by_code) == {paid.code, free.code}
    assert all(tuple(row) == PAGE_COLUMNS for row in rows)
    assert by_code[paid.code] == {
        "code": paid.code,
        "name": "Cấp phép thú y",
        "service_level": "full",
        "level": "province",
        "online_only": False,
        "limit_value": paid.limit_value,
        "limit_unit": "working_days",
        "agency__code": department.code,
        "agency__name": department.name,
        "field__code": paid.field.code,
        "field__name": paid.field.name,
        "fee_vnd": 200_000,
    }
    assert (by_code[free.code]["agency__code"], by_code[free.code]["fee_vnd"]) == (
        None,
        0,
    )


def test_page_past_the_last_still_gives_the_number_found(department):
    for n in range(3):
        ProcedureFactory(agency=department, name=f"Cấp phép thú y {n}")
    assert procedure_page_public(query="thu y", offset=20) == (3, [])
    assert procedure_page_public(query="xyzzy", offset=20) == (0, [])


@on_postgresql
@pytest.mark.parametrize("query", ["thu y", "dang ki khai sinh", "xyzzy", ""])
def test_page_is_one_query_on_postgresql(
    demo_catalog, django_assert_num_queries, query
):
    with django_assert_num_queries(1):
        procedure_page_public(query=query, level="province", offset=20)
