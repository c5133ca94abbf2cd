"""Sign-in through the national identity provider (VNeID) with OpenID Connect.

Enabled only when OIDC_RP_CLIENT_ID is set (config/settings/base.py). Accounts
are matched by the citizen identity number (CCCD) claim, and created on first
sign-in: VNeID has already verified the person, so no code is asked.
"""

from __future__ import annotations

import logging
import secrets

from django.conf import settings
from django.core.exceptions import SuspiciousOperation, ValidationError
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from motcua.accounts.models import User
from motcua.accounts.validators import validate_citizen_id

logger = logging.getLogger(__name__)


def oidc_enabled() -> bool:
    """Return whether an OpenID Connect provider is configured."""
    return bool(getattr(settings, "OIDC_RP_CLIENT_ID", ""))


def _phone(claims: dict) -> str:
    digits = "".join(ch for ch in str(claims.get("phone_number", "")) if ch.isdigit())
    if digits.startswith("84") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits[:20]


class VNeIDBackend(OIDCAuthenticationBackend):
    """Find or create the citizen whose CCCD the provider vouches for."""

    def citizen_id(self, claims: dict) -> str:
        claim = getattr(settings, "OIDC_CITIZEN_ID_CLAIM", "citizen_id")
        value = str(claims.get(claim, "")).strip()
        try:
            validate_citizen_id(value)
        except ValidationError:
            logger.warning("OIDC claims without a valid %s", claim)
            return ""
        return value

    def verify_claims(self, claims: dict) -> bool:
        return bool(self.citizen_id(claims))

    def filter_users_by_claims(self, claims: dict):
        number = self.citizen_id(claims)
        if not number:
            return self.UserModel.objects.none()
        # Only an account whose number was proven (by VNeID itself, or checked on
        # the ID card by an official) is this citizen's: anyone can type a number
        # when registering with a password.
        return self.UserModel.objects.filter(
            kind=User.Kind.CITIZEN, id_number=number, is_active=True, id_verified=True
        )

    def create_user(self, claims: dict) -> User:
        number = self.citizen_id(claims)
        same = User.objects.filter(id_number=number)
        if same.filter(id_verified=True, is_active=False).exists():
            raise SuspiciousOperation("VNeID sign-in for a locked account")
        # Accounts that merely typed this number lose it to the proven owner.
        squatters = same.filter(id_verified=False)
        if squatters.exists():
            logger.warning("VNeID owner of %s replaces an unproven claim", number[-4:])
            squatters.update(id_number="")
        email = str(claims.get("email", "")).strip().lower()
        if email and User.objects.filter(email__iexact=email).exists():
            email = ""
        username = number
        if User.objects.filter(username=username).exists():
            username = f"vneid-{number}-{secrets.token_hex(3)}"
        user = User(
            username=username,
            kind=User.Kind.CITIZEN,
            id_number=number,
            id_verified=True,
            full_name=str(claims.get("name", ""))[:255],
            email=email,
            phone=_phone(claims),
        )
        user.set_unusable_password()
        user.save()
        return user

    def update_user(self, user: User, claims: dict) -> User:
        changed = []
        for field, value in (
            ("full_name", str(claims.get("name", ""))[:255]),
            ("phone", _phone(claims)),
        ):
            if value and not getattr(user, field):
                setattr(user, field, value)
                changed.append(field)
        if changed:
            user.save(update_fields=changed)
        return user
