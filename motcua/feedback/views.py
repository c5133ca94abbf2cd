"""Rate a dossier, send feedback on a procedure, and answer it (officials)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, ValidationFailed
from motcua.feedback.forms import AnswerForm, FeedbackForm, RatingForm
from motcua.feedback.models import ProcedureFeedback
from motcua.feedback.selectors import feedback_get_for, feedback_list_for
from motcua.feedback.services import feedback_answer, feedback_create, rating_create
from motcua.portal.selectors import own_dossier_get
from motcua.portal.services import client_ip, rate_limit_hit


@login_required
@require_POST
def rate(request: HttpRequest, code: str) -> HttpResponse:
    """Record the applicant's satisfaction with a dossier that has its result."""
    dossier = own_dossier_get(user=request.user, code=code)
    form = RatingForm(request.POST)
    if not form.is_valid():
        from motcua.portal.views import render_dossier_page

        return render_dossier_page(request, dossier, 400, rating_form=form)
    try:
        rating_create(
            dossier=dossier,
            author=request.user,
            level=form.cleaned_data["level"],
            comment=form.cleaned_data["comment"],
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("portal:dossier", code=dossier.code)
    messages.success(request, _("Cảm ơn bạn đã đánh giá."))
    return redirect("portal:dossier", code=dossier.code)


@require_http_methods(["GET", "POST"])
def send(request: HttpRequest, code: str) -> HttpResponse:
    """Send a feedback or proposal on a procedure; anyone may, logged in or not."""
    procedure = Procedure.objects.filter(
        code=code, state=Procedure.State.PUBLISHED
    ).first()
    if procedure is None:
        raise Http404
    form = FeedbackForm(_posted(request), user=request.user)
    context = {"procedure": procedure, "form": form}
    if request.method == "GET":
        return render(request, "feedback/feedback_form.html", context)
    if rate_limit_hit(
        scope="feedback",
        key=client_ip(request),
        rate=settings.MOTCUA_FEEDBACK_RATE_LIMIT,
    ):
        context["limited"] = True
        return render(request, "feedback/feedback_form.html", context, status=429)
    if form.is_valid():
        try:
            feedback_create(
                procedure=procedure,
                author=request.user if request.user.is_authenticated else None,
                **form.cleaned_data,
            )
        except ValidationFailed as error:
            for name, problems in error.errors.items():
                for problem in problems:
                    form.add_error(name if name in form.fields else None, problem)
        else:
            messages.success(
                request,
                _(
                    "Đã gửi phản ánh, kiến nghị. Câu trả lời sẽ được công khai trên "
                    "trang thủ tục."
                ),
            )
            return redirect(procedure.get_absolute_url())
    return render(request, "feedback/feedback_form.html", context, status=400)


def _posted(request: HttpRequest):
    """Return the POST data of a POST (even an empty one), else None."""
    return request.POST if request.method == "POST" else None


def _official_only(request: HttpRequest) -> HttpResponse | None:
    if not request.user.is_official:
        context = {"message": _("Trang này dành cho cán bộ, công chức.")}
        return render(request, "portal/problem.html", context, status=403)
    return None


@login_required
def feedback_list(request: HttpRequest) -> HttpResponse:
    """List the feedback on procedures of the official's scope, new ones first."""
    refused = _official_only(request)
    if refused:
        return refused
    state = request.GET.get("trang-thai", ProcedureFeedback.State.NEW)
    if state not in ProcedureFeedback.State.values:
        state = ProcedureFeedback.State.NEW
    feedback = feedback_list_for(user=request.user).filter(state=state)
    page = Paginator(feedback.order_by("created_at"), 20).get_page(
        request.GET.get("trang")
    )
    context = {
        "page": page,
        "state": state,
        "states": ProcedureFeedback.State.choices,
    }
    return render(request, "feedback/feedback_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Answer one feedback (published on the procedure's page) or hide it."""
    refused = _official_only(request)
    if refused:
        return refused
    feedback = feedback_get_for(user=request.user, pk=pk)
    initial = {"answer": feedback.answer}
    form = AnswerForm(_posted(request), initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                feedback_answer(
                    feedback=feedback,
                    actor=request.user,
                    answer=form.cleaned_data["answer"],
                    publish=form.cleaned_data["publish"] == "answer",
                )
            except ValidationFailed as error:
                for problem in error.errors.get("answer", [error.message]):
                    form.add_error("answer", problem)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Đã lưu câu trả lời."))
                return redirect("feedback:list")
        status = 400
    context = {"feedback": feedback, "form": form}
    return render(request, "feedback/feedback_answer.html", context, status=status)
