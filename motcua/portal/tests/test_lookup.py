"""The public look-up: code and PIN, same answer when wrong, rate-limited."""

from __future__ import annotations

import re

import pytest
from django.test import override_settings
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.portal.selectors import dossier_lookup, lookup_url
from motcua.portal.services import Rate

pytestmark = pytest.mark.django_db
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture
def dossier(procedure, citizen, receiver, official, leader):
    return dossier_in_status(
        Dossier.Status.IN_PROGRESS,
        procedure=procedure,
        citizen=citizen,
        receiver=receiver,
        official=official,
        leader=leader,
    )


def test_lookup_page_without_a_question_is_a_plain_form(client):
    response = client.get(reverse("portal:lookup"))
    assert response.status_code == 200
    assert "Mã tra cứu (PIN)" in response.content.decode()


def test_qr_link_shows_status_timeline_and_due_date_without_personal_data(
    client, dossier, receiver, citizen
):
    response = client.get(lookup_url(dossier))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Đang giải quyết" in body
    assert f"{dossier.due_at.astimezone(dossier.due_at.tzinfo):%d/%m/%Y}" in body
    assert "Trung tâm Phục vụ hành chính công tỉnh" in body
    labels = [entry.label for entry in response.context["timeline"]]
    assert labels[-1] == "Chuyển xử lý"
    for private in (
        citizen.full_name,
        dossier.applicant_id_number,
        dossier.applicant_phone,
        receiver.full_name,
    ):
        assert private not in body
    assert response["Cache-Control"].startswith("max-age=0")


def test_lookup_by_post_form(client, dossier):
    response = client.post(
        reverse("portal:lookup"), {"ma": dossier.code.lower(), "pin": dossier.pin}
    )
    assert response.status_code == 200
    assert response.context["dossier"] == dossier


def test_wrong_pin_and_unknown_code_give_the_same_answer(client, dossier):
    wrong_pin = "2" * 6 if dossier.pin != "2" * 6 else "3" * 6
    a = client.get(reverse("portal:lookup"), {"ma": dossier.code, "pin": wrong_pin})
    b = client.get(
        reverse("portal:lookup"), {"ma": "000.00.70.H37-991231-9999", "pin": wrong_pin}
    )
    assert a.status_code == b.status_code == 404
    strip = (dossier.code, "000.00.70.H37-991231-9999")
    body_a = CSRF.sub("", a.content.decode().replace(strip[0], ""))
    body_b = CSRF.sub("", b.content.decode().replace(strip[1], ""))
    assert body_a == body_b
    assert "Không tìm thấy hồ sơ" in body_a


def test_missing_fields_get_a_message(client):
    response = client.get(reverse("portal:lookup"), {"ma": "", "pin": ""})
    assert response.status_code == 400
    assert "Hãy nhập mã hồ sơ." in response.content.decode()


def test_a_draft_is_never_found(procedure, citizen):
    from motcua.dossiers.services import dossier_draft_create

    draft = dossier_draft_create(procedure=procedure, owner=citizen)
    assert dossier_lookup(code="", pin=draft.pin) is None


@override_settings(MOTCUA_LOOKUP_RATE_LIMIT="3/m")
def test_lookup_is_rate_limited_per_client_with_a_vietnamese_429(client, dossier):
    url = reverse("portal:lookup")
    for _ in range(3):
        client.get(url, {"ma": dossier.code, "pin": "000000"})
    response = client.get(url, {"ma": dossier.code, "pin": dossier.pin})
    assert response.status_code == 429
    assert "quá nhiều lần" in response.content.decode()
    assert "dossier" not in response.context
    other = client.get(
        url, {"ma": dossier.code, "pin": dossier.pin}, REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 200
    assert client.get(url).status_code == 200  # the empty form is not counted


@override_settings(
    MOTCUA_LOOKUP_RATE_LIMIT="1/m", MOTCUA_CLIENT_IP_HEADER="HTTP_X_REAL_IP"
)
def test_the_proxys_header_names_the_client_when_configured(client, dossier):
    url = reverse("portal:lookup")
    query = {"ma": dossier.code, "pin": dossier.pin}
    assert client.get(url, query, HTTP_X_REAL_IP="1.1.1.1").status_code == 200
    assert client.get(url, query, HTTP_X_REAL_IP="1.1.1.1").status_code == 429
    assert client.get(url, query, HTTP_X_REAL_IP="2.2.2.2").status_code == 200


@pytest.mark.parametrize(
    ("text", "count", "seconds"),
    [("20/m", 20, 60), ("100/h", 100, 3600), ("5/10s", 5, 10), ("1000/d", 1000, 86400)],
)
def test_rate_parse(text, count, seconds):
    assert Rate.parse(text) == Rate(count=count, seconds=seconds)


def test_rate_parse_refuses_nonsense():
    with pytest.raises(ValueError, match="20/m"):
        Rate.parse("many")


def test_lookup_url_is_the_qr_target(dossier):
    assert lookup_url(dossier) == f"/tra-cuu/?ma={dossier.code}&pin={dossier.pin}"
