"""Vietnamese first: English only when the visitor chose it, not from the browser."""

from __future__ import annotations

import json
import re

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation import gettext_lazy

from motcua.core.text import unstorable
from motcua.core.views import error_response


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
_SURROGATE_MESSAGE = gettext_lazy(
    "Yêu cầu có ký tự Unicode không hợp lệ (nửa cặp thay thế, ví dụ \\ud800); hãy "
    "gửi văn bản UTF-8 đúng."
)
_BAD_TEXT_TITLE = gettext_lazy("Yêu cầu có ký tự không hợp lệ")
_TEXT_BODIES = ("application/json", "application/x-www-form-urlencoded")
# A JSON escape of half a surrogate pair: the body is then read to check the pair.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _has_nul(request: HttpRequest) -> bool:
    if "\x00" in request.path_info or "%00" in request.META.get("QUERY_STRING", ""):
        return True
    if request.content_type not in _TEXT_BODIES:
        return False  # files may hold NUL bytes; form fields are checked by forms
    body = request.body
    return b"\\u0000" in body or b"%00" in body or b"\x00" in body


def _has_lone_surrogate(request: HttpRequest) -> bool:
    if request.content_type != "application/json":
        return False
    body = request.body
    if not _SURROGATE_ESCAPE.search(body):
        return False
    try:
        data = json.loads(body)
    except ValueError:
        return False  # the view says the JSON is broken
    return unstorable(data) == "surrogate"


class NulCharacterMiddleware:
    """Answer 400 to text no database can store: NUL, half a surrogate pair.

    Without it a NUL in a search box or a JSON field, or a lone `\\ud800` in JSON,
    reaches the database and fails there as a server error instead of telling
    the sender what to fix.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if _has_nul(request):
            message = str(_NUL_MESSAGE)
        elif _has_lone_surrogate(request):
            message = str(_SURROGATE_MESSAGE)
        else:
            return self.get_response(request)
        title = str(_BAD_TEXT_TITLE)
        return error_response(request, 400, "bad_request", title, message)
