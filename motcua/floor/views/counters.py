"""The floor's start page for officials and the counter console."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from motcua.accounts.models import Role
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, ValidationFailed
from motcua.core.text import int_or_zero
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, Delivery
from motcua.floor.models import Counter, Ticket
from motcua.floor.selectors import (
    counter_current_ticket,
    counters_for,
    floor_day_stats,
    halls_for,
    kiosks_for,
    teams_for,
    tickets_waiting_for,
)
from motcua.floor.services import (
    counter_close,
    counter_open,
    ticket_call_next,
    ticket_dossier_link,
    ticket_dossier_receive,
    ticket_finish,
    ticket_recall,
    ticket_skip,
    ticket_transfer,
)


def _official_only(request: HttpRequest) -> None:
    if not request.user.is_official:
        raise Http404


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Show the officer's counters, the halls' screens, kiosks and today's figures."""
    _official_only(request)
    user = request.user
    counters = list(counters_for(user=user))
    receptions = {c.hall.reception for c in counters}
    context = {
        "counters": counters,
        "mine": next(
            (c for c in counters if c.officer_id == user.pk and c.is_open), None
        ),
        "halls": halls_for(user=user),
        "kiosks": kiosks_for(user=user),
        "stats": [
            (reception, floor_day_stats(reception=reception))
            for reception in sorted(receptions, key=lambda r: r.name)
        ],
        "is_member": teams_for(user=user).exists(),
        "is_receiver": user.has_role(Role.RECEPTION_OFFICER),
    }
    return render(request, "floor/floor_home.html", context)


