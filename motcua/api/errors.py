"""One error shape for the whole API: {"error": {"code", "message", "fields"}}."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import (
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from motcua.api.ratelimit import RateLimited
from motcua.core.errors import (
    ConcurrentChange,
    DomainError,
    PermissionDenied,
    ValidationFailed,
    error_body,
)


class ApiError(Exception):
    """A refusal of the API itself (bad credentials, unknown record) with a status."""

    def __init__(
        self, status: int, code: str, message: str, fields: dict | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = fields or {}


class ErrorDetailOut(Schema):
    code: str
    message: str
    fields: dict[str, list[str]]


class ErrorOut(Schema):
    """The one error shape of the API."""

    error: ErrorDetailOut


def error_responses(*statuses: int) -> dict[int, type[ErrorOut]]:
    """Return the error answers of an operation, for its OpenAPI description."""
    return dict.fromkeys(statuses, ErrorOut)


# Where ninja found a parameter; the name alone is what the client sent.
_SOURCES = frozenset({"query", "path", "file", "form", "header", "cookie"})
# Pydantic names the member of a union that failed (`form.x.str`); not a field.
_UNION_TAGS = frozenset({"str", "int", "float", "bool", "none", "dict", "list"})


def _fields_from_ninja(errors: list[dict]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in errors:
        location = [str(p) for p in error.get("loc", [])]
        if location[:1] == ["body"]:
            location = location[2:]  # "body", then the parameter's own name
        elif location[:1] and location[0] in _SOURCES:
            location = location[1:]
        message = _vietnamese(error)
        if len(location) > 1 and location[-1] in _UNION_TAGS:
            while len(location) > 1 and location[-1] in _UNION_TAGS:
                location.pop()
            message = _("Kiểu giá trị không được chấp nhận ở đây.")
        messages = fields.setdefault(".".join(location) or "body", [])
        if message not in messages:
            messages.append(message)
    return fields


def _vietnamese(error: dict) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return _("Thiếu trường bắt buộc.")
    if kind == "json_invalid":
        return _(
            "Không phải JSON hợp lệ: kiểm tra dấu ngoặc, dấu phẩy, dấu nháy và ký tự "
            "Unicode."
        )
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


def _body_refusal(exc: Exception) -> tuple[int, str, str]:
    """Return the status, code and message for a request body Django cannot read."""
    if isinstance(exc, TooManyFilesSent):
        return (
            400,
            "too_many_files",
            _("Gửi tối đa %(count)s tệp trong một yêu cầu.")
            % {"count": settings.DATA_UPLOAD_MAX_NUMBER_FILES},
        )
    if isinstance(exc, TooManyFieldsSent):
        return (
            400,
            "too_many_fields",
            _("Gửi tối đa %(count)s trường trong một yêu cầu.")
            % {"count": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS},
        )
    if isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
        return (
            413,
            "too_large",
            _(
                "Phần dữ liệu ngoài tệp lớn hơn %(mb)s MB cho phép: gửi tờ khai "
                "gọn hơn, giấy tờ gửi thành tệp."
            )
            % {"mb": f"{limit:g}"},
        )
    return (
        400,
        "malformed_body",
        _(
            "Nội dung multipart/form-data không đọc được (ranh giới hoặc "
            "tiêu đề của một phần sai): hãy gửi lại như một biểu mẫu có tệp."
        ),
    )


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

    @api.exception_handler(RateLimited)
    def too_many(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = api.create_response(
            request, error_body(exc.code, exc.message), status=429
        )
        response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(ApiError)
    def api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return api.create_response(
            request, error_body(exc.code, exc.message, exc.fields), status=exc.status
        )

    @api.exception_handler(DomainError)
    def refused(request: HttpRequest, exc: DomainError) -> HttpResponse:
        # Invalid transitions and other refusals conflict with the record's state.
        return api.create_response(
            request, error_body(exc.code, exc.message), status=409
        )

    def body_unreadable(request: HttpRequest, exc: Exception) -> HttpResponse:
        status, code, message = _body_refusal(exc)
        return api.create_response(request, error_body(code, message), status=status)

    for kind in (MultiPartParserError, TooManyFilesSent, TooManyFieldsSent,
                 RequestDataTooBig):  # fmt: skip
        api.add_exception_handler(kind, body_unreadable)

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
        if exc.status_code == 400:
            # Ninja raises 400 when the body cannot be parsed (broken JSON).
            body = error_body(
                "malformed_body",
                _("Nội dung gửi lên không đọc được: hãy gửi JSON hợp lệ."),
            )
        elif exc.status_code == 403 and "CSRF" in str(exc.message):
            body = error_body(
                "csrf_failed",
                _(
                    "Thiếu mã chống giả mạo (CSRF): gửi kèm tiêu đề X-CSRFToken, "
                    "hoặc dùng mã truy cập (Authorization: Bearer)."
                ),
            )
        else:
            body = error_body("http_error", str(exc.message))
        return api.create_response(request, body, status=exc.status_code)
