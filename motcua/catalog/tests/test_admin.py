from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from motcua.accounts.models import Agency, Role
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory
from motcua.catalog.models import Procedure
from motcua.catalog.resources import ProcedureResource
from motcua.catalog.tests.factories import ComponentFactory, FeeFactory, FieldFactory
from motcua.core.models import CalendarException

pytestmark = pytest.mark.django_db


def _post_data(response) -> dict:
    """Return the POST data a browser would send back for an admin change page."""
    data: dict = {}

    def add(form) -> None:
        for name, field in form.fields.items():
            value = form[name].value()
            key = form.add_prefix(name)
            if isinstance(field, forms.FileField):
                continue
            if isinstance(field, forms.MultiValueField):
                parts = zip(
                    field.widget.widgets, field.widget.decompress(value), strict=True
                )
                for index, (widget, part) in enumerate(parts):
                    data[f"{key}_{index}"] = widget.format_value(part) or ""
            elif isinstance(field, forms.BooleanField):
                if value:
                    data[key] = "on"
            elif value is None:
                data[key] = ""
            else:
                data[key] = value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for form in formset.forms:
            add(form)
    return data


@pytest.fixture
def sheet_procedure(procedure):
    ComponentFactory(procedure=procedure, order=1, name="Đơn đề nghị (Mẫu số 19)")
    FeeFactory(procedure=procedure, name="Phí thẩm định", amount=200_000)
    return procedure


def test_agency_changelist_shows_the_tree_in_vietnamese(
    admin_client, center, department, django_assert_max_num_queries
):
    AgencyFactory(
        code="000.12.01.H37",
        name="Chi cục Chăn nuôi và Thú y",
        parent=department,
        successor=center,
        active_to=date(2025, 6, 30),
    )
    with django_assert_max_num_queries(8):
        response = admin_client.get(reverse("admin:accounts_agency_changelist"))

    assert response.status_code == 200
    content = response.content.decode()
    assert "cơ quan, đơn vị" in content.lower()
    assert "tình trạng hoạt động" in content.lower()
    assert "đơn vị kế thừa" in content.lower()
    assert 'padding-left: 3.0em">Chi cục Chăn nuôi và Thú y' in content
    names = [agency.name for agency in response.context["cl"].result_list]
    assert names.index("Sở Nông nghiệp và Môi trường") < names.index(
        "Chi cục Chăn nuôi và Thú y"
    )


def test_agency_changelist_filters_inactive_agencies_and_searches_folded(
    admin_client, province, department
):
    AgencyFactory(
        code="000.10.00.H37",
        name="Ủy ban nhân dân huyện Cao Lộc",
        level=Agency.Level.DISTRICT,
        parent=province,
        active_to=date(2025, 6, 30),
        successor=department,
    )
    url = reverse("admin:accounts_agency_changelist")

    inactive = admin_client.get(url, {"active": "no"}).context["cl"].result_list
    found = admin_client.get(url, {"q": "huyen cao loc"}).context["cl"].result_list

    assert [agency.code for agency in inactive] == ["000.10.00.H37"]
    assert [agency.code for agency in found] == ["000.10.00.H37"]


def test_agency_autocomplete_finds_a_name_typed_without_diacritics(
    admin_client, department
):
    response = admin_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "so nong nghiep",
            "app_label": "catalog",
            "model_name": "procedure",
            "field_name": "agency",
        },
    )

    assert response.status_code == 200
    assert [item["text"] for item in response.json()["results"]] == [
        "Sở Nông nghiệp và Môi trường"
    ]


