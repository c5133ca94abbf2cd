"""Read the indicators of DOMAIN §10 from the rollups, for any period and scope.

A period is a range of local dates; its whole months are read from the monthly
tables and its edge days from the daily one. Stocks at the period's end (open,
overdue) are running sums of flows from the beginning: received minus ended, and
due minus those that ended after or on their due day (services.fact_compute).

A page reads the rollups once (`rollups_read`): this period, the same dates a year
earlier and the stocks at both ends are summed in one pass per table, per agency
and per (agency, procedure), and the cards, the ranking and the procedure table are
folded from that in Python. What a page costs depends on the agencies, the catalog
and the calendar (the rollup rows), not on the number of dossiers; only the
satisfaction ratings are still counted from their own table.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motcua.accounts.models import Agency, User
from motcua.accounts.selectors import agency_scope_for
from motcua.catalog.models import Procedure
from motcua.feedback.models import Rating
from motcua.kpi.models import (
    COUNT_COLUMNS,
    AgencyMonthCount,
    DailyCount,
    FillState,
    Indicator,
    MonthlyCount,
    Target,
)
from motcua.kpi.services import FILL_STATE

STOCK_COLUMNS = (
    "received",
    "ended",
    "received_timed",
    "ended_timed",
    "due",
    "due_ended",
)
HUNDRED = Decimal(100)
CENT = Decimal("0.01")

# Decision 766 groups: weight, sub-indicators (indicator key, share, threshold %).
SCORE_766_DEFAULT = {
    "publicity": {
        "label": _("Công khai, minh bạch"),
        "weight": 18,
        "parts": [("publication_rate", 1, 100)],
    },
    "timeliness": {
        "label": _("Tiến độ giải quyết"),
        "weight": 20,
        "parts": [("timeliness_rate", 1, 100)],
    },
    "online": {
        "label": _("Dịch vụ công trực tuyến"),
        "weight": 12,
        "parts": [("online_reception_rate", 1, 50), ("online_service_share", 1, 80)],
    },
    "payment": {
        "label": _("Thanh toán trực tuyến"),
        "weight": 10,
        "parts": [("online_payment_rate", 1, 80)],
    },
    "satisfaction": {
        "label": _("Mức độ hài lòng"),
        "weight": 18,
        "parts": [("satisfaction_rate", 1, 90)],
    },
    "digitisation": {
        "label": _("Số hóa hồ sơ"),
        "weight": 22,
        "parts": [("digitisation_rate", 1, 80), ("reuse_rate", 1, 80)],
    },
}


def score_766_config() -> dict:
    """Return the Decision 766 weights and thresholds (settings.MOTCUA_KPI_766 wins)."""
    override = getattr(settings, "MOTCUA_KPI_766", None) or {}
    config = {}
    for key, group in SCORE_766_DEFAULT.items():
        config[key] = {**group, **override.get(key, {})}
    return config


def rate(numerator: int, denominator: int) -> Decimal | None:
    """Return a percentage rounded half-up to 2 decimals; None on a zero denominator."""
    if not denominator:
        return None
    return (Decimal(numerator) * HUNDRED / Decimal(denominator)).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


def change(now: int, before: int) -> Decimal | None:
    """Return the change from `before` to `now` in percent, or None."""
    if not before:
        return None
    return ((Decimal(now) - before) * HUNDRED / Decimal(before)).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


# ---------------------------------------------------------------- scope


@dataclass(frozen=True)
class Scope:
    """Whose dossiers: the province (nothing set), an agency, a reception unit, ..."""

    agency: Agency | None = None
    subtree: bool = True
    reception: Agency | None = None
    field_id: int | None = None
    procedure_id: int | None = None

    @property
    def needs_procedure_level(self) -> bool:
        return self.field_id is not None or self.procedure_id is not None

    def agency_ids(self) -> list[int] | None:
        if self.agency is None:
            return None
        if not self.subtree:
            return [self.agency.pk]
        return list(
            Agency.objects.filter(path__startswith=self.agency.path).values_list(
                "pk", flat=True
            )
        )

    def label(self) -> str:
        parts = []
        if self.agency is not None:
            parts.append(str(self.agency))
        if self.reception is not None:
            parts.append(str(self.reception))
        if self.procedure_id is not None:
            parts.append(str(Procedure.objects.get(pk=self.procedure_id)))
        return " – ".join(parts) or str(_("Toàn tỉnh"))


@dataclass
class _Split:
    """A period cut into whole months and edge days."""

    months: tuple[date, date] | None
    days: list[tuple[date, date]] = field(default_factory=list)


def _last_day(month: date) -> date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def _split(start: date, end: date) -> _Split:
    first = start if start.day == 1 else _next_month(start)
    last = end.replace(day=1) if end == _last_day(end) else None
    if last is None:
        last_full = end.replace(day=1) - timedelta(days=1)
        last = last_full.replace(day=1)
    if first > last:
        return _Split(months=None, days=[(start, end)])
    days = []
    if start < first:
        days.append((start, first - timedelta(days=1)))
    if _last_day(last) < end:
        days.append((_last_day(last) + timedelta(days=1), end))
    return _Split(months=(first, last), days=days)


def _month_model(scope: Scope):
    return MonthlyCount if scope.needs_procedure_level else AgencyMonthCount


def scope_where(scope: Scope, agency_ids: list[int] | None) -> tuple[list[str], list]:
    """Return the SQL conditions and parameters of a scope on a rollup table."""
    conditions: list[str] = []
    params: list = []
    if agency_ids is not None:
        if not agency_ids:
            conditions.append("agency_id = -1")
        elif len(agency_ids) == 1:
            conditions.append("agency_id = %s")
            params.append(agency_ids[0])
        else:
            conditions.append(
                "agency_id IN (" + ", ".join(str(int(i)) for i in agency_ids) + ")"
            )
    if scope.reception is not None:
        conditions.append("reception_id = %s")
        params.append(scope.reception.pk)
    if scope.procedure_id is not None:
        conditions.append("procedure_id = %s")
        params.append(scope.procedure_id)
    if scope.field_id is not None:
        ids = list(
            Procedure.objects.filter(field_id=scope.field_id).values_list(
                "pk", flat=True
            )
        )
        conditions.append(
            "procedure_id IN (" + (", ".join(str(int(i)) for i in ids) or "-1") + ")"
        )
    return conditions, params


# A bucket of a reading: its name, the SQL condition a rollup row must meet to be
# counted in it (a period), the condition's parameters, and the columns it sums.
Bucket = tuple[str, str, list, tuple[str, ...]]


def _bucket_sums(
    model,
    where: tuple[list[str], list],
    buckets: list[Bucket],
    group: tuple[str, ...],
) -> dict:
    """Return {group key: {bucket: {column: sum}}} over a rollup table, in one query.

    Each row is flagged with the buckets whose condition it meets, so this year, last
    year and the stocks at both ends are summed in one pass over the rows of the
    scope, and rows in no bucket are not read. Without `group` the key is None.
    (Aggregate FILTER clauses need SQLite 3.30 or later.)
    """
    if not buckets:
        return {}
    columns = sorted({c for *_head, cols in buckets for c in cols})
    flags = [
        f"CASE WHEN {condition} THEN 1 ELSE 0 END AS b{i}"
        for i, (_name, condition, _params, _cols) in enumerate(buckets)
    ]
    sums = [
        f"COALESCE(SUM({c}) FILTER (WHERE b{i} = 1), 0)"
        for i, (*_head, cols) in enumerate(buckets)
        for c in cols
    ]
    bound = " OR ".join(condition for _name, condition, _p, _c in buckets)
    bound_params = [p for _name, _c, params, _cols in buckets for p in params]
    keys = ", ".join(group)
    sql = (
        f"SELECT {keys}{', ' if group else ''}{', '.join(sums)} "  # noqa: S608 (our names)
        f"FROM (SELECT {', '.join([*group, *columns, *flags])} "
        f"FROM {model._meta.db_table} "
        f"WHERE {' AND '.join([*where[0], f'({bound})'])}) AS flagged"
    )
    if group:
        sql += f" GROUP BY {keys}"
    with connection.cursor() as cursor:
        cursor.execute(sql, [*bound_params, *where[1], *bound_params])
        rows = cursor.fetchall()
    width = len(group)
    slices = []
    for name, _condition, _params, cols in buckets:
        slices.append((name, cols, width, width + len(cols)))
        width += len(cols)
    width = len(group)
    out = {}
    for row in rows:
        key = None if not width else row[0] if width == 1 else row[:width]
        out[key] = {
            name: dict(zip(cols, row[first:last], strict=True))
            for name, cols, first, last in slices
        }
    return out


def _period_buckets(
    periods: dict[str, tuple[date, date]], columns: tuple[str, ...], stock: bool
) -> tuple[list[Bucket], list[Bucket]]:
    """Return the month-table and day-table buckets of each period.

    A period's whole months are read from a monthly table and its edge days from the
    daily one. With `stock`, bucket `<name>:stock` sums the stock columns of every
    day up to the period's end (open and overdue are running sums from the start).
    """
    months: list[Bucket] = []
    days: list[Bucket] = []
    for name, (start, end) in periods.items():
        split = _split(start, end)
        if split.months:
            months.append(
                (name, "month BETWEEN %s AND %s", list(split.months), columns)
            )
        if split.days:
            condition = " OR ".join(["day BETWEEN %s AND %s"] * len(split.days))
            edges = [day for day_range in split.days for day in day_range]
            days.append((name, f"({condition})", edges, columns))
        if stock:
            first = end.replace(day=1)
            if end == _last_day(end):
                months.append((f"{name}:stock", "month <= %s", [first], STOCK_COLUMNS))
            else:
                months.append((f"{name}:stock", "month < %s", [first], STOCK_COLUMNS))
                days.append(
                    (
                        f"{name}:stock",
                        "day BETWEEN %s AND %s",
                        [first, end],
                        STOCK_COLUMNS,
                    )
                )
    return months, days


def _read(
    month_model,
    where: tuple[list[str], list],
    periods: dict[str, tuple[date, date]],
    *,
    columns: tuple[str, ...],
    stock: bool,
    group: tuple[str, ...],
) -> dict:
    """Return {group key: {bucket: {column: sum}}} of the periods (1 or 2 queries)."""
    months, days = _period_buckets(periods, columns, stock)
    out: dict = {}
    for model, buckets in ((month_model, months), (DailyCount, days)):
        for key, sums in _bucket_sums(model, where, buckets, group).items():
            mine = out.setdefault(key, {})
            for name, counts in sums.items():
                total = mine.get(name)
                if total is None:
                    mine[name] = counts
                else:
                    for column, n in counts.items():
                        total[column] += n
    return out


# The counts per procedure a dashboard needs: services used, the top procedures.
PROCEDURE_COLUMNS = (
    "received",
    "received_online",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
)


@dataclass
class Reading:
    """The rollup sums behind a dashboard: per agency, and per (agency, procedure).

    `agencies[agency_id][bucket]` holds every counted column of a period (bucket
    named after the period) and the stock columns at its end (`<period>:stock`);
    `procedures[(agency_id, procedure_id)][period]` the PROCEDURE_COLUMNS.
    """

    agencies: dict
    procedures: dict

    def total(self, bucket: str) -> dict:
        """Return the sums of a bucket over every agency read."""
        columns = STOCK_COLUMNS if bucket.endswith(":stock") else COUNT_COLUMNS
        total = dict.fromkeys(columns, 0)
        for sums in self.agencies.values():
            counts = sums.get(bucket)
            if counts is not None:
                for column in columns:
                    total[column] += counts[column]
        return total

    def stock(self, period: str) -> dict:
        """Return open and overdue dossiers at the end of a period."""
        c = self.total(f"{period}:stock")
        return {
            "open": c["received"] - c["ended"],
            "open_timed": c["received_timed"] - c["ended_timed"],
            "overdue": c["due"] - c["due_ended"],
        }

    def used(self, period: str) -> dict:
        """Return the procedures with dossiers, and with online ones, in a period."""
        used = {"any": set(), "online": set()}
        for (_agency_id, procedure_id), sums in self.procedures.items():
            counts = sums.get(period)
            if counts is not None and counts["received"]:
                used["any"].add(procedure_id)
                if counts["received_online"]:
                    used["online"].add(procedure_id)
        return used

    def split(self, key) -> dict:
        """Return a Reading per `key(agency_id)` (None drops the agency's rows)."""
        parts: dict = {}
        for agency_id, sums in self.agencies.items():
            name = key(agency_id)
            if name is not None:
                parts.setdefault(name, Reading({}, {})).agencies[agency_id] = sums
        for pair, sums in self.procedures.items():
            name = key(pair[0])
            if name is not None:
                parts.setdefault(name, Reading({}, {})).procedures[pair] = sums
        return parts

    def procedure_totals(self, period: str) -> dict[int, dict]:
        """Return a period's PROCEDURE_COLUMNS per procedure, over every agency."""
        out: dict[int, dict] = {}
        for (_agency_id, procedure_id), sums in self.procedures.items():
            counts = sums.get(period)
            if counts is None:
                continue
            total = out.get(procedure_id)
            if total is None:
                out[procedure_id] = dict(counts)
            else:
                for column, n in counts.items():
                    total[column] += n
        return out


def rollups_read(
    *,
    scope: Scope,
    periods: dict[str, tuple[date, date]],
    agency_ids: list[int] | None = None,
) -> Reading:
    """Read everything the dashboards need for these periods: 2 to 4 queries.

    The cost depends on the catalog, the agencies and the calendar, never on the
    number of dossiers: only rollup rows are read.
    """
    where = scope_where(
        scope, agency_ids if agency_ids is not None else scope.agency_ids()
    )
    return Reading(
        agencies=_read(
            _month_model(scope),
            where,
            periods,
            columns=COUNT_COLUMNS,
            stock=True,
            group=("agency_id",),
        ),
        procedures=_read(
            MonthlyCount,
            where,
            periods,
            columns=PROCEDURE_COLUMNS,
            stock=False,
            group=("agency_id", "procedure_id"),
        ),
    )


# ---------------------------------------------------------------- catalog side


def _procedures_in(scope: Scope) -> QuerySet[Procedure]:
    procedures = Procedure.objects.filter(state=Procedure.State.PUBLISHED)
    if scope.procedure_id is not None:
        procedures = procedures.filter(pk=scope.procedure_id)
    if scope.field_id is not None:
        procedures = procedures.filter(field_id=scope.field_id)
    if scope.agency is not None:
        agency = scope.agency
        if scope.subtree:
            in_scope = Q(agency__path__startswith=agency.path)
            has_communes = Agency.objects.filter(
                path__startswith=agency.path, level=Agency.Level.COMMUNE
            ).exists()
        else:
            in_scope = Q(agency=agency)
            has_communes = agency.level == Agency.Level.COMMUNE
        if has_communes:
            in_scope |= Q(agency__isnull=True, level=Procedure.Level.COMMUNE)
        procedures = procedures.filter(in_scope)
    if scope.reception is not None:
        used = set(
            MonthlyCount.objects.filter(reception_id=scope.reception.pk)
            .values_list("procedure_id", flat=True)
            .distinct()
        )
        procedures = procedures.filter(
            Q(counter_groups__reception=scope.reception) | Q(pk__in=used)
        ).distinct()
    return procedures


def services_count(*, scope: Scope) -> dict:
    """Return the published procedures of a scope by service level (DOMAIN §10)."""
    levels = dict(
        _procedures_in(scope)
        .values_list("service_level")
        .annotate(n=Count("pk", distinct=True))
        .order_by()
    )
    full = levels.get(Procedure.ServiceLevel.FULL, 0)
    partial = levels.get(Procedure.ServiceLevel.PARTIAL, 0)
    info = levels.get(Procedure.ServiceLevel.INFO, 0)
    return {
        "total": full + partial + info,
        "full_online": full,
        "partial_online": partial,
        "info_only": info,
    }


def _online_procedure_ids() -> set[int]:
    return set(
        Procedure.objects.filter(
            service_level__in=(
                Procedure.ServiceLevel.FULL,
                Procedure.ServiceLevel.PARTIAL,
            )
        )
        .order_by()
        .values_list("pk", flat=True)
    )


def _agency_q(scope: Scope) -> Q:
    if scope.subtree:
        return Q(agency__path__startswith=scope.agency.path)
    return Q(agency=scope.agency)


def _ratings_in(scope: Scope):
    ratings = Rating.objects.all()
    if scope.agency is not None:
        ratings = ratings.filter(_agency_q(scope))
    if scope.reception is not None:
        ratings = ratings.filter(
            Q(agency=scope.reception) | Q(dossier__reception=scope.reception)
        )
    if scope.procedure_id is not None:
        ratings = ratings.filter(dossier__procedure_id=scope.procedure_id)
    if scope.field_id is not None:
        ratings = ratings.filter(dossier__procedure__field_id=scope.field_id)
    return ratings


def _local_range(start: date, end: date) -> Q:
    """Return a created_at range matching the local dates [start, end]."""
    tz = timezone.get_current_timezone()
    return Q(
        created_at__gte=datetime.combine(start, time(0), tzinfo=tz),
        created_at__lt=datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz),
    )


