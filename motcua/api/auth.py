"""API authentication: the browser session or `Authorization: Bearer <token>`."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import authenticate
from django.db import DEFAULT_DB_ALIAS, models
from django.db.models import JSONField, Subquery
from django.db.models.functions import JSONObject
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from motcua.accounts.models import User
from motcua.api.errors import ApiError, error_responses
from motcua.api.models import ApiToken
from motcua.api.ratelimit import request_limit
from motcua.core.compiled import CompiledQuery, attnames, instance, instance_of

TOKEN_LIFETIME = timedelta(days=30)


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def token_issue(*, user: User) -> str:
    """Create a token for the user and return its secret (shown once)."""
    key = secrets.token_urlsafe(32)
    ApiToken.objects.create(
        user=user, key_hash=_digest(key), expires_at=timezone.now() + TOKEN_LIFETIME
    )
    return key


def _phone_key(text: str) -> str:
    digits = re.sub(r"[\s.\-()]", "", text)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    return digits


def credentials_check(
    request: HttpRequest, *, login: str, password: str
) -> User | None:
    """Return the active user whose username or phone and password match."""
    user = authenticate(request, username=login, password=password)
    if user is None and re.fullmatch(r"[\d\s.\-()+]{9,20}", login):
        # A phone number stands for the one account that holds it, never several.
        owners = list(
            User.objects.filter(phone=_phone_key(login), is_active=True).values_list(
                "username", flat=True
            )[:2]
        )
        if len(owners) == 1:
            user = authenticate(request, username=owners[0], password=password)
    return user


# The account's columns but its password hash, which a token request never needs
# (read on its own if something asks for it).
_USER_COLUMNS = tuple(name for name in attnames(User) if name != "password")
# One query by the token's unique hash, compiled once per process: checking the
# token is part of every API request.
_TOKEN_USER = CompiledQuery(
    lambda key_hash, now: (
        User.objects.filter(
            api_tokens__key_hash=key_hash,
            api_tokens__expires_at__gt=now,
            is_active=True,
        )
        .order_by()
        .values_list(*_USER_COLUMNS)[:1]
    ),
    key_hash=ApiToken._meta.get_field("key_hash"),
    now=ApiToken._meta.get_field("expires_at"),
)


def token_user(key: str) -> User | None:
    """Return the active user of a valid, unexpired token, or None."""
    row = _TOKEN_USER.first(key_hash=_digest(key), now=timezone.now())
    if row is None:
        return None
    return instance(User, _USER_COLUMNS, row, DEFAULT_DB_ALIAS)


@dataclass(frozen=True)
class TokenLater:
    """A bearer token an operation checks in its own query (`BearerToken(later=True)`).

    Truthy, as an authentication result must be; `token_resolve` turns it into
    the request's user, or refuses the request, when the operation's query did
    not read the token's account.
    """

    key: str = field(repr=False)  # never shown in an error report

    @property
    def key_hash(self) -> str:
        return _digest(self.key)


class BearerToken(HttpBearer):
    """Accept a valid, unexpired token and make its user the request's user.

    With `later=True` the token is only taken from the header (`TokenLater`):
    the operation reads its account in the query it makes anyway
    (`token_account`) and calls `token_resolve` wherever it did not, so that
    the request costs one query fewer. The operation's answer to a token that
    is not valid stays the same: the session's user, else 401.
    """

    def __init__(self, *, later: bool = False) -> None:
        super().__init__()
        self.later = later

    def authenticate(
        self, request: HttpRequest, token: str
    ) -> User | TokenLater | None:
        if self.later:
            return TokenLater(token)
        user = token_user(token)
        if user is None:
            return None
        request.user = user
        return user


class BrowserSession(SessionAuth):
    """The browser's signed-in session, its CSRF token checked.

    A request whose session signs no one in has nothing a forged request could
    borrow: it is simply not signed in, and a wrong bearer token or none gets
    401 with what to send, not a CSRF error. Whoever the session does sign in
    is checked as before, whatever the session cookie is named.
    """

    def _get_key(self, request: HttpRequest) -> str | None:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return super()._get_key(request)


django_auth = BrowserSession()
# Use as `auth=api_auth` on any operation that needs a signed-in user.
api_auth = [BearerToken(), django_auth]
# The same for an operation that reads the token's account in its own query.
api_auth_later = [BearerToken(later=True), django_auth]


def token_resolve(request: HttpRequest) -> User:
    """Return the user of a token left for later, else the session's; else 401.

    As `api_auth` would have answered. The user becomes the request's
    (`request.auth` and `request.user`); any other authentication is kept.
    """
    later = request.auth
    if not isinstance(later, TokenLater):
        return later
    user = token_user(later.key) or django_auth(request)
    if user is None:
        raise AuthenticationError
    request.auth = request.user = user
    return user


# What an operation reads of a token's account in its own query, as JSON: text,
# numbers and booleans only, so that the values come back as the columns hold
# them. The account's other columns are deferred (read if ever asked for).
_ACCOUNT_COLUMNS = (
    "id",
    "username",
    "is_active",
    "is_staff",
    "is_superuser",
    "email",
    "kind",
    "full_name",
    "id_number",
    "tax_code",
    "id_verified",
    "representative",
    "phone",
    "address",
    "agency_id",
)


_ACCOUNT_FLAGS = tuple(
    name
    for name in _ACCOUNT_COLUMNS
    if isinstance(User._meta.get_field(name), models.BooleanField)
)


def token_account(key_hash: Any, now: Any) -> tuple[Subquery, Subquery]:
    """Return the token's user id and its account, as expressions of a query.

    The id is NULL for a token that is unknown or expired; the account also for
    a token of an inactive user, whose request is then refused whatever else
    the query read by the id. `token_account_of` turns the account's value into
    the user.
    """
    # By the token's unique hash, then the account by its key: two index
    # look-ups, whatever the planner thinks of the tables' sizes.
    token_owner = Subquery(
        ApiToken.objects.filter(key_hash=key_hash, expires_at__gt=now)
        .order_by()
        .values("user_id")[:1]
    )
    accounts = User.objects.filter(pk=token_owner, is_active=True).order_by()
    account = JSONObject(**{name: name for name in _ACCOUNT_COLUMNS})
    return (
        token_owner,
        Subquery(accounts.values(account=account)[:1], output_field=JSONField()),
    )


def token_account_of(value: dict | None, using: str = DEFAULT_DB_ALIAS) -> User | None:
    """Return the user whose account `token_account` read, or None."""
    if value is None:
        return None
    values = {name: value[name] for name in _ACCOUNT_COLUMNS}
    for name in _ACCOUNT_FLAGS:  # SQLite's JSON writes booleans as 1 and 0
        values[name] = bool(values[name])
    return instance_of(User, values, using)


router = Router(tags=["Xác thực"])


class TokenIn(Schema):
    username: str = Field(
        ...,
        min_length=1,
        max_length=150,
        description="Tên đăng nhập hoặc số điện thoại",
    )
    password: str = Field(..., min_length=1, max_length=128)


class TokenOut(Schema):
    token: str
    expires_at: datetime


@router.post(
    "/auth/token",
    response={200: TokenOut, **error_responses(400, 401, 422, 429)},
    auth=None,
    summary="Lấy mã truy cập",
)
def token_create(request: HttpRequest, payload: TokenIn):
    """Exchange a username (or phone) and password for a bearer token."""
    request_limit(request, scope="token", setting="MOTCUA_TOKEN_RATE_LIMIT")
    user = credentials_check(
        request, login=payload.username.strip(), password=payload.password
    )
    if user is None:
        raise ApiError(
            401,
            "invalid_credentials",
            _("Tên đăng nhập (hoặc số điện thoại) hoặc mật khẩu không đúng."),
        )
    token = token_issue(user=user)
    return {"token": token, "expires_at": timezone.now() + TOKEN_LIFETIME}
