"""Submitting online: the steps, the draft kept on the server, the single submit."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.tests.factories import PDF_BYTES, pdf_upload
from motcua.portal.tests.conftest import GOOD_FORM, exe_upload, png_upload

pytestmark = pytest.mark.django_db


def start(client, procedure, **data) -> Dossier:
    response = client.post(reverse("portal:submit_start", args=[procedure.code]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Dossier.objects.get(pk=response.url.split("/")[3])


def upload_all(client, dossier, procedure):
    files = {}
    for n, component in enumerate(procedure.components.filter(required=True)):
        files[f"files_{component.pk}"] = [pdf_upload(f"giay-to-{n}.pdf")]
    return client.post(
        reverse("portal:submit_documents", args=[dossier.pk]),
        {"action": "next", **files},
    )


def test_procedure_page_has_submit_button_only_for_online_procedures(
    client, online_procedure, info_procedure
):
    online = client.get(online_procedure.get_absolute_url()).content.decode()
    info = client.get(info_procedure.get_absolute_url()).content.decode()
    assert "Nộp hồ sơ trực tuyến" in online
    assert reverse("portal:submit_start", args=[online_procedure.code]) in online
    assert "Nộp hồ sơ trực tuyến" not in info
    assert "thực hiện trực tiếp" in info


def test_submit_asks_anonymous_visitors_to_log_in(client, online_procedure):
    url = reverse("portal:submit_start", args=[online_procedure.code])
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("accounts:login") in response.url


def test_info_only_procedure_cannot_be_started(client, citizen, info_procedure):
    client.force_login(citizen)
    url = reverse("portal:submit_start", args=[info_procedure.code])
    response = client.post(url)
    assert response.status_code == 400
    assert "chỉ cung cấp thông tin" in response.content.decode()
    assert not Dossier.objects.exists()


def test_officials_do_not_submit_on_the_portal(client, official, online_procedure):
    client.force_login(official)
    url = reverse("portal:submit_start", args=[online_procedure.code])
    assert client.post(url).status_code == 403
    assert not Dossier.objects.exists()


def test_whole_submission_from_draft_to_confirmation(client, citizen, online_procedure):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    assert dossier.status == Dossier.Status.DRAFT
    assert dossier.agency == online_procedure.agency

    response = client.post(reverse("portal:submit_form", args=[dossier.pk]), GOOD_FORM)
    assert response.status_code == 302
    assert response.url == reverse("portal:submit_documents", args=[dossier.pk])
    dossier.refresh_from_db()
    assert dossier.form_data == {
        "ten_co_so": "Cửa hàng thuốc thú y Sáng",
        "dien_tich": 25,
        "ngay_mo": "2026-03-05",
        "loai": "duoc",
        "bao_quan_lanh": True,
    }

    first = online_procedure.components.get(order=1)
    second = online_procedure.components.get(order=2)
    response = client.post(
        reverse("portal:submit_documents", args=[dossier.pk]),
        {
            "action": "next",
            f"files_{first.pk}": [pdf_upload("trang-1.pdf"), png_upload("trang-2.png")],
            f"files_{second.pk}": [pdf_upload("thuyet-minh.pdf")],
        },
    )
    assert response.status_code == 302
    assert response.url == reverse("portal:submit_delivery", args=[dossier.pk])
    kept = dossier.documents.filter(withdrawn=False)
    assert sorted(kept.values_list("name", flat=True)) == [
        "thuyet-minh.pdf",
        "trang-1.pdf",
        "trang-2.png",
    ]
    assert kept.get(name="trang-2.png").content_type == "image/png"

    response = client.post(
        reverse("portal:submit_delivery", args=[dossier.pk]),
        {"method": "post", "address": "Thôn Bản Thín, xã Quảng Lạc"},
    )
    assert response.status_code == 302

    review = client.get(reverse("portal:submit_review", args=[dossier.pk]))
    body = review.content.decode()
    assert review.status_code == 200
    assert "Dược phẩm" in body
    assert "05/03/2026" in body
    assert "trang-2.png" in body
    assert "230.000 đ" in body

    response = client.post(reverse("portal:submit_review", args=[dossier.pk]))
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.SUBMITTED
    assert response.url == reverse("portal:submit_done", args=[dossier.code])
    done = client.get(response.url).content.decode()
    assert dossier.code in done
    assert dossier.pin in done
    assert f"/tra-cuu/?ma={dossier.code}&amp;pin={dossier.pin}" in done


def test_form_errors_are_shown_next_to_fields_and_the_draft_keeps_input(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    bad = {**GOOD_FORM, "f_ten_co_so": "", "f_dien_tich": "hai mươi", "f_loai": "x"}
    response = client.post(reverse("portal:submit_form", args=[dossier.pk]), bad)
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors["f_ten_co_so"] == ["Tên cơ sở: chưa nhập (bắt buộc)."]
    assert "Hãy nhập một số" in form.errors["f_dien_tich"][0]
    assert "Hãy chọn một giá trị" in form.errors["f_loai"][0]
    dossier.refresh_from_db()
    assert dossier.form_data["dien_tich"] == "hai mươi"  # kept for the next device


def test_bad_phone_of_the_applicant_is_refused_with_a_message(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    bad = {**GOOD_FORM, "applicant_phone": "12345"}
    response = client.post(reverse("portal:submit_form", args=[dossier.pk]), bad)
    assert response.status_code == 400
    assert response.context["form"].errors["applicant_phone"]


def test_a_renamed_executable_is_refused_and_nothing_is_stored(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    first = online_procedure.components.get(order=1)
    response = client.post(
        reverse("portal:submit_documents", args=[dossier.pk]),
        {"action": "upload", f"files_{first.pk}": [pdf_upload(), exe_upload()]},
    )
    assert response.status_code == 400
    assert "không phải PDF, JPEG, PNG hoặc DOCX" in response.content.decode()
    assert not DossierDocument.objects.exists()


def test_an_oversized_file_is_refused(client, citizen, online_procedure):
    online_procedure.max_upload_mb = 1
    online_procedure.save()
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    first = online_procedure.components.get(order=1)
    big = SimpleUploadedFile("lon.pdf", PDF_BYTES + b"0" * (1024 * 1024 + 10))
    response = client.post(
        reverse("portal:submit_documents", args=[dossier.pk]),
        {"action": "upload", f"files_{first.pk}": [big]},
    )
    assert response.status_code == 400
    assert "lớn hơn 1 MB" in response.content.decode()


def test_continuing_without_a_required_paper_is_refused(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    response = client.post(
        reverse("portal:submit_documents", args=[dossier.pk]), {"action": "next"}
    )
    assert response.status_code == 400
    assert "Chưa có tệp cho giấy tờ bắt buộc" in response.content.decode()


def test_uploading_again_replaces_the_files_of_that_paper(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    first = online_procedure.components.get(order=1)
    url = reverse("portal:submit_documents", args=[dossier.pk])
    client.post(url, {"action": "upload", f"files_{first.pk}": [pdf_upload("cu.pdf")]})
    client.post(url, {"action": "upload", f"files_{first.pk}": [pdf_upload("moi.pdf")]})
    kept = dossier.documents.filter(withdrawn=False).values_list("name", flat=True)
    assert list(kept) == ["moi.pdf"]


def test_post_delivery_needs_an_address(client, citizen, online_procedure):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    response = client.post(
        reverse("portal:submit_delivery", args=[dossier.pk]), {"method": "post"}
    )
    assert response.status_code == 400
    assert "cần địa chỉ" in response.content.decode()


def test_incomplete_draft_is_not_submitted(client, citizen, online_procedure):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    response = client.post(reverse("portal:submit_review", args=[dossier.pk]))
    assert response.status_code == 400
    body = response.content.decode()
    assert "Thiếu giấy tờ: Đơn đề nghị" in body
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.DRAFT


def test_second_click_on_submit_shows_the_same_confirmation(
    client, citizen, online_procedure
):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    client.post(reverse("portal:submit_form", args=[dossier.pk]), GOOD_FORM)
    upload_all(client, dossier, online_procedure)
    url = reverse("portal:submit_review", args=[dossier.pk])
    first = client.post(url)
    second = client.post(url)
    dossier.refresh_from_db()
    assert first.url == second.url == reverse("portal:submit_done", args=[dossier.code])
    assert Dossier.objects.count() == 1
    assert dossier.events.filter(verb="submitted").count() == 1


def test_draft_is_resumed_on_another_device(client, citizen, online_procedure):
    from django.test import Client

    client.force_login(citizen)
    dossier = start(client, online_procedure)
    client.post(
        reverse("portal:submit_form", args=[dossier.pk]),
        {**GOOD_FORM, "action": "save"},
    )
    other_device = Client()
    other_device.force_login(citizen)
    listing = other_device.get(reverse("portal:my_dossiers")).content.decode()
    assert reverse("portal:submit_form", args=[dossier.pk]) in listing
    page = other_device.get(reverse("portal:submit_form", args=[dossier.pk]))
    assert 'value="Cửa hàng thuốc thú y Sáng"' in page.content.decode()
    start_page = other_device.get(
        reverse("portal:submit_start", args=[online_procedure.code])
    )
    assert "Tiếp tục bản nháp" in start_page.content.decode()


def test_someone_elses_draft_is_404(client, citizen, other_citizen, online_procedure):
    client.force_login(citizen)
    dossier = start(client, online_procedure)
    client.force_login(other_citizen)
    for name in ("submit_form", "submit_documents", "submit_delivery", "submit_review"):
        assert (
            client.get(reverse(f"portal:{name}", args=[dossier.pk])).status_code == 404
        )
    assert (
        client.post(reverse("portal:submit_review", args=[dossier.pk])).status_code
        == 404
    )


def test_commune_procedure_needs_an_active_commune(
    client, citizen, commune, commune_procedure, department
):
    client.force_login(citizen)
    url = reverse("portal:submit_start", args=[commune_procedure.code])
    page = client.get(url).content.decode()
    assert "UBND xã Quảng Lạc" in page
    assert client.post(url, {}).status_code == 400
    assert client.post(url, {"agency": department.pk}).status_code == 400
    dossier = start(client, commune_procedure, agency=commune.pk)
    assert dossier.agency == commune
    assert dossier.reception.name == "Bộ phận Một cửa xã Quảng Lạc"


def test_abolished_commune_is_not_offered(client, citizen, commune, commune_procedure):
    from datetime import date

    commune.active_to = date(2025, 6, 30)
    commune.save()
    client.force_login(citizen)
    url = reverse("portal:submit_start", args=[commune_procedure.code])
    assert client.post(url, {"agency": commune.pk}).status_code == 400
    assert not Dossier.objects.exists()


def test_an_organisation_applies_under_its_tax_code(client, online_procedure):
    from motcua.accounts.models import User
    from motcua.accounts.tests.factories import UserFactory

    company = UserFactory(
        kind=User.Kind.ORGANISATION,
        full_name="Công ty TNHH Thú y Xứ Lạng",
        id_number="",
        tax_code="4901772129",
        representative="Nông Văn Hải",
    )
    client.force_login(company)
    dossier = start(client, online_procedure)
    assert dossier.applicant_kind == Dossier.ApplicantKind.ORGANISATION
    assert dossier.applicant_tax_code == "4901772129"
    page = client.get(reverse("portal:submit_form", args=[dossier.pk]))
    assert "MST 4901772129" in page.content.decode()


def test_an_account_without_identity_number_is_told_what_is_missing(
    client, online_procedure
):
    from motcua.accounts.tests.factories import UserFactory

    client.force_login(UserFactory(id_number=""))
    url = reverse("portal:submit_start", args=[online_procedure.code])
    response = client.post(url, follow=True)
    assert response.status_code == 400
    (message,) = response.context["messages"]
    assert "12" in str(message)
    assert not Dossier.objects.exists()
