"""Results by post through the adapter; guides published by officials."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone

from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.floor.models import Guide, Shipment
from motcua.floor.selectors import guides_for_procedure
from motcua.floor.services import (
    StepInput,
    guide_publish,
    guide_save,
    shipment_create,
    shipment_refresh,
)

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
    b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
    b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


@pytest.fixture
def postbox(tmp_path):
    with override_settings(POSTAL_LOCAL_DIR=str(tmp_path)):
        yield tmp_path


def _to_post(dossier: Dossier) -> Dossier:
    Dossier.objects.filter(pk=dossier.pk).update(
        delivery=Dossier.Delivery.POST, delivery_address="Thôn Bản Thín, xã Quảng Lạc"
    )
    dossier.refresh_from_db()
    return dossier


@pytest.mark.django_db
def test_a_result_sent_by_post_gets_a_tracking_number_and_is_returned(
    postbox, procedure, citizen, receiver, official, leader, client
):
    dossier = _to_post(
        dossier_in_status(
            Dossier.Status.FINISHED,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )
    )
    shipment = shipment_create(dossier=dossier, actor=receiver)
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.RETURNED
    last = dossier.events.order_by("-seq").first()
    assert last.data["postal_tracking"] == shipment.tracking_number
    assert shipment.status == Shipment.Status.CREATED
    with time_machine.travel(timezone.now() + timedelta(hours=30)):
        shipment = shipment_refresh(shipment=shipment)
    assert shipment.status == Shipment.Status.DELIVERED
    assert len(shipment.history) == 4
    # The citizen follows it; another citizen cannot.
    client.force_login(citizen)
    page = client.get(reverse("floor:shipment", args=[shipment.tracking_number]))
    assert "Đã phát thành công" in page.content.decode()


@pytest.mark.django_db
def test_only_the_reception_side_posts_and_only_finished_results(
    postbox, procedure, citizen, receiver, official, leader, other_official
):
    dossier = _to_post(
        dossier_in_status(
            Dossier.Status.IN_PROGRESS,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )
    )
    with pytest.raises(PermissionDenied):
        shipment_create(dossier=dossier, actor=other_official)
    with pytest.raises(DomainError, match="đã xử lý xong"):
        shipment_create(dossier=dossier, actor=receiver)
    assert Shipment.objects.count() == 0


@pytest.mark.django_db
def test_the_postal_page_lists_results_to_post_and_sends_one(
    postbox, procedure, citizen, receiver, official, leader, client, other_citizen
):
    dossier = _to_post(
        dossier_in_status(
            Dossier.Status.FINISHED,
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )
    )
    client.force_login(receiver)
    assert dossier.code in client.get(reverse("floor:postal")).content.decode()
    response = client.post(reverse("floor:postal_send", args=[dossier.pk]))
    shipment = Shipment.objects.get()
    assert response.url == reverse("floor:shipment", args=[shipment.tracking_number])
    client.force_login(other_citizen)
    assert client.get(response.url).status_code == 404


@pytest.mark.django_db
def test_an_official_publishes_a_guide_with_pictures_for_a_procedure(
    official, procedure, client
):
    guide = guide_save(
        actor=official,
        title="Nộp hồ sơ cấp giấy chứng nhận thuốc thú y",
        kind=Guide.Kind.PROCEDURE,
        procedure=procedure,
        steps=[
            StepInput(
                text="Chuẩn bị đơn đề nghị", image=SimpleUploadedFile("b1.png", PNG)
            ),
            StepInput(text=""),
            StepInput(text="Nộp tại quầy A"),
        ],
    )
    assert [s.order for s in guide.steps.all()] == [1, 2]
    assert guides_for_procedure(procedure).count() == 0
    guide_publish(guide=guide, actor=official)
    assert list(guides_for_procedure(procedure)) == [guide]
    page = client.get(reverse("floor:guide", args=[guide.pk]))
    step = guide.steps.exclude(image="").get()
    image_url = reverse("floor:guide_image", args=[step.pk])
    assert f'src="{image_url}"' in page.content.decode()
    assert "/media/" not in page.content.decode()
    image = client.get(image_url)
    assert image.status_code == 200
    assert b"".join(image.streaming_content) == PNG
    assert guide.title in client.get(reverse("floor:guides")).content.decode()


@pytest.mark.django_db
def test_guides_need_a_step_and_stay_with_their_agency(
    official, other_official, procedure
):
    with pytest.raises(ValidationFailed) as caught:
        guide_save(actor=official, title="", kind="procedure", steps=[])
    assert set(caught.value.errors) == {"title", "procedure", "steps"}
    guide = guide_save(
        actor=official,
        title="Dùng cổng",
        kind="portal",
        steps=[StepInput(text="Đăng ký")],
    )
    with pytest.raises(PermissionDenied):
        guide_publish(guide=guide, actor=other_official)


@pytest.mark.django_db
def test_the_guide_editor_saves_steps(client, official, procedure):
    client.force_login(official)
    assert client.get(reverse("floor:guide_new")).status_code == 200
    data = {
        "title": "Hướng dẫn thử",
        "kind": "portal",
        "summary": "",
        "step-TOTAL_FORMS": "2",
        "step-INITIAL_FORMS": "0",
        "step-MIN_NUM_FORMS": "0",
        "step-MAX_NUM_FORMS": "8",
        "step-0-text": "Bước một",
        "step-1-text": "",
    }
    response = client.post(reverse("floor:guide_new"), data)
    guide = Guide.objects.get()
    assert response.url == reverse("floor:guide", args=[guide.pk])
    assert guide.steps.count() == 1
    bad = client.post(reverse("floor:guide_new"), {**data, "step-0-text": ""})
    assert bad.status_code == 400


@pytest.mark.django_db
def test_a_dossier_received_by_post_keeps_its_tracking_number(
    client, receiver, procedure, official
):
    client.force_login(receiver)
    data = {
        "procedure": procedure.pk,
        "postal_tracking": "ra473269528ch",
        "name": "Hoàng Văn Sáng",
        "id_number": "020090001234",
        "delivery": "post",
        "delivery_address": "Thôn Bản Thín, xã Quảng Lạc",
    }
    assert client.post(reverse("floor:postal"), data).status_code == 302
    dossier = Dossier.objects.get()
    assert dossier.channel == Dossier.Channel.POSTAL
    assert dossier.postal_tracking == "RA473269528CH"
    assert dossier.status == Dossier.Status.RECEIVED
    missing = client.post(reverse("floor:postal"), {**data, "postal_tracking": ""})
    assert missing.status_code == 400
    client.force_login(official)  # a specialist does not receive post
    assert (
        "Tiếp nhận hồ sơ gửi qua bưu chính"
        not in client.get(reverse("floor:postal")).content.decode()
    )
