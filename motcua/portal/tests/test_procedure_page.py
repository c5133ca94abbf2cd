"""The procedure page's additions: templates to download, counters, feedback."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.catalog.models import CounterGroup
from motcua.catalog.tests.factories import ComponentFactory
from motcua.dossiers.tests.factories import PDF_BYTES

pytestmark = pytest.mark.django_db


def test_form_template_is_downloaded_through_the_portal(client, procedure):
    with_file = ComponentFactory(
        procedure=procedure,
        name="Đơn đề nghị",
        template_name="Mẫu số 01",
        template_file=SimpleUploadedFile("mau-so-01.pdf", PDF_BYTES),
    )
    without = ComponentFactory(procedure=procedure, template_name="Mẫu số 02")
    page = client.get(procedure.get_absolute_url()).content.decode()
    url = reverse("portal:component_template", args=[procedure.code, with_file.pk])
    assert url in page
    assert "Tải Mẫu số 01" in page
    assert "Mẫu số 02" in page
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert "mau-so-01" in response["Content-Disposition"]
    missing = reverse("portal:component_template", args=[procedure.code, without.pk])
    assert client.get(missing).status_code == 404
    wrong = reverse("portal:component_template", args=["khong-co", with_file.pk])
    assert client.get(wrong).status_code == 404


def test_counter_groups_are_shown(client, procedure, center):
    group = CounterGroup.objects.create(
        code="A", name="Nông nghiệp và Môi trường", reception=center
    )
    procedure.counter_groups.add(group)
    page = client.get(procedure.get_absolute_url()).content.decode()
    assert "Quầy nhóm A – Nông nghiệp và Môi trường" in page


def test_procedure_page_offers_the_feedback_form_without_login(client, procedure):
    page = client.get(procedure.get_absolute_url()).content.decode()
    assert reverse("feedback:send", args=[procedure.code]) in page
    assert "Gửi phản ánh, kiến nghị về thủ tục này" in page


def test_procedure_page_query_count_is_small(
    client, procedure, django_assert_max_num_queries
):
    for n in range(5):
        ComponentFactory(procedure=procedure, name=f"Giấy tờ {n}")
    with django_assert_max_num_queries(8):
        assert client.get(procedure.get_absolute_url()).status_code == 200
