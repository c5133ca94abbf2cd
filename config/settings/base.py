"""Settings read from the environment; local, test and production only adjust them."""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str = "") -> str:
    """Return an environment variable, or the default."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return an environment flag (1, true, yes, on)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Return a comma-separated environment variable as a list."""
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_secret(name: str, default: str = "") -> str:
    """Return a secret from the file named by NAME_FILE, else from NAME."""
    path = os.environ.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return env(name, default)


DATA_DIR = Path(env("MOTCUA_DATA_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_secret("SECRET_KEY", "insecure-dev-key-change-me-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_tasks",
    "django_tasks_db",
    "import_export",
    "motcua.core",
    "motcua.accounts",
    "motcua.catalog",
    "motcua.dossiers",
    "motcua.portal",
    "motcua.onestop",
    "motcua.kpi",
    "motcua.floor",
    "motcua.feedback",
    "motcua.notifications",
    "motcua.audit",
    "motcua.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "motcua.core.middleware.LanguageMiddleware",
    "motcua.core.middleware.NulCharacterMiddleware",
    "motcua.core.multipart.MultipartMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "motcua" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "motcua.core.context_processors.site",
            ],
        },
    },
]

# Databases: DATABASE_URL selects PostgreSQL; without it an embedded SQLite file.
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL, conn_max_age=int(env("DB_CONN_MAX_AGE", "60"))
        )
    }
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Parameters bound by the server, and a statement run DB_PREPARE_THRESHOLD
        # times on a connection prepared by psycopg: repeated queries are parsed
        # and planned once per connection, not on every call. Behind a pooler in
        # transaction mode set DB_PREPARE_THRESHOLD to an empty value (off).
        threshold = env("DB_PREPARE_THRESHOLD", "5")
        DATABASES["default"].setdefault("OPTIONS", {}).update(
            server_side_binding=True,
            prepare_threshold=int(threshold) if threshold else None,
        )
else:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "motcua.sqlite3",
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "portal:home"
LOGOUT_REDIRECT_URL = "portal:home"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Cache, sessions: shared by every web process (Redis when set, else the database).
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "motcua",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "motcua_cache",
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Internationalisation: Vietnamese first, English second.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "motcua" / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# Never on: ids printed in templates (form field names, element ids) would read
# "4.578". Counts and money are grouped on purpose with `intcomma` and `vnd`.
USE_THOUSAND_SEPARATOR = False
FORMAT_MODULE_PATH = ["motcua.formats"]

