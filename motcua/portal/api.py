"""The public API of the portal: the catalog, a citizen's dossiers, the look-up.

The same services as the web pages: catalog selectors for reading, the dossier
lifecycle services for every change. One operation per endpoint, schemas beside.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from typing import Any, Literal, NoReturn

from django.core.cache import cache
from django.db import IntegrityError, connections
from django.db import router as db_router
from django.db.models import (
    IntegerField,
    OuterRef,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import Coalesce
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Field, File, Query, Router, Schema, Status
from ninja.errors import ValidationError as NinjaValidationError
from ninja.files import UploadedFile
from pydantic import ValidationError as PydanticValidationError

from motcua.accounts.models import Agency, User
from motcua.api.auth import (
    TokenLater,
    api_auth,
    api_auth_later,
    token_account,
    token_account_of,
    token_resolve,
)
from motcua.api.errors import ApiError, error_responses
from motcua.api.lookup import dossier_lookup_public
from motcua.api.models import ApiToken
from motcua.api.ratelimit import request_limit
from motcua.catalog.models import Component, Fee, Procedure
from motcua.catalog.selectors import procedure_get_public, procedure_page_public
from motcua.catalog.services import form_data_validate
from motcua.core.compiled import CompiledQuery, attnames, instance, instance_of
from motcua.core.errors import PermissionDenied, ValidationFailed
from motcua.core.text import unstorable
from motcua.core.workcal import LimitUnit
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_list_for
from motcua.dossiers.services import (
    CatalogReads,
    Delivery,
    InvalidTransition,
    KeyReused,
    NotDraft,
    Paper,
    client_key_check,
    document_attach_own,
    dossier_draft_create,
    dossier_submit,
    dossier_submit_whole,
    submission_catalog,
    submission_catalog_reads,
    submission_find,
    submission_fingerprint,
)
from motcua.portal.selectors import dossier_documents, dossier_timeline

router = Router(tags=["Cổng dịch vụ công"])

PAGE_SIZE = 20
CATALOG_CACHE_SECONDS = 60
# Our e-form field types as the API names them.
FIELD_TYPES = {"cccd": "id_number", "textarea": "text"}
# Hours in a working day (07:00-11:30, 13:30-17:00), to give hour limits in days.
WORKING_HOURS_PER_DAY = 8


# ---------------------------------------------------------------- catalog


class AgencyOut(Schema):
    code: str
    name: str


class ProcedureItemOut(Schema):
    code: str
    name: str
    service_level: Literal["full", "partial", "info"]
    level: str
    agency: AgencyOut | None = Field(
        description="null: thủ tục cấp xã, do UBND xã, phường người nộp chọn giải quyết"
    )
    field: str
    field_code: str
    processing_days: float | None
    time_limit: str
    fee_vnd: int
    online_only: bool


class ProcedureListOut(Schema):
    count: int
    page: int
    page_size: int
    items: list[ProcedureItemOut]


class ProcedureFilters(Schema):
    q: str = Field("", max_length=200, description="Từ khóa, có dấu hoặc không dấu")
    agency: str = Field("", max_length=35, description="Mã cơ quan giải quyết")
    field: str = Field("", max_length=30, description="Mã lĩnh vực")
    level: Literal["", "central", "province", "district", "commune"] = ""
    service_level: Literal["", "full", "partial", "info"] = ""
    page: int = Field(1, ge=1, le=10_000)


class ComponentOut(Schema):
    id: int
    name: str
    required: bool
    originals: int
    copies: int
    template_url: str | None


class FormFieldOut(Schema):
    name: str
    label: str
    type: Literal[
        "text", "number", "date", "email", "phone", "id_number", "choice", "boolean"
    ]
    required: bool
    hint: str = ""
    choices: list[dict[str, str]] | None = None


class FormOut(Schema):
    fields: list[FormFieldOut]


class FeeOut(Schema):
    name: str
    amount_vnd: int
    note: str


class ProcedureDetailOut(ProcedureItemOut):
    result_type: str
    result_name: str
    legal_basis: str
    where: str
    max_upload_mb: int
    fees: list[FeeOut]
    components: list[ComponentOut]
    form: FormOut


def _processing_days(value: Decimal, unit: str) -> float | None:
    if unit == LimitUnit.NONE:
        return None
    if unit == LimitUnit.WORKING_HOURS:
        value = Decimal(value) / WORKING_HOURS_PER_DAY
    return float(round(Decimal(value), 2))


# The list's columns: a page of the catalog needs neither papers nor long texts.
_ITEM_COLUMNS = (
    "code",
    "name",
    "service_level",
    "level",
    "online_only",
    "limit_value",
    "limit_unit",
    "agency__code",
    "agency__name",
    "field__code",
    "field__name",
)


def _limit_text(value: Decimal, unit: str, units: dict[str, str]) -> str:
    """Return a time limit as `Procedure.limit_display` says it: `5 ngày làm việc`."""
    if unit == LimitUnit.NONE:
        return units[LimitUnit.NONE]
    number = f"{Decimal(value).normalize():f}".replace(".", ",")
    return f"{number} {units.get(unit, unit)}"


def _unit_labels() -> dict[str, str]:
    """Return the time-limit units in the current language (read once a request)."""
    labels = {
        str(unit): str(label)
        for unit, label in Procedure._meta.get_field("limit_unit").choices
    }
    labels[LimitUnit.NONE] = str(_("Không quy định"))
    return labels


def _procedure_item(
    row: dict[str, Any], fee_vnd: int, units: dict[str, str]
) -> dict[str, Any]:
    value, unit = row["limit_value"], row["limit_unit"]
    return {
        "code": row["code"],
        "name": row["name"],
        "service_level": row["service_level"],
        "level": row["level"],
        "agency": {"code": row["agency__code"], "name": row["agency__name"]}
        if row["agency__code"]
        else None,
        "field": row["field__name"],
        "field_code": row["field__code"],
        "processing_days": _processing_days(value, unit),
        "time_limit": _limit_text(value, unit, units),
        "fee_vnd": fee_vnd,
        "online_only": row["online_only"],
    }


def _fee_total() -> Coalesce:
    total = (
        Fee.objects.filter(procedure=OuterRef("pk"))
        .order_by()
        .values("procedure")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    return Coalesce(Subquery(total, output_field=IntegerField()), 0)


@router.get(
    "/procedures",
    response={200: ProcedureListOut, **error_responses(400, 422)},
    summary="Tìm thủ tục hành chính",
)
def procedure_list(request: HttpRequest, filters: Query[ProcedureFilters]):
    """Search the published catalog; words match with or without diacritics.

    Answers are kept in the cache for a minute: the catalog changes a few times
    a month, the same searches come again and again, and ranking them is the
    costly part. A change to the catalog shows in searches within a minute.
    """
    key = (
        "api:procedures:"
        + hashlib.sha256(
            f"{get_language()}|{filters.model_dump_json()}".encode()
        ).hexdigest()
    )
    body = cache.get(key)
    if body is None:
        # The page is built in the schema's fields and types (a test checks it):
        # written straight to JSON, as validating it again cost more than the query.
        body = json.dumps(
            _procedure_page(filters), ensure_ascii=False, separators=(",", ":")
        )
        cache.set(key, body, CATALOG_CACHE_SECONDS)
    return HttpResponse(body, content_type="application/json")


def _procedure_page(filters: ProcedureFilters) -> dict[str, Any]:
    # One query for the page, its fees and the number found.
    count, rows = procedure_page_public(
        query=filters.q,
        field_code=filters.field,
        service_level=filters.service_level,
        level=filters.level,
        agency_code=filters.agency,
        offset=(filters.page - 1) * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    units = _unit_labels()
    return {
        "count": count,
        "page": filters.page,
        "page_size": PAGE_SIZE,
        "items": [_procedure_item(row, row["fee_vnd"], units) for row in rows],
    }


def _form_field(spec: dict) -> dict[str, Any]:
    kind = spec.get("type", "text")
    field = {
        "name": spec["name"],
        "label": spec.get("label", spec["name"]),
        "type": FIELD_TYPES.get(kind, kind),
        "required": bool(spec.get("required")),
        "hint": spec.get("hint", ""),
    }
    if kind == "choice":
        field["choices"] = [
            {"value": str(value), "label": str(label)}
            for value, label in spec.get("choices", [])
        ]
    return field


@router.get(
    "/procedures/{code}",
    response={200: ProcedureDetailOut, **error_responses(400, 404)},
    summary="Chi tiết thủ tục: giấy tờ, tờ khai, phí",
)
def procedure_detail(request: HttpRequest, code: str):
    """Return a procedure with its papers, e-form and fees."""
    try:
        procedure = procedure_get_public(code=code)
    except Procedure.DoesNotExist:
        raise ApiError(
            404,
            "not_found",
            _("Không tìm thấy thủ tục %(code)s.") % {"code": code[:40]},
        ) from None
    fees = list(procedure.fees.all())
    row = {name: getattr(procedure, name) for name in _ITEM_COLUMNS if "__" not in name}
    agency = procedure.agency
    row.update(
        agency__code=agency.code if agency else None,
        agency__name=agency.name if agency else None,
        field__code=procedure.field.code,
        field__name=procedure.field.name,
    )
    item = _procedure_item(row, sum(fee.amount for fee in fees), _unit_labels())
    item.update(
        result_type=procedure.result_type,
        result_name=procedure.result_name,
        legal_basis=procedure.legal_basis,
        where=procedure.where,
        max_upload_mb=procedure.max_upload_mb,
        fees=[{"name": f.name, "amount_vnd": f.amount, "note": f.note} for f in fees],
        components=[
            {
                "id": c.pk,
                "name": c.name,
                "required": c.required,
                "originals": c.originals,
                "copies": c.copies,
                # Through the portal's view, never MEDIA_URL.
                "template_url": request.build_absolute_uri(
                    reverse(
                        "portal:component_template",
                        kwargs={"code": procedure.code, "pk": c.pk},
                    )
                )
                if c.template_file
                else None,
            }
            for c in procedure.components.all()
        ],
        form={"fields": [_form_field(spec) for spec in procedure.form_schema or []]},
    )
    return item


# ---------------------------------------------------------------- dossiers


class DeliveryIn(Schema):
    method: Literal["online", "counter", "post"]
    address: str = Field("", max_length=255)


class DossierCreateIn(Schema):
    procedure_code: str = Field(..., min_length=1, max_length=40)
    form: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    delivery: DeliveryIn
    agency_code: str | None = Field(
        None,
        max_length=35,
        description="Mã UBND xã, phường giải quyết (chỉ với thủ tục cấp xã)",
    )


class DossierCreatedOut(Schema):
    id: int
    status: str


class DocumentOut(Schema):
    id: int
    component_id: int | None
    kind: str
    name: str
    content_type: str
    sha256: str
    size: int


class SubmittedOut(Schema):
    id: int
    code: str
    status: str
    lookup_pin: str
    submitted_at: datetime | None


class EventOut(Schema):
    at: datetime
    action: str
    status_label: str
    unit: str
    reason: str = ""
    items: list[str] = Field(default_factory=list)


class ProcedureRefOut(Schema):
    code: str
    name: str


class DossierOut(Schema):
    id: int
    code: str | None
    status: str
    status_label: str
    procedure: ProcedureRefOut
    agency: AgencyOut
    reception: AgencyOut
    form: dict[str, Any]
    delivery: DeliveryIn
    fee_vnd: int
    payment: str
    lookup_pin: str | None
    created_at: datetime
    submitted_at: datetime | None
    received_at: datetime | None
    due_at: datetime | None
    returned_at: datetime | None
    documents: list[DocumentOut]
    timeline: list[EventOut]


def _applicant_account(request: HttpRequest) -> User:
    """Return the signed-in citizen or organisation, refusing officials."""
    user = request.auth
    if user.kind not in (User.Kind.CITIZEN, User.Kind.ORGANISATION):
        raise PermissionDenied(
            _(
                "Chỉ tài khoản công dân hoặc tổ chức mới nộp và theo dõi hồ sơ của "
                "mình qua các địa chỉ này."
            )
        )
    return user


def _own_dossiers(user: User) -> QuerySet[Dossier]:
    # Unordered and without the selector's joins: one row by key needs neither.
    return (
        dossier_list_for(user=user).filter(owner=user).select_related(None).order_by()
    )


def _own_dossier(
    user: User, dossier_id: int, *related: str, columns: tuple[str, ...] = ()
) -> Dossier:
    dossiers = _own_dossiers(user).select_related(*related).filter(pk=dossier_id)
    if columns:
        dossiers = dossiers.only(*columns)
    dossier = next(iter(dossiers[:1]), None)
    if dossier is None:
        _own_dossier_missing(dossier_id)
    return dossier


def _own_dossier_missing(dossier_id: int) -> NoReturn:
    raise ApiError(
        404,
        "not_found",
        _("Không tìm thấy hồ sơ số %(id)s trong tài khoản của bạn.")
        % {"id": dossier_id},
    )


# What starting a draft reads of its procedure (the agency's row whole): the
# long texts of the catalog are not needed.
_DRAFT_PROCEDURE_COLUMNS = (
    "id",
    "code",
    "name",
    "state",
    "service_level",
    "form_schema",
    "result_type",
    "max_upload_mb",
    "agency_id",
)
_DRAFT_AGENCY_COLUMNS = attnames(Agency)


@functools.cache
def _procedure_query(
    vendor: str, whole: bool, by_token: bool = False
) -> tuple[CompiledQuery, tuple[str, ...]]:
    """Return the query of a procedure to submit to, compiled once per process.

    The procedure, its agency and its fees; for a whole submission also what it
    reads besides, by the owner's key (`submission_catalog`), and the names of
    those extra columns. The owner is given by id, or `by_token`: by a bearer
    token's hash, whose account the query then also reads (`token_account`).
    """
    fields = {"code": Procedure._meta.get_field("code")}
    if whole:
        fields["key"] = Dossier._meta.get_field("client_key")
        if by_token:
            fields["key_hash"] = ApiToken._meta.get_field("key_hash")
            fields["now"] = ApiToken._meta.get_field("expires_at")
        else:
            fields["owner_id"] = User._meta.pk

    def extra_of(owner_id=None, key=None, key_hash=None, now=None) -> dict:
        if not whole:
            return {}
        if not by_token:
            return submission_catalog(vendor, owner_id, key)
        owner, account = token_account(key_hash, now)
        return {**submission_catalog(vendor, owner, key), "account": account}

    def build(code, **values):
        extra = extra_of(**values)
        return (
            Procedure.objects.filter(code=code, state=Procedure.State.PUBLISHED)
            .annotate(fee_sum=_fee_total(), **extra)  # the fees, in the same query
            .order_by()
            .values_list(
                *_DRAFT_PROCEDURE_COLUMNS,
                *(f"agency__{name}" for name in _DRAFT_AGENCY_COLUMNS),
                "fee_sum",
                *extra,
            )[:1]
        )

    names = tuple(submission_catalog(vendor, None, None)) if whole else ()
    if by_token:
        names += ("account",)
    return CompiledQuery(build, **fields), names


def _procedure_read(
    code: str,
    *,
    owner: User | None = None,
    key: str = "",
    token: TokenLater | None = None,
) -> tuple[Procedure | None, CatalogReads | None]:
    """Return the published procedure of this code (or None), and what else it read.

    With the owner (or the bearer `token` standing for it) and the key of a
    whole submission, the same query also reads what the submission needs
    besides (`submission_catalog`); else no reads. By token, the reads' `owner`
    is the token's account, None when the token is not valid.
    """
    using = db_router.db_for_read(Procedure)
    whole = owner is not None or token is not None
    by_token = owner is None and token is not None
    query, extra = _procedure_query(connections[using].vendor, whole, by_token)
    values = {"key": key} if whole else {}
    if by_token:
        values.update(key_hash=token.key_hash, now=timezone.now())
    elif whole:
        values["owner_id"] = owner.pk
    row = query.first(using, code=code.strip(), **values)
    if row is None:
        return None, None
    count = len(_DRAFT_PROCEDURE_COLUMNS)
    procedure = instance_of(
        Procedure, dict(zip(_DRAFT_PROCEDURE_COLUMNS, row, strict=False)), using
    )
    agency = row[count : count + len(_DRAFT_AGENCY_COLUMNS)]
    procedure.agency = (
        instance(Agency, _DRAFT_AGENCY_COLUMNS, agency, using)
        if procedure.agency_id
        else None
    )
    after = count + len(_DRAFT_AGENCY_COLUMNS)
    procedure.fee_sum = row[after]
    if not whole:
        return procedure, None
    reads = dict(zip(extra, row[after + 1 :], strict=True))
    account = token_account_of(reads.pop("account"), using) if by_token else owner
    return procedure, replace(submission_catalog_reads(reads, using), owner=account)


def _procedure_usable(procedure: Procedure | None, code: str) -> Procedure:
    """Return the procedure, or refuse one not found or not submitted online."""
    if procedure is None:
        raise ValidationFailed(
            {
                "procedure_code": [
                    _("Không có thủ tục mã %(code)s đang áp dụng.") % {"code": code}
                ]
            },
            _("Không tìm thấy thủ tục."),
        )
    if procedure.service_level == Procedure.ServiceLevel.INFO:
        raise ValidationFailed(
            {
                "procedure_code": [
                    _(
                        "Thủ tục này chỉ cung cấp thông tin, không nộp trực tuyến "
                        "được; xem hướng dẫn nộp trực tiếp tại trang thủ tục."
                    )
                ]
            },
            _("Thủ tục không nộp trực tuyến được."),
        )
    return procedure


def _published_procedure(code: str) -> Procedure:
    procedure, _reads = _procedure_read(code)
    return _procedure_usable(procedure, code)


def _commune(code: str | None) -> Agency | None:
    if not code:
        return None
    agency = next(iter(Agency.objects.filter(code=code.strip()).order_by()[:1]), None)
    if agency is None:
        raise ValidationFailed(
            {"agency_code": [_("Không có đơn vị mã %(code)s.") % {"code": code}]}
        )
    return agency


@router.post(
    "/dossiers",
    response={
        200: DossierCreatedOut,
        201: DossierCreatedOut,
        **error_responses(400, 401, 403, 409, 422),
    },
    auth=api_auth,
    summary="Tạo hồ sơ trực tuyến (bản nháp)",
    openapi_extra={
        "parameters": [
            {
                "in": "header",
                "name": "Idempotency-Key",
                "required": False,
                "schema": {"type": "string", "minLength": 8, "maxLength": 64},
                "description": (
                    "Tùy chọn: khóa chống tạo trùng (ví dụ UUID); gửi lại cùng khóa "
                    "và cùng nội dung trả về bản nháp đã tạo (200)"
                ),
            }
        ]
    },
)
def dossier_create(request: HttpRequest, payload: DossierCreateIn):
    """Start a draft with the filled e-form and the result delivery choice.

    With an Idempotency-Key header a retry returns the first draft (200) instead
    of making a second one; the same key with other content gets 409.
    """
    user = _applicant_account(request)
    key = request.headers.get("Idempotency-Key")
    fingerprint = ""
    if key is not None:
        key = client_key_check(key)
        fingerprint = submission_fingerprint(content=payload.model_dump())
        found = _draft_retried(user, key, fingerprint)
        if found is not None:
            return Status(200, {"id": found.pk, "status": found.status})
    procedure = _published_procedure(payload.procedure_code)
    agency = _commune(payload.agency_code)
    form_data = dict(payload.form)
    errors = form_data_validate(schema=procedure.form_schema, data=form_data)
    if errors:
        raise ValidationFailed(
            {f"form.{name}": messages for name, messages in errors.items()},
            _("Tờ khai chưa hợp lệ."),
        )
    try:
        dossier = dossier_draft_create(
            procedure=procedure,
            owner=user,
            agency=agency,
            form_data=form_data,
            delivery=Delivery(
                method=payload.delivery.method, address=payload.delivery.address
            ),
            client_key=key,
            fingerprint=fingerprint,
        )
    except IntegrityError:
        # The same key sent concurrently: the other request's draft stands.
        found = _draft_retried(user, key, fingerprint) if key else None
        if found is None:
            raise
        return Status(200, {"id": found.pk, "status": found.status})
    return Status(201, {"id": dossier.pk, "status": dossier.status})


def _draft_retried(user: User, key: str, fingerprint: str) -> Dossier | None:
    try:
        state = submission_find(owner=user, client_key=key, fingerprint=fingerprint)
    except KeyReused as refused:
        raise ApiError(409, "key_reused", refused.message) from None
    return state.dossier


@router.put(
    "/dossiers/{int:dossier_id}/documents/{int:component_id}",
    response={201: DocumentOut, **error_responses(400, 401, 403, 404, 409, 413, 422)},
    auth=api_auth,
    summary="Tải lên tệp của một thành phần hồ sơ",
)
def document_upload(
    request: HttpRequest,
    dossier_id: int,
    component_id: int,
    file: File[UploadedFile],
):
    """Attach a PDF, JPEG, PNG or DOCX file (type read from its content)."""
    user = _applicant_account(request)
    try:
        # One locked read in the service answers every check, in this order.
        document = document_attach_own(
            dossier_id=dossier_id, component_id=component_id, upload=file, owner=user
        )
    except Dossier.DoesNotExist:
        _own_dossier_missing(dossier_id)
    except NotDraft as refused:
        raise ApiError(
            409,
            "not_draft",
            _("Hồ sơ đã nộp (trạng thái «%(status)s»): chỉ tải giấy tờ lên bản nháp.")
            % {"status": Dossier.Status(refused.status).label},
        ) from None
    except Component.DoesNotExist:
        raise ApiError(
            404,
            "not_found",
            _("Thủ tục của hồ sơ không có thành phần số %(id)s.")
            % {"id": component_id},
        ) from None
    return Status(201, document)


@router.post(
    "/dossiers/{int:dossier_id}/submit",
    response={200: SubmittedOut, **error_responses(401, 403, 404, 409, 422)},
    auth=api_auth,
    summary="Nộp hồ sơ",
)
def dossier_submit_api(request: HttpRequest, dossier_id: int):
    """Submit a complete draft; again on a submitted dossier returns the same code."""
    user = _applicant_account(request)
    try:
        # The service locks the row and checks the owner: no read before it.
        dossier = dossier_submit(dossier=Dossier(pk=dossier_id), actor=user)
    except (Dossier.DoesNotExist, PermissionDenied, InvalidTransition):
        # Not one of the caller's (404), or submitted already, maybe by a
        # concurrent call: answer with its code.
        dossier = _own_dossier(user, dossier_id)
    if not dossier.code:
        raise InvalidTransition(dossier.status, Dossier.Status.SUBMITTED)
    return {
        "id": dossier.pk,
        "code": dossier.code,
        "status": dossier.status,
        "lookup_pin": dossier.pin,
        "submitted_at": dossier.submitted_at,
    }


_WHOLE_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["dossier"],
                "properties": {
                    "dossier": {
                        "type": "string",
                        "description": (
                            "JSON như thân của POST /api/v1/dossiers: procedure_code, "
                            "form, delivery, agency_code (thủ tục cấp xã)"
                        ),
                        "example": (
                            '{"procedure_code": "1.002852", "form": {}, '
                            '"delivery": {"method": "online"}}'
                        ),
                    }
                },
                "additionalProperties": {
                    "type": "string",
                    "format": "binary",
                    "description": (
                        "Tệp của thành phần hồ sơ, tên phần là documents.<id thành "
                        "phần>; gửi lặp lại tên đó cho giấy tờ nhiều tệp"
                    ),
                },
            }
        }
    },
}


def _whole_payload(request: HttpRequest) -> tuple[DossierCreateIn, dict]:
    """Return the `dossier` part, parsed and as plain data (for its fingerprint)."""
    parts = request.POST.getlist("dossier")
    if len(parts) != 1:
        raise ValidationFailed(
            {
                "dossier": [
                    _(
                        "Gửi multipart/form-data có đúng một phần «dossier» (JSON của "
                        "hồ sơ) và mỗi tệp trong phần «documents.<id thành phần>»."
                    )
                ]
            },
            _("Thiếu nội dung hồ sơ."),
        )
    if "\ufffd" in parts[0]:
        # Bytes that are not UTF-8 come out of the form parser as U+FFFD: the
        # text would be stored altered, so it is refused with what to fix.
        raise ValidationFailed(
            {
                "dossier": [
                    _(
                        "Phần «dossier» có byte không phải UTF-8 (hiện thành ký tự "
                        "�): hãy gửi JSON mã hóa UTF-8."
                    )
                ]
            },
            _("Nội dung hồ sơ có ký tự không hợp lệ."),
        )
    try:
        payload = DossierCreateIn.model_validate_json(parts[0])
    except PydanticValidationError as error:
        errors = [
            {**item, "loc": ("body", "payload", "dossier", *item["loc"])}
            for item in error.errors(include_url=False)
        ]
        raise NinjaValidationError(errors) from None
    content = payload.model_dump()
    # Not read by the NUL check of text bodies: a part of a multipart body.
    if unstorable(content):
        raise ValidationFailed(
            {
                "dossier": [
                    _(
                        "Nội dung hồ sơ có ký tự không hợp lệ (ký tự rỗng NUL hoặc "
                        "nửa cặp thay thế Unicode); hãy xoá ký tự đó rồi gửi lại."
                    )
                ]
            },
            _("Nội dung hồ sơ có ký tự không hợp lệ."),
        )
    return payload, content


# A component's id as a file part's name gives it: ASCII digits, a database integer.
_PAPER_PART = re.compile(r"documents\.([0-9]{1,9})")


def _whole_papers(request: HttpRequest) -> list[Paper]:
    papers, wrong = [], []
    for name in request.FILES:
        matched = _PAPER_PART.fullmatch(name)
        if matched is None:
            wrong.append(name[:100])
            continue
        papers.append(Paper.of(int(matched[1]), request.FILES.getlist(name)))
    if wrong:
        raise ValidationFailed(
            {
                name: [
                    _(
                        "Tên phần tệp phải là documents.<id thành phần>, ví dụ "
                        "documents.108."
                    )
                ]
                for name in wrong
            },
            _("Có tệp gửi dưới tên không dùng được."),
        )
    return papers


@router.post(
    "/submissions",
    response={
        200: SubmittedOut,
        201: SubmittedOut,
        **error_responses(400, 401, 403, 409, 413, 422),
    },
    auth=api_auth_later,
    summary="Nộp trọn hồ sơ trong một yêu cầu (tờ khai, giấy tờ, nộp)",
    openapi_extra={
        "requestBody": _WHOLE_BODY,
        "parameters": [
            {
                "in": "header",
                "name": "Idempotency-Key",
                "required": True,
                "schema": {"type": "string", "minLength": 8, "maxLength": 64},
                "description": (
                    "Khóa chống nộp trùng do ứng dụng tạo (ví dụ UUID), mới cho mỗi "
                    "hồ sơ: gửi lại cùng khóa trả về hồ sơ đã nộp (200), không tạo "
                    "hồ sơ thứ hai"
                ),
            }
        ],
    },
)
def dossier_submit_whole_api(request: HttpRequest):
    """Create, attach the papers and submit in one request: 201, or 200 on a retry.

    The same checks as the three steps: the e-form, each file's type from its
    content and its size, every required paper, a verified account. Nothing is
    kept when one fails. A retry (same key, same content) is answered first,
    whatever changed since; the same key with other content gets 409.
    """
    # A bearer token is checked by the procedure's query (`api_auth_later`), or
    # on its own before any other answer is given.
    token = request.auth if isinstance(request.auth, TokenLater) else None
    try:
        if token is None:
            _applicant_account(request)
        key = client_key_check(request.headers.get("Idempotency-Key", ""))
        payload, content = _whole_payload(request)
        papers = _whole_papers(request)
    except Exception:
        if token is not None:
            token_resolve(request)  # 401 first, as for any operation
            _applicant_account(request)
        raise
    fingerprint = submission_fingerprint(content=content, papers=papers)
    try:
        # One query reads the procedure, the key and the account (by its token);
        # the key alone when the procedure is gone, so that a retry still gets
        # its answer.
        procedure, catalog = _procedure_read(
            payload.procedure_code,
            owner=None if token else request.auth,
            key=key,
            token=token,
        )
        if catalog is not None and catalog.owner is not None:
            request.auth = request.user = catalog.owner
        elif token is not None:
            token_resolve(request)
            procedure, catalog = _procedure_read(
                payload.procedure_code, owner=request.auth, key=key
            )
        user = _applicant_account(request)
        prior = submission_find(
            owner=user, client_key=key, fingerprint=fingerprint, catalog=catalog
        )
        dossier, created = prior.dossier, prior.dossier is None
        if created:
            dossier, created = dossier_submit_whole(
                procedure=_procedure_usable(procedure, payload.procedure_code),
                owner=user,
                client_key=key,
                fingerprint=fingerprint,
                form_data=dict(payload.form),
                delivery=Delivery(
                    method=payload.delivery.method, address=payload.delivery.address
                ),
                papers=papers,
                agency=_commune(payload.agency_code),
                prior=prior,
                catalog=catalog,
            )
    except KeyReused as refused:
        raise ApiError(409, "key_reused", refused.message) from None
    # The answer as its schema's instance: Ninja writes it without checking it
    # again through its getter.
    return Status(
        201 if created else 200,
        SubmittedOut(
            id=dossier.pk,
            code=dossier.code,
            status=dossier.status,
            lookup_pin=dossier.pin,
            submitted_at=dossier.submitted_at,
        ),
    )


def _local(moment: datetime | None) -> datetime | None:
    return timezone.localtime(moment) if moment else None


@router.get(
    "/dossiers/{key}",
    response={200: DossierOut, **error_responses(400, 401, 403, 404)},
    auth=api_auth,
    summary="Hồ sơ của tôi: trạng thái, giấy tờ, lịch sử",
)
def dossier_detail(request: HttpRequest, key: str):
    """Return one of the caller's dossiers by its number or its code."""
    user = _applicant_account(request)
    dossiers = _own_dossiers(user).select_related("procedure", "agency", "reception")
    numeric = key.isascii() and key.isdigit() and len(key) < 19
    lookup = {"pk": int(key)} if numeric else {"code": key}
    dossier = next(iter(dossiers.filter(**lookup)[:1]), None)
    if dossier is None:
        raise Http404
    reception_name = dossier.reception.name
    timeline = [
        {
            "at": _local(entry.at),
            "action": entry.label,
            "status_label": entry.status,
            "unit": entry.unit,
            "reason": entry.reason,
            "items": entry.items,
        }
        for entry in dossier_timeline(dossier=dossier)
    ]
    return {
        "id": dossier.pk,
        "code": dossier.code,
        "status": dossier.status,
        "status_label": dossier.get_status_display(),
        "procedure": {"code": dossier.procedure.code, "name": dossier.procedure.name},
        "agency": {"code": dossier.agency.code, "name": dossier.agency.name},
        "reception": {"code": dossier.reception.code, "name": reception_name},
        "form": dossier.form_data,
        "delivery": {"method": dossier.delivery, "address": dossier.delivery_address},
        "fee_vnd": dossier.fee_total,
        "payment": dossier.payment,
        "lookup_pin": dossier.pin or None,
        "created_at": _local(dossier.created_at),
        "submitted_at": _local(dossier.submitted_at),
        "received_at": _local(dossier.received_at),
        "due_at": _local(dossier.effective_due_at),
        "returned_at": _local(dossier.returned_at),
        "documents": dossier_documents(dossier=dossier),  # never internal papers
        "timeline": timeline,
    }


