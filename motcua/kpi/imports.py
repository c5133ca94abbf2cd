"""Import agencies, procedures and historical dossiers from .csv or .xlsx files.

Every row is checked first; one bad row and nothing is written, and every bad row
is reported with its line number and what is wrong. Importing the same file again
changes nothing: agencies and procedures are matched by code and only changed
fields are written; dossiers whose code exists are left as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency
from motcua.accounts.validators import validate_agency_code
from motcua.catalog.models import Field, Procedure
from motcua.core.text import fold, nfc, search_key
from motcua.core.workcal import LimitUnit
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import reception_for
from motcua.kpi.bulk import BulkWriter, bulk_run

# Accepted headers, folded (no diacritics, lower case) → the English column name.
HEADERS = {
    "agencies": {
        "code": ("code", "ma", "ma dinh danh", "ma don vi"),
        "name": ("name", "ten", "ten don vi", "ten co quan"),
        "level": ("level", "cap"),
        "parent_code": (
            "parent_code",
            "ma cap tren",
            "ma don vi cap tren",
            "ma don vi cha",
        ),
    },
    "procedures": {
        "code": ("code", "ma", "ma thu tuc"),
        "name": ("name", "ten", "ten thu tuc"),
        "field": ("field", "linh vuc"),
        "service_level": ("service_level", "muc do", "muc do dvc"),
        "agency_code": ("agency_code", "ma co quan", "ma co quan giai quyet"),
        "processing_days": ("processing_days", "thoi han", "so ngay giai quyet"),
    },
    "dossiers": {
        "code": ("code", "ma", "ma ho so"),
        "procedure_code": ("procedure_code", "ma thu tuc"),
        "agency_code": ("agency_code", "ma co quan", "ma co quan giai quyet"),
        "reception_code": (
            "reception_code",
            "ma noi tiep nhan",
            "ma bo phan tiep nhan",
        ),
        "channel": ("channel", "kenh", "kenh nop"),
        "received_at": ("received_at", "tiep nhan luc", "ngay tiep nhan"),
        "due_at": ("due_at", "hen tra", "ngay hen tra"),
        "finished_at": ("finished_at", "co ket qua luc", "ngay co ket qua"),
        "returned_at": ("returned_at", "tra ket qua luc", "ngay tra ket qua"),
        "status": ("status", "trang thai"),
    },
}
REQUIRED = {
    "agencies": ("code", "name", "level"),
    "procedures": ("code", "name", "field", "service_level", "agency_code"),
    "dossiers": (
        "code",
        "procedure_code",
        "agency_code",
        "channel",
        "received_at",
        "status",
    ),
}
LEVELS_VI = {
    "tinh": "province",
    "so": "department",
    "huyen": "district",
    "xa": "commune",
    "tiep nhan": "reception",
    "trung uong": "central",
    "doanh nghiep": "enterprise",
}
SERVICE_LEVELS_VI = {"toan trinh": "full", "mot phan": "partial", "thong tin": "info"}
CHANNELS_VI = {"truc tuyen": "online", "truc tiep": "direct", "buu chinh": "postal"}


class ImportFailed(Exception):
    """Some rows are bad; nothing was imported."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number, cells) of a .csv or .xlsx file, the header first."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open(newline="", encoding="utf-8-sig") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                yield number, row
    elif suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield (
                number,
                [
                    ""
                    if v is None
                    else (v.isoformat() if isinstance(v, datetime) else str(v))
                    for v in row
                ],
            )
        book.close()
    else:
        raise ImportFailed([_("Tệp phải là .csv hoặc .xlsx.")])


def _header_map(kind: str, header: list[str]) -> dict[str, int]:
    accepted = HEADERS[kind]
    mapping: dict[str, int] = {}
    for index, name in enumerate(header):
        folded = fold(name or "").replace("_", " ").strip()
        for column, names in accepted.items():
            if folded in (n.replace("_", " ") for n in names):
                mapping[column] = index
    missing = [c for c in REQUIRED[kind] if c not in mapping]
    if missing:
        raise ImportFailed(
            [_("Dòng 1: thiếu cột %(columns)s.") % {"columns": ", ".join(missing)}]
        )
    return mapping