class ReceiveForm(forms.Form):
    procedure = forms.ModelChoiceField(
        label=gettext_lazy("Thủ tục"), queryset=Procedure.objects.none()
    )
    name = forms.CharField(label=gettext_lazy("Họ và tên người nộp"), max_length=255)
    id_number = forms.CharField(label=gettext_lazy("Số CCCD"), max_length=12)
    phone = forms.CharField(
        label=gettext_lazy("Điện thoại"), max_length=20, required=False
    )
    address = forms.CharField(
        label=gettext_lazy("Địa chỉ"), max_length=255, required=False
    )
    delivery = forms.ChoiceField(
        label=gettext_lazy("Nhận kết quả"),
        choices=Dossier.Delivery.choices,
        initial=Dossier.Delivery.COUNTER,
    )
    delivery_address = forms.CharField(
        label=gettext_lazy("Địa chỉ nhận kết quả (nếu qua bưu điện)"),
        max_length=255,
        required=False,
    )

    def __init__(self, *args, ticket: Ticket | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        procedures = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
        if ticket is not None:
            procedures = procedures.filter(counter_groups=ticket.group_id)
        self.fields["procedure"].queryset = procedures.order_by("name")
        self.fields["procedure"].label_from_instance = lambda p: p.name
        if ticket is not None and ticket.procedure_id:
            self.fields["procedure"].initial = ticket.procedure_id


class LinkForm(forms.Form):
    code = forms.CharField(label=gettext_lazy("Mã hồ sơ"), max_length=60)


def _onestop_url() -> str:
    try:
        return reverse("onestop:inbox")
    except NoReverseMatch:
        return ""


@login_required
def counter_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The counter console: open, call next, recall, skip, transfer, start a dossier."""
    _official_only(request)
    counter = get_object_or_404(counters_for(user=request.user), pk=pk)
    current = counter_current_ticket(counter=counter)
    group_ids = [g.pk for g in counter.groups.all()]
    waiting = tickets_waiting_for(counter=counter, group_ids=group_ids)
    context = {
        "counter": counter,
        "current": current,
        "next_tickets": list(waiting.select_related("group")[:5]),
        "waiting_count": waiting.count(),
        "others": counters_for(user=request.user)
        .filter(hall__reception_id=counter.hall.reception_id)
        .exclude(pk=counter.pk),
        "at_counter": counter.is_open and counter.officer_id == request.user.pk,
        "receive_form": ReceiveForm(ticket=current) if current else None,
        "link_form": LinkForm() if current else None,
        "onestop_url": _onestop_url(),
        "recent": Ticket.objects.filter(counter=counter)
        .exclude(status=Ticket.Status.CALLED)
        .select_related("dossier")
        .order_by("-called_at")[:8],
    }
    return render(request, "floor/counter_detail.html", context)


SIMPLE_ACTIONS = {
    "mo": counter_open,
    "dong": counter_close,
    "goi-lai": ticket_recall,
    "vang-mat": ticket_skip,
    "xong": ticket_finish,
}


@login_required
@require_POST
def counter_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    """Run one counter action, then show the console again."""
    _official_only(request)
    counter = get_object_or_404(counters_for(user=request.user), pk=pk)
    back = redirect("floor:counter", pk=counter.pk)
    try:
        if action in SIMPLE_ACTIONS:
            SIMPLE_ACTIONS[action](counter=counter, actor=request.user)
        elif action == "goi-tiep":
            ticket = ticket_call_next(counter=counter, actor=request.user)
            if ticket is None:
                messages.info(request, _("Không còn ai chờ ở các nhóm quầy này."))
            else:
                messages.success(
                    request, _("Đã gọi số %(number)s.") % {"number": ticket.number}
                )
        elif action == "chuyen":
            target = (
                counters_for(user=request.user)
                .filter(pk=int_or_zero(request.POST.get("target", "")))
                .first()
            )
            if target is None:
                messages.error(request, _("Hãy chọn quầy nhận."))
                return back
            ticket_transfer(counter=counter, actor=request.user, target=target)
            messages.success(
                request, _("Đã chuyển sang %(counter)s.") % {"counter": target.label}
            )
        elif action in ("ho-so", "lien-ket"):
            return _dossier_action(request, counter, action)
        else:
            raise Http404
    except ValidationFailed as error:
        for problems in error.errors.values():
            for problem in problems:
                messages.error(request, problem)
    except DomainError as error:
        messages.error(request, error.message)
    return back


def _dossier_action(
    request: HttpRequest, counter: Counter, action: str
) -> HttpResponse:
    current = counter_current_ticket(counter=counter)
    if current is None or counter.officer_id != request.user.pk:
        messages.error(request, _("Quầy chưa gọi số nào."))
        return redirect("floor:counter", pk=counter.pk)
    if action == "lien-ket":
        form = LinkForm(request.POST)
        if form.is_valid():
            dossier = ticket_dossier_link(
                ticket=current, actor=request.user, code=form.cleaned_data["code"]
            )
            messages.success(
                request,
                _("Đã gắn số %(number)s với hồ sơ %(code)s.")
                % {"number": current.number, "code": dossier.code},
            )
        else:
            messages.error(request, _("Hãy nhập mã hồ sơ."))
        return redirect("floor:counter", pk=counter.pk)
    form = ReceiveForm(request.POST, ticket=current)
    if not form.is_valid():
        context = {"counter": counter, "current": current, "form": form}
        return render(request, "floor/counter_receive.html", context, status=400)
    data = form.cleaned_data
    try:
        dossier = ticket_dossier_receive(
            ticket=current,
            actor=request.user,
            procedure=data["procedure"],
            applicant=Applicant(
                kind=Dossier.ApplicantKind.CITIZEN,
                name=data["name"],
                id_number=data["id_number"],
                phone=data["phone"],
                address=data["address"],
            ),
            delivery=Delivery(
                method=data["delivery"], address=data["delivery_address"]
            ),
        )
    except ValidationFailed as error:
        for name, problems in error.errors.items():
            target = name if name in form.fields else None
            for problem in problems:
                form.add_error(target, problem)
        context = {"counter": counter, "current": current, "form": form}
        return render(request, "floor/counter_receive.html", context, status=400)
    messages.success(
        request,
        _("Đã tiếp nhận hồ sơ %(code)s từ số %(number)s.")
        % {"code": dossier.code, "number": current.number},
    )
    return redirect("floor:counter", pk=counter.pk)
