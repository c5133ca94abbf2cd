"""Load the demo province (agencies, catalog, accounts) idempotently from data.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache

from django.contrib.auth.hashers import make_password
from django.db import transaction

from motcua.accounts.models import Agency, OfficialRole, User
from motcua.accounts.services import agency_abolish
from motcua.catalog.models import (
    Component,
    CounterGroup,
    Fee,
    Field,
    Procedure,
    WorkflowStep,
)
from motcua.core.models import CalendarException
from motcua.demo import data

DEMO_PASSWORD = "motcua2026"  # noqa: S105 (the published demo password)


@lru_cache(maxsize=1)
def demo_password_hash() -> str:
    """Return the demo password hashed once (hashing is slow on purpose)."""
    return make_password(DEMO_PASSWORD)


CALENDAR_EXCEPTIONS = [
    (
        date(2026, 1, 2),
        CalendarException.Kind.DAY_OFF,
        "Nghỉ bù Tết Dương lịch 2026 (hoán đổi ngày làm việc)",
    ),
    (
        date(2026, 1, 10),
        CalendarException.Kind.WORKING_DAY,
        "Làm bù cho ngày nghỉ 02/01/2026",
    ),
]


@dataclass
class LoadReport:
    """What a load created (zero everywhere on a second run)."""

    created: dict[str, int] = field(default_factory=dict)

    def add(self, what: str, n: int = 1) -> None:
        self.created[what] = self.created.get(what, 0) + n


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _agencies(report: LoadReport) -> dict[str, Agency]:
    by_code: dict[str, Agency] = {}
    rows = [{**data.PROVINCE, "parent": None}, *data.AGENCIES]
    for row in rows:
        successor = row.get("successor")
        defaults = {
            "name": row["name"],
            "short_name": row.get("short_name", ""),
            "level": row["level"],
            "parent": by_code.get(row["parent"]) if row.get("parent") else None,
            "active_from": _date(row.get("active_from")),
            # An abolished agency is created active, then abolished below.
            "active_to": None if successor else _date(row.get("active_to")),
            "address": row.get("address", ""),
            "phone": row.get("phone", ""),
        }
        agency = Agency.objects.filter(code=row["code"]).first()
        if agency is None:
            agency = Agency.objects.create(code=row["code"], **defaults)
            report.add("agencies")
        by_code[agency.code] = agency
    for row in data.AGENCIES:
        successor = row.get("successor")
        agency = by_code[row["code"]]
        if successor and agency.successor_id is None:
            # The 2025 reform, as an administrator would record it.
            agency_abolish(
                agency=agency,
                successor=by_code[successor],
                last_day=_date(row["active_to"]),
            )
    return by_code


def _catalog(report: LoadReport, agencies: dict[str, Agency]) -> None:
    fields = {}
    for row in data.FIELDS:
        fields[row["code"]], created = Field.objects.get_or_create(
            code=row["code"], defaults={"name": row["name"]}
        )
        report.add("fields", int(created))
    groups = {}
    for row in data.COUNTER_GROUPS:
        groups[row["code"]], created = CounterGroup.objects.get_or_create(
            reception=agencies[row["reception"]],
            code=row["code"],
            defaults={"name": row["name"]},
        )
        report.add("counter_groups", int(created))
    for row in data.PROCEDURES:
        if Procedure.objects.filter(code=row["code"]).exists():
            continue
        _procedure_create(row, fields, groups, agencies)
        report.add("procedures")


def _procedure_create(row, fields, groups, agencies) -> Procedure:
    commune = row["level"] == "commune"
    procedure = Procedure.objects.create(
        code=row["code"],
        national_code=row["code"],
        name=row["name"],
        field=fields[row["field"]],
        level=row["level"],
        agency=None if commune else agencies[row["agency"]],
        service_level=row["service_level"],
        limit_value=Decimal(str(row["limit_value"] or 0)),
        limit_unit=row["limit_unit"],
        result_type=row["result_type"],
        result_name=row.get("result_name", ""),
        legal_basis=row.get("legal_basis", ""),
        where=row.get("where", ""),
        online_only=row.get("online_only", False),
        form_schema=row.get("form", []),
    )
    Component.objects.bulk_create(
        Component(
            procedure=procedure,
            order=order,
            name=c["name"],
            originals=c.get("originals", 0),
            copies=c.get("copies", 0),
            photocopies=c.get("photocopies", 0),
            template_name=c.get("template", ""),
            reusable=c.get("reusable", False),
            required=c.get("required", True),
        )
        for order, c in enumerate(row.get("components", []), start=1)
    )
    Fee.objects.bulk_create(
        Fee(
            procedure=procedure,
            name=f["name"],
            amount=int(f["amount"]),
            note=f.get("note", ""),
        )
        for f in row.get("fees", [])
    )
    WorkflowStep.objects.bulk_create(
        WorkflowStep(
            procedure=procedure,
            order=order,
            name=s["name"],
            actor=s["actor"],
            role=s["role"],
            share=Decimal(str(s["share"])),
            agency=agencies[s["agency"]] if s.get("agency") else None,
        )
        for order, s in enumerate(row.get("steps", []), start=1)
    )
    if row.get("counter_group"):
        procedure.counter_groups.add(groups[row["counter_group"]])
    return procedure


def _user(row: dict, agencies: dict[str, Agency], report: LoadReport) -> User:
    user = User.objects.filter(username=row["username"]).first()
    if user is not None:
        return user
    user = User(
        username=row["username"],
        full_name=row["full_name"],
        kind=row["kind"],
        agency=agencies[row["agency"]] if row.get("agency") else None,
        id_number=row.get("id_number", ""),
        tax_code=row.get("tax_code", ""),
        representative=row.get("representative", ""),
        phone=row.get("phone", ""),
        email=row.get("email", ""),
        address=row.get("address", ""),
        id_verified=True,
        is_staff="province_admin" in row.get("roles", []),
        is_superuser="province_admin" in row.get("roles", []),
    )
    user.password = demo_password_hash()
    user.save()
    OfficialRole.objects.bulk_create(
        OfficialRole(user=user, role=role) for role in row.get("roles", [])
    )
    report.add("users")
    return user


def _calendar(report: LoadReport) -> None:
    for day, kind, name in CALENDAR_EXCEPTIONS:
        _, created = CalendarException.objects.get_or_create(
            date=day, defaults={"kind": kind, "name": name}
        )
        report.add("calendar_exceptions", int(created))


@transaction.atomic
def province_load() -> LoadReport:
    """Create what is missing of the demo province; change nothing that exists."""
    report = LoadReport()
    agencies = _agencies(report)
    _catalog(report, agencies)
    _calendar(report)
    for row in data.DEMO_LOGINS:
        _user(row, agencies, report)
    return report
