"""Settings for the test suite: fast hashing, in-memory mail, immediate tasks."""

from __future__ import annotations

import tempfile

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="motcua-test-media-")
STORAGES = {
    "default": {"BACKEND": "motcua.core.storage.LocalStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
# Browser tests sign in many times a minute from 127.0.0.1; the limit has its own test.
MOTCUA_LOGIN_RATE_LIMIT = "1000/m"
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file in this checkout, as in production (WAL: a reader never blocks a
    # writer). An in-memory test database shares one cache between threads and
    # locks whole tables: a screen's polling thread could make a write fail.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}  # noqa: F405
