"""Guides: the public page, one guide, and the officials' editor."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, ValidationFailed
from motcua.floor.models import Guide, GuideStep
from motcua.floor.selectors import guides_for, guides_published
from motcua.floor.services import StepInput, guide_publish, guide_save

STEP_SLOTS = 8


class GuideForm(forms.Form):
    title = forms.CharField(label=gettext_lazy("Tiêu đề"), max_length=255)
    kind = forms.ChoiceField(label=gettext_lazy("Loại"), choices=Guide.Kind.choices)
    procedure = forms.ModelChoiceField(
        label=gettext_lazy("Thủ tục (với hướng dẫn thủ tục)"),
        queryset=Procedure.objects.filter(state=Procedure.State.PUBLISHED).order_by(
            "name"
        ),
        required=False,
    )
    summary = forms.CharField(
        label=gettext_lazy("Tóm tắt"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        max_length=1000,
    )


class StepForm(forms.Form):
    text = forms.CharField(
        label=gettext_lazy("Nội dung bước"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=4000,
    )
    image = forms.ImageField(label=gettext_lazy("Hình minh họa"), required=False)


StepFormSet = forms.formset_factory(StepForm, extra=0, max_num=STEP_SLOTS)


def guide_list(request: HttpRequest) -> HttpResponse:
    """Show the published guides; officials also see their own agency's."""
    guides = guides_published()
    kind = request.GET.get("loai", "")
    if kind in Guide.Kind.values:
        guides = guides.filter(kind=kind)
    mine = (
        guides_for(user=request.user)
        if request.user.is_authenticated and request.user.is_official
        else None
    )
    context = {
        "guides": guides[:100],
        "kind": kind,
        "kinds": Guide.Kind.choices,
        "mine": mine,
    }
    return render(request, "floor/guide_list.html", context)


def guide_detail(request: HttpRequest, pk: int) -> HttpResponse:
    guide = guides_published().filter(pk=pk).first()
    if guide is None and request.user.is_authenticated and request.user.is_official:
        guide = (
            guides_for(user=request.user)
            .prefetch_related("steps")
            .filter(pk=pk)
            .first()
        )
    if guide is None:
        raise Http404
    return render(request, "floor/guide_detail.html", {"guide": guide})


@login_required
def guide_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Write a guide: a title, then up to eight steps with text and a picture."""
    if not request.user.is_official:
        raise Http404
    guide = get_object_or_404(guides_for(user=request.user), pk=pk) if pk else None
    existing = list(guide.steps.all()) if guide else []
    if request.method == "POST":
        form = GuideForm(request.POST)
        steps = StepFormSet(request.POST, request.FILES, prefix="step")
        if form.is_valid() and steps.is_valid():
            inputs = []
            for index, step in enumerate(steps.cleaned_data):
                old = (
                    existing[index]
                    if index < len(existing) and existing[index].image
                    else None
                )
                inputs.append(
                    StepInput(
                        text=step.get("text", ""),
                        image=step.get("image"),
                        keep_image_from=old if not step.get("image") else None,
                    )
                )
            try:
                guide = guide_save(
                    actor=request.user,
                    guide=guide,
                    title=form.cleaned_data["title"],
                    kind=form.cleaned_data["kind"],
                    procedure=form.cleaned_data["procedure"],
                    summary=form.cleaned_data["summary"],
                    steps=inputs,
                )
            except ValidationFailed as error:
                for name, problems in error.errors.items():
                    for problem in problems:
                        form.add_error(name if name in form.fields else None, problem)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, _("Đã lưu hướng dẫn."))
                return redirect("floor:guide", pk=guide.pk)
        status = 400
    else:
        initial = {}
        if guide:
            initial = {
                "title": guide.title,
                "kind": guide.kind,
                "procedure": guide.procedure_id,
                "summary": guide.summary,
            }
        form = GuideForm(initial=initial)
        rows = [{"text": s.text} for s in existing]
        rows += [{"text": ""}] * (STEP_SLOTS - len(rows))
        steps = StepFormSet(initial=rows[:STEP_SLOTS], prefix="step")
        status = 200
    context = {"form": form, "steps": steps, "guide": guide, "existing": existing}
    return render(request, "floor/guide_edit.html", context, status=status)


@login_required
@require_POST
def guide_publish_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_official:
        raise Http404
    guide = get_object_or_404(guides_for(user=request.user), pk=pk)
    publish = request.POST.get("publish") == "1"
    try:
        guide_publish(guide=guide, actor=request.user, published=publish)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Đã công bố hướng dẫn.") if publish else _("Đã ẩn hướng dẫn.")
        )
    return redirect("floor:guide", pk=guide.pk)


def guide_image(request: HttpRequest, pk: int) -> FileResponse:
    """Send the picture of a published guide's step, through the storage API."""
    visible = guides_published()
    if request.user.is_authenticated and request.user.is_official:
        visible = visible | guides_for(user=request.user)  # drafts, for their editors
    step = GuideStep.objects.filter(pk=pk, guide__in=visible).exclude(image="").first()
    if step is None:
        raise Http404
    response = FileResponse(step.image.open("rb"))
    response["Cache-Control"] = "public, max-age=3600"
    return response
