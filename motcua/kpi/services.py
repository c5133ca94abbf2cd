"""Keep the indicator rollups equal to the dossiers, and record yearly targets.

Each counted dossier has one `DossierFact`: its keys (deciding agency, reception
unit, procedure), the local days its counts are keyed on, and its flags (a
dossier submitted online gets its fact when received or refused: until then it
counts nowhere, `dossier_moved`). A refresh
computes the fact anew from the dossier, and moves the difference between the old
and the new contributions into the daily, monthly and agency-month tables with
`INSERT … ON CONFLICT DO UPDATE SET n = n + excluded.n`, so a refresh is
idempotent and cheap whatever the size of the tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, router, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, User
from motcua.core.errors import PermissionDenied, ValidationFailed
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.kpi.models import (
    COUNT_COLUMNS,
    AgencyMonthCount,
    DailyCount,
    DossierFact,
    FillState,
    Indicator,
    MonthlyCount,
    Target,
)

S = Dossier.Status
CHANNEL_CODES = {
    Dossier.Channel.DIRECT: DossierFact.Channel.DIRECT,
    Dossier.Channel.ONLINE: DossierFact.Channel.ONLINE,
    Dossier.Channel.POSTAL: DossierFact.Channel.POSTAL,
}
CHANNEL_COLUMN = {
    DossierFact.Channel.DIRECT: "received_direct",
    DossierFact.Channel.ONLINE: "received_online",
    DossierFact.Channel.POSTAL: "received_postal",
}
TIMELINESS_COLUMN = {
    DossierFact.Timeliness.EARLY: "resolved_early",
    DossierFact.Timeliness.ON_TIME: "resolved_on_time",
    DossierFact.Timeliness.LATE: "resolved_late",
    DossierFact.Timeliness.NONE: "resolved_untimed",
}
FACT_FIELDS = (
    "agency_id",
    "reception_id",
    "procedure_id",
    "channel",
    "recv_day",
    "sub_day",
    "result_day",
    "end_day",
    "due_day",
    "due_end_day",
    "timeliness",
    "timed",
    "withdrawn",
    "processed_online",
    "assisted",
    "digitised",
    "reused",
    "fee_bearing",
    "paid_online",
    "e_result",
)
FILL_STATE = "dossier_facts"
# A dossier committed late by a slow transaction may carry an updated_at older
# than the watermark; the periodic refresh looks back this far (refresh is idempotent).
LOOK_BACK = timedelta(minutes=10)


@lru_cache(maxsize=1)
def _zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def local_day(moment: datetime | None) -> date | None:
    """Return the local date of a moment (the province's time zone), or None."""
    if moment is None:
        return None
    return moment.astimezone(_zone()).date()


def month_start(day: date) -> date:
    return day.replace(day=1)


# ---------------------------------------------------------------- facts


@dataclass(frozen=True)
class DocumentFlags:
    """What a dossier's files say about digitisation and data reuse."""

    digitised: bool = False
    reused: bool = False
    e_result: bool = False


def fact_compute(*, dossier: dict, documents: DocumentFlags) -> dict | None:
    """Return the fact values of one dossier (a dict of its fields), or None for drafts.

    The rules of DOMAIN §10: received excludes refused dossiers and is keyed on the
    receipt day; refused is keyed on the submission day; the result moment is the
    entry into finished (or returned if never finished); a dossier ends at its
    result or at its withdrawal or stop. For `overdue` the due day is used, except
    that a dossier forced late (second supplement request, apology) counts as
    overdue from its receipt, and a paused dossier (clock stopped for a supplement
    during processing) is not overdue while paused unless it already was.
    """
    status = dossier["status"]
    if status == S.DRAFT:
        return None
    refused = status == S.REFUSED
    received_at = dossier["received_at"]
    counted = received_at is not None and not refused
    resolved = status in (S.FINISHED, S.RETURNED)
    result_at = (dossier["finished_at"] or dossier["returned_at"]) if resolved else None
    if resolved and result_at is None:
        result_at = dossier["closed_at"] or received_at
    withdrawn = status in (S.WITHDRAWN, S.STOPPED)
    due_at = dossier["due_at"]
    fact = {
        "agency_id": dossier["agency_id"],
        "reception_id": dossier["reception_id"],
        "procedure_id": dossier["procedure_id"],
        "channel": CHANNEL_CODES[dossier["channel"]],
        "recv_day": None,
        "sub_day": None,
        "result_day": None,
        "end_day": None,
        "due_day": None,
        "due_end_day": None,
        "timeliness": DossierFact.Timeliness.NONE,
        "timed": False,
        "withdrawn": False,
        "processed_online": False,
        "assisted": False,
        "digitised": False,
        "reused": False,
        "fee_bearing": False,
        "paid_online": False,
        "e_result": False,
    }
    if refused:
        fact["sub_day"] = local_day(dossier["submitted_at"] or received_at)
        return fact
    if not counted:
        return fact
    recv_day = local_day(received_at)
    timed = due_at is not None
    end_at = result_at if resolved else (dossier["closed_at"] if withdrawn else None)
    end_day = local_day(end_at)
    fact.update(
        recv_day=recv_day,
        end_day=end_day,
        timed=timed,
        withdrawn=withdrawn,
        processed_online=dossier["channel"] == Dossier.Channel.ONLINE
        and dossier["delivery"] in (Dossier.Delivery.ONLINE, Dossier.Delivery.POST),
        assisted=bool(dossier["assisted"]),
        digitised=documents.digitised,
        reused=documents.reused,
        fee_bearing=dossier["fee_total"] > 0,
        paid_online=dossier["fee_total"] > 0
        and dossier["payment"] == Dossier.Payment.PAID_ONLINE,
    )
    if resolved:
        fact["result_day"] = local_day(result_at)
        fact["e_result"] = documents.e_result
        if timed:
            if dossier["late_forced"] or result_at > due_at:
                fact["timeliness"] = DossierFact.Timeliness.LATE
            elif local_day(result_at) < local_day(due_at):
                fact["timeliness"] = DossierFact.Timeliness.EARLY
            else:
                fact["timeliness"] = DossierFact.Timeliness.ON_TIME
    if timed:
        paused_at = dossier["paused_at"]
        if dossier["late_forced"]:
            due_day = recv_day
        elif paused_at is not None and end_day is None and due_at >= paused_at:
            due_day = None
        else:
            due_day = local_day(due_at)
        fact["due_day"] = due_day
        if due_day is not None and end_day is not None:
            fact["due_end_day"] = max(due_day, end_day)
    return fact


def fact_contributions(fact: dict | None) -> dict[date, dict[str, int]]:
    """Return the counts one fact adds, per day and column."""
    out: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    if fact is None:
        return out
    if fact["sub_day"] is not None:
        out[fact["sub_day"]]["refused"] += 1
    recv = fact["recv_day"]
    if recv is None:
        return out
    row = out[recv]
    row["received"] += 1
    row[CHANNEL_COLUMN[fact["channel"]]] += 1
    for flag in (
        "processed_online",
        "assisted",
        "withdrawn",
        "digitised",
        "reused",
        "fee_bearing",
        "paid_online",
    ):
        if fact[flag]:
            row[flag] += 1
    if fact["timed"]:
        row["received_timed"] += 1
    if fact["result_day"] is not None:
        result = out[fact["result_day"]]
        result[TIMELINESS_COLUMN[fact["timeliness"]]] += 1
        if fact["e_result"]:
            result["e_result"] += 1
    if fact["end_day"] is not None:
        end = out[fact["end_day"]]
        end["ended"] += 1
        if fact["timed"]:
            end["ended_timed"] += 1
    if fact["due_day"] is not None:
        out[fact["due_day"]]["due"] += 1
    if fact["due_end_day"] is not None:
        out[fact["due_end_day"]]["due_ended"] += 1
    return out


DOSSIER_FIELDS = (
    "pk",
    "status",
    "agency_id",
    "reception_id",
    "procedure_id",
    "channel",
    "assisted",
    "delivery",
    "fee_total",
    "payment",
    "submitted_at",
    "received_at",
    "finished_at",
    "returned_at",
    "closed_at",
    "due_at",
    "paused_at",
    "late_forced",
)


def _dossier_rows(ids: Iterable[int] | None = None):
    """Return dossiers as dicts with their document flags, for fact_compute."""
    component_docs = DossierDocument.objects.filter(
        dossier_id=OuterRef("pk"),
        kind=DossierDocument.Kind.COMPONENT,
        withdrawn=False,
    )
    dossiers = Dossier.objects.exclude(status=S.DRAFT).annotate(
        has_components=Exists(component_docs),
        has_paper=Exists(component_docs.filter(digitised=False)),
        has_reused=Exists(component_docs.filter(reused=True)),
        has_result=Exists(
            DossierDocument.objects.filter(
                dossier_id=OuterRef("pk"), kind=DossierDocument.Kind.RESULT
            )
        ),
    )
    if ids is not None:
        dossiers = dossiers.filter(pk__in=list(ids))
    return dossiers.order_by("pk").values(
        *DOSSIER_FIELDS, "has_components", "has_paper", "has_reused", "has_result"
    )


def _documents(row: dict) -> DocumentFlags:
    return DocumentFlags(
        digitised=row["has_components"] and not row["has_paper"],
        reused=row["has_reused"],
        e_result=row["has_result"],
    )


# ---------------------------------------------------------------- rollup writes


def _upsert(table: str, key_columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Add counts to rollup rows, creating the rows that do not exist."""
    if not rows:
        return
    columns = (*key_columns, *COUNT_COLUMNS)
    placeholders = "(" + ", ".join(["%s"] * len(columns)) + ")"
    updates = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNT_COLUMNS)
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES {placeholders} "  # noqa: S608 (names are ours)
        f"ON CONFLICT ({', '.join(key_columns)}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def deltas_apply(deltas: dict[tuple[int, int, int, date], dict[str, int]]) -> None:
    """Move count differences into the daily, monthly and agency-month tables."""
    daily: list[tuple] = []
    monthly: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    agency_month: dict[tuple, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (agency_id, reception_id, procedure_id, day), counts in deltas.items():
        if not any(counts.values()):
            continue
        daily.append(
            (
                agency_id,
                reception_id,
                procedure_id,
                day,
                *(counts.get(c, 0) for c in COUNT_COLUMNS),
            )
        )
        month = month_start(day)
        for column, n in counts.items():
            monthly[(agency_id, reception_id, procedure_id, month)][column] += n
            agency_month[(agency_id, reception_id, month)][column] += n
    _upsert(
        DailyCount._meta.db_table,
        ("agency_id", "reception_id", "procedure_id", "day"),
        daily,
    )
    _upsert(
        MonthlyCount._meta.db_table,
        ("agency_id", "reception_id", "procedure_id", "month"),
        [
            (*key, *(c.get(col, 0) for col in COUNT_COLUMNS))
            for key, c in monthly.items()
        ],
    )
    _upsert(
        AgencyMonthCount._meta.db_table,
        ("agency_id", "reception_id", "month"),
        [
            (*key, *(c.get(col, 0) for col in COUNT_COLUMNS))
            for key, c in agency_month.items()
        ],
    )


def _add(deltas: dict, fact: dict | None, sign: int) -> None:
    if fact is None:
        return
    key = (fact["agency_id"], fact["reception_id"], fact["procedure_id"])
    for day, counts in fact_contributions(fact).items():
        target = deltas.setdefault((*key, day), defaultdict(int))
        for column, n in counts.items():
            target[column] += sign * n


@transaction.atomic
def facts_refresh(*, dossier_ids: Iterable[int]) -> int:
    """Recount these dossiers into the rollups; return how many facts changed."""
    ids = sorted(set(dossier_ids))
    if not ids:
        return 0
    # Lock the facts first so two refreshes of one dossier run one after the other.
    old = {
        fact["dossier_id"]: fact
        for fact in DossierFact.objects.select_for_update()
        .filter(dossier_id__in=ids)
        .values("dossier_id", *FACT_FIELDS)
    }
    new = {
        row["pk"]: fact_compute(dossier=row, documents=_documents(row))
        for row in _dossier_rows(ids)
    }
    deltas: dict = {}
    changed = 0
    to_create, to_delete = [], []
    for pk in ids:
        before = old.get(pk)
        if before is not None:
            before = {k: before[k] for k in FACT_FIELDS}
        after = new.get(pk)
        if before == after:
            continue
        changed += 1
        _add(deltas, before, -1)
        _add(deltas, after, +1)
        if before is not None:
            to_delete.append(pk)
        if after is not None:
            to_create.append(DossierFact(dossier_id=pk, **after))
    DossierFact.objects.filter(dossier_id__in=to_delete).delete()
    DossierFact.objects.bulk_create(to_create, batch_size=1000)
    deltas_apply(deltas)
    return changed


def facts_refresh_changed(*, now: datetime | None = None) -> int:
    """Recount every dossier changed since the last run; remember how far it got."""
    now = now or timezone.now()
    state, _created = FillState.objects.get_or_create(name=FILL_STATE)
    changes = Dossier.objects.exclude(status=S.DRAFT)
    if state.watermark is not None:
        changes = changes.filter(updated_at__gt=state.watermark - LOOK_BACK)
    changes = changes.filter(updated_at__lte=now)
    changed = 0
    batch: list[int] = []
    high = state.watermark
    for pk, updated_at in (
        changes.order_by("updated_at")
        .values_list("pk", "updated_at")
        .iterator(chunk_size=5000)
    ):
        batch.append(pk)
        high = updated_at if high is None else max(high, updated_at)
        if len(batch) >= 2000:
            changed += facts_refresh(dossier_ids=batch)
            batch = []
    changed += facts_refresh(dossier_ids=batch)
    FillState.objects.filter(pk=state.pk).update(watermark=high, refreshed_at=now)
    return changed


def fill_state_mark(*, watermark: datetime | None = None) -> None:
    """Record that the rollups count every dossier changed up to `watermark`."""
    now = timezone.now()
    FillState.objects.update_or_create(
        name=FILL_STATE, defaults={"watermark": watermark or now, "refreshed_at": now}
    )


# ---------------------------------------------------------------- full rebuild


def _month_sql(column: str) -> str:
    if connection.vendor == "postgresql":
        return f"date_trunc('month', {column})::date"
    return f"date({column}, 'start of month')"


def _fact_select(day_column: str, columns: dict[str, str], where: str) -> str:
    exprs = ", ".join(f"{columns.get(c, '0')} AS {c}" for c in COUNT_COLUMNS)
    table = DossierFact._meta.db_table
    return (
        "SELECT agency_id, reception_id, procedure_id, "  # noqa: S608 (our names)
        f"{day_column} AS day, {exprs} "
        f"FROM {table} WHERE {day_column} IS NOT NULL{where}"
    )


def _flag(expr: str) -> str:
    return f"CASE WHEN {expr} THEN 1 ELSE 0 END"


def _facts_union(where: str) -> str:
    """Return SQL giving one row of counts per fact and day it is keyed on."""
    receipt = {
        "received": "1",
        "received_online": _flag("channel = 2"),
        "received_direct": _flag("channel = 1"),
        "received_postal": _flag("channel = 3"),
        "processed_online": _flag("processed_online"),
        "assisted": _flag("assisted"),
        "withdrawn": _flag("withdrawn"),
        "received_timed": _flag("timed"),
        "digitised": _flag("digitised"),
        "reused": _flag("reused"),
        "fee_bearing": _flag("fee_bearing"),
        "paid_online": _flag("paid_online"),
    }
    result = {
        "resolved_early": _flag("timeliness = 1"),
        "resolved_on_time": _flag("timeliness = 2"),
        "resolved_late": _flag("timeliness = 3"),
        "resolved_untimed": _flag("timeliness = 0"),
        "e_result": _flag("e_result"),
    }
    parts = [
        _fact_select("recv_day", receipt, where),
        _fact_select("sub_day", {"refused": "1"}, where),
        _fact_select("result_day", result, where),
        _fact_select("end_day", {"ended": "1", "ended_timed": _flag("timed")}, where),
        _fact_select("due_day", {"due": "1"}, where),
        _fact_select("due_end_day", {"due_ended": "1"}, where),
    ]
    return " UNION ALL ".join(parts)


def _add_sql(table: str, keys: str, key_select: str, source: str, group: str) -> str:
    sums = ", ".join(f"SUM({c})" for c in COUNT_COLUMNS)
    cols = ", ".join(COUNT_COLUMNS)
    updates = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in COUNT_COLUMNS)
    return (
        f"INSERT INTO {table} ({keys}, {cols}) "  # noqa: S608 (our names)
        f"SELECT {key_select}, {sums} FROM ({source}) t WHERE true "
        f"GROUP BY {group} ON CONFLICT ({keys}) DO UPDATE SET {updates}"
    )


def rollups_add_facts(*, first_id: int, last_id: int) -> None:
    """Add the facts of a block of new dossiers to the rollups, in SQL (bulk loads).

    The work grows with the block, not with the tables.
    """
    union = _facts_union(f" AND dossier_id BETWEEN {int(first_id)} AND {int(last_id)}")
    month = _month_sql("day")
    keyed = "agency_id, reception_id, procedure_id"
    with connection.cursor() as cursor:
        cursor.execute(
            _add_sql(
                DailyCount._meta.db_table,
                f"{keyed}, day",
                f"{keyed}, day",
                union,
                f"{keyed}, day",
            )
        )
        cursor.execute(
            _add_sql(
                MonthlyCount._meta.db_table,
                f"{keyed}, month",
                f"{keyed}, {month}",
                union,
                f"{keyed}, {month}",
            )
        )
        cursor.execute(
            _add_sql(
                AgencyMonthCount._meta.db_table,
                "agency_id, reception_id, month",
                f"agency_id, reception_id, {month}",
                union,
                f"agency_id, reception_id, {month}",
            )
        )
        if connection.vendor == "postgresql":
            for model in (DailyCount, MonthlyCount, AgencyMonthCount):
                cursor.execute(f"ANALYZE {model._meta.db_table}")


def rollups_rebuild_from_facts() -> None:
    """Recount the three rollup tables from all the facts, in SQL (repair)."""
    with transaction.atomic(), connection.cursor() as cursor:
        for model in (DailyCount, MonthlyCount, AgencyMonthCount):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")  # noqa: S608
    rollups_add_facts(first_id=0, last_id=2**62)


def facts_rebuild(*, progress=None) -> int:
    """Recompute every fact from the dossiers, then every rollup; return the count."""
    started = timezone.now()
    with transaction.atomic():
        DossierFact.objects.all().delete()
        batch: list[DossierFact] = []
        count = 0
        for row in _dossier_rows().iterator(chunk_size=5000):
            fact = fact_compute(dossier=row, documents=_documents(row))
            if fact is None:
                continue
            batch.append(DossierFact(dossier_id=row["pk"], **fact))
            if len(batch) >= 5000:
                DossierFact.objects.bulk_create(batch)
                count += len(batch)
                batch = []
                if progress:
                    progress(count)
        DossierFact.objects.bulk_create(batch)
        count += len(batch)
        rollups_rebuild_from_facts()
        fill_state_mark(watermark=started)
    return count


# ---------------------------------------------------------------- after commit


class _Enqueue:
    """One callback that enqueues a recount of the dossiers it collected."""

    def __init__(self) -> None:
        self.ids: set[int] = set()

    def __call__(self) -> None:
        from motcua.kpi.tasks import kpi_dossiers_refresh

        kpi_dossiers_refresh.enqueue(dossier_ids=sorted(self.ids))


class _Enqueued:
    """Marks a transaction that already holds the recount of its first dossier."""

    def __init__(self, dossier_id: int) -> None:
        self.dossier_id = dossier_id

    def __call__(self) -> None:
        """Nothing to do at commit: the task's row commits with the dossier."""


def _tasks_commit_with_dossiers() -> bool:
    """Return whether an enqueued recount is a row of the dossiers' own database.

    Then a task enqueued inside the transaction becomes visible with the change
    it recounts, or never: no commit of its own, and nothing lost when the
    process dies between the two.
    """
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    from motcua.kpi.tasks import kpi_dossiers_refresh

    backend = task_backends[kpi_dossiers_refresh.backend]
    return (
        isinstance(backend, DatabaseBackend)
        and router.db_for_write(DBTaskResult) == connection.alias
    )


# Where a draft goes without counting in any indicator (DOMAIN §10): a draft, or
# an online dossier just submitted, which counts from its receipt or, if it is
# refused, from its submission. Its fact adds nothing to any rollup
# (`fact_contributions` is empty). Not every submitted dossier: one imported
# from an older system may be "submitted" with a receipt already.
UNCOUNTED_FROM_DRAFT = frozenset({S.DRAFT, S.SUBMITTED})


def dossier_moved(*, dossier_id: int, from_status: str | None, to_status: str) -> None:
    """Schedule a dossier's recount for a change of status, if it can move a count.

    A draft created or submitted online moves none: its first recount comes
    with its reception or refusal, and the background worker is spared one task
    per online submission. Every other move is recounted.
    """
    if (from_status or S.DRAFT) == S.DRAFT and to_status in UNCOUNTED_FROM_DRAFT:
        return
    dossier_changed(dossier_id=dossier_id)


def dossier_changed(*, dossier_id: int) -> None:
    """Schedule a recount of a dossier with the current transaction.

    With the database task backend the first dossier of a transaction is
    enqueued inside it (its task commits or rolls back with it); the others, and
    every dossier with another backend, share one task enqueued after the commit.
    A rollback drops both.
    """
    if connection.in_atomic_block:
        enqueued_here = False
        for _sids, func, _robust in connection.run_on_commit:
            if isinstance(func, _Enqueue):
                func.ids.add(dossier_id)
                return
            if isinstance(func, _Enqueued):
                if func.dossier_id == dossier_id:
                    return
                enqueued_here = True
        if not enqueued_here and _tasks_commit_with_dossiers():
            from motcua.kpi.tasks import kpi_dossiers_refresh

            kpi_dossiers_refresh.enqueue(dossier_ids=[dossier_id])
            transaction.on_commit(_Enqueued(dossier_id))
            return
    callback = _Enqueue()
    callback.ids.add(dossier_id)
    transaction.on_commit(callback)


# ---------------------------------------------------------------- targets

RATE_INDICATORS = tuple(Indicator.values)
# The days a period of indicators may cover: the calendar's arithmetic (a year
# earlier, a day later, the time zone) stays within Python's dates.
PERIOD_FIRST_DAY = date(2000, 1, 1)
PERIOD_LAST_DAY = date(2099, 12, 31)


def period_problem(start: date, end: date) -> str | None:
    """Return what is wrong with a period of indicators, or None."""
    if not (PERIOD_FIRST_DAY <= start <= PERIOD_LAST_DAY) or not (
        PERIOD_FIRST_DAY <= end <= PERIOD_LAST_DAY
    ):
        return _("Hãy chọn ngày trong khoảng %(first)s – %(last)s.") % {
            "first": f"{PERIOD_FIRST_DAY:%d/%m/%Y}",
            "last": f"{PERIOD_LAST_DAY:%d/%m/%Y}",
        }
    if end < start:
        return _("Ngày kết thúc phải sau ngày bắt đầu.")
    return None


def _require_province_admin(actor: User) -> None:
    from motcua.accounts.models import Role

    if not (actor.is_authenticated and actor.has_role(Role.PROVINCE_ADMIN)):
        raise PermissionDenied(_("Chỉ quản trị cấp tỉnh được giao chỉ tiêu."))


def _check_value(value: Decimal) -> Decimal:
    if value < 0 or value > 100:
        raise ValidationFailed(
            {"value": [_("Chỉ tiêu là tỷ lệ phần trăm từ 0 đến 100.")]}
        )
    return value.quantize(Decimal("0.01"))


@transaction.atomic
def target_set(
    *,
    actor: User,
    year: int,
    indicator: str,
    value: Decimal,
    agency: Agency | None = None,
    level: str = "",
) -> Target:
    """Set one year's target for an agency, or for every agency of a level."""
    _require_province_admin(actor)
    if indicator not in RATE_INDICATORS:
        raise ValidationFailed({"indicator": [_("Chỉ số không hợp lệ.")]})
    if not 2000 <= year <= 2100:
        raise ValidationFailed({"year": [_("Năm không hợp lệ.")]})
    value = _check_value(value)
    if agency is None and level not in Agency.Level.values:
        raise ValidationFailed(
            {"level": [_("Hãy chọn một cơ quan hoặc một cấp cơ quan.")]}
        )
    if agency is not None:
        target, _created = Target.objects.update_or_create(
            year=year,
            indicator=indicator,
            agency=agency,
            defaults={"value": value, "level": "", "set_by": actor},
        )
    else:
        target, _created = Target.objects.update_or_create(
            year=year,
            indicator=indicator,
            agency=None,
            level=level,
            defaults={"value": value, "set_by": actor},
        )
    return target


@transaction.atomic
def target_delete(*, actor: User, target: Target) -> None:
    """Remove a target."""
    _require_province_admin(actor)
    target.delete()
