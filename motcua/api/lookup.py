"""The public look-up as the API serves it: one query per request.

Same rules as the portal's `dossier_lookup` and public `dossier_timeline` (the
same answer for an unknown code and a wrong PIN, no drafts, units and never
people, the portal's plain words), but the dossier and its history come back in
a single query of the few columns shown: the look-up is the hottest public
read, and the portal's selectors load whole rows in two queries.
"""

from __future__ import annotations

import functools
import hmac
from dataclasses import dataclass
from datetime import UTC, datetime

from django.db import DEFAULT_DB_ALIAS, connections
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from motcua.dossiers.models import Dossier, DossierEvent
from motcua.portal.selectors import event_label, plain_status

_NO_PIN = "\x00" * 8  # compared against when there is no dossier, never matches
_CODE_MARK = "\x00code"  # stands for the code while the query is compiled
_COLUMNS = (
    "dossier__pin",
    "dossier__code",
    "dossier__status",
    "dossier__procedure__name",
    "dossier__agency__name",
    "dossier__reception__name",
    "dossier__submitted_at",
    "dossier__received_at",
    "dossier__due_at",
    "dossier__appointment_at",
    "dossier__returned_at",
    "at",
    "verb",
    "to_status",
    "actor_id",
    "actor_agency__name",
)


@dataclass(frozen=True)
class PublicEvent:
    at: datetime
    label: str
    status: str
    unit: str


@dataclass(frozen=True)
class PublicDossier:
    code: str
    status: str
    status_label: str
    procedure: str
    agency: str
    reception: str
    submitted_at: datetime | None
    received_at: datetime | None
    due_at: datetime | None
    returned_at: datetime | None
    timeline: list[PublicEvent]


@functools.cache
def _lookup_sql(alias: str) -> tuple[str, int, tuple]:
    """Return the look-up's SQL for a database and where the code goes in it.

    The query is written with the ORM and compiled once per process: compiling
    it cost more than running it, on the public API's hottest read.
    """
    queryset = (
        DossierEvent.objects.using(alias)
        .filter(dossier__code=_CODE_MARK)
        .exclude(dossier__status=Dossier.Status.DRAFT)
        .order_by("seq")
        .values_list(*_COLUMNS)
    )
    sql, params = queryset.query.get_compiler(alias).as_sql()
    return sql, list(params).index(_CODE_MARK), tuple(params)


def _moment(value) -> datetime | None:
    """Return an aware datetime from what the database driver gave back."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = parse_datetime(value)
    # SQLite gives naive UTC datetimes back (PostgreSQL aware ones).
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def dossier_lookup_public(*, code: str, pin: str) -> PublicDossier | None:
    """Return what anyone holding the code and PIN may see, or None."""
    code = code.strip().upper()[:60]
    pin = pin.strip()[:8]
    rows: list[tuple] = []
    if code:
        sql, position, params = _lookup_sql(DEFAULT_DB_ALIAS)
        params = list(params)
        params[position] = code
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
    expected = rows[0][0] if rows and rows[0][0] else _NO_PIN
    if not hmac.compare_digest(expected.encode(), pin.encode()) or not rows:
        return None
    first = dict(zip(_COLUMNS, rows[0], strict=True))
    system, applicant = _("Hệ thống"), _("Người nộp hồ sơ")
    timeline = []
    for row in rows:
        at, verb, to_status, actor_id, unit = row[-5:]
        # An event without an agency was the applicant's (or an assistant's on
        # their behalf), or the system's own (automatic stops).
        unit = unit or (system if actor_id is None else applicant)
        timeline.append(
            PublicEvent(
                at=_moment(at),
                label=event_label(verb),
                status=plain_status(to_status),
                unit=unit,
            )
        )
    status = first["dossier__status"]
    return PublicDossier(
        code=first["dossier__code"],
        status=status,
        status_label=str(Dossier.Status(status).label),
        procedure=first["dossier__procedure__name"],
        agency=first["dossier__agency__name"],
        reception=first["dossier__reception__name"],
        submitted_at=_moment(first["dossier__submitted_at"]),
        received_at=_moment(first["dossier__received_at"]),
        due_at=_moment(first["dossier__appointment_at"] or first["dossier__due_at"]),
        returned_at=_moment(first["dossier__returned_at"]),
        timeline=timeline,
    )
