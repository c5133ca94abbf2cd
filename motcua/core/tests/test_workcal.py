"""Tests for the working-day calendar, pinned to real Vietnamese dates."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.core.workcal import (
    DEFAULT_OFFICE_HOURS,
    TZ,
    LimitUnit,
    OfficeHours,
    TimeLimit,
    Timeliness,
    WorkCalendar,
)

CALENDAR = WorkCalendar()


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """Return a local moment in Asia/Ho_Chi_Minh."""
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


def working_days(value: int | str) -> TimeLimit:
    """Return a limit in working days."""
    return TimeLimit(Decimal(value), LimitUnit.WORKING_DAYS)


def working_hours(value: int | str) -> TimeLimit:
    """Return a limit in working hours."""
    return TimeLimit(Decimal(value), LimitUnit.WORKING_HOURS)


def calendar_days(value: int | str) -> TimeLimit:
    """Return a limit in calendar days."""
    return TimeLimit(Decimal(value), LimitUnit.CALENDAR_DAYS)


# Limits and office hours


def test_time_limit_converts_days_and_hours_to_working_minutes() -> None:
    assert working_days(5).working_minutes == 2400
    assert working_days("0.5").working_minutes == 240
    assert working_hours(4).working_minutes == 240
    assert calendar_days(5).working_minutes is None
    assert TimeLimit(Decimal(0), LimitUnit.NONE).working_minutes is None


def test_time_limit_is_same_day_up_to_one_working_day() -> None:
    assert working_hours(4).is_same_day
    assert working_hours(8).is_same_day
    assert working_days(1).is_same_day
    assert not working_hours(9).is_same_day
    assert not working_days(2).is_same_day
    assert not calendar_days(1).is_same_day
    assert not TimeLimit(Decimal(0), LimitUnit.NONE).is_same_day


def test_time_limit_accepts_plain_numbers_and_unit_strings() -> None:
    limit = TimeLimit(3, "working_days")  # type: ignore[arg-type]
    assert limit == working_days(3)
    assert limit.unit is LimitUnit.WORKING_DAYS


def test_time_limit_refuses_a_negative_value() -> None:
    with pytest.raises(ValueError, match="Thời hạn không hợp lệ"):
        working_days(-1)


def test_default_office_hours_make_an_eight_hour_day() -> None:
    assert DEFAULT_OFFICE_HOURS.periods == (
        (time(7, 0), time(11, 30)),
        (time(13, 30), time(17, 0)),
    )
    assert DEFAULT_OFFICE_HOURS.minutes_per_day == 480
    assert DEFAULT_OFFICE_HOURS.opening == time(7, 0)
    assert DEFAULT_OFFICE_HOURS.closing == time(17, 0)


def test_office_hours_parse_tolerates_spaces_and_round_trips() -> None:
    hours = OfficeHours.parse(" 7:30 - 11:30 , 13:00-16:30 ")
    assert hours.periods == ((time(7, 30), time(11, 30)), (time(13, 0), time(16, 30)))
    assert hours.minutes_per_day == 450
    assert str(hours) == "07:30-11:30,13:00-16:30"
    assert OfficeHours.parse(str(hours)) == hours


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Chưa nhập giờ làm việc"),
        ("  ,  ", "Chưa nhập giờ làm việc"),
        ("07:00", "không đúng dạng HH:MM-HH:MM"),
        ("7h-11h30", "không đúng dạng HH:MM-HH:MM"),
        ("07:00-11:30,", "không đúng dạng HH:MM-HH:MM"),
        ("25:00-26:00", "Giờ không hợp lệ"),
        ("07:00-07:75", "Giờ không hợp lệ"),
        ("11:30-07:00", "giờ bắt đầu phải trước giờ kết thúc"),
        ("07:00-07:00", "giờ bắt đầu phải trước giờ kết thúc"),
        ("07:00-11:30,11:00-17:00", "không chồng lên nhau"),
        ("13:30-17:00,07:00-11:30", "không chồng lên nhau"),
    ],
)
def test_office_hours_parse_refuses_bad_text_in_vietnamese(
    text: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        OfficeHours.parse(text)


# Days off


def test_country_holidays_are_days_off_with_vietnamese_names() -> None:
    assert not CALENDAR.is_working_day(date(2025, 1, 29))
    assert CALENDAR.holiday_name(date(2025, 1, 29)) == "Tết Nguyên Đán"
    assert CALENDAR.holiday_name(date(2025, 9, 2)) == "Quốc khánh"
    assert CALENDAR.holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert CALENDAR.holiday_name(date(2025, 4, 7)) == "Ngày Giỗ Tổ Hùng Vương"
    assert CALENDAR.holiday_name(date(2026, 3, 14)) is None  # a plain Saturday
    assert CALENDAR.holiday_name(date(2026, 3, 10)) is None


def test_weekends_are_days_off_and_weekdays_are_working_days() -> None:
    assert not CALENDAR.is_working_day(date(2026, 3, 14))  # Saturday
    assert not CALENDAR.is_working_day(date(2026, 3, 15))  # Sunday
    assert CALENDAR.is_working_day(date(2026, 3, 16))  # Monday


def test_make_up_saturday_26_04_2025_from_the_package_is_a_working_day() -> None:
    assert date(2025, 4, 26).weekday() == 5
    assert CALENDAR.is_working_day(date(2025, 4, 26))
    assert not CALENDAR.is_working_day(date(2025, 5, 2))  # the swapped Friday
    assert not CALENDAR.is_working_day(date(2025, 4, 27))


def test_admin_day_off_wins_over_admin_working_day() -> None:
    day = date(2026, 3, 11)
    calendar = WorkCalendar(days_off={day}, working_days={day})
    assert not calendar.is_working_day(day)


def test_admin_working_day_wins_over_a_package_holiday() -> None:
    calendar = WorkCalendar(working_days={date(2026, 2, 20)})
    assert calendar.is_working_day(date(2026, 2, 20))
    assert calendar.holiday_name(date(2026, 2, 20)) is None


def test_admin_days_off_carry_their_names() -> None:
    provincial = date(2026, 3, 11)
    named = WorkCalendar(days_off={provincial: "Ngày giải phóng tỉnh"})
    unnamed = WorkCalendar(days_off=[provincial])
    assert named.holiday_name(provincial) == "Ngày giải phóng tỉnh"
    assert unnamed.holiday_name(provincial) == "Ngày nghỉ"
    assert not named.is_working_day(provincial)


def test_calendar_without_country_holidays_keeps_only_weekends() -> None:
    calendar = WorkCalendar(use_country_holidays=False)
    assert calendar.is_working_day(date(2025, 1, 29))
    assert calendar.holiday_name(date(2025, 1, 29)) is None
    assert not calendar.is_working_day(date(2025, 4, 26))


# Due moments across holidays


def test_tet_2025_five_working_days_skip_the_nine_day_break() -> None:
    # 24/01: 360 min; 25/01–02/02 off; 03–06/02: 4 × 480; 07/02: 120 more.
    due = CALENDAR.due_at(start=at(2025, 1, 24, 9), limit=working_days(5))
    assert due == at(2025, 2, 7, 9)


def test_tet_2026_ten_working_days_skip_14_to_22_february() -> None:
    # 12/02: 180; 13/02: 480; 23–27/02: 2400; 02–04/03: 1440; 05/03: 300 → 14:00.
    due = CALENDAR.due_at(start=at(2026, 2, 12, 14), limit=working_days(10))
    assert due == at(2026, 3, 5, 14)


def test_30_04_2025_counts_the_make_up_saturday_and_skips_the_swap() -> None:
    # 25/04: 420; Sat 26/04: 480; Mon 28/04: 480; Tue 29/04: 60 more.
    assert CALENDAR.due_at(start=at(2025, 4, 25, 8), limit=working_days(3)) == at(
        2025, 4, 29, 8
    )
    # One more day: 29/04 fully, then 30/04–04/05 off, Mon 05/05: 60 more.
    assert CALENDAR.due_at(start=at(2025, 4, 25, 8), limit=working_days(4)) == at(
        2025, 5, 5, 8
    )


def test_national_day_2025_skips_1_and_2_september() -> None:
    # 29/08: 300; 30/08–02/09 off; 03/09: 480; 04/09: 180 more.
    due = CALENDAR.due_at(start=at(2025, 8, 29, 10), limit=working_days(2))
    assert due == at(2025, 9, 4, 10)


# Clock start


def test_receipt_after_office_hours_starts_at_next_opening() -> None:
    assert CALENDAR.clock_start(at(2026, 3, 10, 18, 30)) == at(2026, 3, 11, 7)


def test_receipt_at_lunch_starts_at_the_afternoon_opening() -> None:
    assert CALENDAR.clock_start(at(2026, 3, 10, 12)) == at(2026, 3, 10, 13, 30)


def test_receipt_on_a_saturday_starts_monday_morning() -> None:
    assert CALENDAR.clock_start(at(2026, 3, 14, 9)) == at(2026, 3, 16, 7)


def test_online_receipt_in_last_office_hour_starts_next_working_day() -> None:
    received = at(2026, 3, 10, 16, 15)
    assert CALENDAR.clock_start(received, online=True) == at(2026, 3, 11, 7)
    assert CALENDAR.clock_start(received, online=False) == received
    assert CALENDAR.clock_start(at(2026, 3, 10, 16), online=True) == at(2026, 3, 11, 7)
    assert CALENDAR.clock_start(at(2026, 3, 10, 15, 59), online=True) == at(
        2026, 3, 10, 15, 59
    )


def test_online_receipt_in_last_hour_of_a_friday_starts_monday() -> None:
    assert CALENDAR.clock_start(at(2026, 3, 13, 16, 30), online=True) == at(
        2026, 3, 16, 7
    )


def test_same_day_limit_received_after_cutoff_starts_and_ends_next_day() -> None:
    limit = working_hours(4)
    start = CALENDAR.clock_start(at(2026, 3, 10, 15, 30), limit=limit)
    assert start == at(2026, 3, 11, 7)
    assert CALENDAR.due_at(start=start, limit=limit) == at(2026, 3, 11, 11)


def test_same_day_limit_received_before_cutoff_starts_at_once() -> None:
    limit = working_hours(4)
    assert CALENDAR.clock_start(at(2026, 3, 10, 15), limit=limit) == at(2026, 3, 10, 15)
    assert CALENDAR.clock_start(at(2026, 3, 10, 14, 30), limit=limit) == at(
        2026, 3, 10, 14, 30
    )


def test_longer_limit_received_after_cutoff_starts_at_once() -> None:
    received = at(2026, 3, 10, 15, 30)
    assert CALENDAR.clock_start(received, limit=working_days(2)) == received


def test_same_day_cutoff_is_a_setting() -> None:
    calendar = WorkCalendar(same_day_cutoff=time(16, 0))
    received = at(2026, 3, 10, 15, 30)
    assert calendar.clock_start(received, limit=working_hours(4)) == received


def test_clock_start_converts_other_time_zones_to_vietnam_time() -> None:
    received = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội
    start = CALENDAR.clock_start(received)
    assert start == at(2026, 3, 10, 9)
    assert start.tzinfo is TZ


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 3, 10, 9, 0)  # naive on purpose
    with pytest.raises(ValueError, match="thiếu múi giờ"):
        CALENDAR.clock_start(naive)
    with pytest.raises(ValueError, match="thiếu múi giờ"):
        CALENDAR.add_working_minutes(naive, 10)


# Counting working time


def test_four_working_hours_skip_the_lunch_break() -> None:
    # 10:30–11:30 (60) + 13:30–16:30 (180).
    due = CALENDAR.due_at(start=at(2026, 3, 9, 10, 30), limit=working_hours(4))
    assert due == at(2026, 3, 9, 16, 30)


def test_landing_exactly_at_close_stays_on_that_day() -> None:
    monday = at(2026, 3, 9, 7)
    assert CALENDAR.add_working_minutes(monday, 480) == at(2026, 3, 9, 17)
    assert CALENDAR.add_working_minutes(monday, 270) == at(2026, 3, 9, 11, 30)
    assert CALENDAR.add_working_minutes(monday, 481) == at(2026, 3, 10, 7, 1)
    assert CALENDAR.add_working_minutes(monday, 271) == at(2026, 3, 9, 13, 31)


def test_adding_zero_minutes_moves_only_out_of_closed_time() -> None:
    assert CALENDAR.add_working_minutes(at(2026, 3, 9, 10), 0) == at(2026, 3, 9, 10)
    assert CALENDAR.add_working_minutes(at(2026, 3, 9, 17), 0) == at(2026, 3, 10, 7)
    assert CALENDAR.add_working_minutes(at(2026, 3, 9, 11, 30), 0) == at(
        2026, 3, 9, 13, 30
    )


def test_adding_negative_minutes_is_refused() -> None:
    with pytest.raises(ValueError, match="không được âm"):
        CALENDAR.add_working_minutes(at(2026, 3, 9, 10), -1)


def test_working_minutes_between_counts_only_office_time() -> None:
    assert (
        CALENDAR.working_minutes_between(at(2026, 3, 9, 7), at(2026, 3, 9, 17)) == 480
    )
    assert (
        CALENDAR.working_minutes_between(at(2026, 3, 13, 16), at(2026, 3, 16, 8)) == 120
    )
    assert CALENDAR.working_minutes_between(at(2026, 3, 9, 12), at(2026, 3, 9, 13)) == 0
    assert CALENDAR.working_minutes_between(at(2026, 3, 9, 17), at(2026, 3, 9, 7)) == 0


def test_pause_moves_the_due_moment_by_the_paused_working_time() -> None:
    start = at(2026, 3, 2, 7)
    limit = working_days(5)
    assert CALENDAR.due_at(start=start, limit=limit) == at(2026, 3, 6, 17)
    paused = CALENDAR.working_minutes_between(at(2026, 3, 3, 10), at(2026, 3, 5, 10))
    assert paused == 960
    due = CALENDAR.due_at(start=start, limit=limit, paused_minutes=paused)
    assert due == at(2026, 3, 10, 17)


def test_provincial_day_off_moves_the_due_moment_later() -> None:
    calendar = WorkCalendar(days_off={date(2026, 3, 4)})
    due = calendar.due_at(start=at(2026, 3, 2, 7), limit=working_days(5))
    assert due == at(2026, 3, 9, 17)


def test_make_up_working_saturday_counts() -> None:
    start = at(2026, 3, 6, 7)
    assert CALENDAR.due_at(start=start, limit=working_days(2)) == at(2026, 3, 9, 17)
    calendar = WorkCalendar(working_days={date(2026, 3, 7)})
    assert calendar.due_at(start=start, limit=working_days(2)) == at(2026, 3, 7, 17)


def test_custom_office_hours_change_the_count() -> None:
    calendar = WorkCalendar(office_hours=OfficeHours.parse("08:00-12:00,13:00-17:00"))
    due = calendar.due_at(start=at(2026, 3, 9, 8), limit=working_hours(5))
    assert due == at(2026, 3, 9, 14)


def test_fifteen_working_days_over_tet_2026() -> None:
    # 02/02–13/02: 10 days; 14–22/02 off; 23–27/02: 5 more → Fri 27/02 17:00.
    due = CALENDAR.due_at(start=at(2026, 2, 2, 7), limit=working_days(15))
    assert due == at(2026, 2, 27, 17)


# Calendar-day and absent limits


def test_calendar_day_limit_landing_on_sunday_moves_to_monday_close() -> None:
    due = CALENDAR.due_at(start=at(2026, 3, 10, 10), limit=calendar_days(5))
    assert due == at(2026, 3, 16, 17)


def test_calendar_day_limit_on_a_working_day_keeps_the_clock_time() -> None:
    due = CALENDAR.due_at(start=at(2026, 3, 10, 10), limit=calendar_days(3))
    assert due == at(2026, 3, 13, 10)


def test_calendar_day_limit_adds_paused_working_time() -> None:
    due = CALENDAR.due_at(
        start=at(2026, 3, 10, 10), limit=calendar_days(5), paused_minutes=60
    )
    assert due == at(2026, 3, 17, 8)


def test_no_limit_has_no_due_moment() -> None:
    limit = TimeLimit(Decimal(0), LimitUnit.NONE)
    assert CALENDAR.due_at(start=at(2026, 3, 10, 10), limit=limit) is None


# Timeliness


def test_timeliness_early_on_time_and_late() -> None:
    due = at(2026, 3, 6, 17)
    assert CALENDAR.timeliness(result_at=at(2026, 3, 5, 16), due_at=due) == "early"
    assert CALENDAR.timeliness(result_at=at(2026, 3, 6, 8), due_at=due) == "on_time"
    assert CALENDAR.timeliness(result_at=due, due_at=due) == Timeliness.ON_TIME
    late = due + timedelta(seconds=1)
    assert CALENDAR.timeliness(result_at=late, due_at=due) == "late"
    assert CALENDAR.timeliness(result_at=at(2026, 3, 9, 7), due_at=due) == "late"


def test_timeliness_compares_local_dates() -> None:
    due = at(2026, 3, 6, 17)
    # 20:00 UTC on 05/03 is 03:00 on 06/03 in Vietnam: the same local date.
    result = datetime(2026, 3, 5, 20, 0, tzinfo=UTC)
    assert CALENDAR.timeliness(result_at=result, due_at=due) == "on_time"


def test_timeliness_without_due_moment_is_none() -> None:
    assert CALENDAR.timeliness(result_at=at(2026, 3, 5, 16), due_at=None) is None


# Properties

moments = st.datetimes(
    min_value=datetime(2024, 12, 1),  # hypothesis wants naive bounds
    max_value=datetime(2027, 1, 31),
    timezones=st.just(TZ),
)


@settings(max_examples=150, deadline=None, database=None)
@given(start=moments, minutes=st.integers(min_value=0, max_value=12_000))
def test_working_minutes_between_inverts_add_working_minutes(
    start: datetime, minutes: int
) -> None:
    opened = CALENDAR.next_opening(start)
    end = CALENDAR.add_working_minutes(opened, minutes)
    assert CALENDAR.working_minutes_between(opened, end) == minutes
    assert end >= opened >= start


@settings(max_examples=100, deadline=None, database=None)
@given(
    received=moments,
    online=st.booleans(),
    value=st.integers(min_value=0, max_value=30),
    unit=st.sampled_from(list(LimitUnit)),
)
def test_due_is_never_before_the_clock_start(
    received: datetime, online: bool, value: int, unit: LimitUnit
) -> None:
    limit = TimeLimit(Decimal(value), unit)
    start = CALENDAR.clock_start(received, online=online, limit=limit)
    assert start >= received
    assert CALENDAR.is_working_day(start.date())
    due = CALENDAR.due_at(start=start, limit=limit)
    if unit == LimitUnit.NONE:
        assert due is None
    else:
        assert due is not None
        assert due >= start
        assert due.tzinfo is TZ
