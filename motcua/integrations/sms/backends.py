"""SMS backends chosen by the SMS_BACKEND setting.

Each backend has `send(to=..., text=...)` returning a message id, and reports a
failure as `SMSError(permanent=...)`: a permanent one (a malformed number, a
number the carrier refuses) is not tried again; any other may be retried.
"""

from __future__ import annotations

import re
import sys
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

_PHONE = re.compile(
    r"^(?:0|\+?84)([35789]\d{8})$"
)  # mobiles only: landlines get no SMS


class SMSError(Exception):
    """A message could not be sent; `permanent` says whether retrying may help."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def normalise_phone(phone: str) -> str:
    """Return a Vietnamese number in international form (84…), or raise SMSError."""
    compact = re.sub(r"[\s.\-()]", "", phone or "")
    match = _PHONE.fullmatch(compact)
    if match is None:
        raise SMSError(
            _("Số điện thoại %(phone)s không nhận được tin nhắn.") % {"phone": phone},
            permanent=True,
        )
    return "84" + match.group(1)


@dataclass(frozen=True)
class SentMessage:
    """One message handed to a backend."""

    id: str
    to: str
    text: str


class BaseBackend:
    """Check the number, then hand the message to `deliver`."""

    def send(self, *, to: str, text: str) -> str:
        message = SentMessage(id=uuid.uuid4().hex, to=normalise_phone(to), text=text)
        self.deliver(message)
        return message.id

    def deliver(self, message: SentMessage) -> None:
        raise NotImplementedError


class FileBackend(BaseBackend):
    """Write each message to a file in SMS_FILE_PATH (default DATA_DIR/outbox/sms)."""

    def __init__(self, path: str | Path | None = None) -> None:
        default = Path(settings.DATA_DIR) / "outbox" / "sms"
        self.path = Path(path or getattr(settings, "SMS_FILE_PATH", None) or default)

    def deliver(self, message: SentMessage) -> None:
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
            name = self.path / f"{stamp}-{message.id}.txt"
            name.write_text(f"To: {message.to}\n\n{message.text}\n", encoding="utf-8")
        except OSError as error:
            raise SMSError(str(error)) from error


class ConsoleBackend(BaseBackend):
    """Print each message (for a developer's terminal)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    def deliver(self, message: SentMessage) -> None:
        self.stream.write(f"SMS to {message.to}: {message.text}\n")
        self.stream.flush()


# Messages kept by the locmem backend, like django.core.mail.outbox, for tests.
outbox: list[SentMessage] = []
_outbox_lock = threading.Lock()


class LocmemBackend(BaseBackend):
    """Keep each message in `motcua.integrations.sms.backends.outbox`."""

    def deliver(self, message: SentMessage) -> None:
        with _outbox_lock:
            outbox.append(message)


def get_backend(path: str | None = None) -> BaseBackend:
    """Return an instance of the configured SMS backend."""
    return import_string(path or settings.SMS_BACKEND)()
