from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


@override_settings(MOTCUA_LOGIN_RATE_LIMIT="3/m")
def test_password_guessing_is_slowed_down_with_a_clear_message(client, citizen):
    cache.clear()
    url = reverse("accounts:login")
    for _ in range(3):
        response = client.post(url, {"username": "congdan", "password": "sai"})
        assert response.status_code == 200
    blocked = client.post(url, {"username": "congdan", "password": "motcua2026"})
    assert blocked.status_code == 429
    assert "quá nhiều lần" in blocked.content.decode()
    cache.clear()
    allowed = client.post(url, {"username": "congdan", "password": "motcua2026"})
    assert allowed.status_code == 302
