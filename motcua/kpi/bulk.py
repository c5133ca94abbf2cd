"""Write many dossiers at once (generator and import): rows, one ledger event, facts.

On PostgreSQL rows go through COPY (psycopg's `cursor.copy`); elsewhere through
`executemany`. Each dossier gets one `imported` event whose hash is computed with
`event_hash`, so `motcua verify-ledger` accepts it, and its `DossierFact`; the
rollups are recounted from the facts at the end.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from datetime import UTC, date, datetime

from django.db import connection, transaction
from django.utils import timezone

from motcua.dossiers.models import Dossier, DossierCounter, DossierEvent
from motcua.dossiers.services.ledger import IMPORT_VERB, event_hash
from motcua.kpi.models import (
    COUNT_COLUMNS,
    AgencyMonthCount,
    DailyCount,
    DossierFact,
    MonthlyCount,
)
from motcua.kpi.services import (
    FACT_FIELDS,
    DocumentFlags,
    fact_compute,
    facts_refresh_changed,
    fill_state_mark,
    rollups_add_facts,
)

DOSSIER_COLUMNS = [f.column for f in Dossier._meta.concrete_fields]
DOSSIER_ATTNAMES = [f.attname for f in Dossier._meta.concrete_fields]
EVENT_COLUMNS = [
    "dossier_id",
    "seq",
    "verb",
    "from_status",
    "to_status",
    "at",
    "actor_id",
    "actor_agency_id",
    "reason",
    "data",
    "prev_hash",
    "hash",
    "recorded_at",
]
FACT_COLUMNS = ["dossier_id", *FACT_FIELDS]
NO_DOCUMENTS = DocumentFlags()


def _defaults() -> dict:
    values = {}
    for f in Dossier._meta.concrete_fields:
        if f.has_default():
            default = f.get_default()
            values[f.attname] = default
        elif f.null:
            values[f.attname] = None
        else:
            values[f.attname] = ""
    values["form_data"] = {}
    return values


def _sql_value(value):
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, datetime) and connection.vendor == "sqlite":
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")
    return value


class BulkWriter:
    """Collect dossier rows and write them with their event and fact in chunks."""

    def __init__(self, *, source: str, chunk: int = 20_000) -> None:
        self.source = source
        self.chunk = chunk
        self.defaults = _defaults()
        self.now = timezone.now()
        self.dossiers: list[list] = []
        self.events: list[list] = []
        self.facts: list[list] = []
        self.next_id = 0
        self.last_id = -1
        self.first_id: int | None = None
        self.written = 0
        self.postgres = connection.vendor == "postgresql"

    def _reserve(self, n: int) -> None:
        self.next_id = ids_reserve(n)
        self.last_id = self.next_id + n - 1
        if self.first_id is None:
            self.first_id = self.next_id

    def add(self, values: dict) -> int:
        """Queue one dossier (a dict of model attnames); return its new primary key."""
        if self.next_id > self.last_id:
            self._reserve(max(self.chunk, 1000))
        pk = self.next_id
        self.next_id += 1
        row = {**self.defaults, **values, "id": pk}
        row.setdefault("created_at", self.now)
        row["created_at"] = row["created_at"] or self.now
        moment = (
            row["closed_at"]
            or row["returned_at"]
            or row["finished_at"]
            or row["received_at"]
            or row["submitted_at"]
        )
        # The last change of a dossier brought in whole is its last recorded moment;
        # the periodic refresh then has nothing to recount (facts are written here).
        row["updated_at"] = min(moment, self.now)
        data = {"source": self.source}
        digest = event_hash(
            dossier_id=pk,
            seq=1,
            verb=IMPORT_VERB,
            from_status="",
            to_status=row["status"],
            at=moment,
            actor_id=None,
            reason="",
            data=data,
            prev_hash="",
        )
        row["version"] = 1
        row["ledger_head"] = digest
        self.dossiers.append([row[name] for name in DOSSIER_ATTNAMES])
        self.events.append(
            [
                pk,
                1,
                IMPORT_VERB,
                "",
                row["status"],
                moment,
                None,
                None,
                "",
                data,
                "",
                digest,
                self.now,
            ]
        )
        fact = fact_compute(dossier=row, documents=NO_DOCUMENTS)
        if fact is not None:
            self.facts.append([pk, *(fact[name] for name in FACT_FIELDS)])
        if len(self.dossiers) >= self.chunk:
            self.flush()
        return pk

    def _copy(self, table: str, columns: list[str], rows: list[list]) -> None:
        if not rows:
            return
        if self.postgres:
            from psycopg.types.json import Jsonb

            json_columns = [i for i, v in enumerate(rows[0]) if isinstance(v, dict)]
            with connection.cursor() as cursor:
                sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
                with cursor.cursor.copy(sql) as copy:
                    for row in rows:
                        for i in json_columns:
                            row[i] = Jsonb(row[i])
                        copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"  # noqa: S608
        with connection.cursor() as cursor:
            cursor.executemany(sql, [[_sql_value(v) for v in row] for row in rows])

    def copy_lines(
        self, rows: Iterable[tuple[str, str | None]], *, first_id: int
    ) -> None:
        """Write ready COPY text lines (PostgreSQL): dossiers with ids from `first_id`.

        `rows` gives each dossier's line and its fact's line (or None); the ids come
        from `ids_reserve`. Dossier lines are streamed while the rows are made, so
        the server parses them while the next ones are built; facts follow per
        block and the `imported` events are derived in SQL from the rows (their
        hash is the dossier's `ledger_head`, computed by the maker of the lines).
        """
        rows = iter(rows)
        dossiers = (
            f"COPY {Dossier._meta.db_table} ({', '.join(DOSSIER_COLUMNS)}) FROM STDIN"
        )
        facts_sql = (
            f"COPY {DossierFact._meta.db_table} ({', '.join(FACT_COLUMNS)}) FROM STDIN"
        )
        with connection.cursor() as cursor:
            while True:
                facts: list[str] = []
                written = 0
                with cursor.cursor.copy(dossiers) as copy:
                    batch: list[str] = []
                    for line, fact in itertools.islice(rows, self.chunk):
                        batch.append(line)
                        if fact is not None:
                            facts.append(fact)
                        if len(batch) >= 1000:
                            copy.write("".join(batch))
                            written += len(batch)
                            batch = []
                    copy.write("".join(batch))
                    written += len(batch)
                if not written:
                    break
                if facts:
                    with cursor.cursor.copy(facts_sql) as copy:
                        copy.write("".join(facts))
                last = first_id + written - 1
                events_imported(
                    first_id=first_id, last_id=last, source=self.source, at=self.now
                )
                if self.first_id is None:
                    self.first_id = first_id
                self.last_id = max(self.last_id, last)
                self.written += written
                first_id = last + 1

    def flush(self) -> None:
        self._copy(Dossier._meta.db_table, DOSSIER_COLUMNS, self.dossiers)
        self._copy(DossierEvent._meta.db_table, EVENT_COLUMNS, self.events)
        self._copy(DossierFact._meta.db_table, FACT_COLUMNS, self.facts)
        self.written += len(self.dossiers)
        self.dossiers, self.events, self.facts = [], [], []

    def finish(self, counters: dict[tuple[str, date], int]) -> None:
        """Write the last rows, the code counters, and recount the rollups."""
        self.flush()
        existing = {
            (c.unit_code, c.day): c
            for c in DossierCounter.objects.filter(
                unit_code__in={unit for unit, _day in counters}
            )
        }
        new, changed = [], []
        for (unit, day), last in counters.items():
            counter = existing.get((unit, day))
            if counter is None:
                new.append(DossierCounter(unit_code=unit, day=day, last=last))
            elif counter.last < last:
                counter.last = last
                changed.append(counter)
        DossierCounter.objects.bulk_create(new, batch_size=5000)
        DossierCounter.objects.bulk_update(changed, ["last"], batch_size=5000)
        if self.first_id is not None:
            rollups_add_range(first_id=self.first_id, last_id=self.last_id)
        fill_state_mark()


def ids_reserve(n: int) -> int:
    """Reserve `n` consecutive dossier ids past every used one; return the first."""
    table = Dossier._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
            sequence = cursor.fetchone()[0]
            cursor.execute(
                "SELECT setval(%s, GREATEST("  # noqa: S608 (our table name)
                f"(SELECT COALESCE(MAX(id), 0) FROM {table}), "
                "(SELECT last_value FROM " + sequence + ")) + %s)",
                [sequence, n],
            )
            top = cursor.fetchone()[0]
        else:
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
            top = cursor.fetchone()[0] + n
    return top - n + 1


def copy_text(value) -> str:
    """Return a value as a field of PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, dict | list):
        value = json.dumps(value, ensure_ascii=False)
    elif isinstance(value, datetime):
        value = value.isoformat(sep=" ")
    return (
        str(value)
        .replace("\\", "\\\\")
        .replace("\t", "\\t")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
    )


