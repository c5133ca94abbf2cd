"""python-multipart's parse of simple bodies gives what Django's parser gives."""

from __future__ import annotations

import pytest
from django.http.multipartparser import MultiPartParser
from django.test import RequestFactory, override_settings
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.core.multipart import multipart_load

BOUNDARY = "----motcuaBoundary7MA4YWxkTrZu0gW"


def part(name: str, data: bytes, filename: str | None = None, *headers: str) -> bytes:
    disposition = f'form-data; name="{name}"'
    if filename is not None:
        disposition += f'; filename="{filename}"'
    lines = [f"Content-Disposition: {disposition}", *headers]
    return (
        (
            f"--{BOUNDARY}\r\n" + "".join(f"{line}\r\n" for line in lines) + "\r\n"
        ).encode()
        + data
        + b"\r\n"
    )


def body(*parts: bytes) -> bytes:
    return b"".join(parts) + f"--{BOUNDARY}--\r\n".encode()


def _request(content: bytes, content_type: str | None = None):
    return RequestFactory().post(
        "/api/v1/submissions",
        data=content,
        content_type=content_type or f"multipart/form-data; boundary={BOUNDARY}",
    )


def _seen(request) -> tuple[dict, dict]:
    post = {key: request.POST.getlist(key) for key in request.POST}
    files = {
        key: [
            (
                f.name,
                f.content_type,
                f.size,
                f.charset,
                f.content_type_extra,
                f.read(),
                type(f).__name__,
            )
            for f in request.FILES.getlist(key)
        ]
        for key in request.FILES
    }
    return post, files


def parsed_both(content: bytes, content_type: str | None = None):
    """Return (ours taken?, what ours gives, what Django's parser gives)."""
    ours = _request(content, content_type)
    taken = multipart_load(ours)
    django = _request(content, content_type)
    return taken, _seen(ours), _seen(django)


JSON = "Content-Type: application/json"
PDF_TYPE = "Content-Type: application/pdf"
PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\r\n--not-the-boundary\r\n%%EOF"


@pytest.mark.parametrize(
    "content",
    [
        body(part("dossier", b'{"procedure_code": "1.004227"}', None, JSON),
             part("documents.108", PDF, "don-de-nghi.pdf", PDF_TYPE)),
        body(part("ten", "Nguyễn Văn A".encode()), part("ghi_chu", b"")),
        body(part("tep", PDF, "Đơn đề nghị cấp phép.pdf", PDF_TYPE)),
        body(part("tep", PDF, "a.pdf"), part("tep", b"", "rong.pdf"),
             part("tep", PDF + b"2", "b.pdf", "Content-Type: image/png")),
        body(part("tep", b"", "", "Content-Type: application/octet-stream"),
             part("ten", b"x")),
        body(part("tep", PDF, "/giay to/don.pdf"),
             part("tep2", PDF, "../../etc/passwd"),
             part("tep3", PDF, "a&amp;b.pdf"), part("tep4", PDF, "..")),
        body(part("  co cach  ", b" gia tri "),
             part("x", "Không phải UTF-8: ".encode() + b"\xff")),
    ],
    ids=["api", "fields", "vietnamese-name", "several-files", "empty-input",
         "paths", "spaces-and-bad-bytes"],
)  # fmt: skip
def test_simple_bodies_are_parsed_as_django_parses_them(content):
    taken, ours, django = parsed_both(content)
    assert taken
    assert ours == django


@pytest.mark.parametrize(
    "content",
    [
        body(part("ten", b"x", None, "Content-Type: text/plain; charset=latin-1")),
        body(part("tep", b"JVBERi0=", "a.pdf", "Content-Transfer-Encoding: base64")),
        body(part("tep", PDF, "a.pdf", "Content-Length: 10")),
        body(part("tep", PDF, "C:\\giay to\\don.pdf")),
        (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"t\"; "
         f"filename*=UTF-8''%C4%90on.pdf\r\n\r\nabc\r\n--{BOUNDARY}--\r\n").encode(),
        (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"t\\\"x\"\r\n\r\n"
         f"abc\r\n--{BOUNDARY}--\r\n").encode(),
        body(part("ten", b"x"))[:-4],
        b"khong phai multipart",
        body(part("a", b"foo--" + BOUNDARY.encode() + b"\r\nContent-Disposition: "
                  b'form-data; name="b"\r\n\r\nbar')),
        body(part("a", b"foo\r\n--" + BOUNDARY.encode() + b"X tail")),
        body(part("a", b"1")) + part("sau", b"2") + f"--{BOUNDARY}--\r\n".encode(),
        body(part("tep", PDF, "d" * 950 + ".pdf")),
        body(part("n" * 1000, b"x")),
        (f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"".encode()
         + b"\xff\xfe\"\r\n\r\nabc\r\n" + f"--{BOUNDARY}--\r\n".encode()),
    ],
    ids=["charset", "base64", "part-length", "windows-path", "rfc2231-name",
         "escaped-quote", "no-end", "not-multipart", "boundary-in-data",
         "longer-boundary-in-data", "part-after-the-end", "long-file-name",
         "long-field-name", "header-not-utf8"],
)  # fmt: skip
def test_other_bodies_are_left_to_django(content):
    from django.http.multipartparser import MultiPartParserError

    ours, django = _request(content), _request(content)
    assert not multipart_load(ours)
    try:
        expected = _seen(django)
    except MultiPartParserError as error:
        with pytest.raises(MultiPartParserError, match=str(error)[:20]):
            _seen(ours)  # the same error, from the same bytes
    else:
        assert _seen(ours) == expected  # Django's parser read the same bytes


