"""Identity numbers, tax codes, phones and agency codes as the law shapes them."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from motcua.accounts.validators import (
    CCCD_PROVINCE_CODES,
    tax_code_checksum_ok,
    validate_agency_code,
    validate_citizen_id,
    validate_phone,
    validate_tax_code,
)

WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def check_digit(first_nine: str) -> int | None:
    """Return the tenth digit of a tax code, or None when no digit fits."""
    remainder = sum(int(d) * w for d, w in zip(first_nine, WEIGHTS, strict=True)) % 11
    check = 10 - remainder
    return check if check < 10 else None


def error_code(validator, value: str) -> str:
    with pytest.raises(ValidationError) as caught:
        validator(value)
    return caught.value.code


# ---------------------------------------------------------------- CCCD


def test_there_are_sixty_three_province_codes_lang_son_is_020():
    assert len(CCCD_PROVINCE_CODES) == 63
    assert "020" in CCCD_PROVINCE_CODES
    assert {"001", "079", "096"} <= CCCD_PROVINCE_CODES
    assert all(len(c) == 3 and c.isdigit() for c in CCCD_PROVINCE_CODES)


@pytest.mark.parametrize(
    "value", ["020090001234", "001099012345", "079203004567", "096123456789"]
)
def test_valid_citizen_ids_pass(value):
    validate_citizen_id(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "02009000123",  # 11 digits
        "0200900012345",  # 13 digits
        "02009000123A",
        "020 090 001 234",
        "０２００９０００１２３４",  # full-width digits are not ASCII digits
        "020090001234\n",
    ],
)
def test_citizen_id_must_be_twelve_digits(value):
    assert error_code(validate_citizen_id, value) == "cccd"


def test_citizen_id_refuses_none():
    assert error_code(validate_citizen_id, None) == "cccd"


@pytest.mark.parametrize("prefix", ["000", "003", "021", "097", "099", "100"])
def test_citizen_id_must_start_with_a_province_code(prefix):
    assert error_code(validate_citizen_id, f"{prefix}090001234") == "cccd_province"


@given(
    code=st.sampled_from(sorted(CCCD_PROVINCE_CODES)),
    rest=st.text(alphabet="0123456789", min_size=9, max_size=9),
)
def test_any_province_code_followed_by_nine_digits_is_valid(code, rest):
    validate_citizen_id(code + rest)


# ---------------------------------------------------------------- tax code


@pytest.mark.parametrize(
    "value",
    [
        "0100109106",  # a well-known tax code
        "0100109106-001",  # one of its branches
    ],
)
def test_valid_tax_codes_pass(value):
    validate_tax_code(value)


def test_check_digits_computed_here_are_accepted():
    for first_nine in ("010010910", "030011523", "420123456", "000000001"):
        check = check_digit(first_nine)
        if check is None:
            continue
        validate_tax_code(f"{first_nine}{check}")
        validate_tax_code(f"{first_nine}{check}-123")


def test_a_wrong_check_digit_is_refused():
    assert error_code(validate_tax_code, "0100109107") == "tax_code_checksum"
    assert error_code(validate_tax_code, "0100109100-001") == "tax_code_checksum"


@pytest.mark.parametrize(
    "value",
    [
        "",
        "010010910",
        "01001091060",
        "0100109106-01",
        "0100109106-0001",
        "0100109106 001",
        "010010910A",
        "０１００１０９１０６",  # full-width digits of a valid code
    ],
)
def test_tax_code_must_be_ten_digits_or_a_branch(value):
    assert error_code(validate_tax_code, value) == "tax_code"


@given(first_nine=st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_exactly_one_check_digit_fits_unless_none_does(first_nine):
    fitting = [d for d in "0123456789" if tax_code_checksum_ok(first_nine + d)]
    expected = check_digit(first_nine)
    assert fitting == ([] if expected is None else [str(expected)])


def test_a_prefix_whose_check_would_be_ten_has_no_valid_code():
    # 31*1 + 29*0 + ... : find a prefix with remainder 0 and check every digit.
    first_nine = next(
        f"{n:09d}" for n in range(1, 10_000) if check_digit(f"{n:09d}") is None
    )
    for digit in "0123456789":
        with pytest.raises(ValidationError):
            validate_tax_code(first_nine + digit)


# ---------------------------------------------------------------- phone


@pytest.mark.parametrize(
    "value",
    [
        "0912345678",
        "0381234567",
        "0561234567",
        "0701234567",
        "0861234567",
        "+84912345678",
        "091 234 5678",
        "091.234.5678",
        "091-234-5678",
        "02053812345",  # a Lạng Sơn landline
        "0205 381 2345",
    ],
)
def test_vietnamese_phone_numbers_pass(value):
    validate_phone(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "12345",
        "912345678",  # no leading 0
        "0112345678",  # no network starts with 1
        "0412345678",
        "0612345678",
        "091234567",  # too short
        "0912345678901",  # too long
        "84912345678",  # country code without +
        "+840912345678",
        "0912 345 67a",
        "(091) 2345678",
        "09１２３４５６７８",  # full-width digits
        "09١٢٣٤٥٦٧٨",  # Arabic-Indic digits
    ],
)
def test_other_phone_numbers_are_refused(value):
    assert error_code(validate_phone, value) == "phone"


# ---------------------------------------------------------------- agency code


@pytest.mark.parametrize(
    "value", ["000.00.12.H37", "H37", "000.00.00.H37", "G22.45.6.ABC", "A" * 35]
)
def test_agency_codes_of_decision_20_pass(value):
    validate_agency_code(value)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "000.00.12.h37",
        ".000.12",
        "000..12",
        "000.12.",
        "000-00-12-H37",
        "000.00.12.H37 ",
        "A" * 36,
        "Đ37",
    ],
)
def test_other_agency_codes_are_refused(value):
    assert error_code(validate_agency_code, value) == "agency_code"
