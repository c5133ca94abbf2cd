"""Account pages: sign in (password or VNeID), register, verify, reset password."""

from __future__ import annotations

import logging

import requests
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import SuspiciousOperation
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
)

from motcua.accounts.forms import (
    CitizenRegisterForm,
    LoginForm,
    OrganisationRegisterForm,
    ResendForm,
    VerifyForm,
)
from motcua.accounts.oidc import oidc_enabled
from motcua.core.errors import DomainError
from motcua.notifications.models import AccountVerification, Channel
from motcua.notifications.services import (
    verification_check,
    verification_code_send,
    verification_require,
)

logger = logging.getLogger(__name__)
ORGANISATION = "to-chuc"


class LoginView(auth_views.LoginView):
    """Sign in by username, phone or e-mail; VNeID when a provider is configured."""

    template_name = "registration/login.html"
    form_class = LoginForm
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # Password guessing: limit attempts per client address and per account name.
        from motcua.portal.services import client_ip, rate_limit_hit

        rate = settings.MOTCUA_LOGIN_RATE_LIMIT
        name = request.POST.get("username", "").strip().lower()[:150]
        if rate_limit_hit(
            scope="login-ip", key=client_ip(request), rate=rate
        ) or rate_limit_hit(scope="login-name", key=name or "-", rate=rate):
            return render(
                request,
                "portal/problem.html",
                {
                    "message": _(
                        "Bạn đã thử đăng nhập quá nhiều lần. Hãy đợi vài phút rồi "
                        "thử lại, hoặc dùng chức năng quên mật khẩu."
                    )
                },
                status=429,
            )
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["oidc_enabled"] = oidc_enabled()
        context["oidc_failed"] = "vneid" in self.request.GET
        return context


def register(request: HttpRequest) -> HttpResponse:
    """Create a citizen's or an organisation's account, then send a code."""
    if request.user.is_authenticated:
        return redirect("portal:home")
    kind = request.POST.get("loai") or request.GET.get("loai")
    form_class = (
        OrganisationRegisterForm if kind == ORGANISATION else CitizenRegisterForm
    )
    form = form_class(request.POST or None)
    if request.method == "POST" and form.is_valid():
        channel = form.cleaned_data["channel"]
        with transaction.atomic():
            user = form.save()
            verification_require(user=user, channel=channel)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        try:
            verification_code_send(user=user, channel=channel)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Đã tạo tài khoản. Mã xác minh đã được gửi."))
        return redirect("accounts:verify")
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "organisation": kind == ORGANISATION}
    return render(request, "accounts/register.html", context, status=status)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else ""


@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Enter the 6-digit code, or ask for a new one by SMS or e-mail."""
    verification = AccountVerification.objects.filter(user=request.user).first()
    if verification is None or verification.is_verified:
        messages.info(request, _("Tài khoản đã được xác minh."))
        return redirect(_next_url(request) or "portal:home")
    form = VerifyForm()
    resend = ResendForm(initial={"channel": verification.channel})
    status = 200
    if request.method == "POST" and "resend" in request.POST:
        resend = ResendForm(request.POST)
        if resend.is_valid():
            try:
                verification_code_send(
                    user=request.user, channel=resend.cleaned_data["channel"]
                )
            except DomainError as error:
                messages.error(request, error.message)
                status = 400
            else:
                messages.success(request, _("Đã gửi mã xác minh mới."))
                return redirect(request.get_full_path())
        else:
            status = 400
    elif request.method == "POST":
        form = VerifyForm(request.POST)
        if form.is_valid():
            try:
                verification_check(user=request.user, code=form.cleaned_data["code"])
            except DomainError as error:
                form.add_error("code", error.message)
            else:
                messages.success(
                    request,
                    _("Xác minh thành công. Bạn đã có thể nộp hồ sơ trực tuyến."),
                )
                return redirect(_next_url(request) or "portal:home")
        status = 400
    context = {
        "form": form,
        "resend": resend,
        "verification": verification,
        "destination": _masked(verification),
        "next": _next_url(request),
    }
    return render(request, "accounts/verify.html", context, status=status)


def _masked(verification: AccountVerification) -> str:
    """Return the phone or e-mail with most of it hidden: `091****678`."""
    value = verification.destination
    if verification.channel == Channel.EMAIL and "@" in value:
        name, domain = value.split("@", 1)
        return f"{name[:2]}***@{domain}"
    return f"{value[:3]}****{value[-3:]}" if len(value) > 6 else value


def oidc_login(request: HttpRequest) -> HttpResponse:
    """Send the browser to VNeID's sign-in page (404 when none is configured)."""
    if not oidc_enabled():
        raise Http404
    return OIDCAuthenticationRequestView.as_view()(request)


def oidc_callback(request: HttpRequest) -> HttpResponse:
    """Receive VNeID's answer, sign the citizen in or back to the login page."""
    if not oidc_enabled():
        raise Http404
    try:
        return OIDCAuthenticationCallbackView.as_view()(request)
    except (SuspiciousOperation, requests.RequestException) as error:
        # A forged or unreadable answer, or the provider is unreachable.
        logger.warning("VNeID sign-in failed: %s", error)
        return redirect(settings.LOGIN_REDIRECT_URL_FAILURE)


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
