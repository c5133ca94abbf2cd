"""Public postal service: dossiers received by post, results sent by post."""

from __future__ import annotations

from datetime import datetime

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from motcua.accounts.models import Role
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, ValidationFailed
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import Applicant, Delivery
from motcua.floor.selectors import dossiers_to_post_for, shipments_for
from motcua.floor.services import (
    postal_dossier_receive,
    shipment_create,
    shipment_refresh,
)


class PostalReceiveForm(forms.Form):
    procedure = forms.ModelChoiceField(
        label=gettext_lazy("Thủ tục"),
        queryset=Procedure.objects.filter(
            state=Procedure.State.PUBLISHED, online_only=False
        ).order_by("name"),
    )
    postal_tracking = forms.CharField(
        label=gettext_lazy("Số hiệu bưu gửi (trên phong bì)"), max_length=40
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
        initial=Dossier.Delivery.POST,
    )
    delivery_address = forms.CharField(
        label=gettext_lazy("Địa chỉ nhận kết quả"), max_length=255, required=False
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["procedure"].label_from_instance = lambda p: p.name


@login_required
def postal_home(request: HttpRequest) -> HttpResponse:
    """Officers: receive a dossier that came by post, post finished results.

    Everyone: follow the shipments of their own dossiers.
    """
    user = request.user
    receiving = user.is_official and user.has_role(Role.RECEPTION_OFFICER)
    form = PostalReceiveForm(request.POST or None) if receiving else None
    status = 200
    if request.method == "POST" and form is not None:
        if form.is_valid():
            data = form.cleaned_data
            try:
                dossier = postal_dossier_receive(
                    actor=user,
                    procedure=data["procedure"],
                    applicant=Applicant(
                        kind=Dossier.ApplicantKind.CITIZEN,
                        name=data["name"],
                        id_number=data["id_number"],
                        phone=data["phone"],
                        address=data["address"],
                    ),
                    postal_tracking=data["postal_tracking"],
                    delivery=Delivery(
                        method=data["delivery"], address=data["delivery_address"]
                    ),
                )
            except ValidationFailed as error:
                for name, problems in error.errors.items():
                    for problem in problems:
                        form.add_error(name if name in form.fields else None, problem)
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("Đã tiếp nhận hồ sơ %(code)s gửi qua bưu chính (số hiệu %(n)s).")
                    % {"code": dossier.code, "n": dossier.postal_tracking},
                )
                return redirect("floor:postal")
        status = 400
    context = {
        "form": form,
        "to_post": dossiers_to_post_for(user=user)[:50] if user.is_official else [],
        "shipments": shipments_for(user=user)[:50],
    }
    return render(request, "floor/postal_home.html", context, status=status)


@login_required
@require_POST
def postal_send(request: HttpRequest, pk: int) -> HttpResponse:
    dossier = get_object_or_404(dossiers_to_post_for(user=request.user), pk=pk)
    try:
        shipment = shipment_create(dossier=dossier, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("floor:postal")
    messages.success(
        request,
        _("Đã tạo bưu gửi %(number)s cho hồ sơ %(code)s.")
        % {"number": shipment.tracking_number, "code": dossier.code},
    )
    return redirect("floor:shipment", tracking=shipment.tracking_number)


@login_required
def shipment_detail(request: HttpRequest, tracking: str) -> HttpResponse:
    """A shipment's status and journey, refreshed from the operator when asked."""
    shipment = get_object_or_404(
        shipments_for(user=request.user), tracking_number=tracking
    )
    if request.method == "POST":
        try:
            shipment = shipment_refresh(shipment=shipment)
        except DomainError as error:
            messages.error(request, error.message)
        return redirect("floor:shipment", tracking=shipment.tracking_number)
    journey = [
        (datetime.fromisoformat(step["at"]), step["text"]) for step in shipment.history
    ]
    context = {"shipment": shipment, "journey": journey}
    return render(request, "floor/shipment_detail.html", context)