# Files: through Django's storage API, so an S3-compatible store can replace the folder.
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "motcua" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(DATA_DIR / "media")))
STORAGES = {
    "default": {
        "BACKEND": env("MEDIA_STORAGE_BACKEND", "motcua.core.storage.LocalStorage"),
    },
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage",
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Background work: Django's tasks API (django-tasks backport) on the database.
TASKS = {
    "default": {
        "BACKEND": "motcua.core.tasks.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# E-mail and notifications (pluggable backends with a working local one).
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = DATA_DIR / "outbox"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "motcua@localhost")
SMS_BACKEND = env("SMS_BACKEND", "motcua.integrations.sms.backends.FileBackend")

# The province and its working-day rules (DOMAIN.md §7); each is a setting.
MOTCUA = {
    "PROVINCE_NAME": env("MOTCUA_PROVINCE_NAME", "Lạng Sơn"),
    "PROVINCE_CODE": env("MOTCUA_PROVINCE_CODE", "H37"),
    "OFFICE_HOURS": env("MOTCUA_OFFICE_HOURS", "07:00-11:30,13:30-17:00"),
    "SAME_DAY_CUTOFF": env("MOTCUA_SAME_DAY_CUTOFF", "15:00"),
    "SUPPLEMENT_STOP_DAYS": int(env("MOTCUA_SUPPLEMENT_STOP_DAYS", "15")),
}

ADMINS = [("Quản trị", a) for a in env_list("ADMIN_EMAILS")]
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}

# Portal (issue 3): public look-up and feedback limits per client address, counted
# in the cache above (Redis when REDIS_URL is set, so shared by every process).
# Rates look like 20/m, 100/h or 5/10s. MOTCUA_CLIENT_IP_HEADER names the header
# the deployment's own proxy sets with the client's address, e.g. HTTP_X_REAL_IP.
MOTCUA_LOOKUP_RATE_LIMIT = env("MOTCUA_LOOKUP_RATE_LIMIT", "20/m")
MOTCUA_FEEDBACK_RATE_LIMIT = env("MOTCUA_FEEDBACK_RATE_LIMIT", "10/h")
MOTCUA_CLIENT_IP_HEADER = env("MOTCUA_CLIENT_IP_HEADER")

# --- Public API (issue 3): Swagger UI assets served from ninja's own static files;
# files are uploaded with PUT /api/v1/dossiers/{id}/documents/{component}, and
# Django reads multipart bodies only for POST unless ninja's middleware helps.
# Token requests are limited per client like the look-up above (which the API's
# look-up shares). The benchmark's two bare endpoints stay off unless set.
INSTALLED_APPS += ["ninja"]
MIDDLEWARE += ["ninja.compatibility.files.fix_request_files_middleware"]
MOTCUA_TOKEN_RATE_LIMIT = env("MOTCUA_TOKEN_RATE_LIMIT", "10/m")
MOTCUA_BENCH_ENDPOINTS = env_bool("MOTCUA_BENCH_ENDPOINTS", False)

# Official slips as PDF (issue 4, motcua.slips): document numbers, and the public
# address printed in each slip's QR code (the look-up page /tra-cuu/ of the portal).
INSTALLED_APPS += ["motcua.slips"]
MOTCUA_PUBLIC_URL = env("MOTCUA_PUBLIC_URL", "http://127.0.0.1:8000")
# WeasyPrint reports each rendering step at INFO: keep slips out of the log.
LOGGING.setdefault("loggers", {}).update(
    {"weasyprint": {"level": "WARNING"}, "fontTools": {"level": "WARNING"}}
)

# Citizen accounts, notifications and VNeID (issue 3: accounts, notifications).
# SMS go through SMS_BACKEND above; the file backend writes to SMS_FILE_PATH. Links in
# messages use MOTCUA_PUBLIC_URL. VNeID (OpenID Connect, mozilla-django-oidc) is on
# only when OIDC_RP_CLIENT_ID is set; accounts are matched by the CCCD claim named
# OIDC_CITIZEN_ID_CLAIM.
SMS_FILE_PATH = Path(env("SMS_FILE_PATH", str(DATA_DIR / "outbox" / "sms")))
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID")
OIDC_RP_CLIENT_SECRET = env_secret("OIDC_RP_CLIENT_SECRET")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT")
OIDC_RP_SIGN_ALGO = env("OIDC_RP_SIGN_ALGO", "RS256")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", "openid profile")
OIDC_CITIZEN_ID_CLAIM = env("OIDC_CITIZEN_ID_CLAIM", "citizen_id")
OIDC_TIMEOUT = int(env("OIDC_TIMEOUT", "10"))
OIDC_AUTHENTICATION_CALLBACK_URL = "accounts:oidc_callback"
LOGIN_REDIRECT_URL_FAILURE = "/tai-khoan/dang-nhap/?vneid=loi"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
if OIDC_RP_CLIENT_ID:
    AUTHENTICATION_BACKENDS.insert(0, "motcua.accounts.oidc.VNeIDBackend")

# The service-center floor (issue 6, motcua.floor). Display screens hold one server
# thread per open event stream: run the app server with threads (gunicorn
# --worker-class gthread --threads 64 --graceful-timeout 5) and keep
# FLOOR_SSE_MAX_STREAMS per process below the thread count, so ordinary pages always
# find a thread; open streams hold a stopping worker until its graceful timeout,
# then the screens reconnect to the new one. Streams end after
# FLOOR_SSE_MAX_SECONDS and the screens reconnect. With REDIS_URL set, calls reach
# every process through Redis pub/sub; without it each process polls the screen
# events table. Results by post go through POSTAL_BACKEND (a local stand-in by default).
FLOOR_SSE_MAX_STREAMS = int(env("MOTCUA_FLOOR_SSE_MAX_STREAMS", "48"))
FLOOR_SSE_MAX_SECONDS = int(env("MOTCUA_FLOOR_SSE_MAX_SECONDS", "1800"))
FLOOR_SSE_HEARTBEAT = int(env("MOTCUA_FLOOR_SSE_HEARTBEAT", "15"))
POSTAL_BACKEND = env("POSTAL_BACKEND", "motcua.integrations.post.backends.LocalBackend")
POSTAL_LOCAL_DIR = Path(env("POSTAL_LOCAL_DIR", str(DATA_DIR / "postbox")))

# --- kpi (issue 5) ---
# `motcua import agencies|procedures|dossiers FILE` is the kpi app's command; Django
# runs the command of the first app that has one, and django-import-export also
# ships an `import` command, so the kpi app is placed before it.
INSTALLED_APPS.remove("motcua.kpi")
INSTALLED_APPS.insert(INSTALLED_APPS.index("import_export"), "motcua.kpi")
# Decision 766 weights and thresholds may be overridden per group, for example
# MOTCUA_KPI_766 = {"timeliness": {"weight": 20}}; the defaults are DOMAIN.md §10.

# Web sign-in attempts per client address and per account name (password guessing).
MOTCUA_LOGIN_RATE_LIMIT = env("MOTCUA_LOGIN_RATE_LIMIT", "10/m")
