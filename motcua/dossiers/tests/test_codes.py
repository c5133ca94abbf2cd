"""Look-up PINs: six digits, none easily confused, each place drawn uniformly."""

from __future__ import annotations

from collections import Counter
from unittest import mock

from motcua.dossiers.services import codes
from motcua.dossiers.services.codes import pin_new


def test_pin_has_six_digits_without_0_or_1():
    for _ in range(200):
        pin = pin_new()
        assert len(pin) == 6
        assert set(pin) <= set("23456789")


def test_every_draw_of_18_bits_gives_its_own_pin():
    # Each of the 2**18 draws names one PIN and each PIN one draw: no PIN and
    # no digit at any place comes up more often than another (8**6 == 2**18).
    assert len({codes._pin_of(bits) for bits in range(2**18)}) == 8**6
    with mock.patch.object(codes.secrets, "randbits", return_value=0) as draw:
        assert pin_new() == "222222"
    draw.assert_called_once_with(18)


def test_each_place_takes_every_digit():
    places = [Counter() for _ in range(6)]
    for _ in range(2000):
        for place, digit in zip(places, pin_new(), strict=True):
            place[digit] += 1
    for place in places:
        assert set(place) == set("23456789")
