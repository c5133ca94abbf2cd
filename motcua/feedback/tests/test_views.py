"""Pages of ratings and feedback."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.feedback.models import ProcedureFeedback, Rating
from motcua.feedback.services import feedback_create

pytestmark = pytest.mark.django_db

LOCMEM = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


@pytest.fixture(autouse=True)
def locmem_cache(settings):
    settings.CACHES = LOCMEM
    cache.clear()


@pytest.fixture
def cast(procedure, citizen, receiver, official, leader):
    return {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }


def test_rating_form_appears_after_the_result_and_records_once(client, cast):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    client.force_login(cast["citizen"])
    page = client.get(reverse("portal:dossier", args=[dossier.code])).content.decode()
    assert "Rất hài lòng" in page
    url = reverse("feedback:rate", args=[dossier.code])
    assert client.post(url, {"level": "very_satisfied"}).status_code == 302
    assert client.post(url, {"level": "satisfied"}).status_code == 302
    assert Rating.objects.get().level == "very_satisfied"
    page = client.get(reverse("portal:dossier", args=[dossier.code])).content.decode()
    assert "Bạn đã đánh giá «Rất hài lòng»" in page


def test_rating_without_a_level_is_400(client, cast):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    client.force_login(cast["citizen"])
    response = client.post(reverse("feedback:rate", args=[dossier.code]), {})
    assert response.status_code == 400
    assert "Hãy chọn một mức độ hài lòng." in response.content.decode()


def test_rating_someone_elses_dossier_is_404(client, cast, other_citizen):
    dossier = dossier_in_status(Dossier.Status.RETURNED, **cast)
    client.force_login(other_citizen)
    url = reverse("feedback:rate", args=[dossier.code])
    assert client.post(url, {"level": "satisfied"}).status_code == 404


def test_anyone_sends_feedback_and_the_answer_is_shown_publicly(
    client, procedure, official
):
    url = reverse("feedback:send", args=[procedure.code])
    response = client.post(
        url,
        {
            "name": "Lý Thị Mai",
            "contact": "0912000111",
            "content": "Mẫu số 02 tải ở đâu?",
        },
    )
    assert response.status_code == 302
    feedback = ProcedureFeedback.objects.get()
    assert feedback.author is None
    page = client.get(procedure.get_absolute_url()).content.decode()
    assert "Mẫu số 02 tải ở đâu?" not in page  # not answered yet

    client.force_login(official)
    listing = client.get(reverse("feedback:list")).content.decode()
    assert "Mẫu số 02 tải ở đâu?" in listing
    answer_url = reverse("feedback:answer", args=[feedback.pk])
    response = client.post(
        answer_url, {"answer": "Mẫu có trên trang thủ tục.", "publish": "answer"}
    )
    assert response.status_code == 302
    client.logout()
    page = client.get(procedure.get_absolute_url()).content.decode()
    assert "Mẫu số 02 tải ở đâu?" in page
    assert "Mẫu có trên trang thủ tục." in page
    assert "Sở Nông nghiệp và Môi trường trả lời ngày" in page
    assert "Lý Thị Mai" not in page
    assert "0912000111" not in page


def test_feedback_with_empty_fields_is_400(client, procedure):
    url = reverse("feedback:send", args=[procedure.code])
    response = client.post(url, {"name": "", "contact": "", "content": ""})
    assert response.status_code == 400
    assert "Hãy nhập nội dung phản ánh, kiến nghị." in response.content.decode()
    assert not ProcedureFeedback.objects.exists()


@override_settings(MOTCUA_FEEDBACK_RATE_LIMIT="2/h")
def test_feedback_is_rate_limited(client, procedure):
    url = reverse("feedback:send", args=[procedure.code])
    data = {"name": "A", "contact": "a@example.vn", "content": "Nội dung"}
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 302
    assert client.post(url, data).status_code == 429
    assert ProcedureFeedback.objects.count() == 2


def test_officials_of_another_agency_neither_see_nor_answer(
    client, procedure, other_official
):
    feedback = feedback_create(
        procedure=procedure, name="A", contact="a@example.vn", content="Bí mật"
    )
    client.force_login(other_official)
    assert "Bí mật" not in client.get(reverse("feedback:list")).content.decode()
    url = reverse("feedback:answer", args=[feedback.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"answer": "x", "publish": "answer"}).status_code == 404


def test_citizens_do_not_reach_the_answer_pages(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("feedback:list")).status_code == 403


def test_answer_without_text_is_400(client, procedure, official):
    feedback = feedback_create(
        procedure=procedure, name="A", contact="a@example.vn", content="Hỏi"
    )
    client.force_login(official)
    url = reverse("feedback:answer", args=[feedback.pk])
    response = client.post(url, {"answer": "", "publish": "answer"})
    assert response.status_code == 400
    assert "Hãy nhập nội dung trả lời." in response.content.decode()
