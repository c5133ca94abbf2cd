"""multipart/form-data bodies parsed by python-multipart, as Django would parse them.

Every submission of papers is a multipart POST, and Django's parser spends
about five times what python-multipart does on one with a 100 KB file. For a
body that Django itself would hold in memory (up to FILE_UPLOAD_MAX_MEMORY_SIZE,
with the default upload handlers) and whose parts are written as browsers and
curl write them, `MultipartMiddleware` fills `request.POST` and `request.FILES`
from python-multipart's parse: the same names, values, file names, types and
bytes as Django's. Any other body (a part with other headers, a charset or a
transfer encoding, a malformed one, a limit reached) is left to Django's
parser, which then reads the same bytes and gives its own answer or error.
"""

from __future__ import annotations

import re
from io import BytesIO

from django.conf import global_settings, settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.http import HttpRequest, QueryDict
from django.http.multipartparser import MultiPartParser
from django.utils.datastructures import MultiValueDict
from django.utils.http import parse_header_parameters
from python_multipart import MultipartParser
from python_multipart.exceptions import MultipartParseError

# The Content-Disposition of a part as browsers and curl write it; any other
# form (escapes, RFC 2231 names, other parameters) goes to Django's parser.
_DISPOSITION = re.compile(
    r'form-data; name="(?P<name>[^"\\\r\n]*)"'
    r'(?:; filename="(?P<filename>[^"\\\r\n]*)")?'
)
_ASCII_SPACE = " \t\n\r\x0b\x0c"
# Below Django's limit on a part's header block (MAX_TOTAL_HEADER_SIZE, 1,024
# bytes), with room for its line breaks.
_HEADERS = 960
_CONTENT_TYPE = re.compile(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")


class _NotSimple(Exception):
    """The body is not one this module parses: Django's parser takes it."""


class _Part:
    __slots__ = ("data", "disposition", "headers", "name", "value")

    def __init__(self) -> None:
        self.headers: list[tuple[bytes, bytes]] = []
        self.name = bytearray()
        self.value = bytearray()
        self.data: list[bytes] = []


def _parts(body: bytes, boundary: bytes) -> list[_Part]:
    """Return the parts of a whole body, or raise _NotSimple."""
    parts: list[_Part] = []
    ended = []

    def on_part_begin() -> None:
        parts.append(_Part())

    def on_header_field(data: bytes, start: int, end: int) -> None:
        parts[-1].name += data[start:end]

    def on_header_value(data: bytes, start: int, end: int) -> None:
        parts[-1].value += data[start:end]

    def on_header_end() -> None:
        part = parts[-1]
        part.headers.append((bytes(part.name), bytes(part.value)))
        part.name, part.value = bytearray(), bytearray()

    def on_part_data(data: bytes, start: int, end: int) -> None:
        parts[-1].data.append(data[start:end])

    parser = MultipartParser(
        boundary,
        {
            "on_part_begin": on_part_begin,
            "on_header_field": on_header_field,
            "on_header_value": on_header_value,
            "on_header_end": on_header_end,
            "on_part_data": on_part_data,
            "on_end": lambda: ended.append(True),
        },
    )
    try:
        parser.write(body)
        parser.finalize()
    except MultipartParseError:
        raise _NotSimple from None
    if not ended:
        raise _NotSimple
    # Django's parser splits wherever the boundary appears (inside a part's
    # data too, or after the closing one): only a body where it appears once per
    # part, and once to close, is read the same by both.
    if body.count(b"--" + boundary) != len(parts) + 1:
        raise _NotSimple
    return parts


def _fields_and_files(
    body: bytes, boundary: bytes, encoding: str
) -> tuple[QueryDict, MultiValueDict]:
    """Return POST and FILES as Django's parser would, or raise _NotSimple."""
    post = QueryDict(mutable=True)
    files = MultiValueDict()
    keys = files_count = read = 0
    for part in _parts(body, boundary):
        disposition = content_type = None
        if sum(len(name) + len(value) + 4 for name, value in part.headers) > _HEADERS:
            raise _NotSimple  # Django's parser refuses long part headers
        for name, value in part.headers:
            name = name.lower()
            try:
                value = value.decode().strip(_ASCII_SPACE)
            except UnicodeDecodeError:
                raise _NotSimple from None  # Django would drop the header
            if name == b"content-disposition" and disposition is None:
                disposition = _DISPOSITION.fullmatch(value)
                if disposition is None:
                    raise _NotSimple
            elif name == b"content-type" and content_type is None:
                if not _CONTENT_TYPE.fullmatch(value):
                    raise _NotSimple
                content_type = value.lower()  # as Django's parser gives it
            else:
                raise _NotSimple
        if disposition is None:
            raise _NotSimple
        field_name = disposition["name"].strip(_ASCII_SPACE)  # as bytes.strip()
        data = b"".join(part.data)
        file_name = disposition["filename"]
        if not file_name:  # none or empty: a field, as for Django's parser
            keys += 1
            read += len(data) + len(field_name) + 2
            if (
                settings.DATA_UPLOAD_MAX_NUMBER_FIELDS is not None
                and keys > settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
            ) or (
                settings.DATA_UPLOAD_MAX_MEMORY_SIZE is not None
                and read > settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            ):
                raise _NotSimple  # Django's parser refuses it with its own error
            post.appendlist(field_name, data.decode(encoding, errors="replace"))
            continue
        files_count += 1
        if (
            settings.DATA_UPLOAD_MAX_NUMBER_FILES is not None
            and files_count > settings.DATA_UPLOAD_MAX_NUMBER_FILES
        ):
            raise _NotSimple
        # Django's own sanitising of the name (it uses nothing of the parser).
        file_name = MultiPartParser.sanitize_file_name(None, file_name)
        if not file_name:
            continue  # a file input left empty, as Django skips it
        if not field_name:
            continue  # Django's parser completes no file under an empty name
        files.appendlist(
            field_name,
            InMemoryUploadedFile(
                BytesIO(data),
                field_name,
                file_name,
                content_type or "",
                len(data),
                None,
                {},
            ),
        )
    post._mutable = False
    return post, files


def multipart_load(request: HttpRequest) -> bool:
    """Fill the request's POST and FILES from its multipart body if it is a simple one.

    Return True when done; else nothing is changed but the body being read into
    memory, from which Django's parser then reads it (`request.POST`).
    """
    if (
        request.method != "POST"
        or hasattr(request, "_post")
        or request._read_started
        or request.encoding is not None
        or request._upload_handlers
        or settings.FILE_UPLOAD_HANDLERS != global_settings.FILE_UPLOAD_HANDLERS
    ):
        return False
    raw_type = request.META.get("CONTENT_TYPE", "")
    if not (raw_type.isascii() and raw_type.startswith("multipart/form-data")):
        return False  # Django's parser answers anything else its own way
    content_type, params = parse_header_parameters(raw_type)
    boundary = params.get("boundary", "")
    if content_type != "multipart/form-data" or not (
        MultiPartParser.boundary_re.fullmatch(boundary)  # else Django's error
    ):
        return False
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return False
    if not 0 < length <= settings.FILE_UPLOAD_MAX_MEMORY_SIZE:
        return False
    body = request.read(length)
    request._body = body  # what Django's parser reads if this one gives up
    if len(body) != length:
        return False
    try:
        request._post, request._files = _fields_and_files(
            body, boundary.encode(), settings.DEFAULT_CHARSET
        )
    except _NotSimple:
        return False
    return True


class MultipartMiddleware:
    """Parse simple multipart POST bodies with python-multipart (`multipart_load`)."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        multipart_load(request)  # its first checks are cheap
        return self.get_response(request)
