"""Import agencies, procedures and historical dossiers from .csv or .xlsx files.

Every row is checked first; one bad row and nothing is written, and every bad row
is reported with its line number and what is wrong. Importing the same file again
changes nothing: agencies and procedures are matched by code and only changed
fields are written; dossiers whose code exists are left as they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency
from motcua.accounts.validators import validate_agency_code
from motcua.catalog.models import Field, Procedure
from motcua.core.errors import DomainError
from motcua.core.text import fold, nfc, search_key
from motcua.core.workcal import LimitUnit
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import reception_for
from motcua.dossiers.services.ledger import imported_payload_parts
from motcua.kpi.bulk import (
    BulkWriter,
    bulk_run,
    events_imported,
    ids_reserve,
    indexes_suspended,
    rollups_add_range,
)
from motcua.kpi.models import DossierFact
from motcua.kpi.services import (
    CHANNEL_CODES,
    FACT_FIELDS,
    facts_refresh_changed,
    fill_state_mark,
)

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


def data_rows(path: Path) -> int:
    """Return about how many rows follow the header, for a progress bar."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        rows = book.worksheets[0].max_row or 1  # from the sheet's dimension tag
        book.close()
        return max(rows - 1, 1)
    with path.open("rb") as handle:
        return max(sum(1 for _line in handle) - 1, 1)


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

S = Dossier.Status
RESOLVED = (S.FINISHED, S.RETURNED)
FINAL = (S.REFUSED, S.WITHDRAWN, S.STOPPED, S.RETURNED)
DOSSIER_STATUSES = frozenset(S.values) - {S.DRAFT}
# Columns of a checked dossier row, in this order (also the staging table's).
ROW_COLUMNS = (
    "line",
    "code",
    "procedure_id",
    "agency_id",
    "reception_id",
    "channel",
    "status",
    "received",
    "due",
    "finished",
    "returned",
)


def _clean(text: str) -> str:
    """Return a cell as `nfc` would, skipping the work for plain ASCII cells."""
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()
    return nfc(text)


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
    if not 1900 <= moment.year <= 2200:
        errors.append(_("%(col)s «%(v)s» ngoài khoảng năm") % {"col": name, "v": text})
        return None
    return moment


