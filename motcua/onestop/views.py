"""Pages of the electronic one-stop office, for officials only."""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_GET, require_POST

from motcua.accounts.models import Role, User
from motcua.audit.models import AccessLog
from motcua.audit.selectors import access_log_for_dossier
from motcua.audit.services import access_record
from motcua.catalog.models import Procedure
from motcua.catalog.selectors import procedure_list_public
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.selectors import dossier_events, dossier_list_for
from motcua.dossiers.services import Applicant, Delivery
from motcua.onestop import forms as f
from motcua.onestop.selectors import (
    URGENCY_NAMES,
    colleagues_for,
    consult_agencies_for,
    consultations_of,
    documents_of,
    dossier_for_official,
    inbox_for,
    overdue_without_apology_for,
)
from motcua.onestop.services import (
    ACTIONS,
    CounterInput,
    action_available,
    action_perform,
    counter_receive,
    counter_submit_online,
    proposal_last,
)

SLIP_TYPES = ("receipt", "supplement", "refusal", "apology", "stop", "control")


def official_required(view):
    """Let only signed-in officials in; anyone else gets a 403 page."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_official or not request.user.agency_id:
            raise DjangoPermissionDenied(_("Trang này chỉ dành cho cán bộ, công chức."))
        return view(request, *args, **kwargs)

    return wrapper


def _int(value: str | None, default: int = 1) -> int:
    try:
        return max(int(value or default), 1)
    except ValueError:
        return default


@official_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    """Show what waits for the official's roles, most urgent first, with counts."""
    urgency = request.GET.get("han", "")
    query = request.GET.get("q", "")[:60].strip()
    if query and dossier_list_for(user=request.user).filter(code=query).exists():
        # A full code (read from a receipt) opens the dossier, in the inbox or not.
        return redirect("onestop:dossier", code=query)
    box = inbox_for(
        user=request.user,
        urgency=urgency,
        query=query,
        page=_int(request.GET.get("trang")),
    )
    tabs = [
        ("overdue", _("Quá hạn")),
        ("today", _("Đến hạn hôm nay")),
        ("soon", _("Đến hạn trong 1 ngày làm việc")),
        ("later", _("Còn hạn")),
    ]
    labels = dict(tabs)
    # Links and labels are made once here, not per row in the template: a page of
    # 50 rows then renders in a few milliseconds.
    detail = reverse("onestop:dossier", kwargs={"code": "CODE"})
    claim = reverse("onestop:action", kwargs={"code": "CODE", "action": "claim"})
    statuses = {value: str(label) for value, label in Dossier.Status.choices}
    for row in box.rows:
        row.urgency_name = URGENCY_NAMES[row.urgency]
        row.urgency_label = labels[row.urgency_name]
        row.status_label = statuses[row.status]
        row.due_text = localtime(row.due).strftime("%H:%M %d/%m/%Y") if row.due else ""
        row.url = detail.replace("CODE", row.code)
        row.claim_url = claim.replace("CODE", row.code)
    context = {
        "box": box,
        "tabs": [(key, label, box.counts[key]) for key, label in tabs],
        "query": query,
        "is_leader": request.user.has_role(Role.UNIT_LEADER, Role.AGENCY_LEADER),
        "is_reception": request.user.has_role(Role.RECEPTION_OFFICER),
    }
    return render(request, "onestop/inbox.html", context)


@official_required
@require_GET
def overdue(request: HttpRequest) -> HttpResponse:
    """List, for leaders, the overdue dossiers that have no apology letter."""
    if not request.user.has_role(Role.UNIT_LEADER, Role.AGENCY_LEADER):
        raise DjangoPermissionDenied(_("Danh sách này dành cho lãnh đạo."))
    dossiers = overdue_without_apology_for(user=request.user)
    return render(request, "onestop/overdue_list.html", {"dossiers": dossiers})


