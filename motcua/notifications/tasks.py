"""Background work of notifications (django-tasks)."""

from __future__ import annotations

from django_tasks import task

from motcua.notifications.services import dossier_event_notify


@task()
def notify_dossier_event(*, event_id: int) -> int:
    """Send the applicant's e-mail and SMS about one event; return how many went."""
    return dossier_event_notify(event_id=event_id).sent
