"""The public postal service (bưu chính công ích) behind one small interface.

`postal_backend()` returns the configured operator adapter (setting
`POSTAL_BACKEND`, default the local backend that needs no outside system).
Each adapter creates a shipment and reports its status; a failure is a
`PostalError` that says whether trying again may help.
"""

from __future__ import annotations

from motcua.integrations.post.base import (
    PostalBackend,
    PostalError,
    ShipmentInfo,
    ShipmentRequest,
    postal_backend,
    tracking_number_valid,
)

__all__ = [
    "PostalBackend",
    "PostalError",
    "ShipmentInfo",
    "ShipmentRequest",
    "postal_backend",
    "tracking_number_valid",
]