def _detail_context(request: HttpRequest, dossier: Dossier, bound=None) -> dict:
    user = request.user
    proposal = proposal_last(dossier=dossier)
    steps = list(dossier.procedure.steps.order_by("order"))
    current = dossier.current_step.order if dossier.current_step else 0
    last_step = not any(
        s.order > current and s.actor != s.Actor.RECEPTION for s in steps
    )
    available = [
        a
        for a in ACTIONS
        if action_available(user=user, dossier=dossier, action=a)
        # At the last processing step the way on is approval, not "next step".
        and not (
            a == "forward"
            and dossier.status == Dossier.Status.IN_PROGRESS
            and last_step
        )
    ]
    forms = {}
    for action in available:
        if bound is not None and bound[0] == action:
            forms[action] = bound[1]
        else:
            initial = {"version": dossier.version}
            if action == "approve" and proposal:
                initial["outcome"] = proposal["outcome"]
                initial["note"] = proposal["note"]
            forms[action] = _form_for(action, dossier, initial=initial)
    documents = list(documents_of(dossier=dossier))
    present = {d.component_id for d in documents if d.component_id and not d.withdrawn}
    components = [
        {"component": c, "present": c.pk in present}
        for c in dossier.procedure.components.all()
    ]
    labels = {
        spec["name"]: spec.get("label", spec["name"])
        for spec in dossier.procedure.form_schema or []
    }
    form_rows = [(labels.get(k, k), v) for k, v in (dossier.form_data or {}).items()]
    events = list(dossier_events(dossier=dossier).select_related("actor"))
    for event in events:
        event.label = str(VERB_LABELS.get(event.verb, event.verb))
    slips = [
        (kind, f"/api/v1/dossiers/{dossier.code}/slips/{kind}")
        for kind in _slips_for(dossier, events)
    ]
    return {
        "dossier": dossier,
        "forms": forms,
        "action_forms": [(a, _label(a), forms[a]) for a in available],
        "available": available,
        "documents": documents,
        "components": components,
        "steps": steps,
        "form_rows": form_rows,
        "overdue": bool(
            dossier.is_open
            and dossier.effective_due_at
            and dossier.effective_due_at < timezone.now()
        ),
        "events": events,
        "consultations": list(consultations_of(dossier=dossier)),
        "proposal": proposal,
        "slips": slips,
        "access_log": access_log_for_dossier(dossier=dossier).select_related("user")[
            :20
        ],
    }


def _slips_for(dossier: Dossier, events) -> list[str]:
    verbs = {e.verb for e in events}
    kinds = []
    if dossier.received_at:
        kinds.append("receipt")
    if "supplement_requested" in verbs:
        kinds.append("supplement")
    if dossier.status == Dossier.Status.REFUSED:
        kinds.append("refusal")
    if dossier.apology_at:
        kinds.append("apology")
    if dossier.status in (Dossier.Status.WITHDRAWN, Dossier.Status.STOPPED):
        kinds.append("stop")
    if dossier.received_at:
        kinds.append("control")
    return kinds


def _form_for(action: str, dossier: Dossier, data=None, files=None, initial=None):
    form_class = f.ACTION_FORMS[action]
    # One page holds every action's form: ids are prefixed so labels stay unique.
    kwargs: dict = {
        "data": data,
        "files": files,
        "initial": initial,
        "auto_id": f"{action}-%s",
    }
    if action == "request-supplement":
        kwargs["dossier"] = dossier
    elif action in ("forward", "assign"):
        kwargs["officials"] = colleagues_for(dossier=dossier)
    elif action == "consult":
        kwargs["agencies"] = consult_agencies_for(dossier=dossier)
    return form_class(**kwargs)


@official_required
@require_GET
def dossier_detail(request: HttpRequest, code: str) -> HttpResponse:
    """Show a dossier with its papers, history and the actions the official may take.

    Every view by an official is written to the access log.
    """
    dossier = dossier_for_official(user=request.user, code=code)
    return _show(request, dossier)


def _show(request, dossier, *, status=200, bound=None, error="") -> HttpResponse:
    """Render the dossier's page; every rendering is an official's view, logged."""
    access_record(user=request.user, dossier=dossier, action=AccessLog.Action.VIEW)
    context = _detail_context(request, dossier, bound=bound)
    context["error"] = error
    return render(request, "onestop/dossier_detail.html", context, status=status)


@official_required
@require_POST
def dossier_action(request: HttpRequest, code: str, action: str) -> HttpResponse:
    """Run one action from the dossier's page, then show the page again."""
    dossier = dossier_for_official(user=request.user, code=code)
    if action not in f.ACTION_FORMS:
        return _show(request, dossier, status=404, error=_("Thao tác không tồn tại."))
    form = _form_for(action, dossier, data=request.POST, files=request.FILES)
    if not form.is_valid():
        return _show(
            request,
            dossier,
            status=400,
            bound=(action, form),
            error=_("Thông tin nhập chưa hợp lệ: hãy sửa các mục được đánh dấu."),
        )
    data = dict(form.cleaned_data)
    try:
        action_perform(
            action=action,
            dossier=dossier,
            actor=request.user,
            data=data,
            expected_version=data.pop("version", None),
        )
    except ValidationFailed as error:
        for field, problems in error.errors.items():
            target = field if field in form.fields else None
            for problem in problems:
                form.add_error(target, problem)
        return _show(
            request, dossier, status=400, bound=(action, form), error=error.message
        )
    except PermissionDenied as error:
        return _error(request, dossier, error.message, 403)
    except DomainError as error:
        # A stale version, or a state that no longer allows the action.
        return _error(request, dossier, error.message, 409)
    messages.success(
        request, _("Đã thực hiện: %(action)s.") % {"action": _label(action)}
    )
    if request.POST.get("next") == "inbox":
        return redirect("onestop:inbox")
    return redirect("onestop:dossier", code=dossier.code)


