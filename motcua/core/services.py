"""Services of the shared core: the calendar in force, built from settings and table."""

from __future__ import annotations

from datetime import time

from django.conf import settings

from motcua.core.models import CalendarException
from motcua.core.workcal import OfficeHours, WorkCalendar


def calendar_for(*, office_hours: str = "") -> WorkCalendar:
    """Return the working-day calendar: statutory holidays plus the admin's exceptions.

    `office_hours` overrides the province's hours for one reception unit.
    """
    days_off: list = []
    working_days: list = []
    for day, kind in CalendarException.objects.values_list("date", "kind"):
        if kind == CalendarException.Kind.DAY_OFF:
            days_off.append(day)
        else:
            working_days.append(day)
    cutoff_hour, cutoff_minute = settings.MOTCUA["SAME_DAY_CUTOFF"].split(":")
    return WorkCalendar(
        office_hours=OfficeHours.parse(office_hours or settings.MOTCUA["OFFICE_HOURS"]),
        days_off=days_off,
        working_days=working_days,
        same_day_cutoff=time(int(cutoff_hour), int(cutoff_minute)),
    )


def calendar_exception_set(
    *, date, kind: str, name: str, legal_basis: str = ""
) -> CalendarException:
    """Record (or change) the administrator's exception for one date."""
    exception, _ = CalendarException.objects.update_or_create(
        date=date, defaults={"kind": kind, "name": name, "legal_basis": legal_basis}
    )
    return exception
