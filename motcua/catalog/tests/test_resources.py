from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
import tablib
from import_export.formats import base_formats

from motcua.accounts.models import Agency
from motcua.accounts.resources import AgencyResource, import_problems
from motcua.accounts.tests.factories import AgencyFactory
from motcua.catalog.models import Component, Fee, Field, Procedure, WorkflowStep
from motcua.catalog.resources import (
    FieldResource,
    ProcedureResource,
    fees_parse,
    fees_text,
)
from motcua.catalog.tests.factories import (
    ComponentFactory,
    FeeFactory,
    FieldFactory,
    ProcedureFactory,
)
from motcua.core.workcal import TZ
from motcua.dossiers.services import dossier_start_processing
from motcua.dossiers.tests.factories import counter_dossier

pytestmark = pytest.mark.django_db

LEGAL_BASIS = (
    "Luật Thú y số 79/2015/QH13;\n"
    "Nghị định số 35/2016/NĐ-CP ngày 15/5/2016 của Chính phủ."
)


@pytest.fixture
def catalog(procedure, department, other_department):
    """Two procedures: one with every kind of child, one bare commune procedure."""
    procedure.legal_basis = LEGAL_BASIS
    procedure.where = "Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn"
    procedure.field = FieldFactory(code="G15", name="Thú y")
    procedure.save()
    ComponentFactory(
        procedure=procedure,
        order=1,
        name="Đơn đề nghị cấp Giấy chứng nhận (Mẫu số 19)",
        originals=1,
        template_name="Mẫu 19 – Phụ lục XIII",
        reusable=False,
    )
    ComponentFactory(
        procedure=procedure,
        order=2,
        name="Bản sao văn bằng chuyên môn | thú y",
        originals=0,
        copies=1,
        photocopies=2,
        reusable=True,
        required=False,
    )
    FeeFactory(procedure=procedure, name="Lệ phí cấp giấy", amount=100_000)
    FeeFactory(
        procedure=procedure,
        name="Phí thẩm định",
        amount=200_000,
        note="Áp dụng cho cơ sở mới",
    )
    step = procedure.steps.get(order=2)
    step.actor = WorkflowStep.Actor.CONSULTED
    step.agency = other_department
    step.save()
    ProcedureFactory(
        code="1.001766.000.00.00.H37",
        national_code="1.001766",
        name="Đăng ký khai sinh",
        field=FieldFactory(code="G01", name="Hộ tịch"),
        level=Procedure.Level.COMMUNE,
        agency=None,
        service_level=Procedure.ServiceLevel.INFO,
        limit_value=Decimal(0),
        limit_unit="none",
        online_only=True,
    )
    return procedure


def _children() -> dict[str, list[tuple]]:
    """Return every child row of every procedure, with its primary key."""
    return {
        "components": list(
            Component.objects.order_by("pk").values_list(
                "pk",
                "procedure__code",
                "order",
                "name",
                "originals",
                "copies",
                "photocopies",
                "template_name",
                "reusable",
                "required",
            )
        ),
        "fees": list(
            Fee.objects.order_by("pk").values_list(
                "pk", "procedure__code", "name", "amount", "note"
            )
        ),
        "steps": list(
            WorkflowStep.objects.order_by("pk").values_list(
                "pk",
                "procedure__code",
                "order",
                "name",
                "actor",
                "role",
                "share",
                "agency__code",
            )
        ),
    }


def _procedures() -> list[tuple]:
    return list(
        Procedure.objects.order_by("code").values_list(
            "code", "name", "field__code", "agency__code", "updated_at"
        )
    )


def _row_of(dataset: tablib.Dataset, code: str) -> dict:
    return next(row for row in dataset.dict if row["code"] == code)


def _as_csv(dataset: tablib.Dataset) -> tablib.Dataset:
    return base_formats.CSV().create_dataset(dataset.csv)


def _as_xlsx(dataset: tablib.Dataset) -> tablib.Dataset:
    return base_formats.XLSX().create_dataset(dataset.xlsx)


def _row(**values) -> tablib.Dataset:
    """Return a one-row procedure sheet with sensible values."""
    row = {
        "code": "1.009999",
        "national_code": "1.009999",
        "name": "Cấp phép thử nghiệm",
        "field": "G15",
        "level": "province",
        "agency": "000.00.12.H37",
        "service_level": "full",
        "limit_value": "5",
        "limit_unit": "working_days",
        "result_type": "both",
        "result_name": "Giấy phép",
        "legal_basis": "",
        "where": "",
        "online_only": "0",
        "state": "published",
        "fees": "Lệ phí: 50000",
        "components": "Đơn đề nghị|1|0|0||0|1",
        "steps": "1|Tiếp nhận|reception|reception_officer|0.1|\n"
        "2|Thẩm định|deciding|specialist|0.9|",
    }
    row.update(values)
    return tablib.Dataset(list(row.values()), headers=list(row))


