from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user
from django.core import mail
from django.urls import reverse

from motcua.accounts.models import User
from motcua.accounts.tests.factories import UserFactory
from motcua.accounts.validators import tax_code_checksum_ok
from motcua.notifications.models import AccountVerification
from motcua.notifications.selectors import account_is_verified

pytestmark = pytest.mark.django_db

CITIZEN = {
    "full_name": "Nguyễn Thị Hoa",
    "id_number": "020195001234",
    "phone": "0987 654 321",
    "email": "hoa@example.vn",
    "password1": "Lang-Son-2026!",
    "password2": "Lang-Son-2026!",
    "channel": "sms",
}


def valid_tax_code(first_nine: str = "490123456") -> str:
    return next(
        first_nine + d for d in "0123456789" if tax_code_checksum_ok(first_nine + d)
    )


def code_in(text: str) -> str:
    return re.search(r"\b(\d{6})\b", text).group(1)


def test_register_page_offers_citizen_and_organisation_forms(client):
    page = client.get(reverse("accounts:register")).content.decode()
    assert "Số định danh cá nhân (CCCD, 12 chữ số)" in page
    org = client.get(reverse("accounts:register"), {"loai": "to-chuc"})
    assert "Mã số thuế" in org.content.decode()


def test_a_citizen_registers_receives_a_code_and_verifies(client, sms_outbox):
    response = client.post(reverse("accounts:register"), CITIZEN)
    assert response.status_code == 302
    assert response.url == reverse("accounts:verify")
    user = User.objects.get(username="020195001234")
    assert (user.kind, user.full_name, user.id_number, user.phone) == (
        User.Kind.CITIZEN,
        "Nguyễn Thị Hoa",
        "020195001234",
        "0987654321",
    )
    assert user.check_password("Lang-Son-2026!")
    assert get_user(client) == user
    assert not account_is_verified(user=user)
    (sms,) = sms_outbox
    assert sms.to == "84987654321"
    page = client.get(reverse("accounts:verify")).content.decode()
    assert "098****321" in page
    wrong = client.post(reverse("accounts:verify"), {"code": "000000", "check": ""})
    if code_in(sms.text) != "000000":
        assert wrong.status_code == 400
        assert "Mã xác minh không đúng" in wrong.content.decode()
    response = client.post(
        reverse("accounts:verify"), {"code": code_in(sms.text), "check": ""}
    )
    assert response.status_code == 302
    assert account_is_verified(user=user)


def test_the_code_may_go_by_email_and_be_sent_again_later(client, sms_outbox):
    client.post(reverse("accounts:register"), {**CITIZEN, "channel": "email"})
    assert sms_outbox == []
    assert mail.outbox[0].to == ["hoa@example.vn"]
    again = client.post(reverse("accounts:verify"), {"channel": "sms", "resend": ""})
    assert again.status_code == 400
    assert "Hãy chờ" in again.content.decode()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"id_number": "12345"}, "id_number", "đúng 12 chữ số"),
        ({"id_number": "999195001234"}, "id_number", "không phải mã tỉnh"),
        ({"phone": "123"}, "phone", "Số điện thoại không hợp lệ"),
        ({"password1": "12345678", "password2": "12345678"}, "password1", "số"),
        ({"password2": "khac-mat-khau"}, "password2", "không khớp"),
        ({"channel": "email", "email": ""}, "email", "Hãy nhập thư điện tử"),
        ({"full_name": ""}, "full_name", "bắt buộc"),
    ],
)
def test_bad_registrations_say_what_to_fix(client, changes, field, message):
    response = client.post(reverse("accounts:register"), {**CITIZEN, **changes})
    assert response.status_code == 400
    errors = " ".join(response.context["form"].errors[field])
    assert message in errors
    assert not User.objects.exists()


def test_a_phone_email_or_cccd_already_used_is_refused(client):
    UserFactory(phone="0987654321", email="other@example.vn", id_number="020195001234")
    response = client.post(
        reverse("accounts:register"), {**CITIZEN, "email": "OTHER@example.vn"}
    )
    assert response.status_code == 400
    assert set(response.context["form"].errors) == {"id_number", "phone", "email"}


