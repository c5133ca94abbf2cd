"""Background work of the indicators: recount dossiers after their changes commit."""

from __future__ import annotations

from django_tasks import task

from motcua.kpi.services import facts_refresh


@task()
def kpi_dossiers_refresh(*, dossier_ids: list[int]) -> int:
    """Recount these dossiers into the rollups; return how many changed."""
    return facts_refresh(dossier_ids=dossier_ids)
