"""API authentication: the browser session or `Authorization: Bearer <token>`."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from django.contrib.auth import authenticate
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.security import HttpBearer, django_auth

from motcua.accounts.models import User
from motcua.api.errors import ApiError
from motcua.api.models import ApiToken
from motcua.api.ratelimit import request_limit

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


class BearerToken(HttpBearer):
    """Accept a valid, unexpired token and make its user the request's user."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = next(
            iter(
                ApiToken.objects.select_related("user")
                .filter(key_hash=_digest(token), expires_at__gt=timezone.now())
                .order_by()[:1]
            ),
            None,
        )
        if found is None or not found.user.is_active:
            return None
        request.user = found.user
        return found.user


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


@router.post("/auth/token", response=TokenOut, auth=None, summary="Lấy mã truy cập")
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
