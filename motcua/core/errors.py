"""Expected refusals: each carries a Vietnamese message meant for the user."""

from __future__ import annotations

from django.utils.translation import gettext as _


class DomainError(Exception):
    """A rule of the domain refused the action; `message` says why."""

    code = "domain_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PermissionDenied(DomainError):
    """The actor may not do this to this record."""

    code = "permission_denied"


class ConcurrentChange(DomainError):
    """Someone else changed the record first; reload and try again."""

    code = "concurrent_change"

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or _("Hồ sơ vừa được người khác cập nhật. Hãy tải lại trang rồi thử lại.")
        )


class ValidationFailed(DomainError):
    """Input broke a rule; `errors` maps each field to its messages."""

    code = "validation_failed"

    def __init__(self, errors: dict[str, list[str]], message: str | None = None):
        super().__init__(message or _("Thông tin nhập chưa hợp lệ."))
        self.errors = errors


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    """Return the API's error document: {"error": {"code", "message", "fields"}}."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}