def _records(path: Path, kind: str) -> Iterator[tuple[int, dict[str, str]]]:
    rows = _rows(path)
    try:
        _number, header = next(rows)
    except StopIteration as error:
        raise ImportFailed([_("Tệp trống.")]) from error
    mapping = _header_map(kind, header)
    for number, cells in rows:
        if not any((c or "").strip() for c in cells):
            continue
        yield (
            number,
            {
                column: nfc(cells[index]) if index < len(cells) and cells[index] else ""
                for column, index in mapping.items()
            },
        )


def _choice(value: str, allowed, vietnamese: dict[str, str]) -> str | None:
    folded = fold(value)
    if folded in allowed:
        return folded
    for key, english in vietnamese.items():
        if key in folded:
            return english
    return None


# ---------------------------------------------------------------- agencies


def import_agencies(
    path: Path, *, progress: Callable[[int], None] | None = None
) -> ImportReport:
    report = ImportReport()
    rows = []
    codes: set[str] = set()
    for number, row in _records(path, "agencies"):
        errors = []
        try:
            validate_agency_code(row["code"])
        except ValidationError as error:
            errors.append(" ".join(error.messages))
        if row["code"] in codes:
            errors.append(_("mã %(code)s lặp lại trong tệp") % {"code": row["code"]})
        codes.add(row["code"])
        if not row["name"]:
            errors.append(_("thiếu tên"))
        level = _choice(row["level"], Agency.Level.values, LEVELS_VI)
        if level is None:
            errors.append(_("cấp «%(level)s» không hợp lệ") % {"level": row["level"]})
        rows.append((number, row, level))
        report.problems += [
            _("Dòng %(n)s: %(e)s.") % {"n": number, "e": e} for e in errors
        ]
    known = set(Agency.objects.values_list("code", flat=True))
    for number, row, _level in rows:
        parent = row.get("parent_code", "")
        if parent and parent not in known and parent not in codes:
            report.problems.append(
                _("Dòng %(n)s: không có đơn vị cấp trên mã %(code)s.")
                % {"n": number, "code": parent}
            )
    if report.problems:
        raise ImportFailed(report.problems)
    with transaction.atomic():
        pending = list(rows)
        done = 0
        while pending:
            later = []
            for number, row, level in pending:
                parent_code = row.get("parent_code", "")
                parent = (
                    Agency.objects.filter(code=parent_code).first()
                    if parent_code
                    else None
                )
                if parent_code and parent is None:
                    later.append((number, row, level))
                    continue
                agency = Agency.objects.filter(code=row["code"]).first()
                if agency is None:
                    Agency(
                        code=row["code"], name=row["name"], level=level, parent=parent
                    ).save()
                    report.created += 1
                elif (agency.name, agency.level, agency.parent_id) != (
                    row["name"],
                    level,
                    parent.pk if parent else None,
                ):
                    agency.name, agency.level, agency.parent = (
                        row["name"],
                        level,
                        parent,
                    )
                    agency.save()
                    report.updated += 1
                else:
                    report.unchanged += 1
                done += 1
                if progress:
                    progress(done)
            if len(later) == len(pending):
                raise ImportFailed(
                    [_("Dòng %(n)s: vòng lặp đơn vị cấp trên.") % {"n": later[0][0]}]
                )
            pending = later
    return report


# ---------------------------------------------------------------- procedures


def _level_for(agency: Agency) -> str:
    return {
        Agency.Level.DISTRICT: Procedure.Level.DISTRICT,
        Agency.Level.COMMUNE: Procedure.Level.COMMUNE,
        Agency.Level.CENTRAL: Procedure.Level.CENTRAL,
    }.get(agency.level, Procedure.Level.PROVINCE)


