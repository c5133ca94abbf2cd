"""The local postal backend: S10 tracking numbers and statuses that follow the clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import time_machine

from motcua.core.workcal import TZ
from motcua.integrations.post import PostalError, ShipmentRequest, tracking_number_valid
from motcua.integrations.post.backends import LocalBackend
from motcua.integrations.post.base import s10_check_digit

START = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


def request(**overrides) -> ShipmentRequest:
    values = {
        "reference": "000.00.70.H37-260302-0001",
        "recipient_name": "Hoàng Văn Sáng",
        "address": "Thôn Bản Thín, xã Quảng Lạc, tỉnh Lạng Sơn",
    }
    values.update(overrides)
    return ShipmentRequest(**values)


def test_the_s10_check_digit_follows_the_upu_weights():
    # 4·8 + 7·6 + 3·4 + 2·2 + 6·3 + 9·5 + 5·9 + 2·7 = 212; 212 mod 11 = 3; 11 − 3 = 8
    assert s10_check_digit("47326952") == 8
    # Remainders 0 and 1 give 5 and 0 instead of 11 and 10.
    assert s10_check_digit("00000000") == 5
    assert s10_check_digit("00000008") == 0  # 8·7 = 56, 56 mod 11 = 1
    assert tracking_number_valid("RA473269528CH")
    assert not tracking_number_valid("RA473269524CH")
    assert not tracking_number_valid("12345")


def test_a_shipment_moves_from_created_to_delivered_over_a_day(tmp_path):
    backend = LocalBackend(directory=tmp_path)
    with time_machine.travel(START, tick=False):
        info = backend.shipment_create(request())
    assert tracking_number_valid(info.tracking_number)
    assert info.tracking_number.startswith("EL")
    assert info.tracking_number.endswith("VN")
    assert info.status == "created"
    seen = []
    for hours in (2, 5, 25):
        with time_machine.travel(START + timedelta(hours=hours), tick=False):
            seen.append(backend.shipment_status(info.tracking_number).status)
    assert seen == ["accepted", "in_transit", "delivered"]


def test_nobody_at_the_address_comes_back_as_returned(tmp_path):
    backend = LocalBackend(directory=tmp_path)
    with time_machine.travel(START, tick=False):
        info = backend.shipment_create(
            request(address="Số 1 phố Cũ (không có người nhận)")
        )
    with time_machine.travel(START + timedelta(days=2), tick=False):
        final = backend.shipment_status(info.tracking_number)
    assert final.status == "returned"
    assert [step["status"] for step in final.history][-1] == "returned"


def test_errors_say_whether_to_retry(tmp_path):
    backend = LocalBackend(directory=tmp_path)
    with pytest.raises(PostalError) as no_address:
        backend.shipment_create(request(address=" "))
    assert no_address.value.permanent
    with pytest.raises(PostalError) as unknown:
        backend.shipment_status("RA473269528CH")
    assert unknown.value.permanent
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(PostalError) as disk:
        LocalBackend(directory=blocked / "sub").shipment_create(request())
    assert not disk.value.permanent