def _checked_dossiers(
    path: Path, problems: list[str], progress: Callable[[int], None] | None
) -> Iterator[tuple]:
    """Yield every good row of a dossier file as a tuple of ROW_COLUMNS.

    Each problem of a bad row is appended to `problems` with its line number; the
    caller writes nothing when there is one. Lookups are loaded once, and each row
    costs a few dictionary look-ups and `datetime.fromisoformat` calls.
    """
    rows = _rows(path)
    try:
        _number, header = next(rows)
    except StopIteration as error:
        raise ImportFailed([_("Tệp trống.")]) from error
    mapping = _header_map("dossiers", header)
    width = max(mapping.values()) + 1
    # A missing optional column reads the empty cell added at index `width`.
    (
        i_code,
        i_procedure,
        i_agency,
        i_reception,
        i_channel,
        i_received,
        i_due,
        i_finished,
        i_returned,
        i_status,
    ) = (mapping.get(column, width) for column in HEADERS["dossiers"])
    procedures = dict(Procedure.objects.values_list("code", "pk"))
    agencies = {a.code: a for a in Agency.objects.all()}
    receptions: dict[int, int | None] = {}
    channels: dict[str, str | None] = {}
    statuses: dict[str, str | None] = {}
    seen: set[str] = set()
    pad = [""] * (width + 1)
    done = 0
    for number, cells in rows:
        if len(cells) <= width:
            cells = cells + pad[len(cells) :]
        code = _clean(cells[i_code])
        if not code and not any(c.strip() for c in cells):
            continue
        errors: list[str] = []
        if not code or len(code) > 60:
            errors.append(_("mã hồ sơ trống hoặc dài quá 60 ký tự"))
        elif code in seen:
            errors.append(_("mã %(code)s lặp lại trong tệp") % {"code": code})
        else:
            seen.add(code)
        procedure_code = _clean(cells[i_procedure])
        procedure_id = procedures.get(procedure_code)
        if not procedure_code:
            errors.append(_("thiếu procedure_code (mã thủ tục)"))
        elif procedure_id is None:
            errors.append(_("không có thủ tục mã %(code)s") % {"code": procedure_code})
        agency_code = _clean(cells[i_agency])
        agency = agencies.get(agency_code)
        if not agency_code:
            errors.append(_("thiếu agency_code (mã cơ quan giải quyết)"))
        elif agency is None:
            errors.append(_("không có cơ quan mã %(code)s") % {"code": agency_code})
        reception_id = None
        reception_code = _clean(cells[i_reception])
        if reception_code:
            reception = agencies.get(reception_code)
            if reception is None:
                errors.append(
                    _("không có nơi tiếp nhận mã %(code)s") % {"code": reception_code}
                )
            else:
                reception_id = reception.pk
        elif agency is not None:
            if agency.pk not in receptions:
                try:
                    receptions[agency.pk] = reception_for(agency=agency).pk
                except DomainError:
                    receptions[agency.pk] = None
            reception_id = receptions[agency.pk]
            if reception_id is None:
                errors.append(
                    _("chưa có bộ phận tiếp nhận cho cơ quan mã %(code)s")
                    % {"code": agency_code}
                )
        text = cells[i_channel]
        if text not in channels:
            channels[text] = _choice(_clean(text), Dossier.Channel.values, CHANNELS_VI)
        channel = channels[text]
        if channel is None:
            errors.append(
                _("kênh «%(v)s» không hợp lệ (online, direct, postal)") % {"v": text}
            )
        text = cells[i_status]
        if text not in statuses:
            folded = fold(text).replace(" ", "_")
            statuses[text] = folded if folded in DOSSIER_STATUSES else None
        status = statuses[text]
        if status is None:
            errors.append(
                _("trạng thái «%(v)s» không hợp lệ (%(allowed)s)")
                % {"v": text.strip(), "allowed": ", ".join(sorted(DOSSIER_STATUSES))}
            )
        received = _moment(cells[i_received].strip(), "received_at", errors)
        due = _moment(cells[i_due].strip(), "due_at", errors)
        finished = _moment(cells[i_finished].strip(), "finished_at", errors)
        returned = _moment(cells[i_returned].strip(), "returned_at", errors)
        if received is None:
            if not cells[i_received].strip():
                errors.append(_("thiếu received_at"))
        else:
            if due and due < received:
                errors.append(_("due_at trước received_at"))
            if finished and finished < received:
                errors.append(_("finished_at trước received_at"))
            if returned and returned < received:
                errors.append(_("returned_at trước received_at"))
        if status in RESOLVED and not (finished or returned):
            errors.append(_("hồ sơ đã có kết quả cần finished_at hoặc returned_at"))
        done += 1
        if progress and done % 10_000 == 0:
            progress(done)
        if errors:
            problems += [
                _("Dòng %(n)s: %(e)s.") % {"n": number, "e": e} for e in errors
            ]
            continue
        if status == S.FINISHED and finished is None:
            finished = returned  # the result was handed over: it existed by then
        yield (
            number,
            code,
            procedure_id,
            agency.pk,
            reception_id,
            channel,
            status,
            received,
            due,
            finished,
            returned,
        )
    if progress:
        progress(done)


def import_dossiers(path: Path, *, progress=None) -> ImportReport:
    """Import historical dossiers in bulk, each with one `imported` ledger event.

    Each dossier keeps its own receipt, due and result moments; its fact and the
    rollups are counted in the same transaction. On PostgreSQL the checked rows go
    through COPY into a temporary table and everything else is set-based SQL.
    """
    if connection.vendor == "postgresql":
        return _import_dossiers_postgres(path, progress)
    return _import_dossiers_portable(path, progress)


# ---------------------------------------------------------------- PostgreSQL

STAGE = "motcua_import_dossier"
# Below this many rows an import keeps the indexes up to date as it goes.
BIG_IMPORT = 50_000
SOURCE = "import"  # the `source` of each `imported` event
_NULL = "\\N"
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_line(row: tuple) -> str:
    """Return one row in COPY's text format (codes are escaped only when needed)."""
    number, code, procedure_id, agency_id, reception_id, channel, status = row[:7]
    if "\\" in code or "\t" in code or "\n" in code or "\r" in code:
        code = code.translate(_COPY_ESCAPES)
    moments = "\t".join(_NULL if m is None else m.isoformat() for m in row[7:])
    return (
        f"{number}\t{code}\t{procedure_id}\t{agency_id}\t{reception_id}\t"
        f"{channel}\t{status}\t{moments}\n"
    )


def _in(values) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


def _local_day(expression: str) -> str:
    zone = settings.TIME_ZONE.replace("'", "")
    return f"(({expression}) AT TIME ZONE '{zone}')::date"