# ---------------------------------------------------------------- look-up


class LookupEventOut(Schema):
    at: datetime
    action: str
    status_label: str
    unit: str


class LookupOut(Schema):
    code: str
    status: str
    status_label: str
    procedure: str
    agency: str
    reception: str
    submitted_at: datetime | None
    received_at: datetime | None
    due_at: datetime | None
    returned_at: datetime | None
    timeline: list[LookupEventOut]


@router.get(
    "/lookup",
    response={200: LookupOut, **error_responses(400, 404, 422, 429)},
    summary="Tra cứu hồ sơ bằng mã hồ sơ và mã tra cứu (không cần đăng nhập)",
)
def lookup(
    request: HttpRequest,
    code: str = Query(..., min_length=1, max_length=60),
    pin: str = Query(..., min_length=1, max_length=12),
):
    """Return a dossier's status, timeline and due date, without personal data."""
    request_limit(request, scope="lookup", setting="MOTCUA_LOOKUP_RATE_LIMIT")
    found = dossier_lookup_public(code=code, pin=pin)
    if found is None:
        raise ApiError(
            404,
            "not_found",
            _("Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này."),
        )
    return {
        "code": found.code,
        "status": found.status,
        "status_label": found.status_label,
        "procedure": found.procedure,
        "agency": found.agency,
        "reception": found.reception,
        "submitted_at": _local(found.submitted_at),
        "received_at": _local(found.received_at),
        "due_at": _local(found.due_at),
        "returned_at": _local(found.returned_at),
        "timeline": [
            {
                "at": _local(event.at),
                "action": event.label,
                "status_label": event.status,
                "unit": event.unit,
            }
            for event in found.timeline
        ],
    }