def events_imported(*, first_id: int, last_id: int, source: str, at: datetime) -> None:
    """Write the `imported` event of each dossier of an id range, in SQL.

    Its moment is the dossier's last recorded one and its hash the dossier's
    `ledger_head`, which the writer computed with `event_hash` on the same values.
    """
    columns = ", ".join(EVENT_COLUMNS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {DossierEvent._meta.db_table} ({columns}) "  # noqa: S608
            "SELECT id, 1, %s, '', status, "
            "COALESCE(closed_at, returned_at, finished_at, received_at, submitted_at), "
            "NULL, NULL, '', %s::jsonb, '', ledger_head, %s "
            f"FROM {Dossier._meta.db_table} WHERE id BETWEEN %s AND %s ORDER BY id",
            [IMPORT_VERB, json.dumps({"source": source}), at, first_id, last_id],
        )


def rollups_add_range(*, first_id: int, last_id: int) -> None:
    """Add the facts of the dossiers of an id range to the three rollups.

    On PostgreSQL the facts are grouped once by (agency, reception, procedure, day)
    into a temporary table, and the daily and both monthly rollups are added from
    it; elsewhere `rollups_add_facts` groups them per rollup.
    """
    if connection.vendor != "postgresql":
        rollups_add_facts(first_id=first_id, last_id=last_id)
        return
    # The one definition of which fact adds what to which day.
    from motcua.kpi.services import _facts_union

    union = _facts_union(f" AND dossier_id BETWEEN {int(first_id)} AND {int(last_id)}")
    keyed = "agency_id, reception_id, procedure_id"
    month = "date_trunc('month', day)::date"
    cols = ", ".join(COUNT_COLUMNS)
    sums = ", ".join(f"SUM({c})" for c in COUNT_COLUMNS)
    named_sums = ", ".join(f"SUM({c}) AS {c}" for c in COUNT_COLUMNS)
    targets = (
        (DailyCount, f"{keyed}, day", f"{keyed}, day", False),
        (MonthlyCount, f"{keyed}, month", f"{keyed}, {month}", True),
        (
            AgencyMonthCount,
            "agency_id, reception_id, month",
            f"agency_id, reception_id, {month}",
            True,
        ),
    )
    with transaction.atomic(), connection.cursor() as cursor:
        # Group in memory, not on disk (this transaction only).
        cursor.execute("SET LOCAL work_mem = '1GB'")
        cursor.execute("DROP TABLE IF EXISTS kpi_bulk_delta")
        cursor.execute(
            "CREATE TEMPORARY TABLE kpi_bulk_delta ON COMMIT DROP AS "  # noqa: S608
            f"SELECT {keyed}, day, {named_sums} FROM ({union}) t GROUP BY {keyed}, day"
        )
        for model, keys, select, group in targets:
            table = model._meta.db_table
            updates = ", ".join(
                f"{c} = {table}.{c} + excluded.{c}" for c in COUNT_COLUMNS
            )
            source = (
                f"SELECT {select}, {sums} FROM kpi_bulk_delta GROUP BY {select}"  # noqa: S608
                if group
                else f"SELECT {select}, {cols} FROM kpi_bulk_delta"  # noqa: S608
            )
            cursor.execute(
                f"INSERT INTO {table} ({keys}, {cols}) {source} "
                f"ON CONFLICT ({keys}) DO UPDATE SET {updates}"
            )
        cursor.execute("DROP TABLE kpi_bulk_delta")
        for model, *_rest in targets:
            cursor.execute(f"ANALYZE {model._meta.db_table}")


