"""Catalog rules: the e-form of a procedure and its validation, workflow checks."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from motcua.accounts.validators import validate_citizen_id, validate_phone
from motcua.core.text import nfc

MAX_NUMBER_DIGITS = 15
FIELD_TYPES = (
    "text",
    "textarea",
    "number",
    "date",
    "choice",
    "boolean",
    "email",
    "phone",
    "cccd",
)


def form_schema_check(schema: list[dict]) -> list[str]:
    """Return what is wrong with a procedure's e-form definition (empty if fine)."""
    problems: list[str] = []
    names: set[str] = set()
    if not isinstance(schema, list):
        return [_("Biểu mẫu điện tử phải là một danh sách trường.")]
    for index, item in enumerate(schema, start=1):
        name = item.get("name", "") if isinstance(item, dict) else ""
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name or ""):
            problems.append(
                _("Trường thứ %(n)s: tên phải viết thường, không dấu, ví dụ ho_ten.")
                % {"n": index}
            )
            continue
        if name in names:
            problems.append(_("Trường %(name)s bị trùng.") % {"name": name})
        names.add(name)
        if item.get("type", "text") not in FIELD_TYPES:
            problems.append(
                _("Trường %(name)s có kiểu không hỗ trợ: %(type)s.")
                % {"name": name, "type": item.get("type")}
            )
        if item.get("type") == "choice" and not item.get("choices"):
            problems.append(
                _("Trường %(name)s cần danh sách lựa chọn.") % {"name": name}
            )
        if not item.get("label"):
            problems.append(_("Trường %(name)s cần nhãn hiển thị.") % {"name": name})
    return problems


def _clean_value(spec: dict, raw) -> object:
    """Return the cleaned value of one e-form field or raise ValidationError."""
    kind = spec.get("type", "text")
    if kind == "boolean":
        if isinstance(raw, bool):
            return raw
        return str(raw).lower() in {"1", "true", "on", "yes", "có"}
    text = nfc(str(raw))
    max_length = spec.get("max_length") or (2000 if kind == "textarea" else 255)
    if len(text) > max_length:
        raise ValidationError(
            _("Tối đa %(n)s ký tự (hiện có %(len)s).")
            % {"n": max_length, "len": len(text)}
        )
    if kind == "number":
        try:
            number = Decimal(text.replace(".", "").replace(",", "."))
        except InvalidOperation:
            raise ValidationError(_("Hãy nhập một số, ví dụ 1500000.")) from None
        if not number.is_finite():
            raise ValidationError(_("Hãy nhập một số, ví dụ 1500000."))
        if abs(number.adjusted()) > MAX_NUMBER_DIGITS:
            # 1e5000 is "finite" but no paper holds such a number, and converting
            # it would cost seconds of CPU.
            raise ValidationError(
                _("Số quá lớn hoặc quá nhỏ (tối đa %(n)s chữ số).")
                % {"n": MAX_NUMBER_DIGITS}
            )
        if number == number.to_integral_value():
            return int(number)
        return str(number)
    if kind == "date":
        for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
            try:
                return (
                    datetime.strptime(text, pattern)  # noqa: DTZ007 (a plain date)
                    .date()
                    .isoformat()
                )
            except ValueError:
                continue
        raise ValidationError(_("Ngày phải có dạng dd/mm/yyyy, ví dụ 05/03/2026."))
    if kind == "choice":
        allowed = {str(value) for value, _label in spec.get("choices", [])}
        if text not in allowed:
            raise ValidationError(_("Hãy chọn một giá trị trong danh sách."))
        return text
    if kind == "email":
        validate_email(text)
        return text
    if kind == "phone":
        validate_phone(text)
        return re.sub(r"[\s.\-]", "", text)
    if kind == "cccd":
        validate_citizen_id(text)
        return text
    return text


def form_data_validate(*, schema: list[dict], data: dict) -> dict[str, list[str]]:
    """Check e-form data against the procedure's definition; return errors by field.

    On success the data is cleaned in place (dates to ISO, numbers to int).
    """
    errors: dict[str, list[str]] = {}
    known = set()
    for spec in schema or []:
        name = spec["name"]
        known.add(name)
        raw = data.get(name)
        empty = raw is None or (isinstance(raw, str) and not raw.strip())
        if empty:
            if spec.get("required") and spec.get("type") != "boolean":
                errors[name] = [
                    _("%(label)s: chưa nhập (bắt buộc).") % {"label": spec["label"]}
                ]
            continue
        try:
            data[name] = _clean_value(spec, raw)
        except ValidationError as error:
            errors[name] = [f"{spec['label']}: {message}" for message in error.messages]
    for name in set(data) - known:
        errors.setdefault(name, []).append(
            _("Trường %(name)s không có trong tờ khai của thủ tục.") % {"name": name}
        )
    return errors


def workflow_shares_check(shares: list[Decimal]) -> str | None:
    """Return a message if a workflow's shares of the time limit do not sum to 1."""
    if not shares:
        return None
    total = sum(shares, Decimal(0))
    if total != Decimal(1):
        return _(
            "Tổng tỷ lệ thời hạn của các bước phải bằng 1 (hiện là %(total)s)."
        ) % {"total": total}
    return None


def procedure_state_set(*, procedure_ids: list[int], state: str) -> int:
    """Publish or withdraw procedures; return how many changed state."""
    from django.utils import timezone

    from motcua.catalog.models import Procedure

    if state not in Procedure.State.values:
        raise ValueError(state)
    procedures = Procedure.objects.filter(pk__in=procedure_ids).exclude(state=state)
    return procedures.update(state=state, updated_at=timezone.now())
