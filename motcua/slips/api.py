"""The slips as PDF: one per dossier and type, and the register of a reception unit."""

from __future__ import annotations

from datetime import date

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from ninja import Field as SchemaField
from ninja import Query, Router, Schema

from motcua.accounts.models import Agency
from motcua.accounts.selectors import agency_scope_for
from motcua.api.auth import api_auth
from motcua.api.errors import ApiError, error_responses
from motcua.audit.models import AccessLog
from motcua.audit.services import access_record
from motcua.catalog.models import Field
from motcua.dossiers.selectors import dossier_get_for
from motcua.slips.content import DOSSIER_SLIPS
from motcua.slips.services import book_filename, book_pdf, slip_issue

router = Router(tags=["Phiếu, sổ theo dõi (PDF)"])


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=filename
    )
    response["Cache-Control"] = "private, no-store"
    return response


@router.get(
    "/dossiers/{code}/slips/{slip_type}",
    response=error_responses(401, 404, 409),
    auth=api_auth,
    summary="In phiếu của hồ sơ (PDF)",
    openapi_extra={
        "responses": {
            200: {
                "description": "PDF",
                "content": {"application/pdf": {"schema": {"type": "string"}}},
            }
        }
    },
)
def slip_get(request: HttpRequest, code: str, slip_type: str):
    """Return a slip of a dossier as PDF: receipt, supplement, refusal, apology,
    stop or control (Circular 03/2025, forms 01–06).

    For the dossier's owner and the officials who may see it; an official's print
    is recorded in the dossier's access log. A slip the dossier's history does not
    have yet (a refusal slip for a dossier never refused) answers 409.
    """
    if slip_type not in DOSSIER_SLIPS:
        raise ApiError(
            404,
            "unknown_slip_type",
            _("Không có loại phiếu «%(type)s». Các loại phiếu: %(types)s.")
            % {"type": slip_type, "types": ", ".join(DOSSIER_SLIPS)},
        )
    dossier = dossier_get_for(user=request.user, code=code)
    slip = slip_issue(dossier=dossier, slip_type=slip_type, actor=request.user)
    access_record(
        user=request.user,
        dossier=dossier,
        action=AccessLog.Action.SLIP,
        target=f"{slip_type} {slip.document_number}",
    )
    response = _pdf(slip.pdf, slip.filename)
    response["X-Document-Number"] = slip.document_number
    return response


class BookQuery(Schema):
    date_from: date = SchemaField(..., alias="from", description="Từ ngày (YYYY-MM-DD)")
    date_to: date = SchemaField(..., alias="to", description="Đến ngày (YYYY-MM-DD)")
    field: str = SchemaField("", description="Mã lĩnh vực; để trống: mọi lĩnh vực")


@router.get(
    "/receptions/{unit_code}/book",
    response=error_responses(401, 404, 422),
    auth=api_auth,
    summary="In sổ theo dõi hồ sơ (PDF)",
    openapi_extra={
        "responses": {
            200: {
                "description": "PDF",
                "content": {"application/pdf": {"schema": {"type": "string"}}},
            }
        }
    },
)
def book_get(request: HttpRequest, unit_code: str, query: Query[BookQuery]):
    """Return the register of the dossiers a reception unit received (form 07).

    For the officials whose scope holds that reception unit; others get 404.
    """
    reception = (
        agency_scope_for(user=request.user)
        .filter(code=unit_code, level=Agency.Level.RECEPTION)
        .first()
    )
    if reception is None:
        raise Http404
    field = None
    if query.field:
        field = Field.objects.filter(code=query.field).first()
        if field is None:
            raise ApiError(
                422,
                "unknown_field",
                _("Không có lĩnh vực mã «%(code)s».") % {"code": query.field},
                {"field": [_("Hãy chọn một mã lĩnh vực có trong danh mục.")]},
            )
    content = book_pdf(
        reception=reception,
        field=field,
        date_from=query.date_from,
        date_to=query.date_to,
        actor=request.user,
    )
    return _pdf(
        content,
        book_filename(
            reception=reception, date_from=query.date_from, date_to=query.date_to
        ),
    )