def satisfaction_periods(
    *, scope: Scope, periods: dict[str, tuple[date, date]]
) -> dict[str, dict]:
    """Return, per period, the ratings given and the share of satisfied ones."""
    within = {name: _local_range(*period) for name, period in periods.items()}
    anywhere = Q()
    for condition in within.values():
        anywhere |= condition
    rows = (
        _ratings_in(scope)
        .filter(anywhere)
        .values_list("level")
        .annotate(**{f"n_{name}": Count("pk", filter=q) for name, q in within.items()})
        .order_by()
    )
    counts = {name: {} for name in periods}
    for level, *numbers in rows:
        for name, n in zip(periods, numbers, strict=True):
            counts[name][level] = n
    out = {}
    for name, by_level in counts.items():
        total = sum(by_level.values())
        very = by_level.get(Rating.Level.VERY_SATISFIED, 0)
        satisfied = by_level.get(Rating.Level.SATISFIED, 0)
        out[name] = {
            "ratings": total,
            "very_satisfied": very,
            "satisfied": satisfied,
            "not_satisfied": by_level.get(Rating.Level.NOT_SATISFIED, 0),
            "rate": rate(very + satisfied, total),
        }
    return out


def satisfaction(*, scope: Scope, start: date, end: date) -> dict:
    """Return the ratings given in the period and the share of satisfied ones."""
    return satisfaction_periods(scope=scope, periods={"p": (start, end)})["p"]


