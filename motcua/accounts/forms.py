"""Forms of the citizen's account: sign in, register, verify the phone or e-mail."""

from __future__ import annotations

import re

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, UsernameField
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import User
from motcua.accounts.validators import (
    validate_citizen_id,
    validate_phone,
    validate_tax_code,
)
from motcua.notifications.models import Channel

_NOT_DIGIT = re.compile(r"[^\d]")


def phone_compact(phone: str) -> str:
    """Return a phone number as stored: `0912345678`, whatever the spacing or +84."""
    digits = _NOT_DIGIT.sub("", phone or "")
    if digits.startswith("84") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def username_for_login(identifier: str) -> str:
    """Return the username behind a username, an e-mail or a phone number.

    An e-mail or phone shared by several accounts names none of them: then the
    identifier is returned as typed and the sign-in fails as an unknown name.
    """
    identifier = identifier.strip()
    if User.objects.filter(username=identifier).exists():
        return identifier  # a CCCD or tax code used as username looks like a phone
    if "@" in identifier:
        users = User.objects.filter(email__iexact=identifier)
    elif re.fullmatch(r"[+\d][\d\s.\-]{7,}", identifier):
        compact = phone_compact(identifier)
        users = User.objects.filter(Q(phone=compact) | Q(phone=identifier))
    else:
        return identifier
    usernames = list(users.values_list("username", flat=True)[:2])
    return usernames[0] if len(usernames) == 1 else identifier


class LoginForm(AuthenticationForm):
    """Sign in by username, phone number or e-mail, and password."""

    username = UsernameField(
        label=_("Tên đăng nhập, số điện thoại hoặc thư điện tử"),
        max_length=254,
        widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}),
    )
    error_messages = {
        "invalid_login": _(
            "Tên đăng nhập (hoặc số điện thoại, thư điện tử) hoặc mật khẩu không "
            "đúng. Mật khẩu phân biệt chữ hoa và chữ thường."
        ),
        "inactive": _("Tài khoản này đã bị khóa. Hãy liên hệ bộ phận một cửa."),
    }

    def clean(self):
        identifier = self.cleaned_data.get("username")
        if identifier:
            self.cleaned_data["username"] = username_for_login(identifier)
        return super().clean()


class _RegisterForm(forms.Form):
    """What every applicant's account needs: contact, password, how to verify."""

    kind: str = User.Kind.CITIZEN

    phone = forms.CharField(
        label=_("Số điện thoại di động"),
        max_length=20,
        validators=[validate_phone],
        widget=forms.TextInput(
            attrs={"autocomplete": "tel", "inputmode": "tel", "placeholder": "09…"}
        ),
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        required=False,
        help_text=_("Không bắt buộc; dùng để nhận thông báo và lấy lại mật khẩu."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Mật khẩu"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_(
            "Ít nhất 8 ký tự, không toàn chữ số, không quá giống tên hoặc số giấy tờ."
        ),
    )
    password2 = forms.CharField(
        label=_("Nhập lại mật khẩu"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    channel = forms.ChoiceField(
        label=_("Nhận mã xác minh qua"),
        choices=[
            (Channel.SMS, Channel.SMS.label),
            (Channel.EMAIL, Channel.EMAIL.label),
        ],
        initial=Channel.SMS,
        widget=forms.RadioSelect,
    )

    def clean_phone(self) -> str:
        phone = phone_compact(self.cleaned_data["phone"])
        if User.objects.filter(phone=phone).exists():
            raise forms.ValidationError(
                _(
                    "Số điện thoại này đã dùng cho một tài khoản khác. Hãy đăng nhập "
                    "hoặc lấy lại mật khẩu."
                )
            )
        return phone

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if email and User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                _(
                    "Thư điện tử này đã dùng cho một tài khoản khác. Hãy đăng nhập "
                    "hoặc lấy lại mật khẩu."
                )
            )
        return email

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("channel") == Channel.EMAIL and not cleaned.get("email"):
            self.add_error(
                "email", _("Hãy nhập thư điện tử để nhận mã xác minh qua thư.")
            )
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("Hai mật khẩu đã nhập không khớp nhau."))
        elif first:
            try:
                password_validation.validate_password(first, self.build_user())
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def build_user(self) -> User:
        """Return the account described by the form, not yet saved."""
        data = self.cleaned_data
        return User(
            kind=self.kind,
            username=self.username(),
            full_name=data.get("full_name", ""),
            phone=data.get("phone", ""),
            email=data.get("email", ""),
        )

    def username(self) -> str:
        raise NotImplementedError

    def save(self) -> User:
        """Create the account with its password (the caller holds a transaction)."""
        user = self.build_user()
        user.set_password(self.cleaned_data["password1"])
        user.save()
        return user


