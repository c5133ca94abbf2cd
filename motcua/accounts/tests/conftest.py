from __future__ import annotations

import pytest

from motcua.integrations.sms import backends


@pytest.fixture(autouse=True)
def sms_outbox(settings):
    """Keep text messages in memory, as Django's locmem backend keeps e-mail."""
    settings.SMS_BACKEND = "motcua.integrations.sms.backends.LocmemBackend"
    backends.outbox.clear()
    yield backends.outbox
    backends.outbox.clear()
