"""API authentication: the browser session or `Authorization: Bearer <token>`."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, django_auth

from motcua.accounts.models import User
from motcua.api.models import ApiToken

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


class BearerToken(HttpBearer):
    """Accept a valid, unexpired token and make its user the request's user."""

    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        found = (
            ApiToken.objects.select_related("user", "user__agency")
            .filter(key_hash=_digest(token), expires_at__gt=timezone.now())
            .first()
        )
        if found is None or not found.user.is_active:
            return None
        request.user = found.user
        return found.user


# Use as `auth=api_auth` on any operation that needs a signed-in user.
api_auth = [BearerToken(), django_auth]
