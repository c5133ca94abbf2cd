"""Kiosks (no login, opened through their secret link) and the phone ticket page."""

from __future__ import annotations

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from motcua.catalog.models import CounterGroup, Procedure
from motcua.catalog.selectors import procedure_get_public, procedure_list_public
from motcua.core.errors import DomainError, ValidationFailed
from motcua.floor.models import Kiosk, Ticket
from motcua.floor.selectors import (
    groups_for_reception,
    guides_for_procedure,
    procedures_for_kiosk,
    ticket_get_public,
    ticket_position,
)
from motcua.floor.services import ticket_issue


def _kiosk(key: str, kind: str | None = None) -> Kiosk:
    kiosk = get_object_or_404(
        Kiosk.objects.select_related("reception"), key=key, active=True
    )
    if kind is not None and kiosk.kind != kind:
        raise Http404
    return kiosk


def qr_svg(data: str) -> str:
    """Return an inline SVG QR code for a text (no file, no outside request)."""
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    svg = image.to_string(encoding="unicode")
    # Only our own URL is encoded; the SVG markup comes from the library.
    return mark_safe(svg[svg.index("<svg") :])  # noqa: S308


def kiosk_home(request: HttpRequest, key: str) -> HttpResponse:
    """The kiosk's start screen: service groups (ticket kiosk) or the catalog."""
    kiosk = _kiosk(key)
    query = request.GET.get("q", "")[:100]
    if kiosk.kind == Kiosk.Kind.LOOKUP:
        procedures = procedure_list_public(query=query) if query else None
        context = {
            "kiosk": kiosk,
            "query": query,
            "procedures": procedures[:30] if procedures is not None else None,
        }
        return render(request, "floor/kiosk_lookup_home.html", context)
    context = {
        "kiosk": kiosk,
        "groups": groups_for_reception(reception=kiosk.reception),
        "priorities": Ticket.Priority.choices,
        "query": query,
        "procedures": (
            procedures_for_kiosk(reception=kiosk.reception, query=query)[:20]
            if query
            else None
        ),
    }
    return render(request, "floor/kiosk_ticket_home.html", context)


@require_POST
def kiosk_ticket_take(request: HttpRequest, key: str) -> HttpResponse:
    """Issue a ticket for the group or procedure touched, then show the receipt."""
    kiosk = _kiosk(key, Kiosk.Kind.TICKET)
    group = procedure = None
    if request.POST.get("group"):
        group = CounterGroup.objects.filter(
            pk=_int(request.POST["group"]), reception=kiosk.reception
        ).first()
    elif request.POST.get("procedure"):
        procedure = Procedure.objects.filter(
            pk=_int(request.POST["procedure"]), state=Procedure.State.PUBLISHED
        ).first()
    priority = request.POST.get("priority", "")
    try:
        if group is None and procedure is None:
            raise DomainError(_("Hãy chọn nhóm quầy hoặc thủ tục."))
        ticket = ticket_issue(
            reception=kiosk.reception,
            group=group,
            procedure=procedure,
            priority_reason=priority,
            kiosk=kiosk,
        )
    except DomainError as error:
        message = error.message
        if isinstance(error, ValidationFailed):
            message = " ".join(m for ms in error.errors.values() for m in ms) or message
        context = {
            "kiosk": kiosk,
            "groups": groups_for_reception(reception=kiosk.reception),
            "priorities": Ticket.Priority.choices,
            "error": message,
        }
        return render(request, "floor/kiosk_ticket_home.html", context, status=400)
    return redirect("floor:kiosk_receipt", key=kiosk.key, token=ticket.token)


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        return 0


@never_cache
def kiosk_receipt(request: HttpRequest, key: str, token: str) -> HttpResponse:
    """The ticket on screen and on the receipt printer, with its QR code."""
    kiosk = _kiosk(key, Kiosk.Kind.TICKET)
    ticket = ticket_get_public(token=token)
    if ticket.kiosk_id != kiosk.pk:
        raise Http404
    url = request.build_absolute_uri(ticket.get_absolute_url())
    context = {
        "kiosk": kiosk,
        "ticket": ticket,
        "ahead": ticket_position(ticket=ticket),
        "qr": qr_svg(url),
        "url": url,
        "print": request.GET.get("in", "1") != "0",
    }
    return render(request, "floor/kiosk_receipt.html", context)


@never_cache
def ticket_status(request: HttpRequest, token: str) -> HttpResponse:
    """The visitor's phone page: number, people ahead, the counter when called."""
    ticket = ticket_get_public(token=token)
    context = {"ticket": ticket, "ahead": ticket_position(ticket=ticket)}
    return render(request, "floor/ticket_status.html", context)


def kiosk_procedure(request: HttpRequest, key: str, code: str) -> HttpResponse:
    """A procedure's page in the kiosk's touch layout."""
    kiosk = _kiosk(key, Kiosk.Kind.LOOKUP)
    try:
        procedure = procedure_get_public(code=code)
    except Procedure.DoesNotExist:
        raise Http404 from None
    context = {
        "kiosk": kiosk,
        "procedure": procedure,
        "guides": guides_for_procedure(procedure),
        "groups": procedure.counter_groups.select_related("reception"),
    }
    return render(request, "floor/kiosk_procedure.html", context)


def kiosk_lookup(request: HttpRequest, key: str) -> HttpResponse:
    """Look a dossier up by code and PIN, through the portal's own selectors."""
    from motcua.portal import selectors as portal
    from motcua.portal.forms import LookupForm
    from motcua.portal.services import rate_limit_hit

    kiosk = _kiosk(key, Kiosk.Kind.LOOKUP)
    asked = request.method == "POST"
    form = LookupForm(request.POST if asked else None)
    context: dict = {"kiosk": kiosk, "form": form}
    if not asked:
        return render(request, "floor/kiosk_lookup.html", context)
    rate = getattr(settings, "MOTCUA_LOOKUP_RATE_LIMIT", "30/m")
    if rate_limit_hit(scope="kiosk-lookup", key=kiosk.key, rate=rate):
        context["limited"] = True
        return render(request, "floor/kiosk_lookup.html", context, status=429)
    if not form.is_valid():
        return render(request, "floor/kiosk_lookup.html", context, status=400)
    dossier = portal.dossier_lookup(
        code=form.cleaned_data["ma"], pin=form.cleaned_data["pin"]
    )
    if dossier is None:
        context["not_found"] = True
        return render(request, "floor/kiosk_lookup.html", context, status=404)
    context.update(
        dossier=dossier,
        plain_status=portal.plain_status(dossier.status),
        timeline=portal.dossier_timeline(dossier=dossier, public=True),
    )
    return render(request, "floor/kiosk_lookup.html", context)
