"""Reads of the access log."""

from __future__ import annotations

from datetime import datetime

from django.db.models import QuerySet

from motcua.accounts.models import User
from motcua.audit.models import AccessLog
from motcua.dossiers.models import Dossier


def access_log_for_dossier(*, dossier: Dossier) -> QuerySet[AccessLog]:
    """Return who at which agency looked at a dossier, newest first.

    For the applicant's page: show the agency and the role, not the person's data.
    """
    return AccessLog.objects.filter(dossier=dossier).select_related("agency")


def access_log_by_official(
    *, user: User, since: datetime | None = None
) -> QuerySet[AccessLog]:
    """Return what one official looked at, newest first (for an inspector's review)."""
    logs = AccessLog.objects.filter(user=user).select_related("dossier", "agency")
    if since is not None:
        logs = logs.filter(at__gte=since)
    return logs
