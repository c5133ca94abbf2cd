"""A NUL character anywhere in a request is a 400 that says what to fix."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/procedures?q=thu%00y",
        "/api/v1/lookup?code=AB%00C&pin=123456",
        "/?q=thu%00y",
        "/tra-cuu/?code=X%00&pin=1",
    ],
)
def test_nul_in_query_string_is_a_clear_400(client, path):
    response = client.get(path)

    assert response.status_code == 400
    assert "ký tự rỗng" in response.content.decode()


def test_api_answers_nul_with_its_error_shape(client):
    response = client.get("/api/v1/procedures?q=%00")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "bad_request"
    assert "NUL" in error["message"]


def test_nul_in_a_json_body_is_refused(client):
    response = client.post(
        "/api/v1/auth/token",
        data='{"username": "a\\u0000b", "password": "x"}',
        content_type="application/json",
    )

    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"


def test_plain_requests_pass_through(client):
    response = client.get("/api/v1/procedures?q=thu+y")

    assert response.status_code == 200


def test_half_a_surrogate_pair_in_json_is_refused(client):
    response = client.post(
        "/api/v1/auth/token",
        data='{"username": "a\\ud800b", "password": "x"}',
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "nửa cặp thay thế" in response.json()["error"]["message"]


def test_a_whole_surrogate_pair_is_a_character_and_passes(client):
    # U+1F600 written as its pair of escapes: valid JSON text.
    response = client.post(
        "/api/v1/auth/token",
        data='{"username": "\\ud83d\\ude00", "password": "x"}',
        content_type="application/json",
    )

    assert response.status_code == 401
