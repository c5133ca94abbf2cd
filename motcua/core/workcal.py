"""Count working time over office hours and days off (DOMAIN.md §7)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

import holidays

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MINUTES_PER_WORKING_DAY = 8 * 60
LAST_OFFICE_HOUR = timedelta(hours=1)
# A calendar with no working day in ten years is misconfigured, not slow.
_MAX_SEARCH_DAYS = 3660
_ONE_DAY = timedelta(days=1)
_ONE_MINUTE = timedelta(minutes=1)
_PERIOD_RE = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
_UNNAMED_DAY_OFF = "Ngày nghỉ"


class LimitUnit(StrEnum):
    """Name the unit a legal time limit is counted in."""

    WORKING_DAYS = "working_days"
    WORKING_HOURS = "working_hours"
    CALENDAR_DAYS = "calendar_days"
    NONE = "none"


class Timeliness(StrEnum):
    """Name how a result compares with its due moment."""

    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


@dataclass(frozen=True)
class TimeLimit:
    """Hold a time limit: a value and its unit."""

    value: Decimal
    unit: LimitUnit

    def __post_init__(self) -> None:
        """Normalise the value and unit; refuse a negative value."""
        value = self.value
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        if not value.is_finite() or value < 0:
            raise ValueError(f"Thời hạn không hợp lệ: {value}")
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "unit", LimitUnit(self.unit))

    @property
    def working_minutes(self) -> int | None:
        """Return the limit in working minutes, or None if not counted in work."""
        if self.unit == LimitUnit.WORKING_DAYS:
            minutes = self.value * MINUTES_PER_WORKING_DAY
        elif self.unit == LimitUnit.WORKING_HOURS:
            minutes = self.value * 60
        else:
            return None
        return int(minutes.to_integral_value(rounding=ROUND_HALF_UP))

    @property
    def is_same_day(self) -> bool:
        """Return True if the limit is at most one working day."""
        minutes = self.working_minutes
        return minutes is not None and minutes <= MINUTES_PER_WORKING_DAY


def _parse_clock(hours: str, minutes: str, text: str) -> time:
    """Return the time for hours and minutes, or raise ValueError."""
    hour, minute = int(hours), int(minutes)
    if hour > 23 or minute > 59:
        raise ValueError(f"Giờ không hợp lệ: “{text}”.")
    return time(hour, minute)


@dataclass(frozen=True)
class OfficeHours:
    """Hold the office periods of a working day, sorted and non-overlapping."""

    periods: tuple[tuple[time, time], ...]

    def __post_init__(self) -> None:
        """Refuse empty, reversed or overlapping periods."""
        if not self.periods:
            raise ValueError("Giờ làm việc phải có ít nhất một khoảng.")
        previous_end: time | None = None
        for start, end in self.periods:
            if start.tzinfo is not None or end.tzinfo is not None:
                raise ValueError("Giờ làm việc là giờ địa phương, không kèm múi giờ.")
            if start >= end:
                raise ValueError(
                    f"Khoảng giờ {start:%H:%M}-{end:%H:%M}: "
                    "giờ bắt đầu phải trước giờ kết thúc."
                )
            if previous_end is not None and start <= previous_end:
                raise ValueError(
                    "Các khoảng giờ làm việc phải theo thứ tự và không chồng lên nhau."
                )
            previous_end = end

    @classmethod
    def parse(cls, text: str) -> OfficeHours:
        """Return office hours read from text such as "07:00-11:30,13:30-17:00"."""
        parts = [part.strip() for part in text.split(",")]
        if not any(parts):
            raise ValueError("Chưa nhập giờ làm việc (ví dụ: 07:00-11:30,13:30-17:00).")
        periods: list[tuple[time, time]] = []
        for part in parts:
            match = _PERIOD_RE.match(part)
            if match is None:
                raise ValueError(
                    f"Khoảng giờ “{part}” không đúng dạng HH:MM-HH:MM "
                    "(ví dụ: 07:00-11:30)."
                )
            start_h, start_m, end_h, end_m = match.groups()
            periods.append(
                (_parse_clock(start_h, start_m, part), _parse_clock(end_h, end_m, part))
            )
        return cls(periods=tuple(periods))

    @property
    def minutes_per_day(self) -> int:
        """Return the office minutes of one working day."""
        return sum(
            _minute_of_day(end) - _minute_of_day(start) for start, end in self.periods
        )

    @property
    def opening(self) -> time:
        """Return the start of the first period."""
        return self.periods[0][0]

    @property
    def closing(self) -> time:
        """Return the end of the last period."""
        return self.periods[-1][1]

    def __str__(self) -> str:
        """Return the periods in the form parse() reads."""
        return ",".join(f"{start:%H:%M}-{end:%H:%M}" for start, end in self.periods)


def _minute_of_day(moment: time) -> int:
    """Return the minutes since midnight."""
    return moment.hour * 60 + moment.minute


DEFAULT_OFFICE_HOURS = OfficeHours.parse("07:00-11:30,13:30-17:00")


@dataclass(frozen=True)
class _CountryYear:
    """Hold one year of the national calendar: holiday names and days off."""

    names: Mapping[date, str]
    days_off: frozenset[date]


@lru_cache(maxsize=64)
def _country_year(year: int) -> _CountryYear:
    """Return the national holidays and days off of one year (cached)."""
    country = holidays.country_holidays("VN", years=year, language="vi")
    first = date(year, 1, 1)
    length = (date(year + 1, 1, 1) - first).days
    # is_working_day honours the make-up Saturdays the package knows about.
    days_off = frozenset(
        day
        for day in (first + timedelta(days=offset) for offset in range(length))
        if not country.is_working_day(day)
    )
    names = MappingProxyType({day: str(name) for day, name in country.items()})
    return _CountryYear(names=names, days_off=days_off)


def _local(moment: datetime) -> datetime:
    """Return an aware datetime in TZ, or raise ValueError for a naive one."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"Thời điểm thiếu múi giờ: {moment.isoformat()}")
    return moment.astimezone(TZ)


