"""Errors raised outside any view: Vietnamese pages, the API's JSON under /api/."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import path

pytestmark = pytest.mark.django_db


def test_an_unknown_page_is_explained_in_vietnamese(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Không tìm thấy trang" in page
    assert 'lang="vi"' in page
    assert "Not Found" not in page


def test_an_unknown_api_address_answers_in_the_api_shape(client):
    response = client.get("/api/v1/khong-co")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    assert response.json()["error"]["message"]


def test_an_unreadable_upload_body_answers_in_the_api_shape(client):
    # Ninja reads a PUT's files before the view: the error is raised outside it.
    response = client.put(
        "/api/v1/dossiers/1/documents/1",
        data=b'--abc\r\nContent-Disposition: form-data; name="file"\r\n',
        content_type="multipart/form-data; boundary=",
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request"
    assert "không đọc được" in error["message"]


def _fails(request):
    raise RuntimeError("broken")


urlpatterns = [path("hong/", _fails), path("api/hong/", _fails)]
handler500 = "motcua.core.views.server_error"


def test_a_server_error_says_what_to_do(settings):
    settings.ROOT_URLCONF = __name__
    browser = Client(raise_request_exception=False)
    page = browser.get("/hong/")
    assert page.status_code == 500
    assert "Hồ sơ của tôi" in page.content.decode()
    api = browser.get("/api/hong/")
    assert api.status_code == 500
    assert api.json()["error"]["code"] == "server_error"
