"""The browser's session is CSRF-checked whenever it signs someone in; else 401."""

from __future__ import annotations

import uuid

import pytest
from django.test import Client, override_settings

from motcua.api.auth import token_issue
from motcua.api.tests.conftest import counts, error_of
from motcua.api.tests.test_dossiers import create
from motcua.api.tests.test_submissions import whole
from motcua.dossiers.models import Dossier

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("cookie", ["sessionid", "motcua_sid"])
def test_a_signed_in_session_without_the_csrf_token_gets_403(
    citizen, online_procedure, cookie
):
    # Whatever the session cookie is named (read by the middleware at each
    # request, not when the API was loaded).
    with override_settings(SESSION_COOKIE_NAME=cookie):
        browser = Client(enforce_csrf_checks=True)
        browser.force_login(citizen)
        assert cookie in browser.cookies
        before = counts()
        response = create(browser, online_procedure)
        assert response.status_code == 403
        assert error_of(response)["code"] == "csrf_failed"
        # A wrong bearer token falls back on the same session, checked alike.
        browser.defaults["HTTP_AUTHORIZATION"] = "Bearer khong-phai-ma"
        response = whole(browser, online_procedure)
        assert response.status_code == 403
        assert error_of(response)["code"] == "csrf_failed"
        assert counts() == before


@pytest.mark.parametrize(
    "cookies", [{"sessionid": ""}, {"sessionid": "het-han"}, {"csrftoken": "x" * 32}]
)
def test_a_session_that_signs_no_one_in_gets_401(online_procedure, cookies):
    browser = Client(enforce_csrf_checks=True)
    for name, value in cookies.items():
        browser.cookies[name] = value
    before = counts()
    response = create(browser, online_procedure)
    assert response.status_code == 401
    assert error_of(response)["code"] == "unauthenticated"
    assert counts() == before


def test_an_inactive_users_retry_gets_401_and_not_the_first_answer(
    citizen, online_procedure
):
    key = token_issue(user=citizen)
    caller = Client(
        enforce_csrf_checks=True, headers={"authorization": f"Bearer {key}"}
    )
    same = str(uuid.uuid4())
    first = whole(caller, online_procedure, key=same)
    assert first.status_code == 201, first.content
    type(citizen).objects.filter(pk=citizen.pk).update(is_active=False)
    before = counts()
    again = whole(caller, online_procedure, key=same)
    assert again.status_code == 401
    assert first.json()["code"] not in again.content.decode()
    assert first.json()["lookup_pin"] not in again.content.decode()
    assert whole(caller, online_procedure, key=str(uuid.uuid4())).status_code == 401
    assert counts() == before
    assert Dossier.objects.filter(owner=citizen).count() == 1