def _dossier_insert_sql() -> tuple[str, list]:
    """Return the INSERT … SELECT that turns staged rows into dossiers.

    The ledger head is the SHA-256 of the `imported` event's canonical text, the
    ledger's own with its slots filled in SQL (UTC time with microseconds).
    """
    slots = {
        "dossier": "id::text",
        "at": """to_char(moment AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')"""
        " || '+00:00'",
        "to": "status",
    }
    payload = " || ".join(
        slots[part] if n % 2 else "'" + part.replace("'", "''") + "'"
        for n, part in enumerate(imported_payload_parts(source=SOURCE))
    )
    result = "COALESCE(finished, returned)"
    timeliness = (
        f"CASE WHEN status IN {_in(RESOLVED)} AND due_at IS NOT NULL "
        f"AND {result} IS NOT NULL THEN CASE "
        f"WHEN {result} > due_at THEN '{Dossier.Timeliness.LATE}' "
        f"WHEN {_local_day(result)} < {_local_day('due_at')} "
        f"THEN '{Dossier.Timeliness.EARLY}' "
        f"ELSE '{Dossier.Timeliness.ON_TIME}' END ELSE '' END"
    )
    computed = {
        "id": "id",
        "code": "code",
        "procedure_id": "procedure_id",
        "agency_id": "agency_id",
        "reception_id": "reception_id",
        "channel": "channel",
        "status": "status",
        "submitted_at": "received",
        "received_at": "received_at",
        "clock_started_at": "received_at",
        "due_at": "due_at",
        "finished_at": "finished",
        "returned_at": "returned_at",
        "closed_at": "closed_at",
        "timeliness": timeliness,
        "outcome": f"CASE WHEN {result} IS NULL THEN '' "
        f"ELSE '{Dossier.Outcome.GRANTED}' END",
        "created_at": "received",
        "updated_at": "LEAST(moment, %s)",
        "version": "1",
        "ledger_head": f"encode(sha256(convert_to({payload}, 'UTF8')), 'hex')",
        "applicant_kind": "%s",
        "applicant_name": "%s",
    }
    now = timezone.now()
    params_by_column = {
        "updated_at": [now],
        "applicant_kind": [Dossier.ApplicantKind.CITIZEN],
        "applicant_name": [_("(nhập từ hệ thống cũ)")],
    }
    columns, expressions, params = [], [], []
    for f in Dossier._meta.concrete_fields:
        columns.append(f.column)
        if f.attname in computed:
            expressions.append(computed[f.attname])
            params += params_by_column.get(f.attname, [])
        elif f.has_default():
            default = f.get_default()
            expressions.append("%s::jsonb" if isinstance(default, dict) else "%s")
            params.append(json.dumps(default) if isinstance(default, dict) else default)
        elif f.null:
            expressions.append("NULL")
        else:
            expressions.append("''")
    refused = f"'{S.REFUSED}'"
    sql = (
        f"INSERT INTO {Dossier._meta.db_table} ({', '.join(columns)}) "  # noqa: S608 (our names)
        f"SELECT {', '.join(expressions)} FROM ("
        "SELECT r.*, COALESCE(closed_at, returned_at, finished, received_at, received)"
        " AS moment FROM ("
        "SELECT %s + row_number() OVER (ORDER BY line) AS id, s.*, "
        f"CASE WHEN status = {refused} THEN NULL ELSE received END AS received_at, "
        f"CASE WHEN status = {refused} THEN NULL ELSE due END AS due_at, "
        f"CASE WHEN status = '{S.RETURNED}' THEN COALESCE(returned, finished) END"
        " AS returned_at, "
        f"CASE WHEN status IN {_in(FINAL)} THEN COALESCE(returned, finished, received)"
        " END AS closed_at "
        f"FROM {STAGE} s) r) m"
    )
    # The caller appends the id base: its placeholder comes last in the text.
    return sql, params