def _at(day: date, clock: time) -> datetime:
    """Return the aware moment of a local date and clock time."""
    return datetime.combine(day, clock, tzinfo=TZ)


class WorkCalendar:
    """Count working time over office hours, weekends, holidays and exceptions."""

    def __init__(
        self,
        *,
        office_hours: OfficeHours = DEFAULT_OFFICE_HOURS,
        days_off: Iterable[date] | Mapping[date, str] = (),
        working_days: Iterable[date] = (),
        use_country_holidays: bool = True,
        same_day_cutoff: time = time(15, 0),
    ) -> None:
        """Build a calendar; days_off may map each date to its name."""
        self.office_hours = office_hours
        if isinstance(days_off, Mapping):
            self._days_off_names: dict[date, str] = {
                day: str(name) for day, name in days_off.items() if name
            }
        else:
            self._days_off_names = {}
        self.days_off = frozenset(days_off)
        self.working_days = frozenset(working_days)
        self.use_country_holidays = use_country_holidays
        self.same_day_cutoff = same_day_cutoff

    def __repr__(self) -> str:
        """Return a short description for debugging."""
        return (
            f"WorkCalendar(office_hours='{self.office_hours}', "
            f"days_off={len(self.days_off)}, working_days={len(self.working_days)})"
        )

    # Days

    def is_working_day(self, day: date) -> bool:
        """Return True if the office is open on this date."""
        if day in self.days_off:
            return False
        if day in self.working_days:
            return True
        if self.use_country_holidays:
            return day not in _country_year(day.year).days_off
        return day.weekday() < 5

    def holiday_name(self, day: date) -> str | None:
        """Return the name of the holiday on this date, or None if there is none."""
        country_name = (
            _country_year(day.year).names.get(day)
            if self.use_country_holidays
            else None
        )
        if day in self.days_off:
            return self._days_off_names.get(day) or country_name or _UNNAMED_DAY_OFF
        if day in self.working_days:
            return None
        return country_name

    def next_working_day(self, day: date) -> date:
        """Return the first working day on or after this date."""
        for offset in range(_MAX_SEARCH_DAYS):
            candidate = day + timedelta(days=offset)
            if self.is_working_day(candidate):
                return candidate
        raise ValueError("Lịch làm việc không có ngày làm việc nào trong 10 năm tới.")

    def _periods(self, day: date) -> list[tuple[datetime, datetime]]:
        """Return the office periods of a date as aware moments (none on a day off)."""
        if not self.is_working_day(day):
            return []
        return [
            (_at(day, start), _at(day, end)) for start, end in self.office_hours.periods
        ]

    def _opening_of(self, day: date) -> datetime:
        """Return the opening of the first working day on or after this date."""
        return _at(self.next_working_day(day), self.office_hours.opening)

    # Moments

    def next_opening(self, at: datetime) -> datetime:
        """Return `at` if the office is open then, else the next period start."""
        at = _local(at)
        for start, end in self._periods(at.date()):
            if at < end:
                return max(at, start)
        return self._opening_of(at.date() + _ONE_DAY)

    def clock_start(
        self,
        received_at: datetime,
        *,
        online: bool = False,
        limit: TimeLimit | None = None,
    ) -> datetime:
        """Return the moment the legal clock starts for a receipt (DOMAIN.md §7)."""
        received_at = _local(received_at)
        start = self.next_opening(received_at)
        if start != received_at:
            return start
        today = received_at.date()
        closing = _at(today, self.office_hours.closing)
        if online and self._office_time(received_at, closing) <= LAST_OFFICE_HOUR:
            return self._opening_of(today + _ONE_DAY)
        if (
            limit is not None
            and limit.is_same_day
            and received_at.time() > self.same_day_cutoff
        ):
            return self._opening_of(today + _ONE_DAY)
        return received_at

    def add_working_minutes(self, start: datetime, minutes: int) -> datetime:
        """Return the moment `minutes` of office time after `start`."""
        if minutes < 0:
            raise ValueError(f"Số phút làm việc không được âm: {minutes}")
        current = self.next_opening(start)
        remaining = timedelta(minutes=minutes)
        if not remaining:
            return current
        while True:
            day = current.date()
            periods = self._periods(day)
            day_left = sum(
                (end - max(current, begin) for begin, end in periods if end > current),
                timedelta(),
            )
            if remaining <= day_left:
                for begin, end in periods:
                    if end <= current:
                        continue
                    segment_start = max(current, begin)
                    # "<=" keeps a landing exactly at a period's end on that end.
                    if remaining <= end - segment_start:
                        return segment_start + remaining
                    remaining -= end - segment_start
            remaining -= day_left
            current = self._opening_of(day + _ONE_DAY)

    def _office_time(self, start: datetime, end: datetime) -> timedelta:
        """Return the office time in [start, end) as a timedelta."""
        start, end = _local(start), _local(end)
        total = timedelta()
        day = start.date()
        while day <= end.date():
            for begin, finish in self._periods(day):
                overlap = min(finish, end) - max(begin, start)
                if overlap > timedelta():
                    total += overlap
            day += _ONE_DAY
        return total

    def working_minutes_between(self, start: datetime, end: datetime) -> int:
        """Return the whole office minutes in [start, end); 0 if end <= start."""
        if _local(end) <= _local(start):
            return 0
        return self._office_time(start, end) // _ONE_MINUTE

    def due_at(
        self, *, start: datetime, limit: TimeLimit, paused_minutes: int = 0
    ) -> datetime | None:
        """Return the due moment of a limit counted from `start`, or None."""
        if paused_minutes < 0:
            raise ValueError(f"Thời gian tạm dừng không được âm: {paused_minutes}")
        start = _local(start)
        working_minutes = limit.working_minutes
        if working_minutes is not None:
            return self.add_working_minutes(start, working_minutes + paused_minutes)
        if limit.unit != LimitUnit.CALENDAR_DAYS:
            return None
        calendar_minutes = (limit.value * 24 * 60).to_integral_value(
            rounding=ROUND_HALF_UP
        )
        due = start + timedelta(minutes=int(calendar_minutes))
        if not self.is_working_day(due.date()):
            due = _at(self.next_working_day(due.date()), self.office_hours.closing)
        if paused_minutes:
            due = self.add_working_minutes(due, paused_minutes)
        return due

    def timeliness(
        self, *, result_at: datetime, due_at: datetime | None
    ) -> Timeliness | None:
        """Return early, on_time or late for a result; None without a due moment."""
        if due_at is None:
            return None
        result_at, due_at = _local(result_at), _local(due_at)
        if result_at > due_at:
            return Timeliness.LATE
        if result_at.date() < due_at.date():
            return Timeliness.EARLY
        return Timeliness.ON_TIME
