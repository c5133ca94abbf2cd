"""The one-stop pages: inbox by role and urgency, dossier page, actions, counter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory, UserFactory
from motcua.audit.models import AccessLog
from motcua.catalog.tests.factories import ComponentFactory, ProcedureFactory
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import document_attach
from motcua.dossiers.tests.factories import MONDAY_MORNING, pdf_upload
from motcua.onestop.selectors import inbox_for
from motcua.onestop.services import dossier_consult

S = Dossier.Status
pytestmark = pytest.mark.django_db


def codes(user) -> set[str]:
    return {d.code for d in inbox_for(user=user).rows}


def test_each_role_sees_what_waits_for_it(
    frozen, make, receiver, official, leader, other_official
):
    submitted = make(S.SUBMITTED)
    processing = make(S.IN_PROGRESS)
    finished = make(S.FINISHED)
    assert codes(receiver) == {submitted.code, finished.code}
    assert codes(official) == {processing.code}
    assert codes(leader) == set()
    assert codes(other_official) == set()


def test_a_consulted_agency_sees_the_dossier_routed_to_it(
    frozen, make, official, other_official, other_department
):
    dossier = make(S.IN_PROGRESS)
    dossier_consult(
        dossier=dossier, actor=official, agency=other_department, request="Ý kiến"
    )
    assert codes(other_official) == {dossier.code}


def test_leaders_see_proposals_and_overdue_dossiers_without_apology(
    frozen, make, leader
):
    old = make(S.IN_PROGRESS, at=MONDAY_MORNING - timedelta(days=28))
    box = inbox_for(user=leader)
    assert [d.code for d in box.rows] == [old.code]
    assert box.counts == {"overdue": 1, "today": 0, "soon": 0, "later": 0}


def test_inbox_sorts_by_urgency_and_filters_a_bucket(frozen, make, official):
    later = make(S.IN_PROGRESS)
    overdue = make(S.IN_PROGRESS, at=MONDAY_MORNING - timedelta(days=28))
    soon = make(S.IN_PROGRESS, at=MONDAY_MORNING - timedelta(days=6))
    box = inbox_for(user=official)
    assert [d.code for d in box.rows] == [overdue.code, soon.code, later.code]
    assert box.counts["overdue"] == 1
    assert box.counts["later"] == 1
    assert box.counts["today"] + box.counts["soon"] == 1
    only = inbox_for(user=official, urgency="overdue")
    assert [d.code for d in only.rows] == [overdue.code]


def test_inbox_query_count_does_not_grow_with_rows(
    client, frozen, make, official, django_assert_max_num_queries
):
    client.force_login(official)
    url = reverse("onestop:inbox")
    make(S.IN_PROGRESS)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for _ in range(12):
        make(S.IN_PROGRESS)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert len(response.context["box"].rows) == 13
    assert len(few.captured_queries) <= 12


def test_inbox_is_for_officials_only(client, citizen):
    client.force_login(citizen)
    assert client.get(reverse("onestop:inbox")).status_code == 403


def test_dossier_page_is_logged_and_hidden_from_other_agencies(
    client, frozen, make, official, other_official
):
    dossier = make(S.IN_PROGRESS)
    url = reverse("onestop:dossier", kwargs={"code": dossier.code})
    client.force_login(other_official)
    assert client.get(url).status_code == 404
    client.force_login(official)
    response = client.get(url)
    assert response.status_code == 200
    log = AccessLog.objects.get()
    assert (log.user, log.dossier, log.action) == (official, dossier, "view")
    assert log.agency == official.agency
    assert "propose" in response.context["available"]
    assert "approve" not in response.context["available"]


def test_document_download_is_logged_with_the_file_name(
    client, frozen, make, official, citizen
):
    dossier = make(S.IN_PROGRESS)
    document = document_attach(
        dossier=dossier,
        upload=pdf_upload("bien-ban.pdf"),
        actor=official,
        kind="internal",
    )
    client.force_login(official)
    url = reverse("onestop:document", kwargs={"code": dossier.code, "pk": document.pk})
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    log = AccessLog.objects.get(action="download")
    assert log.target == "bien-ban.pdf"


def test_receive_from_the_page_then_a_stale_form_gets_409(
    client, frozen, make, receiver
):
    dossier = make(S.SUBMITTED)
    client.force_login(receiver)
    url = reverse("onestop:action", kwargs={"code": dossier.code, "action": "receive"})
    response = client.post(url, {"version": dossier.version})
    assert response.status_code == 302
    assert Dossier.objects.get(pk=dossier.pk).status == S.RECEIVED
    again = client.post(url, {"version": dossier.version})
    assert again.status_code == 409
    assert "người khác" in again.context["error"]


def test_invalid_input_gets_400_with_the_fields_to_fix(client, frozen, make, receiver):
    dossier = make(S.SUBMITTED)
    client.force_login(receiver)
    url = reverse("onestop:action", kwargs={"code": dossier.code, "action": "refuse"})
    response = client.post(url, {"version": dossier.version, "reasons_text": ""})
    assert response.status_code == 400
    assert response.context["forms"]["refuse"].errors
    assert Dossier.objects.get(pk=dossier.pk).status == S.SUBMITTED


def test_action_of_another_role_is_refused_with_403(client, frozen, make, official):
    dossier = make(S.IN_PROGRESS)
    client.force_login(official)
    url = reverse("onestop:action", kwargs={"code": dossier.code, "action": "approve"})
    response = client.post(url, {"outcome": "granted"})
    assert response.status_code == 403
    assert Dossier.objects.get(pk=dossier.pk).status == S.IN_PROGRESS


def test_counter_receives_a_paper_dossier_with_scans(
    client, frozen, department, center, receiver
):
    procedure = ProcedureFactory(agency=department, name="Cấp phép thử nghiệm quầy")
    paper = ComponentFactory(procedure=procedure, name="Đơn đề nghị")
    client.force_login(receiver)
    url = reverse("onestop:counter")
    assert client.get(url, {"thu-tuc": procedure.code}).status_code == 200
    response = client.post(
        url,
        {
            "procedure": procedure.code,
            "kind": "citizen",
            "name": "Nông Thị Hoa",
            "id_number": "020090001111",
            "phone": "0912345678",
            "delivery": "counter",
            "channel": "direct",
            f"scan_{paper.pk}": pdf_upload("don.pdf"),
        },
    )
    dossier = Dossier.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "onestop:dossier", kwargs={"code": dossier.code}
    )
    assert dossier.status == S.RECEIVED
    assert dossier.reception == center
    assert dossier.documents.count() == 1
    page = client.get(response["Location"])
    assert f"/api/v1/dossiers/{dossier.code}/slips/receipt" in page.content.decode()


def test_counter_postal_dossier_needs_a_tracking_number(
    client, frozen, department, receiver
):
    procedure = ProcedureFactory(agency=department)
    client.force_login(receiver)
    response = client.post(
        reverse("onestop:counter"),
        {
            "procedure": procedure.code,
            "kind": "citizen",
            "name": "Nông Thị Hoa",
            "delivery": "counter",
            "channel": "postal",
        },
    )
    assert response.status_code == 400
    assert "postal_tracking" in response.context["form"].errors
    assert not Dossier.objects.exists()


def test_online_only_procedure_guides_the_counter_to_submit_online(
    client, frozen, department, receiver
):
    procedure = ProcedureFactory(agency=department, online_only=True)
    UserFactory(id_number="020090002222", full_name="Lục Văn Bình")
    client.force_login(receiver)
    url = reverse("onestop:counter")
    page = client.get(url, {"thu-tuc": procedure.code})
    assert "chỉ tiếp nhận trực tuyến" in page.content.decode()
    response = client.post(
        url,
        {
            "procedure": procedure.code,
            "kind": "citizen",
            "name": "Lục Văn Bình",
            "id_number": "020090002222",
            "delivery": "counter",
            "owner_id_number": "020090002222",
        },
    )
    assert response.status_code == 302
    dossier = Dossier.objects.get()
    assert (dossier.status, dossier.channel, dossier.assisted) == (
        S.SUBMITTED,
        Dossier.Channel.ONLINE,
        True,
    )


def test_overdue_list_is_for_leaders(client, frozen, make, leader, official):
    old = make(S.IN_PROGRESS, at=MONDAY_MORNING - timedelta(days=28))
    make(S.IN_PROGRESS)
    client.force_login(official)
    assert client.get(reverse("onestop:overdue")).status_code == 403
    client.force_login(leader)
    response = client.get(reverse("onestop:overdue"))
    assert [d.code for d in response.context["dossiers"]] == [old.code]


def test_claim_from_the_inbox_shows_the_holder_to_colleagues(
    client, frozen, make, official, department
):
    colleague = OfficialFactory(agency=department, roles=[Role.SPECIALIST])
    dossier = make(S.IN_PROGRESS)
    client.force_login(official)
    url = reverse("onestop:action", kwargs={"code": dossier.code, "action": "claim"})
    response = client.post(url, {"version": dossier.version, "next": "inbox"})
    assert response["Location"] == reverse("onestop:inbox")
    client.force_login(colleague)
    page = client.get(reverse("onestop:inbox")).content.decode()
    assert f"Đang giữ: {official.full_name}" in page
    refused = client.post(url, {})
    assert refused.status_code == 409


def test_counter_checks_the_e_form_and_keeps_what_was_typed(
    client, frozen, department, receiver
):
    procedure = ProcedureFactory(
        agency=department,
        form_schema=[
            {
                "name": "ten_co_so",
                "label": "Tên cơ sở",
                "type": "text",
                "required": True,
            },
            {"name": "dien_tich", "label": "Diện tích", "type": "number"},
        ],
    )
    client.force_login(receiver)
    base = {
        "procedure": procedure.code,
        "kind": "citizen",
        "name": "Nông Thị Hoa",
        "id_number": "020090001111",
        "delivery": "counter",
        "channel": "direct",
    }
    refused = client.post(reverse("onestop:counter"), {**base, "f_dien_tich": "abc"})
    assert refused.status_code == 400
    fields = {f["spec"]["name"]: f for f in refused.context["fields"]}
    assert fields["ten_co_so"]["errors"]
    assert fields["dien_tich"]["value"] == "abc"
    assert not Dossier.objects.exists()
    accepted = client.post(
        reverse("onestop:counter"),
        {**base, "f_ten_co_so": "Cửa hàng Hoa Lan", "f_dien_tich": "25"},
    )
    assert accepted.status_code == 302
    assert Dossier.objects.get().form_data == {
        "ten_co_so": "Cửa hàng Hoa Lan",
        "dien_tich": 25,
    }


def test_at_the_approval_step_the_leader_is_offered_approval_first(
    client, frozen, make, official, leader
):
    from motcua.onestop.services import dossier_propose

    dossier = dossier_propose(
        dossier=make(S.IN_PROGRESS),
        actor=official,
        outcome="granted",
        upload=pdf_upload(),
    )
    client.force_login(leader)
    response = client.get(reverse("onestop:dossier", kwargs={"code": dossier.code}))
    available = response.context["available"]
    assert available[0] == "approve"
    assert "forward" not in available
    assert "propose" not in available
    form = response.context["forms"]["approve"]
    assert form.initial["outcome"] == "granted"
