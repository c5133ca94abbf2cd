"""Reads of notifications and account verification."""

from __future__ import annotations

from django.db.models import QuerySet

from motcua.accounts.models import User
from motcua.notifications.models import AccountVerification, Notification


def account_is_verified(*, user: User) -> bool:
    """Return whether the account may submit: no pending phone/e-mail verification.

    Accounts registered on the portal wait for their code; those made by an
    administrator, the demo or VNeID have no verification to wait for.
    """
    if not user.is_authenticated:
        return False
    return not AccountVerification.objects.filter(
        user=user, verified_at__isnull=True
    ).exists()


def notification_list_for_dossier(*, dossier_id: int) -> QuerySet[Notification]:
    """Return the messages sent about one dossier, newest first."""
    return Notification.objects.filter(dossier_id=dossier_id).select_related("event")