def test_export_writes_children_as_readable_text(catalog):
    dataset = ProcedureResource().export()
    row = _row_of(dataset, catalog.code)
    assert row["field"] == "G15"
    assert row["agency"] == "000.00.12.H37"
    assert row["limit_value"] == "5"
    assert row["fees"] == (
        "Lệ phí cấp giấy: 100000; Phí thẩm định: 200000 (Áp dụng cho cơ sở mới)"
    )
    assert row["components"] == (
        "Đơn đề nghị cấp Giấy chứng nhận (Mẫu số 19)|1|0|0|Mẫu 19 – Phụ lục XIII|0|1\n"
        "Bản sao văn bằng chuyên môn | thú y|0|1|2||1|0"
    )
    assert row["steps"].splitlines()[1] == (
        "2|Thẩm định|consulted|specialist|0.7|000.00.05.H37"
    )
    bare = _row_of(dataset, "1.001766.000.00.00.H37")
    assert (bare["agency"], bare["fees"], bare["steps"]) == ("", "", "")


@pytest.mark.parametrize("convert", [_as_csv, _as_xlsx], ids=["csv", "xlsx"])
def test_reimporting_an_export_changes_nothing(catalog, convert):
    before = (_procedures(), _children())
    dataset = convert(ProcedureResource().export())

    result = ProcedureResource().import_data(dataset)

    assert not result.has_errors()
    assert not result.has_validation_errors()
    assert result.totals["new"] == 0
    assert result.totals["update"] == 0
    assert result.totals["skip"] == 2
    assert (_procedures(), _children()) == before


def test_xlsx_round_trip_keeps_vietnamese_diacritics_exactly(catalog):
    exported = ProcedureResource().export()
    loaded = _as_xlsx(exported)

    assert loaded.headers == exported.headers
    # An empty cell comes back from a workbook as None; every other cell as written.
    assert [list(row) for row in loaded] == [
        [value if value != "" else None for value in row] for row in exported
    ]
    row = _row_of(loaded, catalog.code)
    assert row["name"] == "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y"
    assert row["legal_basis"] == LEGAL_BASIS
    assert "Mẫu 19 – Phụ lục XIII" in row["components"]


def test_import_updates_only_what_changed_and_keeps_child_rows(catalog):
    dataset = _as_csv(ProcedureResource().export())
    code = dataset.headers.index("code")
    row = next(i for i, values in enumerate(dataset) if values[code] == catalog.code)
    values = list(dataset[row])
    values[dataset.headers.index("fees")] = "Lệ phí cấp giấy: 150.000 đ"
    values[dataset.headers.index("steps")] = (
        "1|Tiếp nhận hồ sơ|reception|reception_officer|0.25|\n"
        "2|Thẩm định|consulted|specialist|0.5|000.00.05.H37\n"
        "3|Phê duyệt|deciding|agency_leader|0.25|"
    )
    dataset[row] = values
    fee_pk = catalog.fees.order_by("pk").first().pk
    step_pks = dict(catalog.steps.values_list("order", "pk"))
    components_before = _children()["components"]

    result = ProcedureResource().import_data(dataset)

    assert import_problems(result) == []
    assert (result.totals["update"], result.totals["skip"]) == (1, 1)
    assert list(catalog.fees.values_list("pk", "name", "amount")) == [
        (fee_pk, "Lệ phí cấp giấy", 150_000)
    ]
    assert list(catalog.steps.values_list("order", "pk", "share")) == [
        (1, step_pks[1], Decimal("0.25")),
        (2, step_pks[2], Decimal("0.5")),
        (3, step_pks[3], Decimal("0.25")),
    ]
    assert _children()["components"] == components_before


def test_import_creates_a_procedure_with_its_children(catalog):
    result = ProcedureResource().import_data(
        _row(fees="Lệ phí: 50000; Phí thẩm định: 1.500.000 (nộp khi nhận)")
    )

    assert import_problems(result) == []
    created = Procedure.objects.get(code="1.009999")
    assert created.name_folded == " cap phep thu nghiem "
    assert created.field.code == "G15"
    assert list(created.fees.values_list("name", "amount", "note")) == [
        ("Lệ phí", 50_000, ""),
        ("Phí thẩm định", 1_500_000, "nộp khi nhận"),
    ]
    assert list(created.components.values_list("order", "name", "required")) == [
        (1, "Đơn đề nghị", True)
    ]
    assert list(created.steps.values_list("order", "share")) == [
        (1, Decimal("0.1")),
        (2, Decimal("0.9")),
    ]


