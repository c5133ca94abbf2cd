from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.db import transaction

from motcua.dossiers.services import (
    dossier_apologise,
    dossier_claim,
    dossier_receive,
    dossier_refuse,
    dossier_request_supplement,
    dossier_start_processing,
)
from motcua.dossiers.tests.factories import MONDAY_MORNING, submitted_dossier
from motcua.integrations.sms import SMSError
from motcua.integrations.sms.backends import BaseBackend
from motcua.notifications.models import Notification
from motcua.notifications.services import _enqueue
from motcua.notifications.tasks import notify_dossier_event

pytestmark = pytest.mark.django_db


class BrokenNetworkBackend(BaseBackend):
    """An SMS gateway that cannot be reached: a retryable failure."""

    def deliver(self, message):
        raise SMSError("gateway timeout")


@pytest.fixture
def now():
    with time_machine.travel(MONDAY_MORNING, tick=False):
        yield MONDAY_MORNING


@pytest.fixture
def dossier(now, procedure, citizen):
    return submitted_dossier(procedure=procedure, owner=citizen)


def test_receipt_sends_one_email_and_one_sms_after_commit(
    dossier, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        dossier = dossier_receive(dossier=dossier, actor=receiver)
    # One notification enqueued (the other callback recounts the indicators).
    notifying = [c for c in callbacks if getattr(c, "func", None) is _enqueue]
    assert len(notifying) == 1
    assert len(mail.outbox) == 1
    assert len(sms_outbox) == 1
    email = mail.outbox[0]
    assert email.to == [dossier.applicant_email]
    assert dossier.code in email.subject
    assert "đã được tiếp nhận" in email.body
    assert dossier.procedure.name in email.body
    assert dossier.due_at.astimezone().strftime("%d/%m/%Y") in email.body
    assert f"/tra-cuu/?ma={dossier.code}" in email.body
    sms = sms_outbox[0]
    assert sms.to == "84912345678"
    assert dossier.code in sms.text
    assert "da duoc tiep nhan" in sms.text
    rows = Notification.objects.filter(dossier=dossier)
    assert {(n.channel, n.status) for n in rows} == {("email", "sent"), ("sms", "sent")}


def test_running_the_task_again_for_the_same_event_sends_nothing_more(
    dossier, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        dossier_receive(dossier=dossier, actor=receiver)
    event = dossier.events.get(verb="received")
    notify_dossier_event.enqueue(event_id=event.pk)
    notify_dossier_event.enqueue(event_id=event.pk)
    assert len(mail.outbox) == 1
    assert len(sms_outbox) == 1
    assert Notification.objects.filter(event=event).count() == 2


def test_a_rolled_back_transition_notifies_nobody(
    dossier, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    def receive_then_fail():
        with transaction.atomic():
            dossier_receive(dossier=dossier, actor=receiver)
            raise RuntimeError("rolled back")

    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
    ):
        receive_then_fail()
    assert callbacks == []
    assert mail.outbox == []
    assert sms_outbox == []
    assert not Notification.objects.exists()


def test_a_citizen_without_email_gets_only_the_sms(
    now, procedure, citizen, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    citizen.email = ""
    citizen.save()
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    with django_capture_on_commit_callbacks(execute=True):
        dossier_receive(dossier=dossier, actor=receiver)
    assert mail.outbox == []
    assert len(sms_outbox) == 1
    assert Notification.objects.get().channel == "sms"


def test_refusal_and_supplement_request_tell_the_reasons(
    procedure, citizen, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        first = submitted_dossier(procedure=procedure, owner=citizen)
        second = submitted_dossier(procedure=procedure, owner=citizen)
        with django_capture_on_commit_callbacks(execute=True):
            dossier_refuse(
                dossier=first, actor=receiver, reasons=["Không thuộc thẩm quyền"]
            )
            dossier_request_supplement(
                dossier=second, actor=receiver, items=["Thiếu bản sao CCCD"]
            )
    subjects = [m.subject for m in mail.outbox]
    assert subjects == [
        f"Hồ sơ {first.code} không được tiếp nhận",
        f"Hồ sơ {second.code} cần bổ sung giấy tờ",
    ]
    assert "Lý do: Không thuộc thẩm quyền" in mail.outbox[0].body
    assert "Thiếu bản sao CCCD" in mail.outbox[1].body
    assert "Thieu ban sao CCCD" in sms_outbox[1].text


def test_apology_tells_the_new_appointment(
    procedure,
    citizen,
    receiver,
    official,
    leader,
    sms_outbox,
    django_capture_on_commit_callbacks,
):
    with time_machine.travel(MONDAY_MORNING, tick=False):
        dossier = submitted_dossier(procedure=procedure, owner=citizen)
        dossier = dossier_receive(dossier=dossier, actor=receiver)
        dossier = dossier_start_processing(dossier=dossier, actor=receiver)
        new_appointment = dossier.due_at + timedelta(days=7)
        mail.outbox.clear()
        sms_outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            dossier_apologise(
                dossier=dossier,
                actor=leader,
                reason="Chờ kết quả kiểm tra thực địa",
                new_appointment=new_appointment,
            )
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "xin lỗi" in body
    assert f"Ngày hẹn mới: {new_appointment.astimezone():%d/%m/%Y}" in body


def test_internal_events_and_backdated_history_notify_nobody(
    procedure, citizen, receiver, official, django_capture_on_commit_callbacks
):
    # History recorded long after the fact (imports, the demo) is not news.
    dossier = submitted_dossier(procedure=procedure, owner=citizen, at=MONDAY_MORNING)
    with django_capture_on_commit_callbacks(execute=True) as backdated:
        dossier = dossier_receive(
            dossier=dossier, actor=receiver, at=MONDAY_MORNING + timedelta(hours=1)
        )
    assert [c for c in backdated if getattr(c, "func", None) is _enqueue] == []
    with time_machine.travel(MONDAY_MORNING + timedelta(hours=2), tick=False):
        dossier = dossier_start_processing(dossier=dossier, actor=receiver)
        with django_capture_on_commit_callbacks(execute=True) as internal:
            dossier_claim(dossier=dossier, actor=official)
    assert internal == []
    assert mail.outbox == []


def test_a_bad_phone_fails_for_good_and_the_email_still_goes(
    now, procedure, citizen, receiver, sms_outbox, django_capture_on_commit_callbacks
):
    citizen.phone = "0205 3812 345"  # a landline
    citizen.save()
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    with django_capture_on_commit_callbacks(execute=True):
        dossier_receive(dossier=dossier, actor=receiver)
    sms = Notification.objects.get(channel="sms")
    assert sms.status == Notification.Status.FAILED
    assert "0205 3812 345" in sms.last_error
    assert len(mail.outbox) == 1
    assert sms_outbox == []
    notify_dossier_event.enqueue(event_id=sms.event_id)
    sms.refresh_from_db()
    assert sms.attempts == 1


def test_a_retryable_failure_is_sent_by_a_later_run(
    dossier, receiver, settings, sms_outbox, django_capture_on_commit_callbacks
):
    settings.SMS_BACKEND = f"{__name__}.BrokenNetworkBackend"
    with django_capture_on_commit_callbacks(execute=True):
        dossier_receive(dossier=dossier, actor=receiver)
    sms = Notification.objects.get(channel="sms")
    assert sms.status == Notification.Status.RETRY
    assert sms.last_error == "gateway timeout"
    settings.SMS_BACKEND = "motcua.integrations.sms.backends.LocmemBackend"
    notify_dossier_event.enqueue(event_id=sms.event_id)
    sms.refresh_from_db()
    assert (sms.status, sms.attempts) == (Notification.Status.SENT, 2)
    assert len(sms_outbox) == 1
    assert len(mail.outbox) == 1
