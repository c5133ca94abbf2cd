"""Generate dossiers fast: any number on the demo province, or the Lạng Sơn 2024 set.

Dossiers are built with real working-day arithmetic (receipt in office hours, due
moment from the procedure's limit, result early, on time or late against it) and
written in bulk with one `imported` ledger event each (see bulk.py).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from hashlib import sha256

from django.db import connection
from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency
from motcua.catalog.models import Field, Procedure
from motcua.core.errors import DomainError
from motcua.core.services import calendar_for
from motcua.core.text import search_key
from motcua.core.workcal import TZ, LimitUnit, TimeLimit, WorkCalendar
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import reception_for
from motcua.dossiers.services.ledger import imported_payload_parts
from motcua.kpi.bulk import (
    DOSSIER_ATTNAMES,
    BulkWriter,
    _defaults,
    bulk_run,
    codes_next,
    copy_text,
    counters_load,
    ids_reserve,
    indexes_suspended,
)
from motcua.kpi.models import DossierFact

S = Dossier.Status
SLOTS = (
    [time(7, 0), time(7, 30)]
    + [time(h, m) for h in range(8, 11) for m in (0, 30)]
    + [time(11, 0), time(13, 30)]
    + [time(h, m) for h in range(14, 17) for m in (0, 30)]
)
NAMES = [
    "Hoàng Văn Sáng",
    "Lý Thị Mai",
    "Nông Văn Tùng",
    "Vi Thị Hoa",
    "Lương Văn Đức",
    "Triệu Thị Lan",
    "Hoàng Thị Thủy",
    "Chu Văn Bình",
]


@dataclass(frozen=True)
class Service:
    """A procedure as the generator needs it."""

    pk: int
    limit: TimeLimit
    online: bool
    online_only: bool
    fee: int


class Clock:
    """Working-day arithmetic for many dossiers at once.

    Working days are indexed once; a limit in working days or hours is then added
    by index arithmetic over the office periods, which gives the same moment as
    `WorkCalendar.add_working_minutes` without walking day by day.
    """

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.periods = [
            (p[0].hour * 60 + p[0].minute, p[1].hour * 60 + p[1].minute)
            for p in calendar.office_hours.periods
        ]
        self.per_day = sum(end - begin for begin, end in self.periods)
        first = date(2010, 1, 1)
        self.days = [
            first + timedelta(days=n)
            for n in range(365 * 22)
            if calendar.is_working_day(first + timedelta(days=n))
        ]
        self.index = {day: n for n, day in enumerate(self.days)}
        self._start: dict = {}

    def working_days(self, start: date, end: date) -> list[date]:
        return [d for d in self.days if start <= d <= end]

    def _office_minute(self, moment: datetime) -> int:
        minute = moment.hour * 60 + moment.minute
        done = 0
        for begin, end in self.periods:
            if minute <= begin:
                return done
            if minute < end:
                return done + minute - begin
            done += end - begin
        return done

    def at_office_minute(self, day_index: int, office_minute: int) -> datetime:
        """Return the moment `office_minute` minutes into a working day's office."""
        day = self.days[day_index]
        left = office_minute
        for begin, end in self.periods:
            if left <= end - begin:
                minute = begin + left
                return datetime.combine(day, time(minute // 60, minute % 60), tzinfo=TZ)
            left -= end - begin
        raise ValueError(office_minute)

    def add(self, start: datetime, minutes: int) -> datetime:
        """Return the moment `minutes` of office time after `start`."""
        local = start.astimezone(TZ)
        day_index = self.index[local.date()]
        total = self._office_minute(local) + minutes
        offset, rest = divmod(total, self.per_day)
        if rest == 0 and offset > 0:
            offset, rest = offset - 1, self.per_day
        return self.at_office_minute(day_index + offset, rest)

    def due(self, received: datetime, limit: TimeLimit, online: bool):
        key = (received, limit.value, limit.unit, online)
        if key not in self._start:
            self._start[key] = self.calendar.clock_start(
                received, online=online, limit=limit
            )
        start = self._start[key]
        minutes = limit.working_minutes
        if minutes is not None:
            return start, self.add(start, minutes)
        return start, self.calendar.due_at(start=start, limit=limit)

    def day_of(self, moment: datetime) -> int:
        return self.index[moment.astimezone(TZ).date()]


def _moment(day: date, slot: time) -> datetime:
    return datetime.combine(day, slot, tzinfo=TZ)


def _services(procedures) -> dict[int, Service]:
    fees = dict(
        procedures.values_list("pk").annotate(total=Sum("fees__amount")).order_by()
    )
    return {
        p.pk: Service(
            pk=p.pk,
            limit=p.time_limit,
            online=p.is_online_service,
            online_only=p.online_only,
            fee=int(fees.get(p.pk) or 0),
        )
        for p in procedures
    }


class Maker:
    """Turn (service, agency, reception, channel, receipt, outcome) into a row."""

    def __init__(self, writer: BulkWriter, rng: random.Random, now: datetime) -> None:
        self.writer = writer
        self.rng = rng
        self.now = now
        self.clock = Clock(calendar_for())
        self.counters = counters_load()

    def make(
        self,
        *,
        service: Service,
        agency_id: int,
        reception: Agency,
        channel: str,
        received: datetime,
        outcome: str,
    ) -> int:
        rng = self.rng
        online = channel == Dossier.Channel.ONLINE
        values = {
            "procedure_id": service.pk,
            "agency_id": agency_id,
            "reception_id": reception.pk,
            "channel": channel,
            "applicant_kind": Dossier.ApplicantKind.CITIZEN,
            "applicant_name": NAMES[rng.randrange(len(NAMES))],
            "submitted_at": received,
            "created_at": received,
            "delivery": Dossier.Delivery.COUNTER,
            "status": S.RECEIVED,
        }
        if channel == Dossier.Channel.POSTAL:
            values["postal_tracking"] = f"RR{rng.randrange(10**9):09d}VN"
        if online:
            values["assisted"] = rng.random() < 0.15
            draw = rng.random()
            if draw < 0.6:
                values["delivery"] = Dossier.Delivery.ONLINE
            elif draw < 0.7:
                values["delivery"] = Dossier.Delivery.POST
        values["code"] = codes_next(
            self.counters, reception.code, received.astimezone(TZ).date()
        )
        if outcome == S.REFUSED:
            values.update(status=S.REFUSED, closed_at=received + timedelta(hours=2))
            return self.writer.add(values)
        start, due = self.clock.due(received, service.limit, online)
        values.update(received_at=received, clock_started_at=start, due_at=due)
        if service.fee:
            values["fee_total"] = service.fee
            values["payment"] = Dossier.Payment.UNPAID
        if outcome in (S.WITHDRAWN, S.STOPPED):
            values.update(status=outcome, closed_at=start + timedelta(hours=3))
            return self.writer.add(values)
        if outcome in ("open", "overdue"):
            values["status"] = S.IN_PROGRESS
            return self.writer.add(values)
        finished = self._result(start, due, service.limit, outcome)
        returned = self._returned(finished)
        if finished > self.now:
            values["status"] = S.IN_PROGRESS
            return self.writer.add(values)
        values.update(
            finished_at=finished,
            outcome=Dossier.Outcome.GRANTED,
            timeliness=outcome,
        )
        if service.fee:
            values["payment"] = (
                Dossier.Payment.PAID_ONLINE
                if online and rng.random() < 0.8
                else Dossier.Payment.PAID_COUNTER
            )
            values["paid_at"] = start
        if returned <= self.now:
            values.update(status=S.RETURNED, returned_at=returned, closed_at=returned)
        else:
            values["status"] = S.FINISHED
        return self.writer.add(values)

    def _result(self, start: datetime, due, limit: TimeLimit, outcome: str) -> datetime:
        rng, clock = self.rng, self.clock
        if due is None:
            return clock.add(start, 8 * 60 * rng.randint(1, 10))
        if outcome == Dossier.Timeliness.LATE:
            return clock.add(due, 60 * rng.randint(4, 40))
        first, last = clock.day_of(start), clock.day_of(due)
        if outcome == Dossier.Timeliness.EARLY and last - first >= 2:
            day = rng.randint(first + 1, last - 1)
            return clock.at_office_minute(day, 30 * rng.randint(1, 15))
        # On time: on the due day, before the due moment.
        on_day = due - timedelta(minutes=30)
        if on_day.astimezone(TZ).date() != due.astimezone(TZ).date() or on_day < start:
            return due
        return on_day

    def _returned(self, finished: datetime) -> datetime:
        local = finished.astimezone(TZ)
        if local.hour < 15 and not (11 <= local.hour < 13):
            return finished + timedelta(minutes=60)
        return self.clock.at_office_minute(self.clock.day_of(finished) + 1, 60)


# ---------------------------------------------------------------- fast rows

# A moment below is a whole number of local minutes: day ordinal × 1440 + minute of
# the day. Every generated moment falls on a whole minute (office slots, limits in
# minutes or days), so the arithmetic stays in integers and the text is looked up.
DAY = 1440
UTC_SHIFT = int(datetime(2020, 1, 1, tzinfo=TZ).utcoffset().total_seconds()) // 60
SLOT_MINUTES = [s.hour * 60 + s.minute for s in SLOTS]
# From this many dossiers on, plain indexes are dropped and built again after.
BIG_LOAD = 500_000


class MinuteClock:
    """`Clock` over whole local minutes, with the text of each moment precomputed."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.per_day = clock.per_day
        self.base = clock.days[0].toordinal() - 2
        top = clock.days[-1].toordinal() + 2
        self.work = [d.toordinal() for d in clock.days]
        # Working-day index of each day (-1 on days off) and the next working day.
        self.windex = [-1] * (top - self.base)
        for n, ordinal in enumerate(self.work):
            self.windex[ordinal - self.base] = n
        self.next_work = [0] * (top - self.base)
        following = top
        for offset in range(top - self.base - 1, -1, -1):
            if self.windex[offset] >= 0:
                following = self.base + offset
            self.next_work[offset] = following
        self.office = [clock._office_minute(_minute_time(m)) for m in range(DAY)]
        self.at = [self._at(office) for office in range(self.per_day + 1)]
        closing = clock.calendar.office_hours.closing
        self.closing = closing.hour * 60 + closing.minute
        days = [date.fromordinal(o) for o in range(self.base, top)]
        self.dates = days
        self.day_text = [d.isoformat() for d in days]
        self.yymmdd = [f"{d:%y%m%d}" for d in days]
        offset = f"{'+' if UTC_SHIFT >= 0 else '-'}{abs(UTC_SHIFT) // 60:02d}"
        self.time_text = [f" {m // 60:02d}:{m % 60:02d}:00{offset}" for m in range(DAY)]
        self.utc_text = [
            f"T{m // 60:02d}:{m % 60:02d}:00.000000+00:00" for m in range(DAY)
        ]
        self._starts: dict = {}

    def _at(self, office_minute: int) -> int:
        left = office_minute
        for begin, end in self.clock.periods:
            if left <= end - begin:
                return begin + left
            left -= end - begin
        raise ValueError(office_minute)

    def text(self, moment: int) -> str:
        """Return a moment as PostgreSQL reads it (local time with its offset)."""
        day, minute = divmod(moment, DAY)
        return self.day_text[day - self.base] + self.time_text[minute]

    def utc(self, moment: int) -> str:
        """Return a moment as `event_hash` writes it (UTC, microseconds)."""
        day, minute = divmod(moment - UTC_SHIFT, DAY)
        return self.day_text[day - self.base] + self.utc_text[minute]

    def index(self, moment: int) -> int:
        return self.windex[moment // DAY - self.base]

    def add(self, start: int, minutes: int) -> int:
        """`Clock.add` over minutes: `minutes` of office time after `start`."""
        day, minute = divmod(start, DAY)
        total = self.office[minute] + minutes
        offset, rest = divmod(total, self.per_day)
        if rest == 0 and offset > 0:
            offset, rest = offset - 1, self.per_day
        return self.work[self.windex[day - self.base] + offset] * DAY + self.at[rest]

    def at_office_minute(self, day_index: int, office_minute: int) -> int:
        return self.work[day_index] * DAY + self.at[office_minute]

    def due(self, day_index: int, slot: int, service: FastService, online: bool):
        """Return (clock start, due) of a receipt at a slot of a working day.

        The start and a due counted in working time move with the working day (the
        office hours are the same every working day), so each (slot, limit, channel)
        is worked out once with `Clock.due` and then shifted by working days.
        """
        key = (slot, service.limit_id, online)
        known = self._starts.get(key)
        if known is None:
            received = _moment(self.clock.days[day_index], SLOTS[slot])
            start, due = self.clock.due(received, service.limit, online)
            start_m = _minutes_of(start)
            due_m = _minutes_of(due) if due is not None else None
            known = (
                self.index(start_m) - day_index,
                start_m % DAY,
                None if due_m is None else self.index(due_m) - day_index,
                None if due_m is None else due_m % DAY,
            )
            self._starts[key] = known
        start_days, start_minute, due_days, due_minute = known
        start = self.work[day_index + start_days] * DAY + start_minute
        if service.calendar_minutes is not None:
            due = start + service.calendar_minutes
            day = due // DAY - self.base
            if self.windex[day] < 0:
                due = self.next_work[day] * DAY + self.closing
            return start, due
        if due_days is None:
            return start, None
        return start, self.work[day_index + due_days] * DAY + due_minute


def _minute_time(minute: int) -> datetime:
    return datetime(2020, 1, 1, minute // 60, minute % 60, tzinfo=TZ)


def _minutes_of(moment: datetime) -> int:
    local = moment.astimezone(TZ)
    if local.second or local.microsecond:
        raise ValueError(moment)
    return local.date().toordinal() * DAY + local.hour * 60 + local.minute


def moment_of(minutes: int | None) -> datetime | None:
    """Return the aware datetime of a whole local minute (tests, checks)."""
    if minutes is None:
        return None
    day, minute = divmod(minutes, DAY)
    return datetime.combine(
        date.fromordinal(day), time(minute // 60, minute % 60), tzinfo=TZ
    )


@dataclass(frozen=True)
class FastService:
    """A procedure as the fast generator needs it."""

    pk: int
    limit: TimeLimit
    limit_id: int
    calendar_minutes: int | None
    online: bool
    online_only: bool
    fee: int


def _fast_services(services: dict[int, Service]) -> dict[int, FastService]:
    limits: dict[TimeLimit, int] = {}
    out = {}
    for pk, s in services.items():
        calendar = None
        if s.limit.unit == LimitUnit.CALENDAR_DAYS:
            calendar = int(
                (s.limit.value * DAY).to_integral_value(rounding=ROUND_HALF_UP)
            )
        out[pk] = FastService(
            pk=pk,
            limit=s.limit,
            limit_id=limits.setdefault(s.limit, len(limits)),
            calendar_minutes=calendar,
            online=s.online,
            online_only=s.online_only,
            fee=s.fee,
        )
    return out


@dataclass
class FastRow:
    """One generated dossier in whole minutes (None where the column is empty)."""

    name: str
    postal: str
    assisted: bool
    delivery: str
    code: str
    status: str
    submitted: int
    received: int | None = None
    start: int | None = None
    due: int | None = None
    fee: int = 0
    payment: str = Dossier.Payment.NOT_DUE
    paid: int | None = None
    finished: int | None = None
    returned: int | None = None
    closed: int | None = None
    outcome: str = ""
    timeliness: str = ""


class FastMaker:
    """`Maker.make` over whole minutes: the same draws in the same order, no objects.

    Given the same random state and inputs it returns the values `Maker.make` writes
    (tests/test_generate.py holds the two side by side).
    """

    def __init__(self, rng: random.Random, now: datetime, counters: dict) -> None:
        self.rng = rng
        self.clock = MinuteClock(Clock(calendar_for()))
        local = now.astimezone(TZ)
        self.now = local.date().toordinal() * DAY + local.hour * 60 + local.minute
        self.counters = counters

    def make(
        self,
        *,
        service: FastService,
        reception_code: str,
        channel: str,
        day_index: int,
        slot: int,
        outcome: str,
    ) -> FastRow:
        rng, clock = self.rng, self.clock
        online = channel == "online"
        name = NAMES[rng.randrange(len(NAMES))]
        postal = f"RR{rng.randrange(10**9):09d}VN" if channel == "postal" else ""
        assisted, delivery = False, "counter"
        if online:
            assisted = rng.random() < 0.15
            draw = rng.random()
            if draw < 0.6:
                delivery = "online"
            elif draw < 0.7:
                delivery = "post"
        day = clock.work[day_index]
        key = (reception_code, clock.dates[day - clock.base])
        number = self.counters.get(key, 0) + 1
        self.counters[key] = number
        code = f"{reception_code}-{clock.yymmdd[day - clock.base]}-{number:04d}"
        received = day * DAY + SLOT_MINUTES[slot]
        row = FastRow(name, postal, assisted, delivery, code, "received", received)
        if outcome == "refused":
            row.status, row.closed = "refused", received + 120
            return row
        start, due = clock.due(day_index, slot, service, online)
        row.received, row.start, row.due = received, start, due
        if service.fee:
            row.fee, row.payment = service.fee, "unpaid"
        if outcome in ("withdrawn", "stopped"):
            row.status, row.closed = outcome, start + 180
            return row
        if outcome in ("open", "overdue"):
            row.status = "in_progress"
            return row
        finished = self._result(start, due, outcome)
        returned = self._returned(finished)
        if finished > self.now:
            row.status = "in_progress"
            return row
        row.finished, row.outcome, row.timeliness = finished, "granted", outcome
        if service.fee:
            row.payment = (
                "paid_online" if online and rng.random() < 0.8 else "paid_counter"
            )
            row.paid = start
        if returned <= self.now:
            row.status, row.returned, row.closed = "returned", returned, returned
        else:
            row.status = "finished"
        return row

    def _result(self, start: int, due: int | None, outcome: str) -> int:
        rng, clock = self.rng, self.clock
        if due is None:
            return clock.add(start, 8 * 60 * rng.randint(1, 10))
        if outcome == "late":
            return clock.add(due, 60 * rng.randint(4, 40))
        first, last = clock.index(start), clock.index(due)
        if outcome == "early" and last - first >= 2:
            day = rng.randint(first + 1, last - 1)
            return clock.at_office_minute(day, 30 * rng.randint(1, 15))
        on_day = due - 30
        if on_day // DAY != due // DAY or on_day < start:
            return due
        return on_day

    def _returned(self, finished: int) -> int:
        hour = finished % DAY // 60
        if hour < 15 and not (11 <= hour < 13):
            return finished + 60
        return self.clock.at_office_minute(self.clock.index(finished) + 1, 60)


class FastLines:
    """COPY text of generated dossiers and of their facts, by template."""

    VARIABLE = (
        "id",
        "created_at",
        "updated_at",
        "code",
        "procedure_id",
        "reception_id",
        "agency_id",
        "applicant_name",
        "channel",
        "assisted",
        "postal_tracking",
        "delivery",
        "fee_total",
        "payment",
        "paid_at",
        "status",
        "ledger_head",
        "submitted_at",
        "received_at",
        "clock_started_at",
        "due_at",
        "finished_at",
        "returned_at",
        "closed_at",
        "outcome",
        "timeliness",
    )

    def __init__(self, clock: MinuteClock, now: datetime, source: str) -> None:
        self.clock = clock
        self.now = now
        local = now.astimezone(TZ)
        self.now_minute = (
            local.date().toordinal() * DAY + local.hour * 60 + local.minute
        )
        self.now_text = now.isoformat(sep=" ")
        constants = _defaults()
        constants.update(applicant_kind=Dossier.ApplicantKind.CITIZEN, version=1)
        cells = []
        for name in DOSSIER_ATTNAMES:
            if name in self.VARIABLE:
                cells.append(f"{{{self.VARIABLE.index(name)}}}")
            else:
                cells.append(
                    copy_text(constants[name]).replace("{", "{{").replace("}", "}}")
                )
        self.dossier_template = "\t".join(cells) + "\n"
        # The ledger's canonical text of the first event, as a format string of
        # (dossier id, UTC time, status reached).
        position = {"dossier": "{0}", "at": "{1}", "to": "{2}"}
        self.hash_template = "".join(
            position[part] if n % 2 else part.replace("{", "{{").replace("}", "}}")
            for n, part in enumerate(imported_payload_parts(source=source))
        )

    def dossier(
        self,
        pk: int,
        service: FastService,
        agency_id: int,
        reception_id: int,
        channel: str,
        row: FastRow,
    ) -> str:
        clock = self.clock
        text = clock.text
        moment = (
            row.closed or row.returned or row.finished or row.received or row.submitted
        )
        digest = sha256(
            self.hash_template.format(pk, clock.utc(moment), row.status).encode()
        ).hexdigest()
        updated = self.now_text if moment > self.now_minute else text(moment)
        none = "\\N"
        return self.dossier_template.format(
            pk,
            text(row.submitted),
            updated,
            row.code,
            service.pk,
            reception_id,
            agency_id,
            row.name,
            channel,
            "t" if row.assisted else "f",
            row.postal,
            row.delivery,
            row.fee,
            row.payment,
            none if row.paid is None else text(row.paid),
            row.status,
            digest,
            text(row.submitted),
            none if row.received is None else text(row.received),
            none if row.start is None else text(row.start),
            none if row.due is None else text(row.due),
            none if row.finished is None else text(row.finished),
            none if row.returned is None else text(row.returned),
            none if row.closed is None else text(row.closed),
            row.outcome,
            row.timeliness,
        )

    def fact(
        self,
        pk: int,
        service: FastService,
        agency_id: int,
        reception_id: int,
        channel: str,
        row: FastRow,
    ) -> str:
        days, base = self.clock.day_text, self.clock.base
        channel_number = CHANNEL_NUMBER[channel]
        head = f"{pk}\t{agency_id}\t{reception_id}\t{service.pk}\t{channel_number}"
        if row.status == "refused":
            return f"{head}\t\\N\t{days[row.submitted // DAY - base]}{REFUSED_TAIL}"
        status, due = row.status, row.due
        resolved = status in ("finished", "returned")
        withdrawn = status in ("withdrawn", "stopped")
        end = row.finished if resolved else (row.closed if withdrawn else None)
        end_day = None if end is None else end // DAY
        timeliness = 0
        if resolved and due is not None:
            if row.finished > due:
                timeliness = 3
            elif row.finished // DAY < due // DAY:
                timeliness = 1
            else:
                timeliness = 2
        due_day = None if due is None else due // DAY
        due_end = None if due_day is None or end_day is None else max(due_day, end_day)
        fee = row.fee > 0
        return (
            f"{head}\t{days[row.received // DAY - base]}\t\\N"
            f"\t{days[row.finished // DAY - base] if resolved else NULL}"
            f"\t{NULL if end_day is None else days[end_day - base]}"
            f"\t{NULL if due_day is None else days[due_day - base]}"
            f"\t{NULL if due_end is None else days[due_end - base]}"
            f"\t{timeliness}\t{'f' if due is None else 't'}"
            f"\t{'t' if withdrawn else 'f'}"
            f"\t{'t' if channel == 'online' and row.delivery != 'counter' else 'f'}"
            f"\t{'t' if row.assisted else 'f'}\tf\tf\t{'t' if fee else 'f'}"
            f"\t{'t' if fee and row.payment == 'paid_online' else 'f'}\tf\n"
        )


NULL = "\\N"
CHANNEL_NUMBER = {"direct": 1, "online": 2, "postal": 3}
REFUSED_TAIL = "\t\\N\t\\N\t\\N\t\\N\t0" + "\tf" * 9 + "\n"


def _outcome(rng: random.Random, recent: bool) -> str:
    draw = rng.random()
    if recent and draw < 0.5:
        return "open"
    if draw < 0.03:
        return S.REFUSED
    if draw < 0.05:
        return S.WITHDRAWN
    if draw < 0.06:
        return S.STOPPED
    if draw < 0.70:
        return Dossier.Timeliness.EARLY
    if draw < 0.95:
        return Dossier.Timeliness.ON_TIME
    return Dossier.Timeliness.LATE


# ---------------------------------------------------------------- any size


def _channel(rng: random.Random, service: Service) -> str:
    if service.online_only:
        return Dossier.Channel.ONLINE
    draw = rng.random()
    if service.online and draw < 0.72:
        return Dossier.Channel.ONLINE
    return Dossier.Channel.POSTAL if draw > 0.96 else Dossier.Channel.DIRECT


def generate_dossiers(
    *,
    count: int,
    start: date,
    end: date,
    seed: int = 2024,
    progress: Callable[[int], None] | None = None,
    fast: bool | None = None,
) -> int:
    """Generate `count` dossiers received between two dates on the loaded province.

    On PostgreSQL (unless `fast=False`) rows are built over whole minutes by
    `FastMaker` and streamed as COPY text (`FastLines`); elsewhere `Maker` builds
    them one dict at a time for `BulkWriter`.
    """
    rng = random.Random(seed)  # noqa: S311 (sample data, not secrets)
    now = timezone.now()
    end = min(end, timezone.localdate(now))
    published = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    services = _services(published)
    if not services:
        raise DomainError(_("Chưa có thủ tục nào: hãy chạy `motcua demo --no-serve`."))
    agencies = list(
        Agency.objects.exclude(
            level__in=(Agency.Level.RECEPTION, Agency.Level.PROVINCE)
        )
    )
    receptions = {a.pk: reception_for(agency=a) for a in agencies}
    communes = [a for a in agencies if a.level == Agency.Level.COMMUNE]
    by_agency: dict[int, list[int]] = {}
    for pk, agency_id, level in published.values_list("pk", "agency_id", "level"):
        if agency_id is not None:
            by_agency.setdefault(agency_id, []).append(pk)
        elif level == Procedure.Level.COMMUNE:
            for commune in communes:
                by_agency.setdefault(commune.pk, []).append(pk)
    active = [a for a in agencies if a.pk in by_agency]

    def agencies_of(year: int, by_year: dict[int, list[Agency]]) -> list[Agency]:
        if year not in by_year:
            middle = date(year, 7, 1)
            by_year[year] = [a for a in active if a.is_active_on(middle)] or active
        return by_year[year]

    def build(writer: BulkWriter) -> dict:
        maker = Maker(writer, rng, now)
        days = maker.clock.working_days(start, end)
        today = timezone.localdate(now)
        by_year: dict[int, list[Agency]] = {}
        for n in range(count):
            day = days[rng.randrange(len(days))]
            candidates = agencies_of(day.year, by_year)
            agency = candidates[rng.randrange(len(candidates))]
            service = services[rng.choice(by_agency[agency.pk])]
            received = _moment(day, SLOTS[rng.randrange(len(SLOTS))])
            outcome = _outcome(rng, (today - day).days < 20)
            maker.make(
                service=service,
                agency_id=agency.pk,
                reception=receptions[agency.pk],
                channel=_channel(rng, service),
                received=received,
                outcome=outcome,
            )
            if progress and n % 10_000 == 0:
                progress(n)
        return maker.counters

    def build_fast(writer: BulkWriter) -> dict:
        maker = FastMaker(rng, now, counters_load())
        clock = maker.clock
        lines = FastLines(clock, writer.now, writer.source)
        fast_services = _fast_services(services)
        first, last = start.toordinal(), end.toordinal()
        days = [n for n, day in enumerate(clock.work) if first <= day <= last]
        if not days:
            return maker.counters
        # Each dossier's day is drawn uniformly over the working days, as above, but
        # the dossiers are then written day after day: ids grow with time and every
        # index of the table fills at its end instead of all over.
        per_day = [0] * len(days)
        draw = rng.random
        for _n in range(count):
            per_day[int(draw() * len(days))] += 1
        today = timezone.localdate(now).toordinal()
        first_id = ids_reserve(count)

        def rows():
            pk = first_id
            by_year: dict[int, list[Agency]] = {}
            make, dossier, fact = maker.make, lines.dossier, lines.fact
            randrange = rng.randrange
            for day_index, many in zip(days, per_day, strict=True):
                ordinal = clock.work[day_index]
                candidates = agencies_of(date.fromordinal(ordinal).year, by_year)
                recent = today - ordinal < 20
                for _n in range(many):
                    agency = candidates[randrange(len(candidates))]
                    service = fast_services[rng.choice(by_agency[agency.pk])]
                    slot = randrange(len(SLOTS))
                    outcome = _outcome(rng, recent)
                    channel = _channel(rng, service)
                    reception = receptions[agency.pk]
                    row = make(
                        service=service,
                        reception_code=reception.code,
                        channel=channel,
                        day_index=day_index,
                        slot=slot,
                        outcome=outcome,
                    )
                    args = (pk, service, agency.pk, reception.pk, channel, row)
                    yield dossier(*args), fact(*args)
                    pk += 1
                    if progress and (pk - first_id) % 10_000 == 0:
                        progress(pk - first_id)

        with indexes_suspended(
            (Dossier, DossierEvent, DossierFact), when=count >= BIG_LOAD
        ):
            writer.copy_lines(rows(), first_id=first_id)
        return maker.counters

    if fast is None:
        fast = connection.vendor == "postgresql"
    return bulk_run(build_fast if fast else build, source="generate")


# ---------------------------------------------------------------- Lạng Sơn 2024


@dataclass(frozen=True)
class Profile:
    """The seed's figures (1 Jan – 31 Oct 2024) and the 2023 base for the growth."""

    services_full: int = 1080
    services_partial: int = 452
    services_info: int = 279
    center_services: int = 236
    center_online_services: int = 213
    received: int = 96_048
    online: int = 80_535
    center_received: int = 30_000
    center_online: int = 22_800  # 76%
    online_2023: int = 61_950  # the 2024 figure is 30% more
    received_2023: int = 80_000
    center_received_2023: int = 25_000
    center_online_2023: int = 17_000

    def scaled(self, scale: float) -> Profile:
        if scale == 1:
            return self

        def s(n: int) -> int:
            return max(1, round(n * scale))

        return Profile(
            received=s(self.received),
            online=s(self.online),
            center_received=max(s(self.center_received), self.center_services + 30),
            center_online=max(s(self.center_online), self.center_online_services + 20),
            # The 2024 online figure is 30% more than 2023's, whatever the scale.
            online_2023=round(s(self.online) / Decimal("1.3")),
            received_2023=s(self.received_2023),
            center_received_2023=max(
                s(self.center_received_2023), self.center_services + 30
            ),
            center_online_2023=max(
                s(self.center_online_2023), self.center_online_services + 10
            ),
        )


PROFILE = Profile()
PROFILE_CODE = "LS"


def _profile_catalog(profile: Profile, departments: list[Agency]) -> None:
    """Add generated procedures until the catalog has the seed's 1,811 services."""
    published = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    have = dict(
        published.values_list("service_level").annotate(n=Count("pk")).order_by()
    )
    want = {
        Procedure.ServiceLevel.FULL: profile.services_full,
        Procedure.ServiceLevel.PARTIAL: profile.services_partial,
        Procedure.ServiceLevel.INFO: profile.services_info,
    }
    fields = list(Field.objects.all()) or [
        Field.objects.create(code="LS-CHUNG", name="Lĩnh vực chung")
    ]
    new = []
    n = Procedure.objects.filter(code__startswith=f"{PROFILE_CODE}.").count()
    for level, target in want.items():
        missing = target - have.get(level, 0)
        if missing < 0:
            raise DomainError(
                _("Danh mục đã có nhiều hơn %(n)s thủ tục mức «%(level)s».")
                % {"n": target, "level": level}
            )
        for i in range(missing):
            n += 1
            district = i % 3 == 2
            name = f"Thủ tục mẫu hồ sơ 2024 số {n}"
            new.append(
                Procedure(
                    code=f"{PROFILE_CODE}.{n:06d}",
                    national_code=f"9.{n:06d}",
                    name=name,
                    name_folded=search_key(name),
                    field=fields[n % len(fields)],
                    level=Procedure.Level.DISTRICT
                    if district
                    else Procedure.Level.PROVINCE,
                    agency=None if district else departments[n % len(departments)],
                    service_level=level,
                    limit_value=Decimal([3, 5, 7, 10, 15][n % 5]),
                    limit_unit=LimitUnit.WORKING_DAYS,
                    result_type=Procedure.ResultType.BOTH,
                )
            )
    Procedure.objects.bulk_create(new, batch_size=1000)


def _district_receptions(districts: list[Agency]) -> dict[int, Agency]:
    """Return each 2024 district's one-stop section, creating it if missing."""
    out = {}
    for district in districts:
        group = district.code.split(".")[2]
        code = f"000.{group}.90.H37"
        reception = Agency.objects.filter(code=code).first()
        if reception is None:
            reception = Agency(
                code=code,
                name=f"Bộ phận Một cửa {district.name.replace('Ủy ban nhân dân ', '')}",
                level=Agency.Level.RECEPTION,
                parent=district,
                active_from=district.active_from,
                active_to=district.active_to,
            )
            reception.save()
        out[district.pk] = reception
    return out


def _spread(total: int, online: int, rng: random.Random) -> list[str]:
    channels = [Dossier.Channel.ONLINE] * online
    rest = total - online
    postal = rest // 10
    channels += [Dossier.Channel.POSTAL] * postal + [Dossier.Channel.DIRECT] * (
        rest - postal
    )
    rng.shuffle(channels)
    return channels


def generate_profile(*, scale: float = 1.0, seed: int = 2024, progress=None) -> dict:
    """Build the Lạng Sơn 2024 profile; return the planned figures.

    Everything is constructed, not printed: the catalog gets the seed's number of
    services by level, the Center receives its dossiers on 236 online services of
    which 213 also online, the districts' one-stop sections receive the rest, and
    every dossier is resolved early or on time. `motcua kpi` then counts them.
    """
    from motcua.demo.loader import province_load

    profile = PROFILE.scaled(scale)
    rng = random.Random(seed)  # noqa: S311 (sample data, not secrets)
    if not Agency.objects.filter(level=Agency.Level.PROVINCE).exists():
        province_load()
    clash = Dossier.objects.filter(
        Q(received_at__date__range=(date(2023, 1, 1), date(2024, 12, 31)))
        | Q(submitted_at__date__range=(date(2023, 1, 1), date(2024, 12, 31)))
    ).exists()
    if clash:
        raise DomainError(
            _(
                "Đã có hồ sơ trong năm 2023–2024: hãy tạo hồ sơ mẫu trên một cơ sở "
                "dữ liệu mới (chưa chạy `motcua demo`)."
            )
        )
    year_end = date(2024, 10, 31)

    def active(a: Agency) -> bool:
        return a.is_active_on(date(2023, 1, 1)) and a.is_active_on(year_end)

    departments = [
        a for a in Agency.objects.filter(level=Agency.Level.DEPARTMENT) if active(a)
    ]
    districts = [
        a for a in Agency.objects.filter(level=Agency.Level.DISTRICT) if active(a)
    ]
    center = Agency.objects.get(code="000.00.70.H37")
    _profile_catalog(profile, departments)
    receptions = _district_receptions(districts)
    online_levels = (Procedure.ServiceLevel.FULL, Procedure.ServiceLevel.PARTIAL)
    published = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    dept_ids = {a.pk for a in departments}
    center_services = [
        p
        for p in published.filter(
            service_level__in=online_levels, agency_id__in=dept_ids, online_only=False
        ).order_by("code")
    ][: profile.center_services]
    district_services = list(
        published.filter(
            service_level__in=online_levels,
            agency__isnull=True,
            level=Procedure.Level.DISTRICT,
            online_only=False,
        ).order_by("code")[:400]
    )
    if len(center_services) < profile.center_services or not district_services:
        raise DomainError(_("Danh mục không đủ thủ tục để tạo hồ sơ mẫu."))
    services = _services(
        Procedure.objects.filter(
            pk__in=[p.pk for p in center_services + district_services]
        )
    )
    with_online = center_services[: profile.center_online_services]
    direct_only = center_services[profile.center_online_services :]
    now = timezone.now()

    def year(
        writer_maker: Maker, year: int, center_total, center_online, total, online
    ):
        clock = writer_maker.clock
        days = clock.working_days(date(year, 1, 1), date(year, 10, 31))

        def receipt() -> datetime:
            return _moment(
                days[rng.randrange(len(days))], SLOTS[rng.randrange(len(SLOTS))]
            )

        def outcome() -> str:
            return (
                Dossier.Timeliness.EARLY
                if rng.random() < 0.8
                else Dossier.Timeliness.ON_TIME
            )

        # The Center: every one of the 236 services has dossiers; 213 have online ones.
        plan: list[tuple] = []
        for p in direct_only:
            plan.append((p, Dossier.Channel.DIRECT))
        for p in with_online:
            plan.append((p, Dossier.Channel.ONLINE))
        remaining_online = center_online - len(with_online)
        remaining = center_total - len(plan)
        for channel in _spread(remaining, remaining_online, rng):
            pool = with_online if channel == Dossier.Channel.ONLINE else center_services
            plan.append((pool[rng.randrange(len(pool))], channel))
        for p, channel in plan:
            writer_maker.make(
                service=services[p.pk],
                agency_id=p.agency_id,
                reception=center,
                channel=channel,
                received=receipt(),
                outcome=outcome(),
            )
        for n, channel in enumerate(
            _spread(total - center_total, online - center_online, rng)
        ):
            p = district_services[rng.randrange(len(district_services))]
            district = districts[rng.randrange(len(districts))]
            writer_maker.make(
                service=services[p.pk],
                agency_id=district.pk,
                reception=receptions[district.pk],
                channel=channel,
                received=receipt(),
                outcome=outcome(),
            )
            if progress and n % 10_000 == 0:
                progress(n)

    def build(writer: BulkWriter) -> dict:
        maker = Maker(writer, rng, now)
        year(
            maker,
            2023,
            profile.center_received_2023,
            profile.center_online_2023,
            profile.received_2023,
            profile.online_2023,
        )
        year(
            maker,
            2024,
            profile.center_received,
            profile.center_online,
            profile.received,
            profile.online,
        )
        return maker.counters

    bulk_run(build, source="generate:langson-2024")
    return {
        "received": profile.received,
        "online": profile.online,
        "online_2023": profile.online_2023,
        "center_received": profile.center_received,
        "center_online": profile.center_online,
        "center_services": profile.center_services,
        "center_online_services": profile.center_online_services,
    }
