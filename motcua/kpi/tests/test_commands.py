"""`motcua import`, `motcua generate` and `motcua kpi`."""

# ruff: noqa: E501 (the CSV fixtures keep one dossier per line, as in a real file)

from __future__ import annotations

import json
from datetime import date
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

from motcua.accounts.models import Agency
from motcua.catalog.models import Procedure
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import ledger_verify
from motcua.kpi.selectors import Scope, indicators, indicators_recount

pytestmark = pytest.mark.django_db(transaction=False)


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


AGENCIES = """code,name,level,parent_code
000.00.00.H99,UBND tỉnh Thử,province,
000.00.12.H99,Sở Thử nghiệm,department,000.00.00.H99
000.00.70.H99,Trung tâm Phục vụ hành chính công,reception,000.00.00.H99
"""


def test_import_agencies_is_all_or_nothing_and_idempotent(tmp_path):
    bad = write(
        tmp_path,
        "bad.csv",
        AGENCIES + "000.00.13.H99,Sở sai,ministry,000.00.00.H99\nxx,,department,\n",
    )
    with pytest.raises(CommandError) as error:
        call_command(
            "import", "agencies", str(bad), stdout=StringIO(), stderr=StringIO()
        )
    assert "3 lỗi" in str(error.value)
    assert Agency.objects.count() == 0
    good = write(tmp_path, "good.csv", AGENCIES)
    assert "3 mới" in run("import", "agencies", str(good))
    assert Agency.objects.get(code="000.00.12.H99").parent.code == "000.00.00.H99"
    assert "0 mới, 0 cập nhật, 3 không đổi" in run("import", "agencies", str(good))


def test_bad_rows_are_reported_with_line_numbers(tmp_path):
    from motcua.kpi.imports import ImportFailed, import_agencies

    path = write(tmp_path, "a.csv", AGENCIES + "000.00.13.H99,Sở,ministry,\n")
    with pytest.raises(ImportFailed) as error:
        import_agencies(path)
    assert error.value.problems == ["Dòng 5: cấp «ministry» không hợp lệ."]


def test_import_procedures_from_xlsx_with_vietnamese_headers(tmp_path):
    run("import", "agencies", str(write(tmp_path, "a.csv", AGENCIES)))
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Mức độ", "Mã cơ quan", "Thời hạn"]
    )
    sheet.append(
        ["1.000001", "Cấp phép thử", "Thú y", "toàn trình", "000.00.12.H99", "5"]
    )
    sheet.append(["1.000002", "Đăng ký thử", "Thú y", "partial", "000.00.12.H99", ""])
    path = tmp_path / "p.xlsx"
    book.save(path)
    assert "2 mới" in run("import", "procedures", str(path))
    first = Procedure.objects.get(code="1.000001")
    assert first.service_level == "full"
    assert first.limit_value == 5
    assert Procedure.objects.get(code="1.000002").limit_unit == "none"
    assert "2 không đổi" in run("import", "procedures", str(path))


HEADER = (
    "code,procedure_code,agency_code,reception_code,channel,received_at,due_at,"
    "finished_at,returned_at,status\n"
)
DOSSIERS = (
    HEADER
    + """H99-240102-0001,1.000001,000.00.12.H99,000.00.70.H99,online,2024-01-02T08:00:00+07:00,2024-01-09T08:00:00+07:00,2024-01-05T09:00:00+07:00,2024-01-05T10:00:00+07:00,returned
H99-240102-0002,1.000001,000.00.12.H99,000.00.70.H99,direct,2024-01-02T09:00:00+07:00,2024-01-09T09:00:00+07:00,2024-01-10T09:00:00+07:00,,finished
H99-240103-0001,1.000001,000.00.12.H99,,postal,2024-01-03T09:00:00+07:00,2024-01-10T09:00:00+07:00,,,in_progress
H99-240104-0001,1.000001,000.00.12.H99,,online,2024-01-04T09:00:00+07:00,,,,refused
"""
)


def test_import_dossiers_counts_verifies_and_is_idempotent(tmp_path):
    run("import", "agencies", str(write(tmp_path, "a.csv", AGENCIES)))
    run(
        "import",
        "procedures",
        str(
            write(
                tmp_path,
                "p.csv",
                "code,name,field,service_level,agency_code,processing_days\n"
                "1.000001,Cấp phép thử,Thú y,full,000.00.12.H99,5\n",
            )
        ),
    )
    bad = write(
        tmp_path,
        "bad.csv",
        DOSSIERS + "H99-X,9.9,000.00.12.H99,,fax,2024-13-01,,,,done\n",
    )
    from motcua.kpi.imports import ImportFailed, import_dossiers

    with pytest.raises(ImportFailed) as error:
        import_dossiers(bad)
    assert all(p.startswith("Dòng 6:") for p in error.value.problems)
    assert len(error.value.problems) == 4
    assert Dossier.objects.count() == 0
    path = write(tmp_path, "d.csv", DOSSIERS)
    assert "4 mới" in run("import", "dossiers", str(path))
    assert DossierEvent.objects.filter(verb="imported").count() == 4
    checked, problems = ledger_verify()
    assert (checked, problems) == (4, [])
    data = indicators(scope=Scope(), start=date(2024, 1, 1), end=date(2024, 1, 31))
    assert data["dossiers"] == {
        "received": 3,
        "online": 1,
        "direct": 1,
        "postal": 1,
        "assisted": 0,
        "refused": 1,
        "withdrawn": 0,
    }
    assert data["resolved"]["early"] == 1
    assert data["resolved"]["late"] == 1
    assert data["open"] == {"total": 1, "overdue": 1}
    assert Dossier.objects.get(code="H99-240103-0001").reception.code == "000.00.70.H99"
    assert "0 mới, 0 cập nhật, 4 không đổi" in run("import", "dossiers", str(path))


