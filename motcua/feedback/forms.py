"""Forms of ratings and feedback; the rules are in services.py."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from motcua.feedback.models import Rating


class RatingForm(forms.Form):
    level = forms.ChoiceField(
        label=_("Mức độ hài lòng"),
        choices=Rating.Level.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Hãy chọn một mức độ hài lòng.")},
    )
    comment = forms.CharField(
        label=_("Góp ý (không bắt buộc)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class FeedbackForm(forms.Form):
    name = forms.CharField(
        label=_("Họ và tên"),
        max_length=255,
        error_messages={"required": _("Hãy nhập họ và tên.")},
    )
    contact = forms.CharField(
        label=_("Điện thoại hoặc thư điện tử"),
        max_length=255,
        help_text=_("Để cơ quan liên hệ khi cần; không công khai."),
        error_messages={"required": _("Hãy nhập số điện thoại hoặc thư điện tử.")},
    )
    content = forms.CharField(
        label=_("Nội dung phản ánh, kiến nghị"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Hãy nhập nội dung phản ánh, kiến nghị.")},
    )

    def __init__(self, *args, user=None, **kwargs) -> None:
        if user is not None and user.is_authenticated and not args:
            kwargs.setdefault(
                "initial",
                {"name": user.full_name, "contact": user.phone or user.email},
            )
        super().__init__(*args, **kwargs)


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    publish = forms.ChoiceField(
        label=_("Công khai"),
        choices=[
            ("answer", _("Trả lời và công khai trên trang thủ tục")),
            ("hide", _("Không công khai (nội dung không phù hợp)")),
        ],
        initial="answer",
        widget=forms.RadioSelect,
    )