def test_agency_change_page_refuses_a_child_as_parent(
    admin_client, province, department
):
    url = reverse("admin:accounts_agency_change", args=[province.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "mã định danh điện tử" in response.content.decode().lower()

    data = _post_data(response)
    data["parent"] = department.pk
    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "không thể là chính nó hoặc đơn vị cấp dưới" in response.content.decode()
    province.refresh_from_db()
    assert province.parent is None


def test_procedure_pages_show_the_inlines_in_vietnamese(
    admin_client, sheet_procedure, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        listing = admin_client.get(reverse("admin:catalog_procedure_changelist"))
    change = admin_client.get(
        reverse("admin:catalog_procedure_change", args=[sheet_procedure.pk])
    )

    assert listing.status_code == 200
    assert "Công bố các thủ tục đã chọn" in listing.content.decode()
    assert "Bãi bỏ các thủ tục đã chọn" in listing.content.decode()
    assert change.status_code == 200
    content = change.content.decode()
    for label in (
        "thành phần hồ sơ",
        "phí, lệ phí",
        "quy trình nội bộ",
        "tỷ lệ thời hạn",
    ):
        assert label in content.lower()
    assert "Đơn đề nghị (Mẫu số 19)" in content


def test_procedure_change_saves_when_shares_sum_to_one(admin_client, sheet_procedure):
    url = reverse("admin:catalog_procedure_change", args=[sheet_procedure.pk])
    data = _post_data(admin_client.get(url))
    data["name"] = "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y (sửa)"
    data["steps-1-share"] = "0.6"
    data["steps-2-share"] = "0.3"

    response = admin_client.post(url, data)

    assert response.status_code == 302
    sheet_procedure.refresh_from_db()
    assert sheet_procedure.name.endswith("(sửa)")
    assert sheet_procedure.name_folded.endswith(" sua ")
    assert sheet_procedure.steps.get(order=2).share == Decimal("0.6")


def test_procedure_change_refuses_shares_not_summing_to_one(
    admin_client, sheet_procedure
):
    url = reverse("admin:catalog_procedure_change", args=[sheet_procedure.pk])
    data = _post_data(admin_client.get(url))
    data["name"] = "Tên mới không được lưu"
    data["steps-1-share"] = "0.5"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert (
        "Tổng tỷ lệ thời hạn của các bước phải bằng 1 (hiện là 0.800)."
        in response.content.decode()
    )
    sheet_procedure.refresh_from_db()
    assert sheet_procedure.name != "Tên mới không được lưu"
    assert sheet_procedure.steps.get(order=2).share == Decimal("0.7")


def test_procedure_change_ignores_deleted_steps_in_the_sum(admin_client, procedure):
    url = reverse("admin:catalog_procedure_change", args=[procedure.pk])
    data = _post_data(admin_client.get(url))
    data["steps-2-DELETE"] = "on"
    data["steps-1-share"] = "0.9"

    response = admin_client.post(url, data)

    assert response.status_code == 302
    assert list(procedure.steps.values_list("order", flat=True)) == [1, 2, 4]


@pytest.mark.parametrize(
    ("schema", "message"),
    [
        ('[{"name": "Họ tên", "label": "Họ tên"}]', "tên phải viết thường, không dấu"),
        (
            '[{"name": "ho_ten", "type": "color", "label": "Họ tên"}]',
            "kiểu không hỗ trợ",
        ),
        ('{"name": "ho_ten"}', "phải là một danh sách trường"),
        ('[{"name": 5, "label": "Số"}]', "tên phải là chữ"),
    ],
)
def test_procedure_change_shows_form_schema_problems(
    admin_client, procedure, schema, message
):
    url = reverse("admin:catalog_procedure_change", args=[procedure.pk])
    data = _post_data(admin_client.get(url))
    data["form_schema"] = schema

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert message in response.content.decode()
    procedure.refresh_from_db()
    assert procedure.form_schema == []


def test_procedure_change_refuses_a_zero_limit(admin_client, procedure):
    url = reverse("admin:catalog_procedure_change", args=[procedure.pk])
    data = _post_data(admin_client.get(url))
    data["limit_value"] = "0"

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "Thời hạn giải quyết phải lớn hơn 0" in response.content.decode()


def test_procedure_actions_publish_and_withdraw(admin_client, procedure):
    url = reverse("admin:catalog_procedure_changelist")

    response = admin_client.post(
        url, {"action": "withdraw", "_selected_action": [procedure.pk]}, follow=True
    )
    procedure.refresh_from_db()
    assert procedure.state == Procedure.State.WITHDRAWN
    assert "Đã chuyển 1 thủ tục sang trạng thái «Đã bãi bỏ»." in (
        response.content.decode()
    )

    admin_client.post(url, {"action": "publish", "_selected_action": [procedure.pk]})
    procedure.refresh_from_db()
    assert procedure.state == Procedure.State.PUBLISHED


def test_calendar_exception_pages(admin_client):
    exception = CalendarException.objects.create(
        date=date(2026, 1, 2),
        kind=CalendarException.Kind.DAY_OFF,
        name="Nghỉ bù Tết Dương lịch",
        legal_basis="Thông báo số 1/TB-BNV",
    )
    listing = admin_client.get(reverse("admin:core_calendarexception_changelist"))
    change = admin_client.get(
        reverse("admin:core_calendarexception_change", args=[exception.pk])
    )

    assert listing.status_code == 200
    assert "Nghỉ bù Tết Dương lịch" in listing.content.decode()
    assert "Thứ Sáu" in listing.content.decode()
    assert change.status_code == 200
    assert "Ngày nghỉ (nghỉ bù, nghỉ riêng của tỉnh)" in change.content.decode()


def test_user_pages_keep_the_role_inline(admin_client, official):
    listing = admin_client.get(reverse("admin:accounts_user_changelist"))
    url = reverse("admin:accounts_user_change", args=[official.pk])
    change = admin_client.get(url)
    add = admin_client.get(reverse("admin:accounts_user_add"))

    assert listing.status_code == 200
    assert "tài khoản" in listing.content.decode().lower()
    assert change.status_code == 200
    assert "vai trò" in change.content.decode().lower()
    assert "Chuyên viên xử lý" in change.content.decode()
    assert add.status_code == 200

    data = _post_data(change)
    data["roles-1-role"] = Role.UNIT_LEADER
    response = admin_client.post(url, data)
    assert response.status_code == 302
    assert official.roles.count() == 2


def test_admin_import_previews_then_imports_a_csv(admin_client, sheet_procedure):
    url = reverse("admin:catalog_procedure_import")
    page = admin_client.get(url)
    assert page.status_code == 200
    assert "Tệp cần nhập (.xlsx, .csv)" in page.content.decode()

    dataset = ProcedureResource().export()
    dataset.append(
        [
            "1.009999",
            "1.009999",
            "Cấp phép thử nghiệm",
            sheet_procedure.field.code,
            "province",
            "",
            "info",
            "0",
            "none",
            "paper",
            "",
            "",
            "",
            "0",
            "draft",
            "",
            "",
            "",
        ]
    )
    upload = SimpleUploadedFile("thu-tuc.csv", dataset.csv.encode("utf-8-sig"))
    preview = admin_client.post(
        url, {"resource": "0", "format": "1", "import_file": upload}
    )

    assert preview.status_code == 200
    confirm = preview.context["confirm_form"]
    assert not Procedure.objects.filter(code="1.009999").exists()

    done = admin_client.post(
        reverse("admin:catalog_procedure_process_import"),
        {name: confirm[name].value() for name in confirm.fields},
        follow=True,
    )

    assert done.status_code == 200
    assert "Đã nhập xong: 1 dòng mới, 0 dòng cập nhật, 1 dòng không thay đổi." in (
        done.content.decode()
    )
    assert Procedure.objects.get(code="1.009999").state == Procedure.State.DRAFT


def test_admin_import_lists_bad_rows_in_vietnamese(admin_client, sheet_procedure):
    dataset = ProcedureResource().export()
    values = list(dataset[0])
    values[dataset.headers.index("field")] = "XX"
    dataset[0] = values
    upload = SimpleUploadedFile("thu-tuc.xlsx", dataset.xlsx)

    response = admin_client.post(
        reverse("admin:catalog_procedure_import"),
        {"resource": "0", "format": "0", "import_file": upload},
    )

    assert response.status_code == 200
    assert "confirm_form" not in response.context
    content = response.content.decode()
    assert "Chưa nhập dòng nào: tệp có 1 lỗi" in content
    assert "Dòng 1, cột field: Không có lĩnh vực mã «XX»." in content


def test_admin_export_gives_an_xlsx(admin_client, sheet_procedure):
    response = admin_client.post(
        reverse("admin:catalog_procedure_export"),
        {
            "format": "0",
            "resource": "0",
            **{
                f"procedureresource_{name}": "on"
                for name in ProcedureResource().get_export_order()
            },
        },
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )


def test_import_needs_the_change_permission(client, department, sheet_procedure):
    viewer = OfficialFactory(username="chixem", agency=department, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_procedure"))
    client.force_login(viewer)

    assert client.get(reverse("admin:catalog_procedure_changelist")).status_code == 200
    assert client.get(reverse("admin:catalog_procedure_import")).status_code == 403
    assert client.get(reverse("admin:catalog_procedure_export")).status_code == 200


def test_admin_confirm_reports_rows_that_broke_after_the_preview(
    admin_client, sheet_procedure
):
    dataset = ProcedureResource().export()
    values = list(dataset[0])
    values[dataset.headers.index("field")] = "G77"
    values[dataset.headers.index("name")] = "Tên mới"
    dataset[0] = values
    field = FieldFactory(code="G77", name="Lĩnh vực tạm")
    upload = SimpleUploadedFile("thu-tuc.csv", dataset.csv.encode("utf-8"))
    preview = admin_client.post(
        reverse("admin:catalog_procedure_import"),
        {"resource": "0", "format": "1", "import_file": upload},
    )
    confirm = preview.context["confirm_form"]
    field.delete()

    done = admin_client.post(
        reverse("admin:catalog_procedure_process_import"),
        {name: confirm[name].value() for name in confirm.fields},
        follow=True,
    )

    content = done.content.decode()
    assert "Dòng 1, cột field: Không có lĩnh vực mã «G77»." in content
    assert "Đã nhập xong" not in content
    sheet_procedure.refresh_from_db()
    assert sheet_procedure.name != "Tên mới"
