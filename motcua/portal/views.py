"""Public pages of the portal: the catalog and a procedure's page."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from motcua.catalog.models import Procedure
from motcua.catalog.selectors import (
    field_list_with_counts,
    procedure_get_public,
    procedure_list_public,
    service_level_counts,
)


def home(request: HttpRequest) -> HttpResponse:
    """Show the catalog: search box, filters and the procedures found."""
    query = request.GET.get("q", "")[:200]
    field_code = request.GET.get("linh-vuc", "")[:30]
    service_level = request.GET.get("muc-do", "")
    if service_level not in Procedure.ServiceLevel.values:
        service_level = ""
    procedures = procedure_list_public(
        query=query, field_code=field_code, service_level=service_level
    )
    page = Paginator(procedures, 20).get_page(request.GET.get("trang"))
    context = {
        "page": page,
        "query": query,
        "field_code": field_code,
        "service_level": service_level,
        "fields": field_list_with_counts(),
        "service_levels": Procedure.ServiceLevel.choices,
        "counts": service_level_counts(),
    }
    return render(request, "portal/procedure_list.html", context)


def procedure_detail(request: HttpRequest, code: str) -> HttpResponse:
    """Show what to bring, fees, time limit, where to go and the legal basis."""
    try:
        procedure = procedure_get_public(code=code)
    except Procedure.DoesNotExist:
        raise Http404 from None
    return render(request, "portal/procedure_detail.html", {"procedure": procedure})
