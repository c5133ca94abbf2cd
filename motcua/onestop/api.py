"""Officials' API: `POST /api/v1/dossiers/{code}/actions/{action}`.

Each action has its own body; every body may carry `version` (the dossier's
version the caller saw): a stale one is refused with 409, so two officials cannot
both act on the same state. Actions with a file take multipart form data.
"""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Schema
from ninja.files import UploadedFile

from motcua.accounts.models import Agency, User
from motcua.api.auth import api_auth
from motcua.api.errors import error_responses
from motcua.core.errors import ValidationFailed
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.selectors import dossier_get_for
from motcua.onestop.services import action_perform

router = Router(tags=["Một cửa điện tử"], auth=api_auth)


class DossierStateOut(Schema):
    code: str
    status: str
    version: int
    assignee: str | None
    current_step: str | None
    due_at: datetime | None
    appointment_at: datetime | None
    outcome: str
    timeliness: str


class VersionIn(Schema):
    version: int | None = None


class SupplementIn(VersionIn):
    items: list[str]
    override_reason: str = ""


class RefuseIn(VersionIn):
    reasons: list[str]


class AssignIn(VersionIn):
    assignee: str
    note: str = ""


class ForwardIn(VersionIn):
    assignee: str | None = None
    to_step: int | None = None
    note: str = ""


class ConsultIn(VersionIn):
    agency: str
    request: str


class ConsultAnswerIn(VersionIn):
    answer: str


class NoteIn(VersionIn):
    text: str = ""


class ProposeIn(VersionIn):
    outcome: str
    note: str = ""


class ApproveIn(VersionIn):
    outcome: str
    note: str = ""


class SendBackIn(VersionIn):
    note: str
    to_step: int | None = None


class ReturnIn(VersionIn):
    collected_by: str = ""
    signed: bool = False
    postal_tracking: str = ""
    note: str = ""


class ApologiseIn(VersionIn):
    reason: str
    new_appointment: datetime


class SupplementArrivedIn(VersionIn):
    note: str = ""


def _out(dossier: Dossier) -> dict:
    dossier = (
        Dossier.objects.select_related("assignee", "current_step")
        .only(
            "code",
            "status",
            "version",
            "due_at",
            "appointment_at",
            "outcome",
            "timeliness",
            "assignee__username",
            "current_step__name",
        )
        .get(pk=dossier.pk)
    )
    return {
        "code": dossier.code,
        "status": dossier.status,
        "version": dossier.version,
        "assignee": dossier.assignee.username if dossier.assignee else None,
        "current_step": dossier.current_step.name if dossier.current_step else None,
        "due_at": dossier.due_at,
        "appointment_at": dossier.appointment_at,
        "outcome": dossier.outcome,
        "timeliness": dossier.timeliness,
    }


def _official(username: str | None, field: str) -> User | None:
    if not username:
        return None
    user = User.objects.filter(
        username=username, kind=User.Kind.OFFICIAL, is_active=True
    ).first()
    if user is None:
        raise ValidationFailed({field: [_("Không có cán bộ có tên đăng nhập này.")]})
    return user


def _run(
    request: HttpRequest, code: str, action: str, payload: VersionIn, **extra
) -> dict:
    dossier = dossier_get_for(user=request.auth, code=code)
    data = payload.dict()
    version = data.pop("version", None)
    data.update(extra)
    dossier = action_perform(
        action=action,
        dossier=dossier,
        actor=request.auth,
        data=data,
        expected_version=version,
    )
    return _out(dossier)


ACTION = "/dossiers/{code}/actions/"
# Every action answers the dossier's new state, or an error in the API's shape:
# an unreadable or too large body, no login, another agency's dossier or a role
# that may not act, an unknown code, a state that does not allow the action or
# a newer version, bad input.
COMMON = {
    "response": {
        200: DossierStateOut,
        **error_responses(400, 401, 403, 404, 409, 413, 422),
    }
}


@router.post(ACTION + "receive", summary="Tiếp nhận hồ sơ trực tuyến", **COMMON)
def receive(request: HttpRequest, code: str, payload: VersionIn | None = None):
    return _run(request, code, "receive", payload or VersionIn())


@router.post(
    ACTION + "request-supplement",
    summary="Yêu cầu bổ sung, hoàn thiện hồ sơ",
    **COMMON,
)
def request_supplement(request: HttpRequest, code: str, payload: SupplementIn):
    return _run(request, code, "request-supplement", payload)


