"""Public pages of the portal: the catalog, a procedure, submitting and following.

Every page works without JavaScript: plain links and forms, one step per page.
"""

from __future__ import annotations

from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from motcua.audit.selectors import access_log_for_dossier
from motcua.catalog.models import Procedure
from motcua.catalog.selectors import (
    field_list_with_counts,
    procedure_get_public,
    procedure_list_public,
    service_level_counts,
)
from motcua.catalog.services import form_data_validate
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.services import (
    Applicant,
    Delivery,
    InvalidTransition,
    dossier_draft_create,
    dossier_draft_update,
    dossier_submit,
    dossier_withdraw,
)
from motcua.feedback.forms import FeedbackForm, RatingForm
from motcua.feedback.selectors import feedback_public_for, rating_for_dossier
from motcua.floor.selectors import guides_for_procedure
from motcua.portal import selectors
from motcua.portal.forms import (
    CommuneForm,
    DeliveryForm,
    EForm,
    LookupForm,
    SupplementForm,
    WithdrawForm,
)
from motcua.portal.services import (
    client_ip,
    dossier_supplement_send,
    draft_component_files_set,
    rate_limit_hit,
)

S = Dossier.Status
STEPS = (
    ("form", gettext_lazy("Tờ khai")),
    ("documents", gettext_lazy("Giấy tờ")),
    ("delivery", gettext_lazy("Nhận kết quả")),
    ("review", gettext_lazy("Kiểm tra và nộp")),
)


def _posted(request: HttpRequest):
    """Return the POST data of a POST (even an empty one), else None."""
    return request.POST if request.method == "POST" else None


def home(request: HttpRequest) -> HttpResponse:
    """Show the catalog: search box, filters and the procedures found."""
    query = request.GET.get("q", "")[:200]
    field_code = request.GET.get("linh-vuc", "")[:30]
    agency_code = request.GET.get("co-quan", "")[:35]
    service_level = request.GET.get("muc-do", "")
    if service_level not in Procedure.ServiceLevel.values:
        service_level = ""
    level = request.GET.get("cap", "")
    if level not in Procedure.Level.values:
        level = ""
    procedures = procedure_list_public(
        query=query,
        field_code=field_code,
        service_level=service_level,
        level=level,
        agency_code=agency_code,
    )
    page = Paginator(procedures, 20).get_page(request.GET.get("trang"))
    filters = {
        "q": query,
        "linh-vuc": field_code,
        "co-quan": agency_code,
        "cap": level,
        "muc-do": service_level,
    }
    context = {
        "page": page,
        "query": query,
        "field_code": field_code,
        "agency_code": agency_code,
        "level": level,
        "service_level": service_level,
        "filter_query": urlencode({k: v for k, v in filters.items() if v}),
        "fields": field_list_with_counts(),
        "agencies": selectors.agencies_with_procedures(),
        "levels": selectors.procedure_levels(),
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
    context = {
        "procedure": procedure,
        "counter_groups": selectors.procedure_counter_groups(procedure=procedure),
        "answered_feedback": feedback_public_for(procedure=procedure),
        "feedback_form": FeedbackForm(user=request.user),
        "guides": guides_for_procedure(procedure),
    }
    return render(request, "portal/procedure_detail.html", context)


def component_template(request: HttpRequest, code: str, pk: int) -> FileResponse:
    """Send a component's form template (a public file of the catalog)."""
    component = selectors.component_with_template(procedure_code=code, component_id=pk)
    handle = component.template_file.open("rb")
    name = component.template_file.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=name)


# ---------------------------------------------------------------- submitting


