"""Validators for Vietnamese identity numbers, tax codes, phones and agency codes."""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Province codes printed in the first three digits of a citizen identity number
# (Circular 07/2016/TT-BCA, appendix): the 63 former provinces.
CCCD_PROVINCE_CODES = frozenset(
    [
        "001",
        "002",
        "004",
        "006",
        "008",
        "010",
        "011",
        "012",
        "014",
        "015",
        "017",
        "019",
        "020",
        "022",
        "024",
        "025",
        "026",
        "027",
        "030",
        "031",
        "033",
        "034",
        "035",
        "036",
        "037",
        "038",
        "040",
        "042",
        "044",
        "045",
        "046",
        "048",
        "049",
        "051",
        "052",
        "054",
        "056",
        "058",
        "060",
        "062",
        "064",
        "066",
        "067",
        "068",
        "070",
        "072",
        "074",
        "075",
        "077",
        "079",
        "080",
        "082",
        "083",
        "084",
        "086",
        "087",
        "089",
        "091",
        "092",
        "093",
        "094",
        "095",
        "096",
    ]
)
_AGENCY_CODE = re.compile(r"^[0-9A-Z]+(\.[0-9A-Z]+)*$")
# [0-9], not \d: \d also matches full-width and other scripts' digits.
_PHONE = re.compile(r"^(0|\+84)(3|5|7|8|9|2)[0-9]{8,9}$")
_TAX_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def validate_citizen_id(value: str) -> None:
    """Refuse anything but a 12-digit citizen identity number of a real province."""
    if not re.fullmatch(r"[0-9]{12}", value or ""):
        raise ValidationError(
            _("Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."), code="cccd"
        )
    if value[:3] not in CCCD_PROVINCE_CODES:
        raise ValidationError(
            _("Ba chữ số đầu của số CCCD (%(code)s) không phải mã tỉnh hợp lệ."),
            code="cccd_province",
            params={"code": value[:3]},
        )


def tax_code_checksum_ok(digits: str) -> bool:
    """Return whether the 10th digit of a tax code matches the first nine."""
    total = sum(int(d) * w for d, w in zip(digits[:9], _TAX_WEIGHTS, strict=True))
    check = 10 - total % 11
    return check < 10 and int(digits[9]) == check


def validate_tax_code(value: str) -> None:
    """Refuse a tax code that is not 10 digits (or 10-3 for a branch) with checksum."""
    match = re.fullmatch(r"([0-9]{10})(?:-([0-9]{3}))?", value or "")
    if match is None:
        raise ValidationError(
            _("Mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch và 3 chữ số."),
            code="tax_code",
        )
    if not tax_code_checksum_ok(match.group(1)):
        raise ValidationError(
            _("Mã số thuế %(value)s sai chữ số kiểm tra; hãy kiểm tra lại."),
            code="tax_code_checksum",
            params={"value": value},
        )


def validate_phone(value: str) -> None:
    """Refuse a phone number that is not a Vietnamese mobile or landline number."""
    compact = re.sub(r"[\s.\-]", "", value or "")
    if not _PHONE.fullmatch(compact):
        raise ValidationError(
            _("Số điện thoại không hợp lệ; ví dụ đúng: 0912345678."), code="phone"
        )


def validate_agency_code(value: str) -> None:
    """Refuse an electronic identifier code outside Decision 20/2020's form."""
    if len(value) > 35 or not _AGENCY_CODE.fullmatch(value or ""):
        raise ValidationError(
            _(
                "Mã định danh điện tử chỉ gồm chữ số, chữ in hoa và dấu chấm "
                "(tối đa 35 ký tự), ví dụ 000.00.12.H37."
            ),
            code="agency_code",
        )
