"""Vietnamese first: English only when the visitor chose it, not from the browser."""

from __future__ import annotations

from django.conf import settings
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    JsonResponse,
)
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext_lazy


class LanguageMiddleware(LocaleMiddleware):
    """Activate the language chosen with the language switch, else Vietnamese.

    Many phones in Vietnam are set to English; the browser's Accept-Language
    header would then show a Vietnamese citizen an English portal.
    """

    def process_request(self, request: HttpRequest) -> None:
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()


_NUL_MESSAGE = gettext_lazy(
    "Yêu cầu có ký tự rỗng (NUL, mã 0) không hợp lệ; hãy xoá ký tự đó rồi gửi lại."
)
_TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded")


def _has_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path_info or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    if request.content_type not in _TEXT_BODIES:
        return False  # files may hold NUL bytes; form fields are checked by forms
    body = request.body
    return b"\\u0000" in body or b"%00" in body or b"\x00" in body


class NulCharacterMiddleware:
    """Answer 400 to text with a NUL character, which PostgreSQL cannot store.

    Without it a NUL in a search box or a JSON field reaches the database and
    fails there as a server error instead of telling the sender what to fix.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _has_nul(request):
            message = str(_NUL_MESSAGE)
            if request.path_info.startswith("/api/"):
                return JsonResponse(
                    {
                        "error": {
                            "code": "bad_request",
                            "message": message,
                            "fields": {},
                        }
                    },
                    status=400,
                    json_dumps_params={"ensure_ascii": False},
                )
            return HttpResponseBadRequest(
                "<!doctype html><meta charset='utf-8'><title>400</title>"
                f"<p>{message}</p>"
            )
        return self.get_response(request)