def _error(request, dossier: Dossier, message: str, status: int) -> HttpResponse:
    dossier = dossier_for_official(user=request.user, code=dossier.code)
    return _show(request, dossier, status=status, error=message)


ACTION_LABELS = {
    "receive": _lazy("Tiếp nhận hồ sơ"),
    "request-supplement": _lazy("Yêu cầu bổ sung, hoàn thiện"),
    "refuse": _lazy("Từ chối tiếp nhận"),
    "claim": _lazy("Nhận xử lý"),
    "release": _lazy("Trả lại (bỏ nhận)"),
    "assign": _lazy("Giao lại cho cán bộ khác"),
    "forward": _lazy("Chuyển bước tiếp theo"),
    "consult": _lazy("Gửi cơ quan phối hợp"),
    "consult-answer": _lazy("Trả lời phối hợp"),
    "note": _lazy("Thêm ghi chú, văn bản nội bộ"),
    "propose": _lazy("Trình kết quả"),
    "approve": _lazy("Phê duyệt kết quả"),
    "send-back": _lazy("Trả lại bước trước"),
    "attach-result": _lazy("Đính kèm văn bản kết quả"),
    "return": _lazy("Trả kết quả"),
    "apologise": _lazy("Phiếu xin lỗi và hẹn lại"),
    "supplement-provide": _lazy("Nhận giấy tờ bổ sung"),
}


VERB_LABELS = {
    "created": _lazy("Tạo bản nháp"),
    "submitted": _lazy("Nộp trực tuyến"),
    "received": _lazy("Tiếp nhận"),
    "refused": _lazy("Từ chối tiếp nhận"),
    "supplement_requested": _lazy("Yêu cầu bổ sung"),
    "supplement_provided": _lazy("Đã bổ sung giấy tờ"),
    "withdrawn": _lazy("Rút hồ sơ"),
    "processing_started": _lazy("Chuyển xử lý"),
    "step_moved": _lazy("Chuyển bước"),
    "step_returned": _lazy("Trả lại bước trước"),
    "claimed": _lazy("Nhận xử lý"),
    "released": _lazy("Bỏ nhận xử lý"),
    "assigned": _lazy("Giao xử lý"),
    "note_added": _lazy("Ghi chú"),
    "consulted": _lazy("Gửi lấy ý kiến phối hợp"),
    "consult_answered": _lazy("Cơ quan phối hợp trả lời"),
    "proposed": _lazy("Trình kết quả"),
    "result_attached": _lazy("Đính kèm kết quả"),
    "payment_requested": _lazy("Yêu cầu nộp phí"),
    "paid": _lazy("Đã thanh toán"),
    "finished": _lazy("Phê duyệt kết quả"),
    "returned": _lazy("Trả kết quả"),
    "stopped": _lazy("Dừng xử lý"),
    "apologised": _lazy("Xin lỗi và hẹn lại"),
    "agency_transferred": _lazy("Chuyển cơ quan"),
}


def _label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))


@official_required
@require_GET
def document_download(request: HttpRequest, code: str, pk: int) -> FileResponse:
    """Send one file of a visible dossier; the download is written to the log."""
    dossier = dossier_for_official(user=request.user, code=code)
    document = get_object_or_404(DossierDocument, pk=pk, dossier=dossier)
    access_record(
        user=request.user,
        dossier=dossier,
        action=AccessLog.Action.DOWNLOAD,
        target=document.name,
    )
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.name,
        content_type=document.content_type,
    )


# ---------------------------------------------------------------- the counter


def _reception_unit(user: User):
    agency = user.agency
    return agency if agency.level == agency.Level.RECEPTION else None


