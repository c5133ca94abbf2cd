"""Files on the local disk through Django's storage API, with a shorter write.

An uploaded paper up to FILE_UPLOAD_MAX_MEMORY_SIZE is held in memory; storing
it is part of every submission. Django's `FileSystemStorage.save` checks the name
three times, asks the disk whether it exists, creates its folder, locks the new
file and writes it in chunks. For such a file `LocalStorage.save` checks the name
once, creates the file exclusively (O_EXCL: never over another) and writes it in
one call, making the folder only when it is missing. Anything else (a file on
disk, a name already taken, a folder permission mode, overwriting allowed)
takes Django's own path.
"""

from __future__ import annotations

import os

from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.utils import validate_file_name

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class LocalStorage(FileSystemStorage):
    """Django's file system storage; a file held in memory is written in one go."""

    def _short_write(self, content) -> bool:
        return (
            isinstance(content, InMemoryUploadedFile)
            and self.OS_OPEN_FLAGS == _NEW_FILE
            and not self._allow_overwrite
            and self.directory_permissions_mode is None
        )

    def save(self, name, content, max_length=None):
        if (
            name is None
            or "\\" in name  # a folder separator for Django: its own path
            or (max_length and len(name) > max_length)
            or not self._short_write(content)
        ):
            return super().save(name, content, max_length=max_length)
        validate_file_name(name, allow_relative_path=True)
        full_path = self.path(name)  # refuses a name outside the storage's folder
        try:
            fd = os.open(full_path, _NEW_FILE, 0o666)
        except FileNotFoundError:
            os.makedirs(os.path.dirname(full_path), exist_ok=True)
            try:
                fd = os.open(full_path, _NEW_FILE, 0o666)
            except FileExistsError:
                return super().save(name, content, max_length=max_length)
        except FileExistsError:
            # Django's path finds another name.
            return super().save(name, content, max_length=max_length)
        try:
            if self.file_permissions_mode is not None:
                os.fchmod(fd, self.file_permissions_mode)  # as Django's chmod
            content.seek(0)
            data = memoryview(content.read())
            while data:
                data = data[os.write(fd, data) :]
        except BaseException:
            os.close(fd)
            os.unlink(full_path)
            raise
        os.close(fd)
        self._ensure_location_group_id(full_path)
        if os.sep == "/" and os.path.normpath(name) == name:
            return name  # what Django's relative path of it gives
        return os.path.relpath(full_path, self.location).replace("\\", "/")
