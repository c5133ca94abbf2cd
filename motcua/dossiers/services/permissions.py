"""Who may act on a dossier: the owner, or an official of the right side and role."""

from __future__ import annotations

from enum import StrEnum

from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.core.errors import PermissionDenied
from motcua.dossiers.models import Dossier


class Side(StrEnum):
    """Which agency of a dossier an official acts for."""

    RECEPTION = "reception"
    DECIDING = "deciding"


def _within(agency: Agency, official: User) -> bool:
    return agency.path.startswith(official.agency.path)


def official_may_act(
    *, actor: User, dossier: Dossier, side: Side, roles, consulted: bool = True
) -> bool:
    """Return whether an official holds a role on that side of this dossier.

    `consulted=False` keeps decisions (approve, stop, apologise) to the deciding
    agency: a consulted agency gives its opinion but does not decide.
    """
    if not (actor.is_official and actor.agency_id and actor.has_role(*roles)):
        return False
    if side == Side.RECEPTION:
        return _within(dossier.reception, actor)
    if _within(dossier.agency, actor):
        return True
    return consulted and any(
        _within(agency, actor) for agency in dossier.consulted.all()
    )


def require_official(
    *, actor: User | None, dossier: Dossier, side: Side, roles, consulted: bool = True
):
    """Raise PermissionDenied unless the official may act on this dossier."""
    if actor is None or not official_may_act(
        actor=actor, dossier=dossier, side=side, roles=roles, consulted=consulted
    ):
        raise PermissionDenied(
            _("Bạn không có quyền thực hiện thao tác này với hồ sơ %(code)s.")
            % {"code": dossier.code or ""}
        )


def require_owner_or_reception(*, actor: User | None, dossier: Dossier, roles):
    """Raise PermissionDenied unless the actor owns the dossier or receives it."""
    if actor is not None and dossier.owner_id and actor.pk == dossier.owner_id:
        return
    if (
        actor is not None
        and dossier.assisted_by_id == actor.pk
        and dossier.status == Dossier.Status.DRAFT
    ):
        # A guidance-team member or counter officer helping a citizen submit online
        # (with the citizen's consent) may finish the draft they started.
        return
    require_official(actor=actor, dossier=dossier, side=Side.RECEPTION, roles=roles)
