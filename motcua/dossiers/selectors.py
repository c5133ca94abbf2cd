"""Reads of dossiers, always starting from the rows the asker may see."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.shortcuts import get_object_or_404

from motcua.accounts.models import User
from motcua.accounts.selectors import PROVINCE_WIDE_ROLES
from motcua.dossiers.models import Dossier, DossierEvent


def dossier_list_for(*, user: User) -> QuerySet[Dossier]:
    """Return the dossiers this user may see.

    An official sees the dossiers their agency's subtree decides, receives or is
    consulted on; a province administrator or inspector sees all; a citizen or an
    organisation sees only the dossiers of their own account.
    """
    dossiers = Dossier.objects.select_related("procedure", "agency", "reception")
    if not user.is_authenticated:
        return dossiers.none()
    if user.is_official:
        if user.has_role(*PROVINCE_WIDE_ROLES):
            return dossiers
        prefix = user.agency.path
        consulted = Dossier.consulted.through.objects.filter(
            dossier_id=OuterRef("pk"), agency__path__startswith=prefix
        )
        return dossiers.filter(
            Q(agency__path__startswith=prefix)
            | Q(reception__path__startswith=prefix)
            | Exists(consulted)
        )
    return dossiers.filter(owner=user)


def dossier_get_for(*, user: User, code: str) -> Dossier:
    """Return one visible dossier by code, or raise Http404."""
    return get_object_or_404(dossier_list_for(user=user), code=code)


def dossier_events(*, dossier: Dossier) -> QuerySet[DossierEvent]:
    """Return a dossier's history in order, with the acting units."""
    return dossier.events.select_related("actor_agency").order_by("seq")