def _fact_insert_sql() -> str:
    """Return the INSERT … SELECT of the facts of a block of dossiers.

    The rules of `fact_compute`, in SQL; a dossier inserted here has no documents.
    """
    tz_day = _local_day
    channel = " ".join(
        f"WHEN '{name}' THEN {code}" for name, code in CHANNEL_CODES.items()
    )
    counted = "(received_at IS NOT NULL AND NOT refused)"
    end_day = tz_day("end_at")
    due_day = (
        "CASE WHEN due_at IS NULL THEN NULL "
        f"WHEN late_forced THEN {tz_day('received_at')} "
        "WHEN paused_at IS NOT NULL AND end_at IS NULL AND due_at >= paused_at "
        f"THEN NULL ELSE {tz_day('due_at')} END"
    )
    timeliness = (
        f"CASE WHEN resolved AND due_at IS NOT NULL THEN CASE "
        f"WHEN late_forced OR result_at > due_at THEN {DossierFact.Timeliness.LATE} "
        f"WHEN {tz_day('result_at')} < {tz_day('due_at')} "
        f"THEN {DossierFact.Timeliness.EARLY} "
        f"ELSE {DossierFact.Timeliness.ON_TIME} END "
        f"ELSE {DossierFact.Timeliness.NONE} END"
    )
    values = {
        "agency_id": "agency_id",
        "reception_id": "reception_id",
        "procedure_id": "procedure_id",
        "channel": f"CASE channel {channel} END",
        "recv_day": f"CASE WHEN {counted} THEN {tz_day('received_at')} END",
        "sub_day": "CASE WHEN refused THEN "
        f"{tz_day('COALESCE(submitted_at, received_at)')} END",
        "result_day": f"CASE WHEN {counted} THEN {tz_day('result_at')} END",
        "end_day": f"CASE WHEN {counted} THEN {end_day} END",
        "due_day": f"CASE WHEN {counted} THEN {due_day} END",
        # Only with both days (GREATEST would skip a NULL).
        "due_end_day": f"CASE WHEN {counted} AND end_at IS NOT NULL "
        f"AND ({due_day}) IS NOT NULL THEN GREATEST({due_day}, {end_day}) END",
        "timeliness": f"CASE WHEN {counted} THEN {timeliness} "
        f"ELSE {DossierFact.Timeliness.NONE} END",
        "timed": f"{counted} AND due_at IS NOT NULL",
        "withdrawn": f"{counted} AND withdrawn",
        "processed_online": f"{counted} AND channel = '{Dossier.Channel.ONLINE}' "
        f"AND delivery IN {_in((Dossier.Delivery.ONLINE, Dossier.Delivery.POST))}",
        "assisted": f"{counted} AND assisted",
        "digitised": "false",
        "reused": "false",
        "fee_bearing": f"{counted} AND fee_total > 0",
        "paid_online": f"{counted} AND fee_total > 0 "
        f"AND payment = '{Dossier.Payment.PAID_ONLINE}'",
        "e_result": "false",
    }
    assert tuple(values) == FACT_FIELDS  # noqa: S101 (a new fact field needs SQL here)
    return (
        f"INSERT INTO {DossierFact._meta.db_table} (dossier_id, {', '.join(values)}) "  # noqa: S608
        f"SELECT id, {', '.join(values.values())} FROM ("
        "SELECT e.*, CASE WHEN resolved THEN result_at "
        "WHEN withdrawn THEN closed_at END AS end_at FROM ("
        f"SELECT d.*, status = '{S.REFUSED}' AS refused, "
        f"status IN {_in(RESOLVED)} AS resolved, "
        f"status IN {_in((S.WITHDRAWN, S.STOPPED))} AS withdrawn, "
        f"CASE WHEN status IN {_in(RESOLVED)} THEN "
        "COALESCE(finished_at, returned_at, closed_at, received_at) END AS result_at "
        f"FROM {Dossier._meta.db_table} d WHERE d.id BETWEEN %s AND %s AND "
        f"d.status <> '{S.DRAFT}') e) f"
    )


def _import_dossiers_postgres(path: Path, progress) -> ImportReport:
    """COPY the checked rows to a temporary table, then add them set-based."""
    report = ImportReport()
    table = Dossier._meta.db_table
    total = 0
    facts_refresh_changed()  # earlier dossiers must have facts before the recount
    with transaction.atomic(), connection.cursor() as cursor:
        # One import at a time, so two runs of one file cannot both add a dossier.
        cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [STAGE])
        cursor.execute("SET LOCAL work_mem = '128MB'")
        try:
            with transaction.atomic():
                # Skip per-row foreign-key triggers: the keys come from the
                # tables just read (needs a superuser; otherwise checked).
                cursor.execute("SET LOCAL session_replication_role = replica")
        except DatabaseError:
            pass
        cursor.execute(
            f"CREATE TEMP TABLE {STAGE} (line integer, code text, "
            "procedure_id bigint, agency_id bigint, reception_id bigint, "
            "channel text, status text, received timestamptz, due timestamptz, "
            "finished timestamptz, returned timestamptz) ON COMMIT DROP"
        )
        copy_sql = f"COPY {STAGE} ({', '.join(ROW_COLUMNS)}) FROM STDIN"
        lines: list[str] = []
        # The rows are checked between two COPY statements, never during one: the
        # checks may query the database (the reception unit of an agency).
        for row in _checked_dossiers(path, report.problems, progress):
            total += 1
            if report.problems:
                continue  # nothing will be written: only look for more problems
            lines.append(_copy_line(row))
            if len(lines) >= 20_000:
                with cursor.cursor.copy(copy_sql) as copy:
                    copy.write("".join(lines))
                lines = []
        if lines and not report.problems:
            with cursor.cursor.copy(copy_sql) as copy:
                copy.write("".join(lines))
        if report.problems:
            raise ImportFailed(report.problems)
        cursor.execute(f"ANALYZE {STAGE}")
        # Dossiers already there (an earlier import of the file) stay as they are.
        cursor.execute(
            f"DELETE FROM {STAGE} s USING {table} d WHERE d.code = s.code"  # noqa: S608
        )
        report.unchanged = cursor.rowcount
        report.created = total - report.unchanged
        if report.created:
            _add_staged(cursor, report.created)
        # Dropped here too: inside an outer transaction (tests) the commit
        # that drops it comes later.
        cursor.execute(f"DROP TABLE {STAGE}")
    return report