def test_generate_small_random_set_matches_a_raw_recount(db):
    from motcua.demo.loader import province_load

    province_load()
    run("generate", "--dossiers", "400", "--from", "2025-01-01", "--to", "2025-12-31")
    assert Dossier.objects.count() == 400
    assert ledger_verify()[1] == []
    for start, end in (
        (date(2025, 1, 1), date(2025, 12, 31)),
        (date(2025, 3, 5), date(2025, 4, 20)),
    ):
        rolled = indicators(scope=Scope(), start=start, end=end, compare=False)
        raw = indicators_recount(scope=Scope(), start=start, end=end)
        for key, value in raw.items():
            if isinstance(value, dict):
                for sub, n in value.items():
                    assert rolled[key][sub] == n, (key, sub)
            else:
                assert rolled[key] == value, key


def test_profile_langson_2024_scaled_down_gives_the_seed_figures(db):
    out = run("generate", "--profile", "langson-2024", "--scale", "0.01")
    assert "center_services=236" in out
    data = json.loads(
        run("kpi", "--from", "2024-01-01", "--to", "2024-10-31", "--format", "json")
    )
    assert data["services"] == {
        "total": 1811,
        "full_online": 1080,
        "partial_online": 452,
        "info_only": 279,
    }
    assert data["dossiers"]["received"] == 960
    assert data["dossiers"]["online"] == 805
    assert data["online_reception_rate"] == 83.85
    assert data["on_time_rate"] == 100.0
    assert data["timeliness_rate"] == 100.0
    planned = dict(
        part.split("=") for part in out.split(": ")[1].split("\n")[0].split(", ")
    )
    online_2023 = int(planned["online_2023"])
    assert online_2023 == 619
    assert data["online_change_vs_last_year"] == 30.05  # 805 against 619
    center = json.loads(
        run(
            "kpi",
            "--from",
            "2024-01-01",
            "--to",
            "2024-10-31",
            "--reception",
            "000.00.70.H37",
            "--format",
            "json",
        )
    )
    assert center["services_with_dossiers"] == 236
    assert center["services_with_online_dossiers"] == 213
    assert center["uptake_rate"] == 90.25
    with pytest.raises(CommandError):
        call_command("generate", "--profile", "langson-2024", stdout=StringIO())


def test_kpi_command_refuses_bad_dates(db):
    with pytest.raises(CommandError):
        call_command(
            "kpi", "--from", "2024-13-01", "--to", "2024-01-01", stdout=StringIO()
        )


def test_kpi_rebuild_and_refresh_give_back_the_same_figures(db):
    from motcua.demo.loader import province_load
    from motcua.kpi.models import DailyCount

    province_load()
    run("generate", "--dossiers", "200", "--from", "2025-01-01", "--to", "2025-06-30")
    period = {"scope": Scope(), "start": date(2025, 1, 1), "end": date(2025, 6, 30)}
    before = indicators(**period, compare=False)
    DailyCount.objects.all().delete()
    assert "200 hồ sơ" in run("kpi", "--rebuild")
    assert indicators(**period, compare=False) == before
    assert "0 hồ sơ thay đổi" in run("kpi", "--refresh")
    table = run("kpi", "--from", "2025-01-01", "--to", "2025-06-30")
    assert f"dossiers.received{' ' * 31} {before['dossiers']['received']}" in table


def _catalog(tmp_path) -> None:
    run("import", "agencies", str(write(tmp_path, "a.csv", AGENCIES)))
    run(
        "import",
        "procedures",
        str(
            write(
                tmp_path,
                "p.csv",
                "code,name,field,service_level,agency_code,processing_days\n"
                "1.000001,Cấp phép thử,Thú y,full,000.00.12.H99,5\n",
            )
        ),
    )


