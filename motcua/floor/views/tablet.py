"""The satisfaction tablet at a counter (no login; opened through its secret link)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from motcua.core.errors import DomainError
from motcua.core.text import int_or_zero
from motcua.feedback.models import Rating
from motcua.floor.models import Counter, Ticket
from motcua.floor.services import tablet_rate, tablet_ticket


@never_cache
def tablet(request: HttpRequest, key: str) -> HttpResponse:
    """Three big buttons; a tap records the rating of the visit just served."""
    counter = get_object_or_404(Counter.objects.select_related("hall"), tablet_key=key)
    context = {"counter": counter, "levels": Rating.Level.choices}
    if request.method == "POST":
        ticket = None
        if request.POST.get("ticket"):
            ticket = Ticket.objects.filter(
                pk=int_or_zero(request.POST["ticket"]), counter=counter
            ).first()
        try:
            rating = tablet_rate(
                counter=counter,
                level=request.POST.get("level", ""),
                comment=request.POST.get("comment", ""),
                ticket=ticket,
            )
        except DomainError as error:
            context.update(error=error.message, ticket=tablet_ticket(counter=counter))
            return render(request, "floor/tablet.html", context, status=400)
        context["thanks"] = rating
        return render(request, "floor/tablet.html", context)
    context["ticket"] = tablet_ticket(counter=counter)
    return render(request, "floor/tablet.html", context)
