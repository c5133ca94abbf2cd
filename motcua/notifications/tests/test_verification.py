from __future__ import annotations

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from motcua.core.errors import DomainError
from motcua.notifications.models import VerificationCode
from motcua.notifications.selectors import account_is_verified
from motcua.notifications.services import (
    CODE_ATTEMPTS,
    verification_check,
    verification_code_send,
    verification_start,
)

pytestmark = pytest.mark.django_db


def code_in(text: str) -> str:
    return re.search(r"\b(\d{6})\b", text).group(1)


def test_a_registered_citizen_is_verified_by_the_code_sent_by_sms(citizen, sms_outbox):
    verification_start(user=citizen, channel="sms")
    assert not account_is_verified(user=citizen)
    assert len(sms_outbox) == 1
    code = code_in(sms_outbox[0].text)
    verification_check(user=citizen, code=code)
    assert account_is_verified(user=citizen)


def test_only_a_hash_of_the_code_is_kept(citizen, sms_outbox):
    row = verification_start(user=citizen, channel="sms")
    code = code_in(sms_outbox[0].text)
    row.refresh_from_db()
    assert code not in row.code_hash
    assert len(row.code_hash) == 64
    assert all(
        code not in str(v) for v in VerificationCode.objects.values().get().values()
    )


def test_the_code_can_go_by_email(citizen, sms_outbox):
    verification_start(user=citizen, channel="email")
    assert sms_outbox == []
    assert mail.outbox[0].to == [citizen.email]
    verification_check(user=citizen, code=code_in(mail.outbox[0].body))
    assert account_is_verified(user=citizen)


def test_wrong_codes_are_counted_and_then_refused(citizen, sms_outbox):
    verification_start(user=citizen, channel="sms")
    code = code_in(sms_outbox[0].text)
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for left in range(CODE_ATTEMPTS - 1, 0, -1):
        with pytest.raises(DomainError, match=f"Còn {left} lần thử"):
            verification_check(user=citizen, code=wrong)
    with pytest.raises(DomainError, match="Hãy yêu cầu mã mới"):
        verification_check(user=citizen, code=wrong)
    # Even the right code is refused once the attempts are used up.
    with pytest.raises(DomainError, match="sai quá nhiều lần"):
        verification_check(user=citizen, code=code)
    assert not account_is_verified(user=citizen)


def test_an_expired_code_is_refused_and_a_new_one_works(citizen, sms_outbox):
    verification_start(user=citizen, channel="sms")
    old = code_in(sms_outbox[0].text)
    with time_machine.travel(timezone.now() + timedelta(minutes=11)):
        with pytest.raises(DomainError, match="hết hạn"):
            verification_check(user=citizen, code=old)
        verification_code_send(user=citizen)
        verification_check(user=citizen, code=code_in(sms_outbox[1].text))
    assert account_is_verified(user=citizen)


def test_codes_cannot_be_requested_over_and_over(citizen, sms_outbox):
    verification_start(user=citizen, channel="sms")
    with pytest.raises(DomainError, match="Hãy chờ"):
        verification_code_send(user=citizen)
    start = timezone.now()
    for n in range(1, 5):
        verification_code_send(user=citizen, now=start + timedelta(minutes=2 * n))
    with pytest.raises(DomainError, match="quá nhiều mã"):
        verification_code_send(user=citizen, now=start + timedelta(minutes=12))
    assert len(sms_outbox) == 5


def test_accounts_that_never_registered_on_the_portal_need_no_code(citizen, official):
    assert account_is_verified(user=citizen)
    assert account_is_verified(user=official)


def test_a_channel_without_address_is_refused(citizen, sms_outbox):
    citizen.email = ""
    citizen.save()
    with pytest.raises(DomainError, match="chưa có địa chỉ"):
        verification_start(user=citizen, channel="email")