@router.post(ACTION + "refuse", summary="Từ chối tiếp nhận", **COMMON)
def refuse(request: HttpRequest, code: str, payload: RefuseIn):
    return _run(request, code, "refuse", payload)


@router.post(ACTION + "claim", summary="Nhận xử lý hồ sơ", **COMMON)
def claim(request: HttpRequest, code: str, payload: VersionIn | None = None):
    return _run(request, code, "claim", payload or VersionIn())


@router.post(ACTION + "release", summary="Bỏ nhận xử lý hồ sơ", **COMMON)
def release(request: HttpRequest, code: str, payload: VersionIn | None = None):
    return _run(request, code, "release", payload or VersionIn())


@router.post(ACTION + "assign", summary="Giao hồ sơ cho cán bộ khác", **COMMON)
def assign(request: HttpRequest, code: str, payload: AssignIn):
    return _run(
        request,
        code,
        "assign",
        payload,
        assignee=_official(payload.assignee, "assignee"),
    )


@router.post(ACTION + "forward", summary="Chuyển bước tiếp theo", **COMMON)
def forward(request: HttpRequest, code: str, payload: ForwardIn | None = None):
    payload = payload or ForwardIn()
    return _run(
        request,
        code,
        "forward",
        payload,
        assignee=_official(payload.assignee, "assignee"),
    )


@router.post(ACTION + "consult", summary="Gửi cơ quan phối hợp (liên thông)", **COMMON)
def consult(request: HttpRequest, code: str, payload: ConsultIn):
    agency = Agency.objects.filter(code=payload.agency).first()
    if agency is None:
        raise ValidationFailed({"agency": [_("Không có cơ quan có mã này.")]})
    return _run(request, code, "consult", payload, agency=agency)


@router.post(ACTION + "consult-answer", summary="Cơ quan phối hợp trả lời", **COMMON)
def consult_answer(
    request: HttpRequest,
    code: str,
    payload: Form[ConsultAnswerIn],
    file: File[UploadedFile] = None,
):
    return _run(request, code, "consult-answer", payload, file=file)


@router.post(ACTION + "note", summary="Thêm ghi chú, văn bản nội bộ", **COMMON)
def note(
    request: HttpRequest,
    code: str,
    payload: Form[NoteIn],
    file: File[UploadedFile] = None,
):
    return _run(request, code, "note", payload, file=file)


@router.post(ACTION + "propose", summary="Trình kết quả giải quyết", **COMMON)
def propose(
    request: HttpRequest,
    code: str,
    payload: Form[ProposeIn],
    file: File[UploadedFile] = None,
):
    return _run(request, code, "propose", payload, file=file)


@router.post(ACTION + "approve", summary="Phê duyệt kết quả", **COMMON)
def approve(request: HttpRequest, code: str, payload: ApproveIn):
    return _run(request, code, "approve", payload)


@router.post(ACTION + "send-back", summary="Trả lại bước trước", **COMMON)
def send_back(request: HttpRequest, code: str, payload: SendBackIn):
    return _run(request, code, "send-back", payload)


@router.post(ACTION + "attach-result", summary="Đính kèm văn bản kết quả", **COMMON)
def attach_result(
    request: HttpRequest,
    code: str,
    payload: Form[VersionIn],
    file: File[UploadedFile],
):
    return _run(request, code, "attach-result", payload, file=file)


@router.post(ACTION + "return", summary="Trả kết quả", **COMMON)
def return_result(request: HttpRequest, code: str, payload: ReturnIn):
    return _run(request, code, "return", payload)


@router.post(
    ACTION + "apologise", summary="Phiếu xin lỗi và hẹn lại ngày trả", **COMMON
)
def apologise(request: HttpRequest, code: str, payload: ApologiseIn):
    moment = payload.new_appointment
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=TZ)
    return _run(request, code, "apologise", payload, new_appointment=moment)


@router.post(
    ACTION + "supplement-provide",
    summary="Ghi nhận giấy tờ bổ sung đã nộp",
    **COMMON,
)
def supplement_provide(
    request: HttpRequest,
    code: str,
    payload: Form[SupplementArrivedIn],
    file: File[UploadedFile] = None,
):
    return _run(request, code, "supplement-provide", payload, file=file)
