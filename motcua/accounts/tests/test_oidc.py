from __future__ import annotations

from urllib.parse import urlparse

import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user
from django.urls import reverse

from motcua.accounts.models import User
from motcua.accounts.tests.factories import UserFactory
from motcua.accounts.tests.oidc_provider import LocalProvider
from motcua.notifications.selectors import account_is_verified

pytestmark = pytest.mark.django_db

PERSON = {
    "sub": "vneid-0001",
    "citizen_id": "020090123456",
    "name": "Lường Văn Tâm",
    "phone_number": "+84912000222",
    "email": "tam@example.vn",
}


@pytest.fixture
def provider(settings):
    provider = LocalProvider(PERSON).start()
    for name, value in provider.settings().items():
        setattr(settings, name, value)
    yield provider
    provider.stop()


def sign_in_with_vneid(client):
    """Walk the browser's redirects: us → provider → our callback."""
    start = client.get(reverse("accounts:oidc_login"))
    assert start.status_code == 302
    answer = requests.get(start.url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    callback = urlparse(answer.headers["Location"])
    assert callback.path == reverse("accounts:oidc_callback")
    return client.get(f"{callback.path}?{callback.query}")


def test_login_page_offers_vneid_when_configured(client, provider):
    page = client.get(reverse("accounts:login")).content.decode()
    assert "Đăng nhập bằng VNeID" in page


def test_first_vneid_sign_in_creates_the_citizen(client, provider):
    response = sign_in_with_vneid(client)
    assert response.status_code == 302
    assert response.url == reverse("portal:home")
    user = get_user(client)
    assert user.is_authenticated
    assert (user.username, user.id_number, user.full_name, user.phone) == (
        "020090123456",
        "020090123456",
        "Lường Văn Tâm",
        "0912000222",
    )
    assert not user.has_usable_password()
    assert account_is_verified(user=user)


def test_vneid_signs_in_the_existing_account_with_the_same_cccd(client, provider):
    existing = UserFactory(username="tam", id_number="020090123456", full_name="")
    sign_in_with_vneid(client)
    assert get_user(client) == existing
    assert User.objects.count() == 1
    existing.refresh_from_db()
    assert existing.full_name == "Lường Văn Tâm"


def test_a_provider_answer_without_a_valid_cccd_signs_nobody_in(client, provider):
    provider.claims["citizen_id"] = "12345"
    response = sign_in_with_vneid(client)
    assert response.url == "/tai-khoan/dang-nhap/?vneid=loi"
    assert not get_user(client).is_authenticated
    assert not User.objects.exists()
    page = client.get(response.url).content.decode()
    assert "Đăng nhập bằng VNeID không thành công" in page


def test_a_forged_id_token_is_refused(client, provider):
    start = client.get(reverse("accounts:oidc_login"))
    answer = requests.get(start.url, allow_redirects=False, timeout=5)
    callback = urlparse(answer.headers["Location"])
    # Someone else's key signs the token: it does not match the published JWKS.
    provider.signing_key = rsa.generate_private_key(
        public_exponent=65537, key_size=2048
    )
    response = client.get(f"{callback.path}?{callback.query}")
    assert response.status_code == 302
    assert response.url == "/tai-khoan/dang-nhap/?vneid=loi"
    assert not get_user(client).is_authenticated
    assert not User.objects.exists()
