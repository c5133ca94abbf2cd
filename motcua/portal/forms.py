"""Forms of the portal; the rules themselves live in the services they call."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Agency
from motcua.catalog.models import Procedure
from motcua.dossiers.models import Dossier


class CommuneForm(forms.Form):
    """Which commune or ward decides a commune-level procedure."""

    agency = forms.ModelChoiceField(
        label=_("UBND xã, phường giải quyết hồ sơ"),
        queryset=Agency.objects.none(),
        empty_label=_("– Chọn xã, phường –"),
        error_messages={
            "required": _("Hãy chọn UBND xã, phường giải quyết hồ sơ."),
            "invalid_choice": _("Xã, phường này không nhận hồ sơ; hãy chọn lại."),
        },
    )

    def __init__(self, *args, communes, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = communes


def _eform_field(spec: dict) -> forms.Field:
    """Return a form field that renders one e-form item; the catalog validates it."""
    kind = spec.get("type", "text")
    common = {
        "label": spec.get("label", spec["name"]),
        "help_text": spec.get("hint", ""),
        "required": False,  # checked by catalog.services.form_data_validate
    }
    attrs: dict[str, str] = {}
    if spec.get("required") and kind != "boolean":
        attrs["aria-required"] = "true"
    if kind == "textarea":
        return forms.CharField(
            widget=forms.Textarea(attrs={"rows": 3, **attrs}), **common
        )
    if kind == "boolean":
        return forms.BooleanField(**common)
    if kind == "choice":
        choices = [("", _("– Chọn –"))] + [
            (str(value), label) for value, label in spec.get("choices", [])
        ]
        # A CharField: the catalog's check gives the message, not Django's.
        return forms.CharField(
            widget=forms.Select(attrs=attrs, choices=choices), **common
        )
    if kind == "date":
        return forms.CharField(
            widget=forms.DateInput(attrs={"type": "date", **attrs}), **common
        )
    if kind == "number":
        attrs["inputmode"] = "decimal"
    elif kind == "cccd":
        attrs.update(inputmode="numeric", maxlength="12", autocomplete="off")
    elif kind == "phone":
        attrs.update(inputmode="tel", autocomplete="tel")
    elif kind == "email":
        attrs.update(inputmode="email", autocomplete="email")
    return forms.CharField(widget=forms.TextInput(attrs=attrs), **common)


class EForm(forms.Form):
    """The procedure's e-form (Procedure.form_schema) plus the applicant's contact."""

    applicant_phone = forms.CharField(
        label=_("Điện thoại liên hệ"),
        max_length=20,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    applicant_email = forms.CharField(
        label=_("Thư điện tử"),
        max_length=254,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "email", "autocomplete": "email"}),
    )
    applicant_address = forms.CharField(
        label=_("Địa chỉ liên hệ"), max_length=255, required=False
    )

    def __init__(self, *args, schema: list[dict], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.schema = schema or []
        for spec in self.schema:
            self.fields[f"f_{spec['name']}"] = _eform_field(spec)

    def form_data(self) -> dict:
        """Return the e-form values by the schema's names, empty ones left out."""
        data = {}
        for spec in self.schema:
            value = self.cleaned_data.get(f"f_{spec['name']}")
            if spec.get("type") == "boolean":
                data[spec["name"]] = bool(value)
            elif value not in (None, ""):
                data[spec["name"]] = value.strip() if isinstance(value, str) else value
        return data

    def add_service_errors(self, errors: dict[str, list[str]]) -> None:
        """Show each error of the services next to its field."""
        applicant_fields = {"phone", "email", "address"}
        for name, messages in errors.items():
            if name in applicant_fields:
                field = f"applicant_{name}"
            elif f"f_{name}" in self.fields:
                field = f"f_{name}"
            else:
                field = None
            for message in messages:
                self.add_error(field, message)

    @staticmethod
    def initial_for(dossier: Dossier) -> dict:
        """Return the saved draft as the form's initial values."""
        initial: dict = {
            "applicant_phone": dossier.applicant_phone,
            "applicant_email": dossier.applicant_email,
            "applicant_address": dossier.applicant_address,
        }
        for spec in dossier.procedure.form_schema or []:
            value = dossier.form_data.get(spec["name"])
            if value is None:
                continue
            if spec.get("type") == "date":
                value = _iso_date(value)
            initial[f"f_{spec['name']}"] = value
        return initial


def _iso_date(value) -> str:
    """Return a date as yyyy-mm-dd for the date input, whatever form it was saved in."""
    text = str(value)
    for parse in (date.fromisoformat, _from_vn):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    return text


def _from_vn(text: str) -> date:
    day, month, year = text.split("/")
    return date(int(year), int(month), int(day))


class DeliveryForm(forms.Form):
    """How the applicant wants to receive the result."""

    method = forms.ChoiceField(
        label=_("Hình thức nhận kết quả"),
        choices=Dossier.Delivery.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn cách nhận kết quả.")},
    )
    address = forms.CharField(
        label=_("Địa chỉ nhận kết quả qua bưu chính"),
        max_length=255,
        required=False,
        help_text=_("Chỉ cần khi nhận qua dịch vụ bưu chính công ích."),
    )

    def __init__(self, *args, procedure: Procedure, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if procedure.result_type == Procedure.ResultType.PAPER:
            self.fields["method"].choices = [
                choice
                for choice in Dossier.Delivery.choices
                if choice[0] != Dossier.Delivery.ONLINE
            ]


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class SupplementForm(forms.Form):
    """The papers asked for, and a note to the reception unit."""

    note = forms.CharField(
        label=_("Ghi chú gửi bộ phận tiếp nhận"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do rút hồ sơ"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class LookupForm(forms.Form):
    """A dossier's code and its look-up PIN (printed on the slip)."""

    ma = forms.CharField(
        label=_("Mã hồ sơ"),
        max_length=60,
        error_messages={"required": _("Hãy nhập mã hồ sơ.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "placeholder": "000.00.70.H37-250115-0001"}
        ),
    )
    pin = forms.CharField(
        label=_("Mã tra cứu (PIN)"),
        max_length=8,
        error_messages={"required": _("Hãy nhập mã tra cứu gồm 6 chữ số.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