def _add_staged(cursor, count: int) -> None:
    """Add the staged dossiers, their `imported` events, facts and rollups.

    A load at least as big as the dossier table (bringing an old system's history
    into a new one) drops the tables' plain indexes and builds them once at the
    end, which costs far less than keeping them up to date row by row; the tables
    stay locked until the commit. A smaller load keeps them.
    """
    table = Dossier._meta.db_table
    cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
    existing = cursor.fetchone()[0]
    if existing < 0:  # never analysed
        cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
        existing = cursor.fetchone()[0]
    # One block of ids: the facts and the rollups are added by id range.
    first = ids_reserve(count)
    last = first + count - 1
    sql, params = _dossier_insert_sql()
    with indexes_suspended(
        (Dossier, DossierEvent, DossierFact), when=count >= max(existing, BIG_IMPORT)
    ):
        cursor.execute(sql, [*params, first - 1])
        events_imported(first_id=first, last_id=last, source=SOURCE, at=timezone.now())
        cursor.execute(_fact_insert_sql(), [first, last])
    rollups_add_range(first_id=first, last_id=last)
    fill_state_mark()


# ---------------------------------------------------------------- other databases


def _import_dossiers_portable(path: Path, progress) -> ImportReport:
    """Check every row, then write the new ones with `BulkWriter` (SQLite, tests)."""
    report = ImportReport()
    checked = list(_checked_dossiers(path, report.problems, progress))
    if report.problems:
        raise ImportFailed(report.problems)
    codes = [row[1] for row in checked]
    existing: set[str] = set()
    for start in range(0, len(codes), 500):
        existing.update(
            Dossier.objects.filter(code__in=codes[start : start + 500]).values_list(
                "code", flat=True
            )
        )
    planned = [row for row in checked if row[1] not in existing]
    report.unchanged = len(checked) - len(planned)
    report.created = len(planned)
    zone = timezone.get_default_timezone()

    def build(writer: BulkWriter) -> dict:
        for row in planned:
            (
                _number,
                code,
                procedure_id,
                agency_id,
                reception_id,
                channel,
                status,
                received,
                due,
                finished,
                returned,
            ) = row
            refused = status == S.REFUSED
            result = finished or returned
            timeliness = ""
            if status in RESOLVED and due and result:
                if result > due:
                    timeliness = Dossier.Timeliness.LATE
                elif result.astimezone(zone).date() < due.astimezone(zone).date():
                    timeliness = Dossier.Timeliness.EARLY
                else:
                    timeliness = Dossier.Timeliness.ON_TIME
            writer.add(
                {
                    "code": code,
                    "procedure_id": procedure_id,
                    "agency_id": agency_id,
                    "reception_id": reception_id,
                    "channel": channel,
                    "status": status,
                    "applicant_kind": Dossier.ApplicantKind.CITIZEN,
                    "applicant_name": _("(nhập từ hệ thống cũ)"),
                    "submitted_at": received,
                    "received_at": None if refused else received,
                    "clock_started_at": None if refused else received,
                    "due_at": None if refused else due,
                    "finished_at": finished,
                    "returned_at": (returned or finished)
                    if status == S.RETURNED
                    else None,
                    "closed_at": (returned or finished or received)
                    if status in FINAL
                    else None,
                    "timeliness": timeliness,
                    "outcome": Dossier.Outcome.GRANTED if result else "",
                    "created_at": received,
                }
            )
        return {}

    if planned:
        bulk_run(build, source=SOURCE)
    return report
