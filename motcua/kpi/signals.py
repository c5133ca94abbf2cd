"""Hear dossier saves, so the rollups follow every lifecycle event.

The dossier services belong to another app; a receiver here keeps them unaware of
the indicators. It only schedules an after-commit task: no counting happens inside
the dossier's transaction.
"""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from motcua.dossiers.models import Dossier
from motcua.kpi.services import dossier_changed


@receiver(post_save, sender=Dossier, dispatch_uid="kpi_dossier_saved")
def dossier_saved(sender, instance: Dossier, raw: bool = False, **kwargs) -> None:
    if raw or instance.status == Dossier.Status.DRAFT:
        return
    dossier_changed(dossier_id=instance.pk)