class CitizenRegisterForm(_RegisterForm):
    """A citizen: full name and 12-digit citizen identity number (CCCD)."""

    field_order = ["full_name", "id_number", "phone", "email"]

    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    id_number = forms.CharField(
        label=_("Số định danh cá nhân (CCCD, 12 chữ số)"),
        max_length=12,
        validators=[validate_citizen_id],
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def clean_full_name(self) -> str:
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_id_number(self) -> str:
        number = self.cleaned_data["id_number"].strip()
        taken = User.objects.filter(Q(id_number=number) | Q(username=number))
        if taken.exists():
            raise forms.ValidationError(
                _(
                    "Số CCCD này đã có tài khoản. Hãy đăng nhập, lấy lại mật khẩu "
                    "hoặc đăng nhập bằng VNeID."
                )
            )
        return number

    def username(self) -> str:
        return self.cleaned_data.get("id_number", "")

    def build_user(self) -> User:
        user = super().build_user()
        user.id_number = self.cleaned_data.get("id_number", "")
        return user


class OrganisationRegisterForm(_RegisterForm):
    """An organisation: its name, tax code and representative."""

    kind = User.Kind.ORGANISATION
    field_order = ["full_name", "tax_code", "representative", "phone", "email"]

    full_name = forms.CharField(
        label=_("Tên tổ chức, doanh nghiệp"),
        max_length=255,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    tax_code = forms.CharField(
        label=_("Mã số thuế"),
        max_length=14,
        validators=[validate_tax_code],
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    representative = forms.CharField(
        label=_("Người đại diện theo pháp luật"),
        max_length=255,
    )

    def clean_full_name(self) -> str:
        return " ".join(self.cleaned_data["full_name"].split())

    def clean_tax_code(self) -> str:
        code = self.cleaned_data["tax_code"].strip()
        if User.objects.filter(Q(tax_code=code) | Q(username=code)).exists():
            raise forms.ValidationError(
                _(
                    "Mã số thuế này đã có tài khoản. Hãy đăng nhập hoặc lấy lại "
                    "mật khẩu."
                )
            )
        return code

    def username(self) -> str:
        return self.cleaned_data.get("tax_code", "")

    def build_user(self) -> User:
        user = super().build_user()
        user.tax_code = self.cleaned_data.get("tax_code", "")
        user.representative = self.cleaned_data.get("representative", "")
        return user


class VerifyForm(forms.Form):
    """The 6-digit code received by SMS or e-mail."""

    code = forms.CharField(
        label=_("Mã xác minh (6 chữ số)"),
        min_length=6,
        max_length=6,
        widget=forms.TextInput(
            attrs={
                "inputmode": "numeric",
                "autocomplete": "one-time-code",
                "pattern": "[0-9]{6}",
            }
        ),
    )

    def clean_code(self) -> str:
        code = self.cleaned_data["code"].strip()
        if not code.isdigit():
            raise forms.ValidationError(_("Mã xác minh gồm đúng 6 chữ số."))
        return code


class ResendForm(forms.Form):
    """Ask for a new code, by SMS or by e-mail."""

    channel = forms.ChoiceField(
        label=_("Gửi mã mới qua"),
        choices=[
            (Channel.SMS, Channel.SMS.label),
            (Channel.EMAIL, Channel.EMAIL.label),
        ],
        widget=forms.RadioSelect,
    )
