from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders

from motcua.dossiers.models import DossierCounter

pytestmark = pytest.mark.django_db


def test_openapi_lists_the_public_operations(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in (
        "/api/v1/procedures",
        "/api/v1/procedures/{code}",
        "/api/v1/auth/token",
        "/api/v1/dossiers",
        "/api/v1/dossiers/{dossier_id}/documents/{component_id}",
        "/api/v1/dossiers/{dossier_id}/submit",
        "/api/v1/dossiers/{key}",
        "/api/v1/lookup",
    ):
        assert path in paths
    assert not any("bench" in path for path in paths)


def test_docs_page_loads_only_local_assets(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls, "the page should load Swagger UI"
    for url in urls:
        assert url.startswith("/static/"), url
        assert finders.find(url.removeprefix("/static/")), url
    assert '"validatorUrl": null' in html  # no badge fetched from swagger.io
    assert "http://" not in html
    assert "https://" not in html


def test_bench_endpoints_are_off_by_default(client):
    assert client.post("/api/v1/bench/insert").status_code == 404
    assert client.get("/api/v1/bench/select", {"code": "x"}).status_code == 404


def test_bench_endpoints_insert_and_select_when_on(
    client, settings, procedure, citizen, django_assert_num_queries
):
    from motcua.dossiers.tests.factories import submitted_dossier

    settings.MOTCUA_BENCH_ENDPOINTS = True
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    before = DossierCounter.objects.count()
    with django_assert_num_queries(1):
        assert client.post("/api/v1/bench/insert").status_code == 200
    assert DossierCounter.objects.count() == before + 1
    with django_assert_num_queries(1):
        response = client.get("/api/v1/bench/select", {"code": dossier.code})
    assert response.json()["status"] == "submitted"


def test_the_citizens_operations_document_their_errors(client):
    schema = client.get("/api/v1/openapi.json").json()
    error = schema["components"]["schemas"]["ErrorOut"]
    assert error["properties"]["error"]
    expected = {
        ("/api/v1/procedures", "get"): {"400", "422"},
        ("/api/v1/auth/token", "post"): {"401", "429"},
        ("/api/v1/dossiers", "post"): {"401", "403", "422"},
        ("/api/v1/dossiers/{dossier_id}/documents/{component_id}", "put"): {
            "404",
            "409",
            "422",
        },
        ("/api/v1/dossiers/{dossier_id}/submit", "post"): {"404", "409", "422"},
        ("/api/v1/submissions", "post"): {"409", "413", "422"},
        ("/api/v1/dossiers/{key}", "get"): {"404"},
        ("/api/v1/lookup", "get"): {"404", "429"},
    }
    for (path, method), statuses in expected.items():
        responses = schema["paths"][path][method]["responses"]
        assert statuses <= set(responses), (path, set(responses))
        for status in statuses:
            body = responses[status]["content"]["application/json"]["schema"]
            assert body["$ref"].endswith("/ErrorOut"), (path, status)


def test_the_officials_operations_document_their_errors(client):
    schema = client.get("/api/v1/openapi.json").json()
    paths = schema["paths"]
    actions = [
        path for path in paths if path.startswith("/api/v1/dossiers/{code}/actions/")
    ]
    assert len(actions) >= 15
    expected = {
        **{
            (path, "post"): {"400", "401", "403", "404", "409", "413", "422"}
            for path in actions
        },
        ("/api/v1/kpi/public", "get"): {"422"},
        ("/api/v1/kpi/agencies/{code}", "get"): {"401", "404", "422"},
        ("/api/v1/dossiers/{code}/slips/{slip_type}", "get"): {"401", "404", "409"},
        ("/api/v1/receptions/{unit_code}/book", "get"): {"401", "404", "422"},
    }
    for (path, method), statuses in expected.items():
        responses = paths[path][method]["responses"]
        assert statuses <= set(responses), (path, set(responses))
        for status in statuses:
            body = responses[status]["content"]["application/json"]["schema"]
            assert body["$ref"].endswith("/ErrorOut"), (path, status)
    # The PDFs keep their own success answer.
    slip = paths["/api/v1/dossiers/{code}/slips/{slip_type}"]["get"]["responses"]
    assert "application/pdf" in slip["200"]["content"]
