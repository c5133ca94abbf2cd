from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from motcua.api.auth import TOKEN_LIFETIME
from motcua.api.models import ApiToken
from motcua.api.tests.conftest import bearer, error_of

pytestmark = pytest.mark.django_db

TOKEN_URL = "/api/v1/auth/token"


def test_token_for_username_and_password_opens_the_api(client, citizen):
    response = client.post(
        TOKEN_URL,
        {"username": "congdan", "password": "motcua2026"},
        content_type="application/json",
    )
    assert response.status_code == 200
    token = response.json()["token"]
    stored = ApiToken.objects.get(user=citizen)
    assert stored.key_hash != token  # only its digest is kept
    api = Client(headers={"authorization": f"Bearer {token}"})
    assert api.get("/api/v1/dossiers/999").status_code == 404  # signed in, no such


def test_token_for_phone_number(client, citizen):
    citizen.phone = "0987654321"
    citizen.save()
    response = client.post(
        TOKEN_URL,
        {"username": "098 765 4321", "password": "motcua2026"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert ApiToken.objects.filter(user=citizen).count() == 1


def test_phone_shared_by_two_accounts_gives_no_token(client, citizen, other_citizen):
    # Both factory accounts hold 0912345678: a phone must name exactly one account.
    response = client.post(
        TOKEN_URL,
        {"username": "0912345678", "password": "motcua2026"},
        content_type="application/json",
    )
    assert response.status_code == 401


def test_wrong_password_is_refused_in_vietnamese(client, citizen):
    response = client.post(
        TOKEN_URL,
        {"username": "congdan", "password": "sai-mat-khau"},
        content_type="application/json",
    )
    assert response.status_code == 401
    error = error_of(response)
    assert error["code"] == "invalid_credentials"
    assert "mật khẩu không đúng" in error["message"]
    assert ApiToken.objects.count() == 0


def test_inactive_account_gets_no_token(client, citizen):
    citizen.is_active = False
    citizen.save()
    response = client.post(
        TOKEN_URL,
        {"username": "congdan", "password": "motcua2026"},
        content_type="application/json",
    )
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"password": "motcua2026"}, "username"),
        ({"username": "congdan"}, "password"),
        ({"username": ["congdan"], "password": "motcua2026"}, "username"),
    ],
)
def test_missing_or_wrongly_typed_fields_are_named(client, citizen, body, field):
    response = client.post(TOKEN_URL, body, content_type="application/json")
    assert response.status_code == 422
    error = error_of(response)
    assert field in error["fields"]
    assert error["message"] == "Dữ liệu gửi lên chưa hợp lệ."


def test_broken_json_is_a_400_with_a_message(client):
    response = client.post(TOKEN_URL, "{not json", content_type="application/json")
    assert response.status_code == 400
    assert "JSON" in error_of(response)["message"]


def test_token_attempts_are_rate_limited_per_client(client, citizen, settings):
    settings.MOTCUA_TOKEN_RATE_LIMIT = "3/m"
    body = {"username": "congdan", "password": "sai"}
    codes = [
        client.post(TOKEN_URL, body, content_type="application/json").status_code
        for _ in range(4)
    ]
    assert codes == [401, 401, 401, 429]
    response = client.post(
        TOKEN_URL,
        {"username": "congdan", "password": "motcua2026"},
        content_type="application/json",
    )
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "thử lại sau" in error_of(response)["message"]
    # Another client address has its own budget.
    other = client.post(
        TOKEN_URL,
        {"username": "congdan", "password": "motcua2026"},
        content_type="application/json",
        REMOTE_ADDR="10.0.0.9",
    )
    assert other.status_code == 200


def test_expired_token_is_refused(citizen):
    api = bearer(citizen)
    assert api.get("/api/v1/dossiers/1").status_code == 404
    with time_machine.travel(timezone.now() + TOKEN_LIFETIME + timedelta(minutes=1)):
        response = api.get("/api/v1/dossiers/1")
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthenticated"


def test_unknown_token_and_no_credentials_are_refused(client):
    unknown = Client(headers={"authorization": "Bearer khong-phai-ma-that"})
    assert unknown.get("/api/v1/dossiers/1").status_code == 401
    response = client.get("/api/v1/dossiers/1")
    assert response.status_code == 401
    assert error_of(response)["message"] == "Hãy đăng nhập hoặc gửi mã truy cập."


def test_browser_session_is_accepted(client, citizen):
    client.force_login(citizen)
    assert client.get("/api/v1/dossiers/1").status_code == 404


def test_revoked_token_and_deactivated_account_are_refused_at_once(citizen):
    """The token is checked on every request: nothing is remembered between them."""
    api = bearer(citizen)
    assert api.get("/api/v1/dossiers/1").status_code == 404
    citizen.is_active = False
    citizen.save(update_fields=["is_active"])
    assert api.get("/api/v1/dossiers/1").status_code == 401
    citizen.is_active = True
    citizen.save(update_fields=["is_active"])
    assert api.get("/api/v1/dossiers/1").status_code == 404
    ApiToken.objects.filter(user=citizen).delete()
    assert api.get("/api/v1/dossiers/1").status_code == 401


def test_token_user_is_the_account_without_its_password_hash(citizen):
    from motcua.api.auth import token_issue, token_user

    user = token_user(token_issue(user=citizen))
    assert user.pk == citizen.pk
    assert (user.username, user.full_name, user.kind, user.phone) == (
        citizen.username,
        citizen.full_name,
        citizen.kind,
        citizen.phone,
    )
    assert "password" in user.get_deferred_fields()
    assert user.password == citizen.password  # read on its own when asked for
    assert token_user("khong-phai-ma-that") is None
