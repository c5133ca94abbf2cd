"""Changes to agencies and accounts."""

from __future__ import annotations

from datetime import date, datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, OfficialRole, User
from motcua.core.errors import DomainError


@transaction.atomic
def agency_abolish(
    *,
    agency: Agency,
    successor: Agency,
    last_day: date,
    actor: User | None = None,
    at: datetime | None = None,
) -> int:
    """Close an agency after `last_day`, record its successor, move its open dossiers.

    The abolished agency keeps its history and its finished dossiers; each open
    dossier goes to the successor with an event. Return how many moved.
    """
    from motcua.dossiers.services import dossier_transfer_agency

    if successor.pk == agency.pk:
        raise DomainError(_("Đơn vị kế thừa phải khác đơn vị bị bãi bỏ."))
    if successor.active_to is not None:
        raise DomainError(_("Đơn vị kế thừa đã ngừng hoạt động."))
    agency.active_to = last_day
    agency.successor = successor
    agency.save(update_fields=["active_to", "successor", "updated_at"])
    return dossier_transfer_agency(
        from_agency=agency, to_agency=successor, actor=actor, at=at or timezone.now()
    )


@transaction.atomic
def official_create(
    *,
    username: str,
    full_name: str,
    agency: Agency,
    roles: list[str],
    password: str | None = None,
    **fields,
) -> User:
    """Create an official of an agency with the given roles."""
    user = User(
        username=username,
        full_name=full_name,
        kind=User.Kind.OFFICIAL,
        agency=agency,
        **fields,
    )
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    OfficialRole.objects.bulk_create([OfficialRole(user=user, role=r) for r in roles])
    return user