def applicant_required(view):
    """Let in a logged-in citizen or organisation; officials apply elsewhere."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.user.is_official:
            context = {
                "message": _(
                    "Tài khoản cán bộ không nộp hồ sơ trên cổng. Hãy đăng nhập bằng "
                    "tài khoản công dân hoặc tổ chức."
                )
            }
            return render(request, "portal/problem.html", context, status=403)
        return view(request, *args, **kwargs)

    return wrapper


def _steps(current: str) -> list[dict]:
    names = [name for name, _label in STEPS]
    position = names.index(current)
    return [
        {"name": name, "label": label, "number": n, "state": _state(n - 1, position)}
        for n, (name, label) in enumerate(STEPS, start=1)
    ]


def _state(index: int, position: int) -> str:
    if index < position:
        return "done"
    return "current" if index == position else "todo"


def _draft(request: HttpRequest, pk: int) -> Dossier | HttpResponse:
    """Return the user's draft, or a redirect when it was submitted meanwhile."""
    dossier = selectors.own_draft_get(user=request.user, pk=pk)
    if dossier.status != S.DRAFT:
        if dossier.code:
            return redirect("portal:submit_done", code=dossier.code)
        raise Http404
    return dossier


def _draft_context(dossier: Dossier, step: str, **extra) -> dict:
    return {
        "dossier": dossier,
        "procedure": dossier.procedure,
        "steps": _steps(step),
        **extra,
    }


@applicant_required
@require_http_methods(["GET", "POST"])
def submit_start(request: HttpRequest, code: str) -> HttpResponse:
    """Start an online dossier: choose the commune when it decides, keep a draft."""
    procedure = selectors.procedure_for_submit(code=code)
    if not procedure.is_online_service:
        context = {
            "procedure": procedure,
            "message": _(
                "Thủ tục này chỉ cung cấp thông tin, không nộp trực tuyến được. "
                "Hãy mang giấy tờ đến nơi thực hiện ghi trên trang thủ tục."
            ),
        }
        return render(request, "portal/problem.html", context, status=400)
    commune_level = procedure.agency_id is None
    communes = selectors.commune_choices() if commune_level else None
    form = CommuneForm(_posted(request), communes=communes) if commune_level else None
    status = 200
    if request.method == "POST":
        if form is None or form.is_valid():
            agency = form.cleaned_data["agency"] if form is not None else None
            try:
                dossier = dossier_draft_create(
                    procedure=procedure, owner=request.user, agency=agency
                )
            except ValidationFailed as error:
                if form is not None:
                    for message in error.errors.get("agency", []):
                        form.add_error("agency", message)
                _other_errors(request, error, skip={"agency"})
                status = 400
            except DomainError as error:
                messages.error(request, error.message)
                status = 400
            else:
                return redirect("portal:submit_form", pk=dossier.pk)
        else:
            status = 400
    context = {
        "procedure": procedure,
        "form": form,
        "drafts": selectors.own_drafts_for_procedure(
            user=request.user, procedure=procedure
        ),
    }
    return render(request, "portal/submit_start.html", context, status=status)


def _other_errors(request: HttpRequest, error: ValidationFailed, skip=()) -> None:
    problems = [m for name, ms in error.errors.items() if name not in skip for m in ms]
    if problems:
        messages.error(request, " ".join(problems))


@applicant_required
@require_http_methods(["GET", "POST"])
def submit_form(request: HttpRequest, pk: int) -> HttpResponse:
    """Fill the procedure's e-form; every save keeps the draft on the server."""
    dossier = _draft(request, pk)
    if isinstance(dossier, HttpResponse):
        return dossier
    schema = dossier.procedure.form_schema or []
    if request.method == "GET":
        form = EForm(schema=schema, initial=EForm.initial_for(dossier))
        return render(
            request,
            "portal/submit_form.html",
            _draft_context(dossier, "form", form=form),
        )
    form = EForm(request.POST, schema=schema)
    form.is_valid()  # the fields only render; the catalog's rules check below
    data = form.form_data()
    errors = form_data_validate(schema=schema, data=data)
    applicant = Applicant(
        kind=dossier.applicant_kind,
        name=dossier.applicant_name,
        id_number=dossier.applicant_id_number,
        tax_code=dossier.applicant_tax_code,
        representative=dossier.applicant_representative,
        phone=form.cleaned_data.get("applicant_phone", "").strip(),
        email=form.cleaned_data.get("applicant_email", "").strip(),
        address=form.cleaned_data.get("applicant_address", "").strip(),
    )
    try:
        # Saved even with mistakes, so nothing typed is lost on another device.
        dossier_draft_update(
            dossier=dossier, actor=request.user, form_data=data, applicant=applicant
        )
    except ValidationFailed as error:
        errors = {**errors, **error.errors}
        dossier_draft_update(dossier=dossier, actor=request.user, form_data=data)
    if errors:
        form.add_service_errors(errors)
        context = _draft_context(dossier, "form", form=form)
        return render(request, "portal/submit_form.html", context, status=400)
    if request.POST.get("action") == "save":
        messages.success(request, _("Đã lưu bản nháp."))
        return redirect("portal:submit_form", pk=dossier.pk)
    return redirect("portal:submit_documents", pk=dossier.pk)


