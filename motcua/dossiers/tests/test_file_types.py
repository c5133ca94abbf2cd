"""The type of a paper is read from its content, without filetype's last matchers.

Whatever the file, the answer is the one filetype's full guess gives, when
that guess is an accepted type, and None otherwise.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import filetype
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.api.tests.conftest import ELF_BYTES
from motcua.dossiers.services.documents import ALLOWED_TYPES, file_type_detect


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def _png(animated: bool = False) -> bytes:
    header = _chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    actl = _chunk(b"acTL", struct.pack(">II", 1, 0)) if animated else b""
    pixels = _chunk(b"IDAT", zlib.compress(b"\x00\x00"))
    return b"\x89PNG\r\n\x1a\n" + header + actl + pixels + _chunk(b"IEND", b"")


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


SAMPLES = {
    "pdf": b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(64),
    "png": _png(),
    "apng": _png(animated=True),
    "docx": _zip("[Content_Types].xml", "word/document.xml"),
    "xlsx": _zip("[Content_Types].xml", "xl/workbook.xml"),
    "zip": _zip("ghi-chu.txt"),
    "elf": ELF_BYTES,
    "gif": b"GIF89a\x01\x00\x01\x00" + bytes(32),
    "webp": b"RIFF\x24\x00\x00\x00WEBPVP8 " + bytes(32),
    "text": "Đơn đề nghị cấp giấy chứng nhận".encode(),
}
# Files that also carry an earlier type's signature: filetype names that type.
_PDF = SAMPLES["pdf"] + bytes(300)
SAMPLES["pdf-dicom"] = _PDF[:128] + b"DICM" + _PDF[132:]
SAMPLES["pdf-tar"] = _PDF[:257] + b"ustar" + _PDF[262:]
_DOCX = SAMPLES["docx"] + bytes(300)
SAMPLES["docx-dicom"] = _DOCX[:128] + b"DICM" + _DOCX[132:]


def _full_guess(content: bytes) -> str | None:
    kind = filetype.guess(content[:8192])
    return kind.mime if kind is not None and kind.mime in ALLOWED_TYPES else None


def _detected(content: bytes) -> str | None:
    return file_type_detect(SimpleUploadedFile("ten-bat-ky.pdf", content))


@pytest.mark.parametrize("name", SAMPLES)
def test_same_answer_as_the_full_guess(name):
    assert _detected(SAMPLES[name]) == _full_guess(SAMPLES[name])


def test_accepted_and_refused_types():
    accepted = {name: _detected(content) for name, content in SAMPLES.items()}
    assert accepted["pdf"] == "application/pdf"
    assert accepted["jpeg"] == "image/jpeg"
    assert accepted["png"] == "image/png"
    assert accepted["docx"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    refused = {"apng", "xlsx", "zip", "elf", "gif", "webp", "text"}
    refused |= {"pdf-dicom", "pdf-tar", "docx-dicom"}
    assert {name for name, mime in accepted.items() if mime is None} == refused


@settings(max_examples=300, deadline=None)
@given(
    start=st.sampled_from(list(SAMPLES.values())),
    at=st.integers(min_value=0, max_value=600),
    inserted=st.one_of(
        st.binary(max_size=16),
        st.sampled_from([b"DICM", b"ustar", b"PK\x03\x04", b"%PDF", b"\xff\xd8\xff"]),
    ),
)
def test_any_content_gets_the_full_guess(start, at, inserted):
    start += bytes(600)
    content = start[:at] + inserted + start[at + len(inserted) :]
    assert _detected(content) == _full_guess(content)