# ---------------------------------------------------------------- indicators


def year_earlier(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _assemble(
    *,
    counts: dict,
    stock: dict,
    used: dict,
    services: dict,
    online_ids: set[int],
    rating: dict | None,
    published: int,
    drafted: int,
) -> dict:
    """Return the indicator dict of DOMAIN §10 from summed counts."""
    with_dossiers = len(used["any"] & online_ids)
    with_online = len(used["online"] & online_ids)
    online_services = services["full_online"] + services["partial_online"]
    received = counts["received"]
    early, on_time, late = (
        counts["resolved_early"],
        counts["resolved_on_time"],
        counts["resolved_late"],
    )
    resolved = early + on_time + late
    open_timed = stock["open_timed"]
    overdue = stock["overdue"]
    data = {
        "services": services,
        "services_with_dossiers": with_dossiers,
        "services_with_online_dossiers": with_online,
        "uptake_rate": rate(with_online, with_dossiers),
        "online_service_rate": rate(with_online, online_services),
        "online_service_share": rate(online_services, services["total"]),
        "dossiers": {
            "received": received,
            "online": counts["received_online"],
            "direct": counts["received_direct"],
            "postal": counts["received_postal"],
            "assisted": counts["assisted"],
            "refused": counts["refused"],
            "withdrawn": counts["withdrawn"],
        },
        "online_reception_rate": rate(counts["received_online"], received),
        "online_processing_rate": rate(counts["processed_online"], received),
        "resolved": {
            "total": resolved,
            "early": early,
            "on_time": on_time,
            "late": late,
            "without_limit": counts["resolved_untimed"],
        },
        "on_time_rate": rate(early + on_time, resolved),
        "timeliness_rate": rate(
            early + on_time + open_timed - overdue, resolved + open_timed
        ),
        "open": {"total": stock["open"], "overdue": overdue},
        "digitisation": {
            "digitised": counts["digitised"],
            "reused": counts["reused"],
            "e_results": counts["e_result"],
        },
        "digitisation_rate": rate(counts["digitised"], received),
        "reuse_rate": rate(counts["reused"], received),
        "e_result_rate": rate(
            counts["e_result"], resolved + counts["resolved_untimed"]
        ),
        "payment": {
            "fee_bearing": counts["fee_bearing"],
            "paid_online": counts["paid_online"],
        },
        "online_payment_rate": rate(counts["paid_online"], counts["fee_bearing"]),
        "publication_rate": rate(published, published + drafted),
    }
    if rating is not None:
        data["satisfaction"] = rating
        data["satisfaction_rate"] = rating["rate"]
    return data


def score_766(indicators: dict, config: dict | None = None) -> dict:
    """Return the Decision 766 points of each group and the total (of 100)."""
    groups = {}
    total = Decimal(0)
    for key, group in (config or score_766_config()).items():
        parts = group["parts"]
        shares = sum(Decimal(str(p[1])) for p in parts)
        points = Decimal(0)
        for name, share, threshold in parts:
            value = indicators.get(name)
            if value is None:
                continue
            ratio = min(Decimal(1), Decimal(value) / Decimal(str(threshold)))
            points += (
                Decimal(str(group["weight"])) * Decimal(str(share)) / shares * ratio
            )
        points = points.quantize(CENT, rounding=ROUND_HALF_UP)
        groups[key] = {
            "label": str(group["label"]),
            "weight": group["weight"],
            "points": points,
        }
        total += points
    return {"total": total.quantize(CENT, rounding=ROUND_HALF_UP), "groups": groups}


def _catalog_publication(scope: Scope) -> tuple[int, int]:
    procedures = Procedure.objects.all()
    if scope.agency is not None:
        procedures = procedures.filter(_agency_q(scope))
    counts = dict(procedures.values_list("state").annotate(n=Count("pk")).order_by())
    return counts.get(Procedure.State.PUBLISHED, 0), counts.get(
        Procedure.State.DRAFT, 0
    )


def indicators(*, scope: Scope, start: date, end: date, compare: bool = True) -> dict:
    """Return every indicator of DOMAIN §10 for a scope and period of local dates."""
    return dashboard_figures(scope=scope, start=start, end=end, compare=compare)["data"]


def dashboard_figures(
    *,
    scope: Scope,
    start: date,
    end: date,
    compare: bool = True,
    ranking: bool = False,
    top_procedures: int = 0,
    agency_ids: list[int] | None = None,
) -> dict:
    """Return a dashboard's figures from one reading of the rollups.

    `data`: every indicator of DOMAIN §10 (with last year's when `compare`);
    `ranking`: the ranked agencies (province scope only); `procedures`: the
    `top_procedures` procedures with most dossiers received in the period.
    """
    if agency_ids is None:
        agency_ids = scope.agency_ids()
    periods = {"now": (start, end)}
    if compare:
        periods["before"] = (year_earlier(start), year_earlier(end))
    reading = rollups_read(scope=scope, periods=periods, agency_ids=agency_ids)
    online_ids = _online_procedure_ids()
    services = services_count(scope=scope)
    published, drafted = _catalog_publication(scope)
    ratings = satisfaction_periods(scope=scope, periods=periods)

    def one(period: str) -> dict:
        return _assemble(
            counts=reading.total(period),
            stock=reading.stock(period),
            used=reading.used(period),
            services=services,
            online_ids=online_ids,
            rating=ratings[period],
            published=published,
            drafted=drafted,
        )

    data = {
        "period": {"from": start.isoformat(), "to": end.isoformat()},
        "scope": scope.label(),
        **one("now"),
    }
    data["score_766"] = score_766(data)
    if compare:
        before_start, before_end = periods["before"]
        before = one("before")
        data["online_change_vs_last_year"] = change(
            data["dossiers"]["online"], before["dossiers"]["online"]
        )
        data["last_year"] = {
            "period": {
                "from": before_start.isoformat(),
                "to": before_end.isoformat(),
            },
            "dossiers": before["dossiers"],
            "resolved": before["resolved"],
            "open": before["open"],
            **{name: before[name] for name in RATE_KEYS},
        }
        data["changes"] = {
            "received": change(
                data["dossiers"]["received"], before["dossiers"]["received"]
            ),
            "online": data["online_change_vs_last_year"],
            "resolved": change(data["resolved"]["total"], before["resolved"]["total"]),
            **{name: _points(data[name], before[name]) for name in RATE_KEYS},
        }
    figures = {"data": data}
    if ranking:
        if scope != Scope():
            raise ValueError("The ranking is read with the province's scope.")
        figures["ranking"] = _ranking(reading, "now", online_ids)
    if top_procedures:
        figures["procedures"] = _top_procedures(reading, "now", top_procedures)
    return figures


def _top_procedures(reading: Reading, period: str, limit: int) -> list[dict]:
    """Return the procedures with most dossiers received in the period (drill-down)."""
    totals = [
        (procedure_id, counts)
        for procedure_id, counts in reading.procedure_totals(period).items()
        if any(counts.values())
    ]
    totals.sort(key=lambda item: (-item[1]["received"], item[0]))
    totals = totals[:limit]
    names = {
        pk: (code, name)
        for pk, code, name in Procedure.objects.filter(
            pk__in=[procedure_id for procedure_id, _counts in totals]
        )
        .order_by()
        .values_list("pk", "code", "name")
    }
    rows = []
    for procedure_id, c in totals:
        early, on_time = c["resolved_early"], c["resolved_on_time"]
        resolved = early + on_time + c["resolved_late"]
        code, name = names.get(procedure_id, ("", ""))
        rows.append(
            {
                "procedure_id": procedure_id,
                "code": code,
                "name": name,
                "received": c["received"],
                "online": c["received_online"],
                "early": early,
                "on_time": on_time,
                "late": c["resolved_late"],
                "resolved": resolved,
                "online_rate": rate(c["received_online"], c["received"]),
                "on_time_rate": rate(early + on_time, resolved),
            }
        )
    return rows


RATE_KEYS = (
    "uptake_rate",
    "online_service_rate",
    "online_reception_rate",
    "online_processing_rate",
    "on_time_rate",
    "timeliness_rate",
    "digitisation_rate",
    "online_payment_rate",
)


def _points(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """Return the difference of two rates in percentage points."""
    if now is None or before is None:
        return None
    return now - before


# ---------------------------------------------------------------- rankings


def ranked_agencies() -> list[Agency]:
    """Return the agencies ranked on the province dashboard: the province's children.

    Reception units are not ranked (they decide nothing).
    """
    return list(
        Agency.objects.filter(parent__parent__isnull=True, parent__isnull=False)
        .exclude(level=Agency.Level.RECEPTION)
        .order_by("name")
    )


def agency_ranking(
    *, start: date, end: date, agencies: list[Agency] | None = None
) -> list[dict]:
    """Return the main indicators of each ranked agency (with subtree), best first."""
    reading = rollups_read(scope=Scope(), periods={"now": (start, end)})
    return _ranking(reading, "now", _online_procedure_ids(), agencies)


def _ranking(
    reading: Reading,
    period: str,
    online_ids: set[int],
    agencies: list[Agency] | None = None,
) -> list[dict]:
    agencies = agencies if agencies is not None else ranked_agencies()
    by_path = {a.path: a.pk for a in agencies}
    all_agencies = dict(Agency.objects.values_list("pk", "path").order_by())

    def top(agency_id: int) -> int | None:
        path = all_agencies.get(agency_id, "")
        parts = path.strip("/").split("/")
        if len(parts) >= 2:
            return by_path.get(f"/{parts[0]}/{parts[1]}/")
        return by_path.get(path)

    parts = reading.split(top)
    config = score_766_config()
    for group in config.values():
        group["label"] = str(group["label"])  # translated once, not once per row
    no_services = {"total": 0, "full_online": 0, "partial_online": 0, "info_only": 0}
    rows = []
    for agency in agencies:
        part = parts.get(agency.pk, Reading({}, {}))
        data = _assemble(
            counts=part.total(period),
            stock=part.stock(period),
            used=part.used(period),
            services=no_services,
            online_ids=online_ids,
            rating=None,
            published=0,
            drafted=0,
        )
        data["agency"] = agency
        data["score"] = score_766(data, config)["total"]
        rows.append(data)
    rows.sort(
        key=lambda r: (
            r["dossiers"]["received"] == 0,
            -(r["timeliness_rate"] or 0),
            -(r["online_reception_rate"] or 0),
            r["agency"].name,
        )
    )
    for position, row in enumerate(rows, start=1):
        row["rank"] = position
    return rows


# ---------------------------------------------------------------- series, targets


def indicator_series(
    *,
    scope: Scope,
    year: int,
    until: date | None = None,
    agency_ids: list[int] | None = None,
) -> list[dict]:
    """Return the month-by-month counts and rates of a year (up to `until`)."""
    until = until or date(year, 12, 31)
    if agency_ids is None:
        agency_ids = scope.agency_ids()
    bucket = ("m", "month BETWEEN %s AND %s", [date(year, 1, 1), date(year, 12, 1)])
    months = {
        (month if isinstance(month, date) else date.fromisoformat(str(month))): sums[
            "m"
        ]
        for month, sums in _bucket_sums(
            _month_model(scope),
            scope_where(scope, agency_ids),
            [(*bucket, COUNT_COLUMNS)],
            ("month",),
        ).items()
    }
    series = []
    for number in range(1, 13):
        month = date(year, number, 1)
        if month > until:
            break
        row = months.get(month, dict.fromkeys(COUNT_COLUMNS, 0))
        row = {c: row.get(c) or 0 for c in COUNT_COLUMNS}
        resolved = (
            row["resolved_early"] + row["resolved_on_time"] + row["resolved_late"]
        )
        series.append(
            {
                "month": month,
                **row,
                "resolved": resolved,
                "online_reception_rate": rate(row["received_online"], row["received"]),
                "online_processing_rate": rate(
                    row["processed_online"], row["received"]
                ),
                "on_time_rate": rate(
                    row["resolved_early"] + row["resolved_on_time"], resolved
                ),
                "digitisation_rate": rate(row["digitised"], row["received"]),
                "online_payment_rate": rate(row["paid_online"], row["fee_bearing"]),
            }
        )
    return series


# How each target indicator is counted month by month, for projections.
PROJECTABLE = {
    Indicator.ONLINE_RECEPTION_RATE: (("received_online",), ("received",)),
    Indicator.ONLINE_PROCESSING_RATE: (("processed_online",), ("received",)),
    Indicator.ON_TIME_RATE: (
        ("resolved_early", "resolved_on_time"),
        ("resolved_early", "resolved_on_time", "resolved_late"),
    ),
    Indicator.DIGITISATION_RATE: (("digitised",), ("received",)),
    Indicator.ONLINE_PAYMENT_RATE: (("paid_online",), ("fee_bearing",)),
}


def projection(*, series: list[dict], indicator: str, year: int) -> Decimal | None:
    """Return the year-end value at the pace of the last three months, or None.

    The months still to come are assumed to add what the last three months added on
    average, to the numerator and the denominator alike.
    """
    spec = PROJECTABLE.get(indicator)
    if spec is None or not series:
        return None
    numerator = sum(sum(m[c] for c in spec[0]) for m in series)
    denominator = sum(sum(m[c] for c in spec[1]) for m in series)
    recent = series[-3:]
    pace_n = Decimal(sum(sum(m[c] for c in spec[0]) for m in recent)) / len(recent)
    pace_d = Decimal(sum(sum(m[c] for c in spec[1]) for m in recent)) / len(recent)
    remaining = 12 - len(series)
    total_d = denominator + pace_d * remaining
    if not total_d:
        return None
    return ((numerator + pace_n * remaining) * HUNDRED / total_d).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


def targets_for(*, agency: Agency, year: int) -> dict[str, Target]:
    """Return the year's target of each indicator for an agency (own, else level)."""
    targets: dict[str, Target] = {}
    found = Target.objects.filter(
        Q(agency__isnull=True, level=agency.level) | Q(agency=agency), year=year
    ).order_by()
    # The level's targets first, so the agency's own override them.
    for target in sorted(found, key=lambda t: t.agency_id is not None):
        targets[target.indicator] = target
    return targets


def target_rows(
    *, agency: Agency, year: int, values: dict, series: list[dict]
) -> list[dict]:
    """Return actual against target, gap, projection and a miss flag per indicator."""
    rows = []
    for indicator, target in targets_for(agency=agency, year=year).items():
        actual = values.get(indicator)
        projected = projection(series=series, indicator=indicator, year=year)
        if projected is None:
            projected = actual
        rows.append(
            {
                "indicator": indicator,
                "label": Indicator(indicator).label,
                "target": target.value,
                "actual": actual,
                "gap": None if actual is None else actual - target.value,
                "projected": projected,
                "will_miss": projected is not None and projected < target.value,
                "source": "agency" if target.agency_id else "level",
            }
        )
    rows.sort(key=lambda r: r["indicator"])
    return rows


# ---------------------------------------------------------------- who may see what


def dashboard_agencies_for(*, user: User) -> QuerySet[Agency]:
    """Return the agencies whose dashboards this user may open."""
    return agency_scope_for(user=user).exclude(level=Agency.Level.RECEPTION)


def fill_lag() -> dict:
    """Return how fresh the rollups are: last refresh and the changes still waiting."""
    from django_tasks_db.models import DBTaskResult

    state = FillState.objects.filter(name=FILL_STATE).first()
    waiting = DBTaskResult.objects.filter(
        task_path="motcua.kpi.tasks.kpi_dossiers_refresh", status="READY"
    ).count()
    return {
        "refreshed_at": state.refreshed_at if state else None,
        "watermark": state.watermark if state else None,
        "waiting": waiting,
        "now": timezone.now(),
    }


# ---------------------------------------------------------------- raw recount


def indicators_recount(*, scope: Scope, start: date, end: date) -> dict:
    """Return the main counts straight from the dossiers (checks and benchmarks only).

    An independent reading of DOMAIN §10 over the dossier table; page views never
    call it.
    """
    from datetime import datetime, time

    from django.db.models import Case, F, IntegerField, When
    from django.db.models.functions import Coalesce, TruncDate

    from motcua.dossiers.models import Dossier

    status = Dossier.Status
    tz = timezone.get_current_timezone()
    end_moment = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
    dossiers = Dossier.objects.exclude(status=status.DRAFT)
    agency_ids = scope.agency_ids()
    if agency_ids is not None:
        dossiers = dossiers.filter(agency_id__in=agency_ids)
    if scope.reception is not None:
        dossiers = dossiers.filter(reception=scope.reception)
    if scope.procedure_id is not None:
        dossiers = dossiers.filter(procedure_id=scope.procedure_id)
    if scope.field_id is not None:
        dossiers = dossiers.filter(procedure__field_id=scope.field_id)
    counted = dossiers.exclude(status=status.REFUSED).filter(received_at__isnull=False)
    received = counted.filter(received_at__date__range=(start, end))
    by_channel = received.aggregate(
        received=Count("pk"),
        online=Count("pk", filter=Q(channel=Dossier.Channel.ONLINE)),
        direct=Count("pk", filter=Q(channel=Dossier.Channel.DIRECT)),
        postal=Count("pk", filter=Q(channel=Dossier.Channel.POSTAL)),
        withdrawn=Count("pk", filter=Q(status__in=(status.WITHDRAWN, status.STOPPED))),
    )
    refused = (
        dossiers.filter(status=status.REFUSED)
        .annotate(sub=Coalesce("submitted_at", "received_at"))
        .filter(sub__date__range=(start, end))
        .count()
    )
    resolved_statuses = (status.FINISHED, status.RETURNED)
    results = (
        counted.filter(status__in=resolved_statuses, due_at__isnull=False)
        .annotate(result=Coalesce("finished_at", "returned_at"))
        .filter(result__date__range=(start, end))
        .annotate(
            result_day=TruncDate("result", tzinfo=tz),
            due_day=TruncDate("due_at", tzinfo=tz),
            kind=Case(
                When(Q(late_forced=True) | Q(result__gt=F("due_at")), then=3),
                When(result_day__lt=F("due_day"), then=1),
                default=2,
                output_field=IntegerField(),
            ),
        )
    )
    kinds = dict(results.values_list("kind").annotate(n=Count("pk")).order_by())
    ended_before = (
        Q(
            status__in=resolved_statuses,
            **{"finished_at__lt": end_moment},
        )
        | Q(
            status__in=resolved_statuses,
            finished_at__isnull=True,
            returned_at__lt=end_moment,
        )
        | Q(status__in=(status.WITHDRAWN, status.STOPPED), closed_at__lt=end_moment)
    )
    open_ = counted.filter(received_at__lt=end_moment).exclude(ended_before)
    overdue = open_.filter(due_at__isnull=False).filter(
        Q(late_forced=True)
        | (
            Q(due_at__lt=end_moment)
            & ~Q(paused_at__isnull=False, due_at__gte=F("paused_at"))
        )
    )
    online_ids = _online_procedure_ids()
    used = set(received.values_list("procedure_id", flat=True).distinct()) & online_ids
    used_online = (
        set(
            received.filter(channel=Dossier.Channel.ONLINE)
            .values_list("procedure_id", flat=True)
            .distinct()
        )
        & online_ids
    )
    early, on_time, late = kinds.get(1, 0), kinds.get(2, 0), kinds.get(3, 0)
    resolved = early + on_time + late
    open_timed = open_.filter(due_at__isnull=False).count()
    overdue_n = overdue.count()
    return {
        "services_with_dossiers": len(used),
        "services_with_online_dossiers": len(used_online),
        "uptake_rate": rate(len(used_online), len(used)),
        "dossiers": {
            "received": by_channel["received"],
            "online": by_channel["online"],
            "direct": by_channel["direct"],
            "postal": by_channel["postal"],
            "refused": refused,
            "withdrawn": by_channel["withdrawn"],
        },
        "online_reception_rate": rate(by_channel["online"], by_channel["received"]),
        "resolved": {
            "total": resolved,
            "early": early,
            "on_time": on_time,
            "late": late,
        },
        "on_time_rate": rate(early + on_time, resolved),
        "timeliness_rate": rate(
            early + on_time + open_timed - overdue_n, resolved + open_timed
        ),
        "open": {"total": open_.count(), "overdue": overdue_n},
    }