def import_procedures(path: Path, *, progress=None) -> ImportReport:
    report = ImportReport()
    agencies = {a.code: a for a in Agency.objects.all()}
    rows, codes = [], set()
    for number, row in _records(path, "procedures"):
        errors = []
        if not row["code"] or len(row["code"]) > 40:
            errors.append(_("mã thủ tục trống hoặc dài quá 40 ký tự"))
        if row["code"] in codes:
            errors.append(_("mã %(code)s lặp lại trong tệp") % {"code": row["code"]})
        codes.add(row["code"])
        if not row["name"]:
            errors.append(_("thiếu tên thủ tục"))
        if not row["field"]:
            errors.append(_("thiếu lĩnh vực"))
        level = _choice(
            row["service_level"], Procedure.ServiceLevel.values, SERVICE_LEVELS_VI
        )
        if level is None:
            errors.append(
                _("mức độ «%(v)s» không hợp lệ (full, partial, info)")
                % {"v": row["service_level"]}
            )
        agency = agencies.get(row["agency_code"])
        if agency is None:
            errors.append(
                _("không có cơ quan mã %(code)s") % {"code": row["agency_code"]}
            )
        days = Decimal(0)
        text = row.get("processing_days", "").replace(",", ".")
        if text:
            try:
                days = Decimal(text)
                if days < 0:
                    raise InvalidOperation
            except InvalidOperation:
                errors.append(_("thời hạn «%(v)s» không phải số ngày") % {"v": text})
        rows.append((row, level, agency, days))
        report.problems += [
            _("Dòng %(n)s: %(e)s.") % {"n": number, "e": e} for e in errors
        ]
    if report.problems:
        raise ImportFailed(report.problems)
    fields = {f.code: f for f in Field.objects.all()}
    fields_by_name = {search_key(f.name): f for f in fields.values()}
    with transaction.atomic():
        for done, (row, level, agency, days) in enumerate(rows, start=1):
            field_obj = fields.get(row["field"]) or fields_by_name.get(
                search_key(row["field"])
            )
            if field_obj is None:
                code = ("IMP-" + search_key(row["field"]).strip().replace(" ", "-"))[
                    :30
                ]
                field_obj, _created = Field.objects.get_or_create(
                    code=code, defaults={"name": row["field"]}
                )
                fields[row["field"]] = field_obj
            values = {
                "name": row["name"],
                "field": field_obj,
                "service_level": level,
                "agency": agency,
                "level": _level_for(agency),
                "limit_value": days,
                "limit_unit": LimitUnit.WORKING_DAYS if days else LimitUnit.NONE,
            }
            procedure = Procedure.objects.filter(code=row["code"]).first()
            if procedure is None:
                Procedure(
                    code=row["code"],
                    national_code=row["code"].split("_")[0][:20],
                    result_type=Procedure.ResultType.BOTH,
                    **values,
                ).save()
                report.created += 1
            elif any(getattr(procedure, k) != v for k, v in values.items()):
                for k, v in values.items():
                    setattr(procedure, k, v)
                procedure.save()
                report.updated += 1
            else:
                report.unchanged += 1
            if progress and done % 500 == 0:
                progress(done)
    return report


# ---------------------------------------------------------------- dossiers


def _moment(text: str, name: str, errors: list[str]) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        errors.append(
            _("%(col)s «%(v)s» không đúng dạng ISO 8601") % {"col": name, "v": text}
        )
        return None
    if moment.tzinfo is None:
        errors.append(
            _("%(col)s «%(v)s» thiếu múi giờ (ví dụ +07:00)") % {"col": name, "v": text}
        )
        return None
    return moment