@applicant_required
@require_http_methods(["GET", "POST"])
def submit_documents(request: HttpRequest, pk: int) -> HttpResponse:
    """Upload one or more files for each paper; each is checked by its content."""
    dossier = _draft(request, pk)
    if isinstance(dossier, HttpResponse):
        return dossier
    components = list(dossier.procedure.components.all())
    errors: dict[int, list[str]] = {}
    status = 200
    if request.method == "POST":
        for component in components:
            uploads = request.FILES.getlist(f"files_{component.pk}")
            try:
                draft_component_files_set(
                    dossier=dossier,
                    component=component,
                    uploads=uploads,
                    actor=request.user,
                )
            except ValidationFailed as error:
                errors[component.pk] = [m for ms in error.errors.values() for m in ms]
            except DomainError as error:
                errors[component.pk] = [error.message]
        present = selectors.draft_documents_by_component(dossier=dossier)
        if request.POST.get("action") != "upload" and not errors:
            for component in components:
                if component.required and component.pk not in present:
                    errors[component.pk] = [_("Chưa có tệp cho giấy tờ bắt buộc này.")]
        if errors:
            status = 400
        elif request.POST.get("action") == "upload":
            messages.success(request, _("Đã tải tệp lên và lưu bản nháp."))
            return redirect("portal:submit_documents", pk=dossier.pk)
        else:
            return redirect("portal:submit_delivery", pk=dossier.pk)
    present = selectors.draft_documents_by_component(dossier=dossier)
    rows = [
        {
            "component": component,
            "files": present.get(component.pk, []),
            "errors": errors.get(component.pk, []),
        }
        for component in components
    ]
    context = _draft_context(
        dossier,
        "documents",
        rows=rows,
        max_mb=dossier.procedure.max_upload_mb,
        has_errors=bool(errors),
    )
    return render(request, "portal/submit_documents.html", context, status=status)


