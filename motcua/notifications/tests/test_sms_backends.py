from __future__ import annotations

import io

import pytest

from motcua.integrations.sms import SMSError, get_backend, normalise_phone
from motcua.integrations.sms.backends import ConsoleBackend, FileBackend


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("0912345678", "84912345678"),
        ("091 234 5678", "84912345678"),
        ("+84 912.345.678", "84912345678"),
        ("84386123456", "84386123456"),
    ],
)
def test_mobile_numbers_are_normalised(phone, expected):
    assert normalise_phone(phone) == expected


@pytest.mark.parametrize("phone", ["", "12345", "02053812345", "0912"])
def test_numbers_that_cannot_take_a_text_fail_for_good(phone):
    with pytest.raises(SMSError) as error:
        normalise_phone(phone)
    assert error.value.permanent


def test_file_backend_writes_one_file_per_message(tmp_path):
    backend = FileBackend(path=tmp_path / "sms")
    message_id = backend.send(to="0912345678", text="Ma xac minh 123456")
    (written,) = (tmp_path / "sms").iterdir()
    assert message_id in written.name
    assert written.read_text(encoding="utf-8") == (
        "To: 84912345678\n\nMa xac minh 123456\n"
    )


def test_file_backend_reports_a_disk_problem_as_retryable(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(SMSError) as error:
        FileBackend(path=blocker).send(to="0912345678", text="x")
    assert not error.value.permanent


def test_console_backend_prints_the_message():
    stream = io.StringIO()
    ConsoleBackend(stream=stream).send(to="0912345678", text="Xin chao")
    assert stream.getvalue() == "SMS to 84912345678: Xin chao\n"


def test_the_setting_chooses_the_backend(settings):
    settings.SMS_BACKEND = "motcua.integrations.sms.backends.ConsoleBackend"
    assert isinstance(get_backend(), ConsoleBackend)
