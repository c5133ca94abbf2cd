"""Following one's dossiers: the list, a dossier's page, supplement, withdrawal."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse

from motcua.audit.services import access_record
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services import (
    document_attach,
    dossier_receive,
    dossier_request_supplement,
    dossier_start_processing,
)
from motcua.dossiers.tests.factories import (
    MONDAY_MORNING,
    dossier_in_status,
    pdf_upload,
    submitted_dossier,
)
from motcua.portal.tests.conftest import exe_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(procedure, citizen, receiver, official, leader):
    return {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }


def in_status(status, cast):
    return dossier_in_status(status, **cast)


def test_my_dossiers_lists_status_in_plain_words_and_days_left(client, cast):
    received = in_status(Dossier.Status.RECEIVED, cast)
    draft = in_status(Dossier.Status.DRAFT, cast)
    returned = in_status(Dossier.Status.RETURNED, cast)
    client.force_login(cast["citizen"])
    # Tuesday 08:00: the received dossier (due after 5 working days) has days left.
    with time_machine.travel(MONDAY_MORNING + timedelta(days=1), tick=False):
        response = client.get(reverse("portal:my_dossiers"))
    body = response.content.decode()
    assert response.status_code == 200
    listed = {d.pk: d for d in response.context["dossiers"]}
    assert set(listed) == {received.pk, returned.pk}
    assert [d.pk for d in response.context["drafts"]] == [draft.pk]
    assert listed[received.pk].days_left == 4
    assert listed[returned.pk].days_left is None
    assert "Đã tiếp nhận" in body
    assert "còn 4 ngày làm việc" in body
    assert "Đã trả kết quả" in body


def test_my_dossiers_marks_an_overdue_dossier(client, cast):
    dossier = in_status(Dossier.Status.IN_PROGRESS, cast)
    client.force_login(cast["citizen"])
    with time_machine.travel(dossier.due_at + timedelta(days=3), tick=False):
        response = client.get(reverse("portal:my_dossiers"))
    assert response.context["dossiers"][0].overdue
    assert "Đã quá hạn hẹn trả" in response.content.decode()


def test_my_dossiers_shows_only_the_accounts_own(client, cast, other_citizen):
    in_status(Dossier.Status.SUBMITTED, cast)
    client.force_login(other_citizen)
    response = client.get(reverse("portal:my_dossiers"))
    assert response.context["dossiers"] == []


def test_my_dossiers_query_count_does_not_grow_with_dossiers(
    client, cast, django_assert_max_num_queries
):
    for status in (
        Dossier.Status.RECEIVED,
        Dossier.Status.IN_PROGRESS,
        Dossier.Status.SUBMITTED,
        Dossier.Status.RETURNED,
        Dossier.Status.DRAFT,
    ):
        in_status(status, cast)
    client.force_login(cast["citizen"])
    with django_assert_max_num_queries(6):
        client.get(reverse("portal:my_dossiers"))
    for _ in range(6):
        in_status(Dossier.Status.IN_PROGRESS, cast)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("portal:my_dossiers"))
    assert len(response.context["dossiers"]) == 10


def test_dossier_page_shows_timeline_with_units_never_officials(client, cast):
    dossier = in_status(Dossier.Status.IN_PROGRESS, cast)
    client.force_login(cast["citizen"])
    response = client.get(reverse("portal:dossier", args=[dossier.code]))
    body = response.content.decode()
    assert response.status_code == 200
    timeline = response.context["timeline"]
    assert [entry.label for entry in timeline] == [
        "Tạo bản nháp",
        "Nộp hồ sơ trực tuyến",
        "Tiếp nhận hồ sơ",
        "Chuyển xử lý",
    ]
    assert timeline[2].unit == "Trung tâm Phục vụ hành chính công tỉnh"
    assert "09:30" in body  # dd/mm/yyyy hh:mm of the receipt, local time
    assert "02/03/2026" in body
    for person in (cast["receiver"], cast["official"]):
        assert person.full_name not in body
        assert person.username not in body
    assert dossier.pin in body


def test_receipt_slip_is_linked_only_once_received(client, cast):
    submitted = in_status(Dossier.Status.SUBMITTED, cast)
    received = in_status(Dossier.Status.RECEIVED, cast)
    client.force_login(cast["citizen"])
    slip = "/api/v1/dossiers/{}/slips/receipt"
    page = client.get(reverse("portal:dossier", args=[submitted.code]))
    assert slip.format(submitted.code) not in page.content.decode()
    page = client.get(reverse("portal:dossier", args=[received.code]))
    assert slip.format(received.code) in page.content.decode()


def test_someone_elses_dossier_is_404(client, cast, other_citizen, official):
    dossier = in_status(Dossier.Status.RECEIVED, cast)
    for outsider in (other_citizen, official):
        client.force_login(outsider)
        assert (
            client.get(reverse("portal:dossier", args=[dossier.code])).status_code
            == 404
        )
        assert (
            client.get(reverse("portal:withdraw", args=[dossier.code])).status_code
            == 404
        )


def test_supplement_shows_what_is_missing_and_is_sent_back(client, cast):
    dossier = submitted_dossier(procedure=cast["procedure"], owner=cast["citizen"])
    dossier_receive(dossier=dossier, actor=cast["receiver"])
    dossier_start_processing(dossier=dossier, actor=cast["receiver"])
    dossier_request_supplement(
        dossier=dossier,
        actor=cast["official"],
        items=["Bản vẽ mặt bằng cửa hàng", "Bản sao chứng chỉ hành nghề"],
    )
    client.force_login(cast["citizen"])
    url = reverse("portal:dossier", args=[dossier.code])
    page = client.get(url)
    assert page.context["supplement_items"] == [
        "Bản vẽ mặt bằng cửa hàng",
        "Bản sao chứng chỉ hành nghề",
    ]
    assert "Bản vẽ mặt bằng cửa hàng" in page.content.decode()

    supplement_url = reverse("portal:supplement", args=[dossier.code])
    empty = client.post(supplement_url, {"note": "Gửi bổ sung"})
    assert empty.status_code == 400
    assert "ít nhất một tệp" in empty.content.decode()
    bad = client.post(supplement_url, {"files": [exe_upload()]})
    assert bad.status_code == 400
    assert not dossier.documents.filter(kind=DossierDocument.Kind.SUPPLEMENT).exists()

    response = client.post(
        supplement_url,
        {
            "files": [pdf_upload("ban-ve.pdf"), pdf_upload("chung-chi.pdf")],
            "note": "Đủ",
        },
    )
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.IN_PROGRESS
    assert dossier.documents.filter(kind=DossierDocument.Kind.SUPPLEMENT).count() == 2


def test_withdraw_before_receipt(client, cast):
    dossier = in_status(Dossier.Status.SUBMITTED, cast)
    client.force_login(cast["citizen"])
    url = reverse("portal:withdraw", args=[dossier.code])
    assert "Rút hồ sơ" in client.get(url).content.decode()
    response = client.post(url, {"reason": "Không còn nhu cầu"})
    assert response.status_code == 302
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.WITHDRAWN


def test_withdraw_after_receipt_is_refused_with_a_message(client, cast):
    dossier = in_status(Dossier.Status.IN_PROGRESS, cast)
    client.force_login(cast["citizen"])
    page = client.get(reverse("portal:dossier", args=[dossier.code]))
    assert reverse("portal:withdraw", args=[dossier.code]) not in page.content.decode()
    response = client.post(reverse("portal:withdraw", args=[dossier.code]))
    assert response.status_code == 400
    assert "gửi đề nghị tới bộ phận một cửa" in response.content.decode()
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.IN_PROGRESS


def test_result_is_downloaded_through_a_checked_view(client, cast, other_citizen):
    dossier = in_status(Dossier.Status.IN_PROGRESS, cast)
    result = document_attach(
        dossier=dossier,
        upload=pdf_upload("giay-chung-nhan.pdf"),
        actor=cast["leader"],
        kind=DossierDocument.Kind.RESULT,
    )
    internal = document_attach(
        dossier=dossier,
        upload=pdf_upload("to-trinh.pdf"),
        actor=cast["official"],
        kind=DossierDocument.Kind.INTERNAL,
    )
    client.force_login(cast["citizen"])
    page = client.get(reverse("portal:dossier", args=[dossier.code])).content.decode()
    assert reverse("portal:document", args=[result.pk]) in page
    assert "/media/" not in page
    assert "to-trinh.pdf" not in page
    response = client.get(reverse("portal:document", args=[result.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert "giay-chung-nhan.pdf" in response["Content-Disposition"]
    assert client.get(reverse("portal:document", args=[internal.pk])).status_code == 404
    client.force_login(other_citizen)
    assert client.get(reverse("portal:document", args=[result.pk])).status_code == 404
    client.logout()
    assert client.get(reverse("portal:document", args=[result.pk])).status_code == 302


def test_who_looked_at_my_dossier_shows_units_not_people(client, cast):
    dossier = in_status(Dossier.Status.IN_PROGRESS, cast)
    access_record(user=cast["official"], dossier=dossier, action="view")
    client.force_login(cast["citizen"])
    response = client.get(reverse("portal:dossier", args=[dossier.code]))
    body = response.content.decode()
    assert len(response.context["access_logs"]) == 1
    assert "Sở Nông nghiệp và Môi trường" in body
    assert "Xem hồ sơ" in body
    assert cast["official"].full_name not in body