def test_a_file_under_an_empty_name_is_dropped_as_django_does():
    content = body(part("\x0c", b"", "0"), part(" ", PDF, "a.pdf"), part("", b"x"))
    taken, ours, django = parsed_both(content)
    assert taken
    assert ours == django
    assert ours == ({"": ["x"]}, {})


def test_a_part_type_is_lowercased_as_django_does():
    content = body(part("tep", PDF, "a.pdf", "Content-Type: Application/PDF"))
    taken, ours, django = parsed_both(content)
    assert taken
    assert ours == django
    assert ours[1]["tep"][0][1] == "application/pdf"


@pytest.mark.parametrize(
    "content_type",
    [
        f"multipart/form-data; boundary={BOUNDARY}; x=\u00e9",
        f"Multipart/Form-Data; boundary={BOUNDARY}",
    ],
)
def test_an_unusual_request_type_is_left_to_django(content_type):
    request = _request(body(part("ten", b"x")), content_type)
    assert not multipart_load(request)


def test_limits_are_left_to_django():
    from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent

    many = body(*(part(f"f{n}", b"x") for n in range(6)))
    with override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=2):
        request = _request(many)
        assert not multipart_load(request)
        with pytest.raises(TooManyFieldsSent):
            request.POST  # noqa: B018
    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=10):
        request = _request(body(part("ten", b"x" * 50)))
        assert not multipart_load(request)
        with pytest.raises(RequestDataTooBig):
            request.POST  # noqa: B018
    with override_settings(FILE_UPLOAD_MAX_MEMORY_SIZE=100):
        request = _request(body(part("tep", PDF, "a.pdf")))
        assert not multipart_load(request)
        assert request.FILES["tep"].read() == PDF  # on disk, by Django's handlers
        assert type(request.FILES["tep"]).__name__ == "TemporaryUploadedFile"


def test_a_request_already_read_or_not_a_post_is_left_alone():
    request = _request(body(part("ten", b"x")))
    assert request.POST["ten"] == "x"
    assert not multipart_load(request)
    get = RequestFactory().get("/", {"ten": "x"})
    assert not multipart_load(get)


_names = st.text(
    alphabet=st.characters(
        blacklist_characters='"\\\r\n', blacklist_categories=("Cs",)
    ),
    min_size=1,
    max_size=20,
)


# Data, sometimes with the boundary inside (where Django's parser splits it).
_data = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda head, tail: head + b"--" + BOUNDARY.encode() + tail,
        st.binary(max_size=20),
        st.sampled_from(
            [
                b"",
                b"--",
                b"X",
                b"\r\n",
                b'\r\nContent-Disposition: form-data; name="b"\r\n\r\nbar',
            ]
        ),
    ),
)


@settings(max_examples=400, deadline=None)
@given(
    parts=st.lists(
        st.tuples(_names, _data, st.one_of(st.none(), _names)),
        min_size=1,
        max_size=6,
    )
)
def test_any_simple_body_gets_djangos_answer(parts):
    content = body(*(part(name, data, filename) for name, data, filename in parts))
    taken, ours, django = parsed_both(content)
    assert ours == django
    if taken:
        return
    # Ours gives up only where Django's parser would keep no such part as given.
    assert any(BOUNDARY.encode() in data for _name, data, _file in parts) or any(
        name.strip() != name or not name.strip() for name, _data, _file in parts
    )


def test_the_one_request_submission_takes_this_parser(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("Django's parser used")

    monkeypatch.setattr(MultiPartParser, "parse", refused)
    request = _request(body(part("dossier", b"{}"), part("documents.1", PDF, "a.pdf")))
    assert multipart_load(request)
    assert request.POST["dossier"] == "{}"
    assert request.FILES["documents.1"].read() == PDF
