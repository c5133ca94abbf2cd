"""Record officials' access to dossiers (one insert, inside the request)."""

from __future__ import annotations

from motcua.accounts.models import User
from motcua.audit.models import AccessLog
from motcua.dossiers.models import Dossier


def access_record(
    *, user: User, dossier: Dossier, action: str, target: str = ""
) -> AccessLog | None:
    """Record that an official viewed or downloaded something of a dossier.

    The applicant's own views are not recorded: the log answers "who at which
    agency looked at my dossier".
    """
    if not user.is_authenticated or not user.is_official:
        return None
    return AccessLog.objects.create(
        user=user,
        agency_id=user.agency_id,
        dossier=dossier,
        action=action,
        target=target[:255],
    )