@official_required
def counter(request: HttpRequest) -> HttpResponse:
    """Receive a paper dossier at the counter, or submit online with the applicant."""
    if not request.user.has_role(Role.RECEPTION_OFFICER):
        raise DjangoPermissionDenied(_("Chỉ cán bộ tiếp nhận dùng được trang này."))
    code = request.GET.get("thu-tuc") or request.POST.get("procedure", "")
    if not code:
        query = request.GET.get("q", "")[:200]
        procedures = procedure_list_public(query=query)[:30] if query else []
        return render(
            request,
            "onestop/counter_search.html",
            {"query": query, "procedures": procedures},
        )
    procedure = get_object_or_404(
        Procedure.objects.filter(state=Procedure.State.PUBLISHED).exclude(
            service_level=Procedure.ServiceLevel.INFO
        ),
        code=code,
    )
    form = f.ApplicantForm(request.POST or None, procedure=procedure)
    context = {
        "procedure": procedure,
        "form": form,
        "components": list(procedure.components.all()),
        "schema": procedure.form_schema or [],
        "values": {},
        "field_errors": {},
        "scan_errors": [],
        "reception": _reception_unit(request.user),
    }
    if request.method != "POST":
        return _counter_page(request, context)
    values = {
        spec["name"]: request.POST.get(f"f_{spec['name']}", "")
        for spec in context["schema"]
    }
    context["values"] = values
    if not form.is_valid():
        return _counter_page(request, context, status=400)
    try:
        dossier = _counter_save(request, procedure, form.cleaned_data, values)
    except ValidationFailed as error:
        for field, problems in error.errors.items():
            if field in form.fields:
                for problem in problems:
                    form.add_error(field, problem)
            elif field == "documents":
                context["scan_errors"] = problems
            else:
                context["field_errors"][field] = problems
        context["error"] = error.message
        return _counter_page(request, context, status=400)
    except DomainError as error:
        context["error"] = error.message
        return _counter_page(request, context, status=409)
    if dossier.status == Dossier.Status.SUBMITTED:
        messages.success(
            request,
            _(
                "Đã nộp trực tuyến thay người nộp (hồ sơ trực tuyến, có hỗ trợ): "
                "%(code)s. Hãy kiểm tra và tiếp nhận hồ sơ."
            )
            % {"code": dossier.code},
        )
    else:
        messages.success(
            request,
            _("Đã tiếp nhận hồ sơ %(code)s. In giấy tiếp nhận và hẹn trả kết quả.")
            % {"code": dossier.code},
        )
    return redirect(reverse("onestop:dossier", kwargs={"code": dossier.code}))


def _counter_page(request, context: dict, status: int = 200) -> HttpResponse:
    """Render the counter's form, each e-form field with its value and errors."""
    context["fields"] = [
        {
            "spec": spec,
            "value": context["values"].get(spec["name"], ""),
            "errors": context["field_errors"].get(spec["name"], []),
        }
        for spec in context["schema"]
    ]
    return render(request, "onestop/counter_form.html", context, status=status)


def _counter_save(request, procedure: Procedure, data: dict, values: dict) -> Dossier:
    applicant = Applicant(
        kind=data["kind"],
        name=data["name"],
        id_number=data.get("id_number", ""),
        tax_code=data.get("tax_code", ""),
        representative=data.get("representative", ""),
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        address=data.get("address", ""),
    )
    scans = {
        c.pk: request.FILES[f"scan_{c.pk}"]
        for c in procedure.components.all()
        if f"scan_{c.pk}" in request.FILES
    }
    entry = CounterInput(
        procedure=procedure,
        applicant=applicant,
        form_data={k: v for k, v in values.items() if v != ""},
        delivery=Delivery(
            method=data["delivery"], address=data.get("delivery_address", "")
        ),
        scans=scans,
        agency=data.get("agency"),
    )
    if procedure.online_only:
        owner = _owner_for(data["owner_id_number"])
        return counter_submit_online(entry=entry, owner=owner, actor=request.user)
    reception = _reception_unit(request.user)
    if reception is None:
        raise DomainError(_("Tài khoản của bạn không thuộc bộ phận tiếp nhận nào."))
    return counter_receive(
        entry=entry,
        reception=reception,
        actor=request.user,
        channel=data["channel"],
        postal_tracking=data.get("postal_tracking", ""),
        owner=_owner_or_none(data.get("id_number", ""), data.get("tax_code", "")),
    )


def _owner_for(number: str) -> User:
    owner = _owner_or_none(number, number)
    if owner is None:
        raise ValidationFailed(
            {
                "owner_id_number": [
                    _(
                        "Không tìm thấy tài khoản có số này. Hãy hướng dẫn người nộp "
                        "đăng ký tài khoản (hoặc đăng nhập bằng VNeID) rồi nộp lại."
                    )
                ]
            }
        )
    return owner


def _owner_or_none(id_number: str, tax_code: str) -> User | None:
    id_number, tax_code = id_number.strip(), tax_code.strip()
    if not (id_number or tax_code):
        return None
    # Only accounts whose number was proven: anyone may type a number when
    # registering, and must not receive someone else's counter dossier.
    users = User.objects.exclude(kind=User.Kind.OFFICIAL).filter(
        is_active=True, id_verified=True
    )
    if id_number:
        found = users.filter(id_number=id_number).first()
        if found:
            return found
    if tax_code:
        return users.filter(tax_code=tax_code).first()
    return None
