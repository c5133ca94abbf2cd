"""The pages (and, under /api/, the JSON) of errors raised outside any view.

Django's own are in English; these say in Vietnamese what happened and, for the
API, keep its one error shape. They render a standalone template, so that they
work even when the request never reached a view (a body that could not be read,
a failure of the server).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

from motcua.core.errors import error_body

_API_PREFIX = "/api/"


def error_response(request: HttpRequest | None, status: int, code: str, title: str,
                   message: str) -> HttpResponse:  # fmt: skip
    """Answer an error met outside any view: the API's JSON under /api/, else a page."""
    if request is not None and request.path_info.startswith(_API_PREFIX):
        return JsonResponse(
            error_body(code, message),
            status=status,
            json_dumps_params={"ensure_ascii": False},
        )
    page = loader.get_template("errors/error.html").render(
        {"status": status, "title": title, "message": message}
    )
    return HttpResponse(page, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None):
    return error_response(
        request,
        400,
        "bad_request",
        _("Yêu cầu không hợp lệ"),
        _(
            "Máy chủ không đọc được yêu cầu (nội dung gửi lên sai định dạng hoặc "
            "quá lớn). Hãy kiểm tra rồi gửi lại."
        ),
    )


def permission_denied(request: HttpRequest, exception: Exception | None = None):
    return error_response(
        request,
        403,
        "forbidden",
        _("Không có quyền truy cập"),
        _("Tài khoản của bạn không được xem hoặc làm việc này."),
    )


def page_not_found(request: HttpRequest, exception: Exception | None = None):
    return error_response(
        request,
        404,
        "not_found",
        _("Không tìm thấy trang"),
        _("Địa chỉ này không có trên Cổng dịch vụ công; hãy kiểm tra lại đường dẫn."),
    )


def server_error(request: HttpRequest):
    return error_response(
        request,
        500,
        "server_error",
        _("Hệ thống đang gặp sự cố"),
        _(
            "Yêu cầu chưa thực hiện được do lỗi của hệ thống. Hãy thử lại sau ít "
            "phút; nếu vừa nộp hồ sơ, hãy xem «Hồ sơ của tôi» trước khi nộp lại."
        ),
    )