# One dossier of each status an old system may hand over, timed and untimed.
EVERY_STATUS = (
    HEADER
    + """H99-250106-0001,1.000001,000.00.12.H99,,online,2025-01-06T08:00:00+07:00,2025-01-13T08:00:00+07:00,2025-01-08T09:00:00+07:00,2025-01-08T10:00:00+07:00,returned
H99-250106-0002,1.000001,000.00.12.H99,,direct,2025-01-06T09:00:00+07:00,2025-01-13T09:00:00+07:00,,2025-01-13T08:30:00+07:00,returned
H99-250106-0003,1.000001,000.00.12.H99,,postal,2025-01-06T10:00:00+07:00,2025-01-08T10:00:00+07:00,2025-01-09T23:30:00+07:00,,finished
H99-250106-0004,1.000001,000.00.12.H99,,online,2025-01-06T11:00:00+07:00,,,2025-01-07T08:00:00+07:00,finished
H99-250107-0001,1.000001,000.00.12.H99,,online,2025-01-07T08:00:00+07:00,2025-01-14T08:00:00+07:00,,,in_progress
H99-250107-0002,1.000001,000.00.12.H99,,direct,2025-01-07T08:00:00+07:00,2099-01-14T08:00:00+07:00,,,received
H99-250107-0003,1.000001,000.00.12.H99,,online,2025-01-07T08:00:00+07:00,2025-01-14T08:00:00+07:00,,,supplement_requested
H99-250107-0004,1.000001,000.00.12.H99,,online,2025-01-07T23:59:00+07:00,,,,refused
H99-250108-0001,1.000001,000.00.12.H99,,direct,2025-01-08T08:00:00+07:00,2025-01-15T08:00:00+07:00,,2025-01-10T08:00:00+07:00,withdrawn
H99-250108-0002,1.000001,000.00.12.H99,,postal,2025-01-08T08:00:00+07:00,2025-01-15T08:00:00+07:00,2025-01-20T08:00:00+07:00,,stopped
H99-250108-0003,1.000001,000.00.12.H99,,online,2025-01-08T01:00:00+00:00,2025-01-15T01:00:00+00:00,,,payment_requested
"""
)


@pytest.mark.parametrize("big", [False, True])
def test_imported_facts_and_rollups_follow_the_recount_rules(
    tmp_path, monkeypatch, big
):
    from motcua.kpi import imports
    from motcua.kpi.models import DossierFact
    from motcua.kpi.services import facts_refresh

    if big:  # on PostgreSQL: the indexes are dropped and built again
        monkeypatch.setattr(imports, "BIG_IMPORT", 0)
    _catalog(tmp_path)
    assert "11 mới" in run(
        "import", "dossiers", str(write(tmp_path, "d.csv", EVERY_STATUS))
    )
    ids = list(Dossier.objects.values_list("pk", flat=True))
    assert DossierFact.objects.filter(dossier_id__in=ids).count() == 11
    # Recomputing each fact with `fact_compute` changes none of them.
    assert facts_refresh(dossier_ids=ids) == 0
    assert ledger_verify() == (11, [])
    finished = Dossier.objects.get(code="H99-250106-0004")
    assert finished.finished_at is not None  # only returned_at was given
    assert Dossier.objects.get(code="H99-250106-0003").timeliness == "late"
    assert Dossier.objects.get(code="H99-250106-0001").timeliness == "early"
    assert Dossier.objects.get(code="H99-250106-0002").timeliness == "on_time"
    for start, end in (
        (date(2025, 1, 1), date(2025, 1, 31)),
        (date(2025, 1, 7), date(2025, 1, 9)),
    ):
        rolled = indicators(scope=Scope(), start=start, end=end, compare=False)
        raw = indicators_recount(scope=Scope(), start=start, end=end)
        for key, value in raw.items():
            if isinstance(value, dict):
                for sub, n in value.items():
                    assert rolled[key][sub] == n, (key, sub)
            else:
                assert rolled[key] == value, key


def test_import_dossiers_from_xlsx_with_vietnamese_headers(tmp_path):
    from motcua.kpi.imports import ImportFailed, import_dossiers

    _catalog(tmp_path)
    book = Workbook()
    sheet = book.active
    sheet.append(
        [
            "Mã hồ sơ",
            "Mã thủ tục",
            "Mã cơ quan",
            "Kênh nộp",
            "Ngày tiếp nhận",
            "Ngày hẹn trả",
            "Ngày có kết quả",
            "Ngày trả kết quả",
            "Trạng thái",
        ]
    )
    good = [
        "H99-240105-0001",
        "1.000001",
        "000.00.12.H99",
        "Trực tuyến",
        "2024-01-05T08:00:00+07:00",
        "2024-01-12T08:00:00+07:00",
        "2024-01-10T08:00:00+07:00",
        "2024-01-10T09:00:00+07:00",
        "returned",
    ]
    sheet.append(good)
    sheet.append([*good[:4], "2024-01-05 08:00", *good[5:]])
    path = tmp_path / "d.xlsx"
    book.save(path)
    with pytest.raises(ImportFailed) as error:
        import_dossiers(path)
    assert error.value.problems == [
        "Dòng 3: mã H99-240105-0001 lặp lại trong tệp.",
        "Dòng 3: received_at «2024-01-05 08:00» thiếu múi giờ (ví dụ +07:00).",
    ]
    assert Dossier.objects.count() == 0
    sheet.delete_rows(3)
    book.save(path)
    assert import_dossiers(path).created == 1
    dossier = Dossier.objects.get()
    assert dossier.channel == "online"
    assert dossier.reception.code == "000.00.70.H99"
    assert import_dossiers(path).unchanged == 1