@applicant_required
@require_http_methods(["GET", "POST"])
def submit_delivery(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose how to receive the result: online, at the counter or by post."""
    dossier = _draft(request, pk)
    if isinstance(dossier, HttpResponse):
        return dossier
    initial = {"method": dossier.delivery, "address": dossier.delivery_address}
    if request.method == "GET":
        form = DeliveryForm(initial=initial, procedure=dossier.procedure)
        context = _draft_context(dossier, "delivery", form=form)
        return render(request, "portal/submit_delivery.html", context)
    form = DeliveryForm(request.POST, procedure=dossier.procedure)
    if form.is_valid():
        delivery = Delivery(
            method=form.cleaned_data["method"], address=form.cleaned_data["address"]
        )
        try:
            dossier_draft_update(dossier=dossier, actor=request.user, delivery=delivery)
        except ValidationFailed as error:
            for name, problems in error.errors.items():
                field = "address" if name == "delivery_address" else "method"
                for problem in problems:
                    form.add_error(field, problem)
        else:
            return redirect("portal:submit_review", pk=dossier.pk)
    context = _draft_context(dossier, "delivery", form=form)
    return render(request, "portal/submit_delivery.html", context, status=400)


def _form_rows(dossier: Dossier) -> list[dict]:
    """Return the e-form's answers as label and readable value."""
    rows = []
    for spec in dossier.procedure.form_schema or []:
        value = dossier.form_data.get(spec["name"])
        kind = spec.get("type", "text")
        if kind == "boolean":
            shown = _("Có") if value else _("Không")
        elif value in (None, ""):
            shown = "—"
        elif kind == "choice":
            labels = {str(v): label for v, label in spec.get("choices", [])}
            shown = labels.get(str(value), str(value))
        elif kind == "date":
            iso = str(value)
            shown = f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if len(iso) == 10 else iso
        else:
            shown = str(value)
        rows.append({"label": spec.get("label", spec["name"]), "value": shown})
    return rows


def _review_problems(dossier: Dossier) -> list[str]:
    data = dict(dossier.form_data)
    errors = form_data_validate(schema=dossier.procedure.form_schema, data=data)
    problems = [message for messages_ in errors.values() for message in messages_]
    present = selectors.draft_documents_by_component(dossier=dossier)
    for component in dossier.procedure.components.all():
        if component.required and component.pk not in present:
            problems.append(_("Thiếu giấy tờ: %(name)s") % {"name": component.name})
    return problems


@applicant_required
@require_http_methods(["GET", "POST"])
def submit_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Show everything once more, then submit; a second click finds it submitted."""
    dossier = _draft(request, pk)
    if isinstance(dossier, HttpResponse):
        return dossier
    status = 200
    if request.method == "POST":
        try:
            dossier = dossier_submit(dossier=dossier, actor=request.user)
        except InvalidTransition:
            # Submitted by a first click (or on another device) meanwhile.
            dossier.refresh_from_db()
            if dossier.code:
                return redirect("portal:submit_done", code=dossier.code)
            raise
        except ValidationFailed:
            status = 400
        except DomainError as error:
            messages.error(request, error.message)
            status = 400
        else:
            return redirect("portal:submit_done", code=dossier.code)
    present = selectors.draft_documents_by_component(dossier=dossier)
    context = _draft_context(
        dossier,
        "review",
        form_rows=_form_rows(dossier),
        components=[
            {"component": c, "files": present.get(c.pk, [])}
            for c in dossier.procedure.components.all()
        ],
        problems=_review_problems(dossier),
    )
    return render(request, "portal/submit_review.html", context, status=status)


@never_cache
@applicant_required
def submit_done(request: HttpRequest, code: str) -> HttpResponse:
    """Confirm a submission: the dossier code, the look-up PIN, the appointment."""
    dossier = selectors.own_dossier_get(user=request.user, code=code)
    context = {
        "dossier": dossier,
        "public_lookup_url": request.build_absolute_uri(selectors.lookup_url(dossier)),
    }
    return render(request, "portal/submit_done.html", context)


# ---------------------------------------------------------------- following


@never_cache
@login_required
def my_dossiers(request: HttpRequest) -> HttpResponse:
    """List every dossier of the account with its status and working days left."""
    dossiers = selectors.own_dossier_list(user=request.user)
    context = {
        "drafts": [d for d in dossiers if d.status == S.DRAFT],
        "dossiers": [d for d in dossiers if d.status != S.DRAFT],
    }
    return render(request, "portal/dossier_list.html", context)


@never_cache
@login_required
def dossier_detail(request: HttpRequest, code: str) -> HttpResponse:
    """Show one dossier: status, due date, history, files, what to do next."""
    dossier = selectors.own_dossier_get(user=request.user, code=code)
    return render_dossier_page(request, dossier)


def render_dossier_page(
    request: HttpRequest, dossier: Dossier, status: int = 200, **extra
) -> HttpResponse:
    selectors.annotate_days_left([dossier])
    documents = selectors.dossier_documents(dossier=dossier)
    waiting = dossier.status == S.SUPPLEMENT_REQUESTED
    rateable = dossier.status in (S.FINISHED, S.RETURNED)
    rating = rating_for_dossier(dossier=dossier) if rateable else None
    context = {
        "dossier": dossier,
        "timeline": selectors.dossier_timeline(dossier=dossier),
        "papers": [d for d in documents if d.kind != DossierDocument.Kind.RESULT],
        "results": [d for d in documents if d.kind == DossierDocument.Kind.RESULT],
        "supplement_items": selectors.supplement_items(dossier=dossier)
        if waiting
        else [],
        "supplement_form": extra.pop("supplement_form", None) or SupplementForm(),
        "supplement_errors": extra.pop("supplement_errors", []),
        "can_withdraw": dossier.status in (S.SUBMITTED, S.SUPPLEMENT_REQUESTED),
        "receipt_slip_url": f"/api/v1/dossiers/{dossier.code}/slips/receipt"
        if dossier.received_at
        else "",
        "access_logs": list(access_log_for_dossier(dossier=dossier)[:50]),
        "rateable": rateable,
        "rating": rating,
        "rating_form": extra.pop("rating_form", None) or RatingForm(),
        **extra,
    }
    return render(request, "portal/dossier_detail.html", context, status=status)


@login_required
@require_POST
def dossier_supplement(request: HttpRequest, code: str) -> HttpResponse:
    """Upload the papers asked for and send the dossier back to the reception unit."""
    dossier = selectors.own_dossier_get(user=request.user, code=code)
    form = SupplementForm(request.POST)
    if not form.is_valid():
        return render_dossier_page(request, dossier, 400, supplement_form=form)
    try:
        dossier_supplement_send(
            dossier=dossier,
            actor=request.user,
            uploads=request.FILES.getlist("files"),
            note=form.cleaned_data["note"],
        )
    except ValidationFailed as error:
        problems = [m for ms in error.errors.values() for m in ms]
        return render_dossier_page(
            request, dossier, 400, supplement_form=form, supplement_errors=problems
        )
    except DomainError as error:
        return render_dossier_page(
            request,
            dossier,
            400,
            supplement_form=form,
            supplement_errors=[error.message],
        )
    messages.success(request, _("Đã gửi giấy tờ bổ sung. Hồ sơ được xem xét lại."))
    return redirect("portal:dossier", code=dossier.code)


@login_required
@require_http_methods(["GET", "POST"])
def dossier_withdraw_view(request: HttpRequest, code: str) -> HttpResponse:
    """Withdraw a dossier not yet received, after a confirmation page."""
    dossier = selectors.own_dossier_get(user=request.user, code=code)
    form = WithdrawForm(_posted(request))
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            dossier_withdraw(
                dossier=dossier, actor=request.user, reason=form.cleaned_data["reason"]
            )
        except DomainError as error:
            form.add_error(None, error.message)
            status = 400
        else:
            messages.success(request, _("Đã rút hồ sơ %(code)s.") % {"code": code})
            return redirect("portal:dossier", code=dossier.code)
    elif request.method == "POST":
        status = 400
    context = {"dossier": dossier, "form": form}
    return render(request, "portal/dossier_withdraw.html", context, status=status)


@login_required
def document_download(request: HttpRequest, pk: int) -> FileResponse:
    """Send a file of one's own dossier (never through MEDIA_URL)."""
    document = selectors.own_document_get(user=request.user, pk=pk)
    handle = document.file.open("rb")
    return FileResponse(
        handle,
        as_attachment=True,
        filename=document.name,
        content_type=document.content_type,
    )


# ---------------------------------------------------------------- public look-up


@never_cache
@require_http_methods(["GET", "POST"])
def lookup(request: HttpRequest) -> HttpResponse:
    """Show a dossier's status to whoever has its code and PIN (no personal data).

    A GET with ?ma=&pin= works too, for the QR code printed on every slip.
    """
    params = request.POST if request.method == "POST" else request.GET
    asked = "ma" in params or "pin" in params
    form = LookupForm(params if asked else None)
    context: dict = {"form": form}
    if not asked:
        return render(request, "portal/lookup.html", context)
    if rate_limit_hit(
        scope="lookup",
        key=client_ip(request),
        rate=settings.MOTCUA_LOOKUP_RATE_LIMIT,
    ):
        context["limited"] = True
        return render(request, "portal/lookup.html", context, status=429)
    if not form.is_valid():
        return render(request, "portal/lookup.html", context, status=400)
    dossier = selectors.dossier_lookup(
        code=form.cleaned_data["ma"], pin=form.cleaned_data["pin"]
    )
    if dossier is None:
        context["not_found"] = True
        return render(request, "portal/lookup.html", context, status=404)
    context.update(
        dossier=dossier,
        plain_status=selectors.plain_status(dossier.status),
        timeline=selectors.dossier_timeline(dossier=dossier, public=True),
    )
    return render(request, "portal/lookup.html", context)
