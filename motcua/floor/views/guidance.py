"""Guidance-team members: log help sessions, make accounts, submit with consent."""

from __future__ import annotations

from datetime import date

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from motcua.accounts.models import Agency
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    Delivery,
    document_attach,
    dossier_draft_update,
    dossier_submit,
)
from motcua.feedback.models import Rating
from motcua.floor.models import HelpSession
from motcua.floor.selectors import guidance_report, sessions_for, teams_for
from motcua.floor.services import (
    guidance_account_create,
    guidance_dossier_start,
    help_session_log,
)


class SessionForm(forms.Form):
    team = forms.ModelChoiceField(label=gettext_lazy("Tổ"), queryset=None)
    person_name = forms.CharField(
        label=gettext_lazy("Họ tên người được hỗ trợ"), max_length=255
    )
    person_id_number = forms.CharField(
        label=gettext_lazy("Số CCCD (nếu có)"), max_length=12, required=False
    )
    person_phone = forms.CharField(
        label=gettext_lazy("Điện thoại (nếu có)"), max_length=20, required=False
    )
    topic = forms.ChoiceField(
        label=gettext_lazy("Nội dung hỗ trợ"), choices=HelpSession.Topic.choices
    )
    outcome = forms.ChoiceField(
        label=gettext_lazy("Kết quả"), choices=HelpSession.Outcome.choices
    )
    satisfaction = forms.ChoiceField(
        label=gettext_lazy("Người dân có hài lòng không?"),
        choices=[("", gettext_lazy("Chưa hỏi")), *list(Rating.Level.choices)],
        required=False,
    )
    note = forms.CharField(
        label=gettext_lazy("Ghi chú"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=2000,
    )

    def __init__(self, *args, teams=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams
        if teams is not None and len(teams) == 1:
            self.fields["team"].initial = teams[0].pk


class AccountForm(forms.Form):
    full_name = forms.CharField(label=gettext_lazy("Họ và tên"), max_length=255)
    id_number = forms.CharField(
        label=gettext_lazy("Số CCCD (tên đăng nhập)"), max_length=12
    )
    phone = forms.CharField(
        label=gettext_lazy("Điện thoại"), max_length=20, required=False
    )
    email = forms.EmailField(label=gettext_lazy("Thư điện tử"), required=False)
    address = forms.CharField(
        label=gettext_lazy("Địa chỉ"), max_length=255, required=False
    )
    password = forms.CharField(
        label=gettext_lazy("Mật khẩu (người dân tự nhập)"), widget=forms.PasswordInput
    )


class AssistForm(forms.Form):
    procedure = forms.ModelChoiceField(
        label=gettext_lazy("Thủ tục"),
        queryset=Procedure.objects.filter(state=Procedure.State.PUBLISHED)
        .exclude(service_level=Procedure.ServiceLevel.INFO)
        .order_by("name"),
    )
    agency = forms.ModelChoiceField(
        label=gettext_lazy("UBND xã, phường giải quyết (thủ tục cấp xã)"),
        queryset=Agency.objects.filter(
            level=Agency.Level.COMMUNE, active_to__isnull=True
        ),
        required=False,
    )
    consent = forms.BooleanField(
        label=gettext_lazy("Người dân đồng ý để tổ hướng dẫn nộp hồ sơ thay")
    )
    consent_note = forms.CharField(
        label=gettext_lazy("Cách ghi nhận sự đồng ý"),
        max_length=255,
        initial=gettext_lazy("Đồng ý trực tiếp, có ký phiếu hỗ trợ"),
    )


def _teams(request: HttpRequest):
    teams = list(teams_for(user=request.user))
    if not teams:
        raise Http404
    return teams


def _errors_to_form(form: forms.Form, error: ValidationFailed) -> None:
    for name, problems in error.errors.items():
        for problem in problems:
            form.add_error(name if name in form.fields else None, problem)


@login_required
def guidance_home(request: HttpRequest) -> HttpResponse:
    """Log a help session; see the latest ones."""
    teams = _teams(request)
    form = SessionForm(request.POST or None, teams=teams_for(user=request.user))
    status = 200
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                session = help_session_log(
                    team=data["team"],
                    member=request.user,
                    person_name=data["person_name"],
                    person_id_number=data["person_id_number"],
                    person_phone=data["person_phone"],
                    topic=data["topic"],
                    outcome=data["outcome"],
                    satisfaction=data["satisfaction"],
                    note=data["note"],
                )
            except ValidationFailed as error:
                _errors_to_form(form, error)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Đã ghi nhận lượt hỗ trợ."))
                return redirect("floor:session", pk=session.pk)
        status = 400
    context = {
        "teams": teams,
        "form": form,
        "sessions": sessions_for(user=request.user)[:30],
    }
    return render(request, "floor/guidance_home.html", context, status=status)


def _session(request: HttpRequest, pk: int) -> HelpSession:
    return get_object_or_404(sessions_for(user=request.user), pk=pk)


@login_required
def session_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A help session: create the person's account, start a dossier, finish it."""
    session = _session(request, pk)
    initial = {
        "full_name": session.person_name,
        "id_number": session.person_id_number,
        "phone": session.person_phone,
    }
    context = {
        "session": session,
        "account_form": AccountForm(initial=initial) if not session.person_id else None,
        "assist_form": AssistForm()
        if session.person_id and not session.dossier_id
        else None,
        "dossier": session.dossier,
    }
    if session.dossier_id:
        context.update(_draft_context(session.dossier))
    return render(request, "floor/session_detail.html", context)


@login_required
@require_POST
def session_account(request: HttpRequest, pk: int) -> HttpResponse:
    session = _session(request, pk)
    form = AccountForm(request.POST)
    if form.is_valid():
        try:
            user = guidance_account_create(
                session=session, member=request.user, **form.cleaned_data
            )
        except ValidationFailed as error:
            _errors_to_form(form, error)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _("Đã tạo tài khoản. Tên đăng nhập: %(username)s.")
                % {"username": user.username},
            )
            return redirect("floor:session", pk=session.pk)
    context = {"session": session, "account_form": form}
    return render(request, "floor/session_detail.html", context, status=400)


def _draft_context(dossier: Dossier) -> dict:
    present = set(
        dossier.documents.filter(withdrawn=False).values_list("component_id", flat=True)
    )
    components = [
        (component, component.pk in present)
        for component in dossier.procedure.components.all()
    ]
    fields = [
        {**spec, "value": dossier.form_data.get(spec["name"], "")}
        for spec in dossier.procedure.form_schema or []
    ]
    return {
        "components": components,
        "fields": fields,
        "deliveries": Dossier.Delivery.choices,
    }


@login_required
@require_POST
def session_dossier(request: HttpRequest, pk: int) -> HttpResponse:
    """Start the draft with consent, then fill, attach and submit it for the citizen."""
    session = _session(request, pk)
    back = redirect("floor:session", pk=session.pk)
    try:
        if session.dossier_id is None:
            form = AssistForm(request.POST)
            if not form.is_valid():
                context = {"session": session, "assist_form": form}
                return render(request, "floor/session_detail.html", context, status=400)
            guidance_dossier_start(
                session=session,
                member=request.user,
                procedure=form.cleaned_data["procedure"],
                agency=form.cleaned_data["agency"],
                consent_note=form.cleaned_data["consent_note"],
            )
            messages.success(request, _("Đã lập bản nháp hồ sơ cho người dân."))
            return back
        dossier = session.dossier
        if dossier.status != Dossier.Status.DRAFT:
            raise DomainError(_("Hồ sơ đã được nộp."))
        form_data = {
            spec["name"]: request.POST.get(f"f_{spec['name']}", "")
            for spec in dossier.procedure.form_schema or []
            if request.POST.get(f"f_{spec['name']}", "") != ""
        }
        dossier_draft_update(
            dossier=dossier,
            actor=request.user,
            form_data=form_data,
            delivery=Delivery(
                method=request.POST.get("delivery", Dossier.Delivery.ONLINE),
                address=request.POST.get("delivery_address", ""),
            ),
        )
        for component in dossier.procedure.components.all():
            upload = request.FILES.get(f"c_{component.pk}")
            if upload is not None:
                document_attach(
                    dossier=dossier,
                    upload=upload,
                    actor=request.user,
                    component=component,
                )
        if request.POST.get("action") == "submit":
            dossier = dossier_submit(dossier=dossier, actor=request.user)
            messages.success(
                request,
                _("Đã nộp hồ sơ %(code)s thay người dân (tính là hồ sơ trực tuyến).")
                % {"code": dossier.code},
            )
        else:
            messages.success(request, _("Đã lưu bản nháp."))
    except ValidationFailed as error:
        for problems in error.errors.values():
            for problem in problems:
                messages.error(request, problem)
        if not error.errors:
            messages.error(request, error.message)
    except DomainError as error:
        messages.error(request, error.message)
    return back


def _month(text: str) -> date:
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        return timezone.localdate().replace(day=1)


@login_required
def guidance_report_view(request: HttpRequest) -> HttpResponse:
    """The monthly report per team and per commune."""
    teams = teams_for(user=request.user)
    if not teams.exists():
        raise Http404
    month = _month(request.GET.get("thang", ""))
    report = guidance_report(teams=teams, month=month)
    context = {
        "month": month,
        "report": report,
        "topics": HelpSession.Topic.choices,
    }
    return render(request, "floor/guidance_report.html", context)
