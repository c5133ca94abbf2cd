"""Reads about agencies and officials; the scope selector every later query uses."""

from __future__ import annotations

from django.db.models import QuerySet

from motcua.accounts.models import Agency, Role, User

# Roles that look across the whole province, whatever agency they sit in.
PROVINCE_WIDE_ROLES = (Role.PROVINCE_ADMIN, Role.INSPECTOR)


def agency_subtree(*, agency: Agency, include_self: bool = True) -> QuerySet[Agency]:
    """Return the agency and everything below it in the tree."""
    agencies = Agency.objects.filter(path__startswith=agency.path)
    if not include_self:
        agencies = agencies.exclude(pk=agency.pk)
    return agencies


def agency_scope_for(*, user: User) -> QuerySet[Agency]:
    """Return the agencies whose records this user may see.

    An official sees their own agency's subtree; a province administrator or an
    inspector sees the whole province; anyone else sees no agency's records.
    """
    if not (user.is_authenticated and user.is_official and user.agency_id):
        return Agency.objects.none()
    if user.has_role(*PROVINCE_WIDE_ROLES):
        return Agency.objects.all()
    return agency_subtree(agency=user.agency)


def agency_ancestors(*, agency: Agency) -> QuerySet[Agency]:
    """Return the agencies above this one, the province first."""
    ids = [int(part) for part in agency.path.strip("/").split("/")[:-1] if part]
    return Agency.objects.filter(pk__in=ids).order_by("path")


def agency_province() -> Agency:
    """Return the root of the tree (the province's people's committee)."""
    return Agency.objects.get(level=Agency.Level.PROVINCE, parent__isnull=True)
