"""A working local postal operator: tracking numbers and statuses without a network.

Each shipment is a JSON file in `POSTAL_LOCAL_DIR` (default `<data dir>/postbox/`),
so several web processes share it. Its status follows the clock: accepted after
one hour, in transit after four, delivered after 24; an address containing
"không có người nhận" comes back as returned, to exercise that path.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.integrations.post.base import (
    PostalError,
    ShipmentInfo,
    ShipmentRequest,
    s10_check_digit,
    tracking_number_valid,
)

SCHEDULE = (
    (timedelta(0), "created", "Đã tạo bưu gửi"),
    (timedelta(hours=1), "accepted", "Bưu cục đã nhận bưu gửi"),
    (timedelta(hours=4), "in_transit", "Đang vận chuyển đến bưu cục phát"),
    (timedelta(hours=24), "delivered", "Đã phát thành công"),
)
NOBODY = "không có người nhận"


class LocalBackend:
    """The local stand-in for the postal operator."""

    name = "local"
    prefix = "EL"
    country = "VN"

    def __init__(self, directory: Path | None = None) -> None:
        default = Path(settings.DATA_DIR) / "postbox"
        self.directory = Path(
            directory or getattr(settings, "POSTAL_LOCAL_DIR", None) or default
        )

    def _path(self, number: str) -> Path:
        return self.directory / f"{number}.json"

    def _new_number(self) -> str:
        serial = f"{secrets.randbelow(10**8):08d}"
        return f"{self.prefix}{serial}{s10_check_digit(serial)}{self.country}"

    def shipment_create(self, request: ShipmentRequest) -> ShipmentInfo:
        if not request.address.strip() or not request.recipient_name.strip():
            raise PostalError(_("Thiếu tên hoặc địa chỉ người nhận."), permanent=True)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            for _attempt in range(5):
                number = self._new_number()
                try:
                    with self._path(number).open("x", encoding="utf-8") as out:
                        record = {
                            "tracking_number": number,
                            "reference": request.reference,
                            "recipient_name": request.recipient_name,
                            "recipient_phone": request.recipient_phone,
                            "address": request.address,
                            "created_at": timezone.now().isoformat(),
                        }
                        json.dump(record, out, ensure_ascii=False)
                    break
                except FileExistsError:
                    continue
            else:
                raise PostalError(_("Không cấp được số hiệu bưu gửi."), permanent=False)
        except OSError as error:
            raise PostalError(str(error), permanent=False) from error
        return self.shipment_status(number)

    def shipment_status(self, tracking_number: str) -> ShipmentInfo:
        number = tracking_number.strip().upper()
        if not tracking_number_valid(number):
            raise PostalError(_("Số hiệu bưu gửi không hợp lệ."), permanent=True)
        try:
            record = json.loads(self._path(number).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise PostalError(
                _("Không tìm thấy bưu gửi với số hiệu này."), permanent=True
            ) from None
        except OSError as error:
            raise PostalError(str(error), permanent=False) from error
        created = datetime.fromisoformat(record["created_at"])
        now = timezone.now()
        history = []
        for offset, status, text in SCHEDULE:
            if now < created + offset:
                break
            if status == "delivered" and NOBODY in record["address"].lower():
                status, text = "returned", "Không có người nhận, chuyển hoàn"
            history.append(
                {"status": status, "at": (created + offset).isoformat(), "text": text}
            )
        last = history[-1]
        return ShipmentInfo(
            tracking_number=number,
            status=last["status"],
            status_at=datetime.fromisoformat(last["at"]),
            history=history,
        )