def test_import_refuses_an_unknown_field_code_naming_the_row(catalog):
    result = ProcedureResource().import_data(_row(field="XX"))

    assert result.has_validation_errors()
    assert import_problems(result) == ["Dòng 1, cột field: Không có lĩnh vực mã «XX»."]
    assert not Procedure.objects.filter(code="1.009999").exists()


def test_import_refuses_a_bad_service_level_naming_the_row(catalog):
    result = ProcedureResource().import_data(_row(service_level="toàn phần"))

    assert result.has_validation_errors()
    assert import_problems(result) == [
        "Dòng 1, cột service_level: Giá trị «toàn phần» không hợp lệ; hãy chọn "
        "một trong: full, partial, info."
    ]
    assert not Procedure.objects.filter(code="1.009999").exists()


def test_import_stores_decomposed_vietnamese_in_composed_form(catalog):
    decomposed = unicodedata.normalize("NFD", "Cấp phép thử nghiệm")

    result = ProcedureResource().import_data(_row(name=decomposed))

    assert import_problems(result) == []
    assert Procedure.objects.get(code="1.009999").name == "Cấp phép thử nghiệm"


def test_import_accepts_the_vietnamese_label_of_a_choice(catalog):
    result = ProcedureResource().import_data(
        _row(service_level="Dịch vụ công trực tuyến một phần", level="Cấp tỉnh")
    )

    assert import_problems(result) == []
    created = Procedure.objects.get(code="1.009999")
    assert (created.service_level, created.level) == ("partial", "province")


def test_one_bad_row_leaves_every_row_unimported(catalog):
    good = _row()
    bad = _row(code="1.008888", steps="1|Tiếp nhận|reception|reception_officer|0.5|")
    dataset = tablib.Dataset(*good, *bad, headers=good.headers)

    result = ProcedureResource().import_data(dataset)

    assert import_problems(result) == [
        "Dòng 2, cột steps: Tổng tỷ lệ thời hạn của các bước phải bằng 1 (hiện là 0.5)."
    ]
    assert not Procedure.objects.filter(code__in=["1.009999", "1.008888"]).exists()


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (
            "fees",
            "Lệ phí cấp giấy",
            "Phí, lệ phí thứ 1 «Lệ phí cấp giấy» phải có dạng «Tên phí: số tiền», "
            "ví dụ «Lệ phí cấp giấy: 100000».",
        ),
        (
            "components",
            "Đơn đề nghị|1|0",
            "Thành phần hồ sơ thứ 1: cần đủ 7 phần theo dạng "
            "name|originals|copies|photocopies|template|reusable|required.",
        ),
        (
            "components",
            "Đơn đề nghị|một|0|0||0|1",
            "Thành phần hồ sơ thứ 1: Số bản chính phải là số nguyên không âm "
            "(đang là «một»).",
        ),
        (
            "steps",
            "1|Tiếp nhận|reception|thu_ky|1|",
            "Bước thứ 1: Giá trị 'thu_ky' không phải là lựa chọn hợp lệ.",
        ),
        (
            "steps",
            "1|Tiếp nhận|consulted|specialist|1|000.99.99.H37",
            "Bước thứ 1: không có cơ quan mã «000.99.99.H37».",
        ),
        (
            "limit_value",
            "0",
            "Thời hạn giải quyết phải lớn hơn 0, trừ khi không quy định.",
        ),
        (
            "online_only",
            "có lẽ",
            "Giá trị «có lẽ» không phải có/không; hãy ghi 1 hoặc 0.",
        ),
    ],
)
def test_import_explains_each_bad_cell_in_vietnamese(catalog, column, value, message):
    result = ProcedureResource().import_data(_row(**{column: value}))

    problems = import_problems(result)
    assert len(problems) == 1
    assert problems[0].startswith(f"Dòng 1, cột {column}: ")
    assert message in problems[0]
    assert not Procedure.objects.filter(code="1.009999").exists()


def test_import_reports_a_missing_code_column_and_repeated_codes(catalog):
    missing = tablib.Dataset(["Cấp phép"], headers=["name"])
    result = ProcedureResource().import_data(missing)
    assert result.has_errors()
    assert import_problems(result)[0] == (
        "Tệp: Tệp thiếu cột code (mã) ở dòng tiêu đề."
    )

    twice = _row()
    twice.append(twice[0])
    result = ProcedureResource().import_data(twice)
    assert import_problems(result)[0] == "Tệp: Mã bị lặp lại trong tệp: 1.009999."
    assert not Procedure.objects.filter(code="1.009999").exists()


def test_import_skips_blank_spreadsheet_rows(catalog):
    dataset = _row()
    dataset.append([None] * len(dataset.headers))
    result = ProcedureResource().import_data(dataset)
    assert import_problems(result) == []
    assert result.totals["new"] == 1


