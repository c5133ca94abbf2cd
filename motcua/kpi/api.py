"""API of the indicators: the public figures, and an agency's for officials."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema

from motcua.api.auth import api_auth
from motcua.api.errors import error_responses
from motcua.core.errors import ValidationFailed
from motcua.kpi.management.commands.kpi import _plain
from motcua.kpi.selectors import Scope, dashboard_agencies_for, indicators
from motcua.kpi.services import period_problem

router = Router(tags=["kpi"])


class IndicatorsOut(Schema):
    period: dict[str, str]
    scope: str
    data: dict[str, Any]


def _period(start: date | None, end: date | None) -> tuple[date, date]:
    today = timezone.localdate()
    start = start or date(today.year, 1, 1)
    end = end or today
    problem = period_problem(start, end)
    if problem:
        raise ValidationFailed({"end" if end < start else "start": [problem]})
    return start, end


@router.get(
    "/kpi/public",
    response={200: IndicatorsOut, **error_responses(422)},
    url_name="kpi_public",
)
def kpi_public(
    request: HttpRequest, start: date | None = None, end: date | None = None
):
    """Return the province's indicators (public, no login)."""
    start, end = _period(start, end)
    data = _plain(indicators(scope=Scope(), start=start, end=end))
    return {"period": data["period"], "scope": data["scope"], "data": data}


@router.get(
    "/kpi/agencies/{code}",
    response={200: IndicatorsOut, **error_responses(401, 404, 422)},
    auth=api_auth,
    url_name="kpi_agency",
)
def kpi_agency(
    request: HttpRequest,
    code: str,
    start: date | None = None,
    end: date | None = None,
    subtree: bool = True,
):
    """Return one agency's indicators, for officials who may see it."""
    agency = dashboard_agencies_for(user=request.auth).filter(code=code).first()
    if agency is None:
        raise Http404(_("Không có cơ quan này trong phạm vi được xem."))
    start, end = _period(start, end)
    data = _plain(
        indicators(scope=Scope(agency=agency, subtree=subtree), start=start, end=end)
    )
    return {"period": data["period"], "scope": data["scope"], "data": data}
