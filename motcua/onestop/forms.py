"""Forms of the one-stop office: one per action, and the counter's entry form."""

from __future__ import annotations

from datetime import datetime, time

from django import forms
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Procedure
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class ActionForm(forms.Form):
    """Every action carries the version of the dossier the page showed."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)


class EmptyForm(ActionForm):
    pass


class SupplementForm(ActionForm):
    components = forms.MultipleChoiceField(
        label=_("Giấy tờ còn thiếu hoặc chưa hợp lệ"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other = forms.CharField(
        label=_("Nội dung khác cần bổ sung, sửa (mỗi dòng một mục, ghi rõ lý do)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    override_reason = forms.CharField(
        label=_("Lý do yêu cầu bổ sung lần hai (lãnh đạo đồng ý)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, dossier: Dossier | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if dossier is not None:
            self.fields["components"].choices = [
                (c.name, c.name) for c in dossier.procedure.components.all()
            ]

    def clean(self):
        data = super().clean()
        items = [
            _("%(name)s: còn thiếu hoặc chưa hợp lệ") % {"name": name}
            for name in data.get("components", [])
        ] + _lines(data.get("other", ""))
        if not items:
            raise forms.ValidationError(
                _("Hãy chọn hoặc ghi ít nhất một nội dung cần bổ sung.")
            )
        data["items"] = items
        return data


class RefuseForm(ActionForm):
    reasons_text = forms.CharField(
        label=_("Lý do từ chối (mỗi dòng một lý do)"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean(self):
        data = super().clean()
        data["reasons"] = _lines(data.get("reasons_text", ""))
        return data


class OfficialChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return f"{obj.full_name} ({obj.username})"


class ForwardForm(ActionForm):
    assignee = OfficialChoiceField(
        label=_("Giao cho"),
        queryset=User.objects.none(),
        required=False,
        empty_label=_("— Chưa giao, để đơn vị tự nhận —"),
    )
    note = forms.CharField(
        label=_("Ý kiến chuyển"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, officials=None, **kwargs):
        super().__init__(*args, **kwargs)
        if officials is not None:
            self.fields["assignee"].queryset = officials


class AssignForm(ForwardForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].required = True
        self.fields["assignee"].empty_label = None


class ConsultForm(ActionForm):
    agency = forms.ModelChoiceField(
        label=_("Cơ quan phối hợp"), queryset=Agency.objects.none()
    )
    request = forms.CharField(
        label=_("Nội dung đề nghị phối hợp"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields["agency"].queryset = agencies


class ConsultAnswerForm(ActionForm):
    answer = forms.CharField(
        label=_("Ý kiến trả lời của cơ quan phối hợp"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    file = forms.FileField(label=_("Văn bản trả lời (nếu có)"), required=False)


class NoteForm(ActionForm):
    text = forms.CharField(
        label=_("Ghi chú, ý kiến xử lý"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    file = forms.FileField(label=_("Văn bản nội bộ (nếu có)"), required=False)


class ProposeForm(ActionForm):
    outcome = forms.ChoiceField(
        label=_("Kết quả đề xuất"),
        choices=Dossier.Outcome.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Nội dung đề xuất (bắt buộc nếu không giải quyết)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    file = forms.FileField(label=_("Dự thảo kết quả (PDF, DOCX)"), required=False)


class ApproveForm(ActionForm):
    outcome = forms.ChoiceField(
        label=_("Kết quả giải quyết"),
        choices=Dossier.Outcome.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Nội dung, lý do (bắt buộc nếu không giải quyết)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class SendBackForm(ActionForm):
    note = forms.CharField(
        label=_("Lý do trả lại"), widget=forms.Textarea(attrs={"rows": 2})
    )


class ResultForm(ActionForm):
    file = forms.FileField(label=_("Văn bản kết quả (PDF, DOCX, ảnh)"))


class ReturnForm(ActionForm):
    collected_by = forms.CharField(
        label=_("Họ tên người nhận kết quả"), required=False, max_length=255
    )
    signed = forms.BooleanField(
        label=_("Người nhận đã ký nhận vào sổ, phiếu"), required=False
    )
    postal_tracking = forms.CharField(
        label=_("Số hiệu bưu gửi"), required=False, max_length=40
    )
    note = forms.CharField(label=_("Ghi chú"), required=False, max_length=500)


class ApologiseForm(ActionForm):
    reason = forms.CharField(
        label=_("Lý do chậm trả kết quả"), widget=forms.Textarea(attrs={"rows": 3})
    )
    new_date = forms.DateField(
        label=_("Ngày hẹn trả kết quả mới"),
        input_formats=["%d/%m/%Y", "%Y-%m-%d"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    new_time = forms.TimeField(
        label=_("Giờ hẹn"),
        initial=time(16, 0),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    def clean(self):
        data = super().clean()
        if data.get("new_date") and data.get("new_time"):
            data["new_appointment"] = datetime.combine(
                data["new_date"], data["new_time"], tzinfo=TZ
            )
        return data


class SupplementArrivedForm(ActionForm):
    note = forms.CharField(
        label=_("Giấy tờ đã nhận bổ sung"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    file = forms.FileField(label=_("Bản quét giấy tờ bổ sung"), required=False)


ACTION_FORMS: dict[str, type[ActionForm]] = {
    "receive": EmptyForm,
    "request-supplement": SupplementForm,
    "refuse": RefuseForm,
    "claim": EmptyForm,
    "release": EmptyForm,
    "assign": AssignForm,
    "forward": ForwardForm,
    "consult": ConsultForm,
    "consult-answer": ConsultAnswerForm,
    "note": NoteForm,
    "propose": ProposeForm,
    "approve": ApproveForm,
    "send-back": SendBackForm,
    "attach-result": ResultForm,
    "return": ReturnForm,
    "apologise": ApologiseForm,
    "supplement-provide": SupplementArrivedForm,
}


# ---------------------------------------------------------------- the counter


class ApplicantForm(forms.Form):
    """The applicant as written on the papers, entered by the officer."""

    kind = forms.ChoiceField(
        label=_("Người nộp là"), choices=Dossier.ApplicantKind.choices
    )
    name = forms.CharField(label=_("Họ và tên / tên tổ chức"), max_length=255)
    id_number = forms.CharField(
        label=_("Số định danh cá nhân (CCCD, 12 chữ số)"), required=False, max_length=12
    )
    tax_code = forms.CharField(label=_("Mã số thuế"), required=False, max_length=14)
    representative = forms.CharField(
        label=_("Người đại diện, được ủy quyền"), required=False, max_length=255
    )
    phone = forms.CharField(label=_("Điện thoại"), required=False, max_length=20)
    email = forms.EmailField(label=_("Thư điện tử"), required=False)
    address = forms.CharField(label=_("Địa chỉ"), required=False, max_length=255)
    delivery = forms.ChoiceField(
        label=_("Nhận kết quả"),
        choices=Dossier.Delivery.choices,
        initial=Dossier.Delivery.COUNTER,
    )
    delivery_address = forms.CharField(
        label=_("Địa chỉ nhận kết quả (qua bưu chính)"), required=False, max_length=255
    )
    channel = forms.ChoiceField(
        label=_("Hồ sơ nộp"),
        choices=[
            (Dossier.Channel.DIRECT, _("Trực tiếp tại quầy")),
            (Dossier.Channel.POSTAL, _("Qua bưu chính công ích")),
        ],
        initial=Dossier.Channel.DIRECT,
    )
    postal_tracking = forms.CharField(
        label=_("Số hiệu bưu gửi (hồ sơ qua bưu chính)"), required=False, max_length=40
    )
    agency = forms.ModelChoiceField(
        label=_("UBND xã, phường giải quyết"),
        queryset=Agency.objects.none(),
        required=False,
    )
    owner_id_number = forms.CharField(
        label=_("Số CCCD hoặc mã số thuế của tài khoản người nộp"),
        required=False,
        max_length=14,
    )

    def __init__(self, *args, procedure: Procedure, **kwargs):
        super().__init__(*args, **kwargs)
        self.procedure = procedure
        if procedure.agency_id:
            del self.fields["agency"]
        else:
            self.fields["agency"].queryset = Agency.objects.filter(
                level=Agency.Level.COMMUNE, active_to__isnull=True
            ).order_by("name")
            self.fields["agency"].required = True
        if procedure.online_only:
            del self.fields["channel"]
            del self.fields["postal_tracking"]
            self.fields["owner_id_number"].required = True
        else:
            del self.fields["owner_id_number"]
