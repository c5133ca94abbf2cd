"""Satisfaction tablets at the counters (DOMAIN §11)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.core.errors import DomainError, ValidationFailed
from motcua.feedback.models import Rating
from motcua.floor.models import Counter, Ticket

# A visitor rates on the tablet just after being served.
RATE_WITHIN = timedelta(minutes=15)


def tablet_ticket(*, counter: Counter, at: datetime | None = None) -> Ticket | None:
    """Return the ticket a tablet rates: the one being served, or just served."""
    at = at or timezone.now()
    tickets = Ticket.objects.filter(counter_id=counter.pk, ratings__isnull=True)
    current = tickets.filter(status=Ticket.Status.CALLED).first()
    if current is not None:
        return current
    return (
        tickets.filter(status=Ticket.Status.DONE, finished_at__gte=at - RATE_WITHIN)
        .order_by("-finished_at")
        .first()
    )


@transaction.atomic
def tablet_rate(
    *,
    counter: Counter,
    level: str,
    comment: str = "",
    ticket: Ticket | None = None,
    at: datetime | None = None,
) -> Rating:
    """Record a visitor's rating of the visit at this counter, once per ticket."""
    if level not in Rating.Level.values:
        raise ValidationFailed({"level": [_("Hãy chọn một mức độ hài lòng.")]})
    counter = Counter.objects.select_related("hall").get(pk=counter.pk)
    if ticket is not None:
        ticket = Ticket.objects.select_for_update().get(pk=ticket.pk)
        if ticket.counter_id != counter.pk:
            raise DomainError(_("Số thứ tự này không được phục vụ tại quầy này."))
        if Rating.objects.filter(ticket=ticket).exists():
            raise DomainError(_("Lượt phục vụ này đã được đánh giá. Xin cảm ơn!"))
    return Rating.objects.create(
        level=level,
        comment=comment.strip()[:2000],
        source=Rating.Source.TABLET,
        agency_id=counter.hall.reception_id,
        ticket=ticket,
        dossier_id=ticket.dossier_id if ticket else None,
    )
