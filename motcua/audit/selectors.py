"""Reads of the access log."""

from __future__ import annotations

from django.db.models import QuerySet

from motcua.audit.models import AccessLog
from motcua.dossiers.models import Dossier


def access_log_for_dossier(*, dossier: Dossier) -> QuerySet[AccessLog]:
    """Return who at which agency looked at a dossier, newest first.

    For the applicant's page: show the agency and the role, not the person's data.
    """
    return AccessLog.objects.filter(dossier=dossier).select_related("agency")
