"""Checks of an applicant's particulars, with messages that say what to fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from motcua.accounts.validators import (
    validate_citizen_id,
    validate_phone,
    validate_tax_code,
)

if TYPE_CHECKING:
    from motcua.dossiers.services.lifecycle import Applicant


def applicant_validate(applicant: Applicant) -> dict[str, list[str]]:
    """Return the problems with an applicant's particulars, by field."""
    errors: dict[str, list[str]] = {}

    def check(name: str, validator, value: str) -> None:
        try:
            validator(value)
        except ValidationError as error:
            errors.setdefault(name, []).extend(error.messages)

    if applicant.kind not in ("citizen", "organisation"):
        errors["kind"] = [_("Người nộp phải là công dân hoặc tổ chức.")]
    if not applicant.name.strip():
        errors["name"] = [_("Hãy nhập họ và tên người nộp (hoặc tên tổ chức).")]
    if applicant.kind == "citizen":
        check("id_number", validate_citizen_id, applicant.id_number)
    elif applicant.kind == "organisation":
        check("tax_code", validate_tax_code, applicant.tax_code)
        if not applicant.representative.strip():
            errors["representative"] = [_("Hãy nhập tên người đại diện của tổ chức.")]
    if applicant.phone:
        check("phone", validate_phone, applicant.phone)
    if applicant.email:
        check("email", validate_email, applicant.email)
    return errors
