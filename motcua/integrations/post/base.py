"""The interface every postal operator adapter implements."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

# Statuses every adapter maps its operator's codes to.
STATUSES = ("created", "accepted", "in_transit", "delivered", "returned")

_S10 = re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$")
_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def s10_check_digit(serial: str) -> int:
    """Return the UPU S10 check digit of an 8-digit serial number."""
    total = sum(int(d) * w for d, w in zip(serial, _WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: 0, 11: 5}.get(check, check)


def tracking_number_valid(number: str) -> bool:
    """Return whether a tracking number has the UPU S10 form and check digit."""
    number = number.strip().upper()
    if not _S10.match(number):
        return False
    return s10_check_digit(number[2:10]) == int(number[10])


@dataclass
class ShipmentRequest:
    """What the operator needs to carry a result to the applicant."""

    reference: str
    recipient_name: str
    address: str
    recipient_phone: str = ""
    sender_name: str = ""
    sender_address: str = ""


@dataclass
class ShipmentInfo:
    """What the operator says about a shipment."""

    tracking_number: str
    status: str
    status_at: datetime
    history: list[dict] = field(default_factory=list)


class PostalError(Exception):
    """The operator refused or failed; `permanent` says that retrying will not help."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.message = message
        self.permanent = permanent


class PostalBackend(Protocol):
    name: str

    def shipment_create(self, request: ShipmentRequest) -> ShipmentInfo: ...

    def shipment_status(self, tracking_number: str) -> ShipmentInfo: ...


def postal_backend() -> PostalBackend:
    """Return the configured adapter (read at call time, never at import)."""
    path = getattr(
        settings, "POSTAL_BACKEND", "motcua.integrations.post.backends.LocalBackend"
    )
    return import_string(path)()