def import_dossiers(path: Path, *, progress=None) -> ImportReport:
    """Import historical dossiers in bulk, each with one `imported` ledger event."""
    report = ImportReport()
    procedures = dict(Procedure.objects.values_list("code", "pk"))
    agencies = {a.code: a for a in Agency.objects.all()}
    existing_codes = set()
    planned = []
    seen: set[str] = set()
    statuses = set(Dossier.Status.values) - {Dossier.Status.DRAFT}
    receptions: dict[int, Agency] = {}
    records = list(_records(path, "dossiers"))
    all_codes = [row["code"] for _n, row in records]
    for start in range(0, len(all_codes), 5000):
        existing_codes.update(
            Dossier.objects.filter(
                code__in=all_codes[start : start + 5000]
            ).values_list("code", flat=True)
        )
    for number, row in records:
        errors: list[str] = []
        code = row["code"]
        if not code or len(code) > 60:
            errors.append(_("mã hồ sơ trống hoặc dài quá 60 ký tự"))
        elif code in seen:
            errors.append(_("mã %(code)s lặp lại trong tệp") % {"code": code})
        seen.add(code)
        procedure_id = procedures.get(row["procedure_code"])
        if procedure_id is None:
            errors.append(
                _("không có thủ tục mã %(code)s") % {"code": row["procedure_code"]}
            )
        agency = agencies.get(row["agency_code"])
        if agency is None:
            errors.append(
                _("không có cơ quan mã %(code)s") % {"code": row["agency_code"]}
            )
        reception = None
        if row.get("reception_code"):
            reception = agencies.get(row["reception_code"])
            if reception is None:
                errors.append(
                    _("không có nơi tiếp nhận mã %(code)s")
                    % {"code": row["reception_code"]}
                )
        channel = _choice(row["channel"], Dossier.Channel.values, CHANNELS_VI)
        if channel is None:
            errors.append(
                _("kênh «%(v)s» không hợp lệ (online, direct, postal)")
                % {"v": row["channel"]}
            )
        status = fold(row["status"]).replace(" ", "_")
        if status not in statuses:
            errors.append(_("trạng thái «%(v)s» không hợp lệ") % {"v": row["status"]})
        received = _moment(row["received_at"], "received_at", errors)
        due = _moment(row.get("due_at", ""), "due_at", errors)
        finished = _moment(row.get("finished_at", ""), "finished_at", errors)
        returned = _moment(row.get("returned_at", ""), "returned_at", errors)
        if received is None and "received_at" not in " ".join(errors):
            errors.append(_("thiếu received_at"))
        if received and due and due < received:
            errors.append(_("due_at trước received_at"))
        if received and finished and finished < received:
            errors.append(_("finished_at trước received_at"))
        if status in (Dossier.Status.FINISHED, Dossier.Status.RETURNED) and not (
            finished or returned
        ):
            errors.append(_("hồ sơ đã có kết quả cần finished_at hoặc returned_at"))
        if status == Dossier.Status.RETURNED and returned is None:
            returned = finished
        if errors:
            report.problems += [
                _("Dòng %(n)s: %(e)s.") % {"n": number, "e": e} for e in errors
            ]
            continue
        if code in existing_codes:
            report.unchanged += 1
            continue
        if reception is None:
            if agency.pk not in receptions:
                receptions[agency.pk] = reception_for(agency=agency)
            reception = receptions[agency.pk]
        planned.append(
            (
                code,
                procedure_id,
                agency,
                reception,
                channel,
                status,
                received,
                due,
                finished,
                returned,
            )
        )
    if report.problems:
        raise ImportFailed(report.problems)

    def build(writer: BulkWriter) -> dict:
        for done, (
            code,
            procedure_id,
            agency,
            reception,
            channel,
            status,
            received,
            due,
            finished,
            returned,
        ) in enumerate(planned, start=1):
            refused = status == Dossier.Status.REFUSED
            result = finished or returned
            timeliness = ""
            if (
                status in (Dossier.Status.FINISHED, Dossier.Status.RETURNED)
                and due
                and result
            ):
                if result > due:
                    timeliness = Dossier.Timeliness.LATE
                elif (
                    result.astimezone(received.tzinfo).date()
                    < due.astimezone(received.tzinfo).date()
                ):
                    timeliness = Dossier.Timeliness.EARLY
                else:
                    timeliness = Dossier.Timeliness.ON_TIME
            final = status in (
                Dossier.Status.REFUSED,
                Dossier.Status.WITHDRAWN,
                Dossier.Status.STOPPED,
                Dossier.Status.RETURNED,
            )
            writer.add(
                {
                    "code": code,
                    "procedure_id": procedure_id,
                    "agency_id": agency.pk,
                    "reception_id": reception.pk,
                    "channel": channel,
                    "status": status,
                    "applicant_kind": Dossier.ApplicantKind.CITIZEN,
                    "applicant_name": _("(nhập từ hệ thống cũ)"),
                    "submitted_at": received,
                    "received_at": None if refused else received,
                    "clock_started_at": None if refused else received,
                    "due_at": None if refused else due,
                    "finished_at": finished,
                    "returned_at": returned
                    if status == Dossier.Status.RETURNED
                    else None,
                    "closed_at": (returned or finished or received) if final else None,
                    "timeliness": timeliness,
                    "outcome": Dossier.Outcome.GRANTED if result else "",
                    "created_at": received,
                }
            )
            if progress and done % 5000 == 0:
                progress(done)
        return {}

    if planned:
        bulk_run(build, source="import")
    report.created = len(planned)
    return report