def test_an_organisation_registers_with_a_checked_tax_code(client, sms_outbox):
    tax_code = valid_tax_code()
    data = {
        **CITIZEN,
        "loai": "to-chuc",
        "full_name": "Công ty TNHH Nông sản Xứ Lạng",
        "tax_code": tax_code,
        "representative": "Hoàng Văn Nam",
    }
    wrong = client.post(
        reverse("accounts:register"),
        {**data, "tax_code": tax_code[:9] + str((int(tax_code[9]) + 1) % 10)},
    )
    assert wrong.status_code == 400
    assert "sai chữ số kiểm tra" in " ".join(wrong.context["form"].errors["tax_code"])
    response = client.post(reverse("accounts:register"), data)
    assert response.status_code == 302
    user = User.objects.get(username=tax_code)
    assert (user.kind, user.tax_code, user.representative) == (
        User.Kind.ORGANISATION,
        tax_code,
        "Hoàng Văn Nam",
    )
    assert AccountVerification.objects.filter(user=user, verified_at=None).exists()
    assert len(sms_outbox) == 1


@pytest.mark.parametrize(
    "identifier", ["hoa", "0987654321", "+84 987 654 321", "HOA@example.vn"]
)
def test_login_by_username_phone_or_email(client, identifier):
    UserFactory(username="hoa", phone="0987654321", email="hoa@example.vn")
    response = client.post(
        reverse("accounts:login"), {"username": identifier, "password": "motcua2026"}
    )
    assert response.status_code == 302
    assert get_user(client).username == "hoa"


def test_a_wrong_password_says_so_and_a_shared_phone_names_nobody(client):
    UserFactory(username="a", phone="0912000111")
    UserFactory(username="b", phone="0912000111")
    for identifier, password in [("a", "sai-mat-khau"), ("0912000111", "motcua2026")]:
        response = client.post(
            reverse("accounts:login"), {"username": identifier, "password": password}
        )
        assert response.status_code == 200
        assert "mật khẩu không đúng" in response.content.decode()
        assert not get_user(client).is_authenticated


def test_logout_keeps_its_path(client, citizen):
    client.force_login(citizen)
    assert reverse("accounts:logout") == "/tai-khoan/dang-xuat/"
    assert reverse("accounts:login") == "/tai-khoan/dang-nhap/"
    response = client.post(reverse("accounts:logout"))
    assert response.status_code == 302
    assert not get_user(client).is_authenticated


def test_password_reset_by_email(client, citizen):
    response = client.post(reverse("accounts:password_reset"), {"email": citizen.email})
    assert response.url == reverse("accounts:password_reset_done")
    (message,) = mail.outbox
    assert "Đặt lại mật khẩu" in message.subject
    link = re.search(r"http://testserver(\S+)", message.body).group(1)
    form_page = client.get(link, follow=True)
    assert "Đặt mật khẩu mới" in form_page.content.decode()
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Hoa-Ban-Trang-9", "new_password2": "Hoa-Ban-Trang-9"},
    )
    assert done.url == reverse("accounts:password_reset_complete")
    citizen.refresh_from_db()
    assert citizen.check_password("Hoa-Ban-Trang-9")


def test_a_verified_or_old_account_is_not_asked_for_a_code(client, citizen):
    client.force_login(citizen)
    response = client.get(reverse("accounts:verify"))
    assert response.status_code == 302


def test_login_page_hides_vneid_when_no_provider_is_configured(client, settings):
    settings.OIDC_RP_CLIENT_ID = ""
    page = client.get(reverse("accounts:login")).content.decode()
    assert "VNeID" not in page
    assert client.get(reverse("accounts:oidc_login")).status_code == 404


def test_a_username_wins_over_someone_elses_phone(client):
    owner = UserFactory(username="0912000333", phone="0977000444")
    UserFactory(username="khac", phone="0912000333")
    client.post(
        reverse("accounts:login"), {"username": "0912000333", "password": "motcua2026"}
    )
    assert get_user(client) == owner