@contextmanager
def indexes_suspended(models, *, when: bool = True):
    """Drop the plain indexes of some tables for a big load and build them after.

    Indexes that back a constraint (primary keys, unique keys) stay. PostgreSQL
    only, inside the load's transaction (the tables stay locked until it ends);
    building an index once over sorted rows costs less than keeping it up to date
    row by row when the load is as big as the table or bigger.
    """
    if not when or connection.vendor != "postgresql":
        yield
        return
    tables = [m._meta.db_table for m in models]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) "
            "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
            "WHERE t.relname = ANY(%s) AND pg_table_is_visible(t.oid) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
            "WHERE c.conindid = i.indexrelid)",
            [tables],
        )
        indexes = cursor.fetchall()
        for name, _definition in indexes:
            cursor.execute(f"DROP INDEX {name}")
        yield
        cursor.execute("SET LOCAL maintenance_work_mem = '1GB'")
        for _name, definition in indexes:
            cursor.execute(definition)


def bulk_run(
    build: Callable[[BulkWriter], dict], *, source: str, fast: bool = True
) -> int:
    """Run a bulk load in one transaction; return the number of dossiers written."""
    facts_refresh_changed()  # earlier dossiers must have facts before the recount
    with transaction.atomic():
        if fast and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                try:
                    with transaction.atomic():
                        # Skip per-row foreign-key triggers: the keys come from the
                        # tables just read (needs a superuser; otherwise checked).
                        cursor.execute("SET LOCAL session_replication_role = replica")
                except Exception:  # noqa: S110 (not allowed: keep the checks)
                    pass
        writer = BulkWriter(source=source)
        counters = build(writer)
        writer.finish(counters)
    return writer.written


def counters_load() -> dict[tuple[str, date], int]:
    """Return the last code number given per unit and day, to continue from."""
    return {
        (unit, day): last
        for unit, day, last in DossierCounter.objects.values_list(
            "unit_code", "day", "last"
        )
    }


def codes_next(counters: dict[tuple[str, date], int], unit: str, day: date) -> str:
    """Return the next dossier code of a unit and day (DOMAIN §8), in memory."""
    key = (unit, day)
    counters[key] = counters.get(key, 0) + 1
    return f"{unit}-{day:%y%m%d}-{counters[key]:04d}"


def iter_chunks(items: Iterable, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
