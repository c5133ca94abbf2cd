"""LocalStorage: a file held in memory written in one go, else Django's path."""

from __future__ import annotations

import os

import pytest
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile

from motcua.core.storage import LocalStorage

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 400 + b"\n%%EOF\n"


def _in_memory(data: bytes = PDF) -> InMemoryUploadedFile:
    upload = SimpleUploadedFile("đơn đề nghị.pdf", data, "application/pdf")
    upload.read(10)  # a parser or a type check may have read it already
    return upload


@pytest.fixture
def storage(tmp_path) -> LocalStorage:
    return LocalStorage(location=tmp_path)


def _django_path_forbidden(monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("Django's path taken")

    monkeypatch.setattr(FileSystemStorage, "save", forbidden)
    monkeypatch.setattr(FileSystemStorage, "exists", forbidden)


def test_in_memory_file_written_whole_in_a_new_folder(storage, tmp_path, monkeypatch):
    _django_path_forbidden(monkeypatch)
    name = storage.save("dossiers/2026/11/abc.pdf", _in_memory())
    second = storage.save("dossiers/2026/11/def.pdf", _in_memory())

    assert name == "dossiers/2026/11/abc.pdf"
    assert (tmp_path / name).read_bytes() == PDF
    assert storage.open(name).read() == PDF
    assert (tmp_path / second).read_bytes() == PDF
    assert (tmp_path / name).stat().st_mode & 0o777 == 0o644  # FILE_UPLOAD_PERMISSIONS


def test_a_taken_name_is_never_overwritten(storage, tmp_path):
    first = storage.save("dossiers/a.pdf", _in_memory())
    second = storage.save("dossiers/a.pdf", _in_memory(b"%PDF-1.4 other"))

    assert first == "dossiers/a.pdf"
    assert second != first
    assert second.startswith("dossiers/a_")
    assert (tmp_path / first).read_bytes() == PDF
    assert (tmp_path / second).read_bytes() == b"%PDF-1.4 other"


def test_a_name_outside_the_folder_is_refused(storage, tmp_path):
    with pytest.raises(SuspiciousFileOperation):
        storage.save("../escape.pdf", _in_memory())
    with pytest.raises(SuspiciousFileOperation):
        storage.save("/etc/escape.pdf", _in_memory())
    assert not (tmp_path.parent / "escape.pdf").exists()


def test_a_name_too_long_is_shortened_as_django_does(storage):
    long = "dossiers/" + "x" * 80 + ".pdf"
    name = storage.save(long, _in_memory(), max_length=50)

    assert len(name) <= 50
    assert name.endswith(".pdf")
    assert storage.open(name).read() == PDF


def test_other_content_goes_through_django(storage, tmp_path):
    name = storage.save("notes/a.txt", ContentFile(b"ghi chu"))

    assert (tmp_path / name).read_bytes() == b"ghi chu"


def test_a_failed_write_leaves_no_file(storage, tmp_path, monkeypatch):
    def broken(fd, data):
        raise OSError(28, "No space left on device")

    _django_path_forbidden(monkeypatch)
    monkeypatch.setattr(os, "write", broken)
    with pytest.raises(OSError, match="No space"):
        storage.save("dossiers/full.pdf", _in_memory())
    assert not (tmp_path / "dossiers" / "full.pdf").exists()


def test_same_names_as_django_storage(tmp_path):
    ours = LocalStorage(location=tmp_path / "ours")
    django = FileSystemStorage(location=tmp_path / "django")
    names = {"ours": [], "django": []}
    for name in ("a/b/c.pdf", "a/b/c.pdf", "d.png", "e\\f.pdf"):
        names["ours"].append(ours.save(name, _in_memory()))
        names["django"].append(django.save(name, _in_memory()))
    for saved in names.values():
        assert saved[0] == "a/b/c.pdf"
        assert saved[2] == "d.png"
        assert saved[3] == "e/f.pdf"  # a backslash is a folder, as in Django
        assert saved[1].startswith("a/b/c_")
        assert saved[1].endswith(".pdf")
    for name in names["ours"]:
        assert ours.open(name).read() == PDF
