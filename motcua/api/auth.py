"""API authentication: the browser session or `Authorization: Bearer <token>`."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from django.contrib.auth import authenticate
from django.db import DEFAULT_DB_ALIAS
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.security import HttpBearer, django_auth

from motcua.accounts.models import User
from motcua.api.errors import ApiError, error_responses
from motcua.api.models import ApiToken
from motcua.api.ratelimit import request_limit
from motcua.core.compiled import CompiledQuery, attnames, instance

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


class BearerToken(HttpBearer):
    """Accept a valid, unexpired token and make its user the request's user."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        user = token_user(token)
        if user is None:
            return None
        request.user = user
        return user


# Use as `auth=api_auth` on any operation that needs a signed-in user.
api_auth = [BearerToken(), django_auth]


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
