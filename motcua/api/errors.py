"""One error shape for the whole API: {"error": {"code", "message", "fields"}}."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from motcua.core.errors import (
    ConcurrentChange,
    DomainError,
    PermissionDenied,
    ValidationFailed,
)


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    """Return the API's error document."""
    return {"error": {"code": code, "message": message, "fields": fields or {}}}


def _fields_from_ninja(errors: list[dict]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in errors:
        location = [
            str(p) for p in error.get("loc", []) if p not in ("body", "payload")
        ]
        name = ".".join(location[1:] if location[:1] == ["query"] else location)
        fields.setdefault(name or "body", []).append(_vietnamese(error))
    return fields


def _vietnamese(error: dict) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return _("Thiếu trường bắt buộc.")
    if "int" in kind or "float" in kind or "decimal" in kind:
        return _("Phải là một số.")
    if "bool" in kind:
        return _("Phải là true hoặc false.")
    if "string" in kind:
        return _("Phải là chuỗi ký tự.")
    if "dict" in kind or "model" in kind:
        return _("Phải là một đối tượng JSON.")
    if "list" in kind:
        return _("Phải là một danh sách.")
    if "literal" in kind or "enum" in kind:
        return _("Giá trị không nằm trong danh sách cho phép.")
    return _("Giá trị không hợp lệ.")


def install_error_handlers(api: NinjaAPI) -> None:
    """Map domain errors and bad input to 4xx answers with Vietnamese messages."""

    @api.exception_handler(NinjaValidationError)
    def bad_input(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        return api.create_response(
            request,
            error_body(
                "invalid_input",
                _("Dữ liệu gửi lên chưa hợp lệ."),
                _fields_from_ninja(exc.errors),
            ),
            status=422,
        )

    @api.exception_handler(ValidationFailed)
    def failed(request: HttpRequest, exc: ValidationFailed) -> HttpResponse:
        return api.create_response(
            request, error_body(exc.code, exc.message, exc.errors), status=422
        )

    @api.exception_handler(PermissionDenied)
    def denied(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        return api.create_response(
            request, error_body(exc.code, exc.message), status=403
        )

    @api.exception_handler(ConcurrentChange)
    def conflict(request: HttpRequest, exc: ConcurrentChange) -> HttpResponse:
        return api.create_response(
            request, error_body(exc.code, exc.message), status=409
        )

    @api.exception_handler(DomainError)
    def refused(request: HttpRequest, exc: DomainError) -> HttpResponse:
        # Invalid transitions and other refusals conflict with the record's state.
        return api.create_response(
            request, error_body(exc.code, exc.message), status=409
        )

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        return api.create_response(
            request, error_body("not_found", _("Không tìm thấy.")), status=404
        )

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        return api.create_response(
            request,
            error_body("unauthenticated", _("Hãy đăng nhập hoặc gửi mã truy cập.")),
            status=401,
        )

    @api.exception_handler(HttpError)
    def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        return api.create_response(
            request, error_body("http_error", str(exc.message)), status=exc.status_code
        )