def test_import_refuses_to_drop_a_step_a_dossier_is_at(catalog, center, receiver):
    dossier = counter_dossier(
        procedure=catalog,
        reception=center,
        actor=receiver,
        at=datetime(2026, 3, 2, 8, 0, tzinfo=TZ),
    )
    dossier_start_processing(
        dossier=dossier, actor=receiver, at=datetime(2026, 3, 2, 9, 0, tzinfo=TZ)
    )
    before = _children()
    dataset = _as_csv(ProcedureResource().export())
    row = dataset["code"].index(catalog.code)
    values = list(dataset[row])
    values[dataset.headers.index("steps")] = (
        "1|Tiếp nhận hồ sơ|reception|reception_officer|0.05|\n"
        "3|Phê duyệt|deciding|agency_leader|0.9|\n"
        "4|Trả kết quả|reception|reception_officer|0.05|"
    )
    dataset[row] = values

    result = ProcedureResource().import_data(dataset)

    assert import_problems(result) == [
        "Dòng 1, cột steps: Không thể bỏ «2. Thẩm định»: đã có hồ sơ dùng đến; "
        "hãy giữ lại dòng này."
    ]
    assert _children() == before


def test_fees_text_survives_a_semicolon_inside_a_name(catalog):
    fees = [
        Fee(name="Lệ phí (cá nhân; hộ gia đình)", amount=50_000),
        Fee(name="Phí thẩm định", amount=0),
    ]
    text = fees_text(fees)
    assert text == "Lệ phí (cá nhân; hộ gia đình): 50000\nPhí thẩm định: 0"
    assert fees_parse(text) == [
        {"name": "Lệ phí (cá nhân; hộ gia đình)", "amount": 50_000, "note": ""},
        {"name": "Phí thẩm định", "amount": 0, "note": ""},
    ]
    assert fees_parse("Lệ phí; cá nhân: 50000") == [
        {"name": "Lệ phí; cá nhân", "amount": 50_000, "note": ""}
    ]


def test_field_resource_round_trips(catalog):
    dataset = _as_xlsx(FieldResource().export())
    assert ["G15", "Thú y"] in [list(row) for row in dataset]
    dataset.append(["G99", "Đất đai"])

    result = FieldResource().import_data(dataset)

    assert (result.totals["new"], result.totals["update"]) == (1, 0)
    assert Field.objects.get(code="G99").name == "Đất đai"


@pytest.mark.parametrize("convert", [_as_csv, _as_xlsx], ids=["csv", "xlsx"])
def test_agency_resource_round_trips_and_adds_a_child(
    province, department, other_department, convert
):
    old = AgencyFactory(
        code="000.10.00.H37",
        name="Ủy ban nhân dân huyện Cao Lộc",
        level=Agency.Level.DISTRICT,
        parent=province,
        active_from=date(2000, 1, 1),
        active_to=date(2025, 6, 30),
        successor=department,
    )
    dataset = convert(AgencyResource().export())
    assert AgencyResource().import_data(dataset).totals["skip"] == 4
    old.refresh_from_db()
    assert old.successor == department

    dataset.append(
        [
            "000.12.34.H37",
            "Phòng Chăn nuôi và Thú y",
            "",
            "department",
            "000.00.12.H37",
            "01/07/2025",
            "",
            "",
            "Số 1 đường Hùng Vương",
            "02053812345",
        ]
    )
    result = AgencyResource().import_data(dataset)

    assert import_problems(result) == []
    child = Agency.objects.get(code="000.12.34.H37")
    assert child.path == f"{department.path}{child.pk}/"
    assert child.active_from == date(2025, 7, 1)
    assert child.name_folded == " phong chan nuoi va thu y "


def test_agency_import_refuses_a_loop_and_an_unknown_parent(province, department):
    dataset = AgencyResource().export()
    code = dataset.headers.index("code")
    parent = dataset.headers.index("parent")
    rows = [list(row) for row in dataset]
    rows[[row[code] for row in rows].index(province.code)][parent] = department.code
    rows.append(["000.99.00.H37", "Sở mới", "", "department", "000.77.77.H37"])
    rows[-1].extend([""] * (len(dataset.headers) - len(rows[-1])))

    result = AgencyResource().import_data(
        tablib.Dataset(*rows, headers=dataset.headers)
    )

    assert import_problems(result) == [
        "Dòng 1, cột parent: Đơn vị cấp trên không thể là chính nó hoặc đơn vị "
        "cấp dưới của nó.",
        "Dòng 3, cột parent: Không có đơn vị cấp trên mã «000.77.77.H37».",
    ]
    province.refresh_from_db()
    assert province.parent is None
