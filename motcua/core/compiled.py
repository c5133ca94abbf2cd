"""Queries and single-row writes whose SQL is built once per process.

On the hot paths the ORM spends more CPU compiling a query than the database
spends running it (`shared/PERFORMANCE-NOTES.md`). A `CompiledQuery` is written
with the ORM as usual, compiled the first time it runs, then only run with new
values. `row_insert` and `row_update` do what `Model.save()` does for one row
(same field preparation, same SQL) with statements built once per model and
field list; they fall back to `save()` wherever they would differ (signal
receivers, inherited models, expressions as values).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, models
from django.db.models import signals
from django.db.models.expressions import RawSQL
from django.db.transaction import TransactionManagementError


def _sample(field: models.Field, number: int) -> Any:
    """Return a value that marks a slot in the compiled parameters."""
    target = field.target_field if field.is_relation else field
    if isinstance(target, models.DateTimeField):
        return datetime(1901, 2, 3, 4, 5, 6, 1000 + number, tzinfo=UTC)
    if isinstance(target, models.DateField):
        return date(1901, 2, 3) + timedelta(days=number)
    if isinstance(target, models.IntegerField | models.AutoField):
        return -987_654_000 - number
    if isinstance(target, models.CharField | models.TextField):
        return f"\x00slot{number}\x00"
    raise TypeError(f"no marker value for {field!r}")


_BIGINT_MIN, _BIGINT_MAX = -(2**63), 2**63 - 1


class CompiledQuery:
    """A read written with the ORM, compiled once per database, run with new values.

    `build` returns the queryset (usually `.values_list()` of the columns needed)
    from keyword values; `slots` names the field that prepares each value, as a
    lookup on that field would. Rows come back converted as the ORM converts them.
    """

    def __init__(self, build: Callable[..., models.QuerySet], **slots: models.Field):
        self._build = build
        self._slots = slots
        self._plans: dict[str, tuple] = {}

    def _plan(self, alias: str) -> tuple:
        plan = self._plans.get(alias)
        if plan is not None:
            return plan
        connection = connections[alias]
        samples = {
            name: _sample(field, number)
            for number, (name, field) in enumerate(self._slots.items())
        }
        query = self._build(**samples).query
        compiler = query.get_compiler(alias)
        sql, params = compiler.as_sql()
        params = list(params)
        positions = []
        for name, field in self._slots.items():
            marker = field.get_db_prep_value(samples[name], connection, prepared=False)
            found = [i for i, value in enumerate(params) if value == marker]
            if not found:
                raise ValueError(f"the value {name!r} is not a parameter of the query")
            positions += [(i, name, field) for i in found]
        select = [column for column, _sql, _alias in compiler.select]
        converters = compiler.get_converters(select[: compiler.col_count])
        locks = query.select_for_update and connection.features.has_select_for_update
        plan = (sql, params, positions, converters, locks)
        self._plans[alias] = plan
        return plan

    def rows(self, using: str = DEFAULT_DB_ALIAS, **values: Any) -> list[tuple]:
        """Run the query with these values and return its rows."""
        sql, params, positions, converters, locks = self._plan(using)
        connection = connections[using]
        if locks and connection.get_autocommit():
            # As the ORM refuses it: a lock outside a transaction is let go at once.
            raise TransactionManagementError(
                "select_for_update cannot be used outside of a transaction."
            )
        params = list(params)
        for position, name, field in positions:
            value = field.get_db_prep_value(values[name], connection, prepared=False)
            if isinstance(value, int) and not _BIGINT_MIN <= value <= _BIGINT_MAX:
                return []  # as the ORM: no row has a key out of the column's range
            params[position] = value
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if converters:
            rows = [_converted(row, converters, connection) for row in rows]
        return rows

    def first(self, using: str = DEFAULT_DB_ALIAS, **values: Any) -> tuple | None:
        """Return the first row, or None (the query should have its own limit)."""
        rows = self.rows(using, **values)
        return rows[0] if rows else None


def _converted(row: tuple, converters: dict, connection) -> tuple:
    row = list(row)
    for position, (functions, expression) in converters.items():
        value = row[position]
        for function in functions:
            value = function(value, expression, connection)
        row[position] = value
    return tuple(row)


def instance(model: type[models.Model], names: Iterable[str], values, using: str):
    """Return a model instance from some of its columns (the others deferred).

    `names` are attnames in the model's field order, as `Model.from_db` wants them.
    """
    return model.from_db(using, tuple(names), tuple(values))


def instance_of(model: type[models.Model], values: dict[str, Any], using: str):
    """Return a model instance from attnames and their values (others deferred)."""
    names = attnames(model, *values)
    return model.from_db(using, names, tuple(values[name] for name in names))


def attnames(model: type[models.Model], *names: str) -> tuple[str, ...]:
    """Return these attnames (all the concrete ones if none) in field order."""
    fields = model._meta.concrete_fields
    if not names:
        return tuple(field.attname for field in fields)
    wanted = set(names)
    ordered = tuple(field.attname for field in fields if field.attname in wanted)
    if len(ordered) != len(wanted):
        raise ValueError(f"not attnames of {model.__name__}: {wanted - set(ordered)}")
    return ordered


# ---------------------------------------------------------------- writes


def _plain(
    model: type[models.Model], own_save: bool = False, signalled: bool = False
) -> bool:
    """Return whether a save of this model is only its own table's SQL.

    `own_save=True` says the model's own `save()` adds nothing to this write;
    `signalled=True` that the caller sends the save's signals itself.
    """
    meta = model._meta
    return (own_save or model.save is models.Model.save) and not (
        meta.parents
        or meta.proxy
        or (
            not signalled
            and (
                signals.pre_save.has_listeners(model)
                or signals.post_save.has_listeners(model)
            )
        )
    )


# How `insert_statement` prepares a field's value without its `pre_save` and
# `get_db_prep_save`, for the exact field classes below and only where those
# give back the same value: the attribute as it is, or an integer in the type
# Django's PostgreSQL backend binds it with. Any other value, field class or
# backend goes through the field's own preparation. None of these classes has
# a `pre_save` of its own but DateTimeField, for auto_now (never shortcut).
_SLOW, _STR, _BOOL, _INT, _AWARE = range(5)
_KINDS = {
    # to_python returns any str as it is (an enum member too); no adaptation.
    models.CharField: _STR,
    models.TextField: _STR,
    models.EmailField: _STR,
    models.BooleanField: _BOOL,
    # int() of an int, then the backend's adapt_integerfield_value.
    models.IntegerField: _INT,
    models.BigIntegerField: _INT,
    models.SmallIntegerField: _INT,
    models.PositiveIntegerField: _INT,
    models.PositiveBigIntegerField: _INT,
    models.PositiveSmallIntegerField: _INT,
    # An aware datetime (an offset, as Django tells): to_python returns it,
    # PostgreSQL adapts it as it is.
    models.DateTimeField: _AWARE,
}
_AUTO_KEYS = (models.AutoField, models.BigAutoField, models.SmallAutoField)
_UNSET = object()  # an attribute not loaded (deferred): read it as save() does


# Fields whose save writes None as NULL on every backend, its preparation
# (`pre_save` reading the attribute, `get_db_prep_save`) returning None for it.
# Exact classes only; dates with auto_now or auto_now_add set their own value.
_NONE_IS_NULL = {
    models.DateTimeField,
    models.DateField,
    models.IntegerField,
    models.BigIntegerField,
    models.SmallIntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.PositiveBigIntegerField,
    models.DecimalField,
    models.FloatField,
    models.ForeignKey,
    models.OneToOneField,
}


def _kind(field: models.Field, connection) -> tuple[int, Callable | None]:
    """Return how the field's values are prepared without it, and the wrapper."""
    postgresql = connection.vendor == "postgresql"
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return _SLOW, None
    if type(field) in (models.ForeignKey, models.OneToOneField):
        # A key of another row: its target's int(), checked by the backend.
        auto = type(field.target_field) in _AUTO_KEYS
        return (_INT, None) if postgresql and auto else (_SLOW, None)
    kind = _KINDS.get(type(field), _SLOW)
    if kind == _INT:
        if not postgresql:
            return _SLOW, None
        return _INT, connection.ops.integerfield_type_map[field.get_internal_type()]
    if kind == _AWARE and not (postgresql and settings.USE_TZ):
        return _SLOW, None
    return kind, None


def _as_it_is(kind: int, value: Any) -> bool:
    """Return whether save() gives the database this value unchanged (`_kind`)."""
    if kind == _STR:
        return isinstance(value, str)
    if kind == _BOOL:
        return type(value) is bool
    return kind == _AWARE and type(value) is datetime and value.utcoffset() is not None


def _none_is_null(field: models.Field) -> bool:
    """Return whether the field's save writes an attribute of None as NULL."""
    return (
        type(field) in _NONE_IS_NULL
        and not getattr(field, "auto_now", False)
        and not getattr(field, "auto_now_add", False)
    )


@functools.cache
def _insert_plan(model: type[models.Model], alias: str, with_pk: bool):
    meta = model._meta
    connection = connections[alias]
    fields = [
        field
        for field in meta.local_concrete_fields
        if (with_pk or field is not meta.auto_field) and not field.generated
    ]
    returning = meta.db_returning_fields
    if any(hasattr(field, "get_placeholder") for field in fields):
        return None
    # Per field: its attname, how its value is prepared without it (`_kind`),
    # and whether the attribute is read directly (None then written as NULL).
    plan = []
    for field in fields:
        kind, wrap = _kind(field, connection)
        direct = kind != _SLOW or _none_is_null(field)
        plan.append((field, field.attname, kind, wrap, direct))
    if not returning and with_pk:
        return plan, None  # a key set by the caller (a UUID), nothing to return
    if returning != [meta.pk] or not connection.features.can_return_columns_from_insert:
        return None
    returning_sql, _params = connection.ops.return_insert_columns(returning)
    return plan, returning_sql


@functools.lru_cache(maxsize=256)
def _insert_sql(
    model: type[models.Model], alias: str, with_pk: bool, values: tuple[str | None, ...]
) -> str:
    """Return the INSERT of these columns, each value a parameter or SQL text.

    `values` holds None for a parameter, else the SQL written in its place:
    NULL, as Django's UPDATE writes it, keeps the parameters few (the driver
    caches its parsing of a statement only up to 50 of them).
    """
    qn = connections[alias].ops.quote_name
    plan, _returning = _insert_plan(model, alias, with_pk)
    return "INSERT INTO {} ({}) VALUES ({})".format(  # noqa: S608 (our names)
        qn(model._meta.db_table),
        ", ".join(qn(field.column) for field, *_rest in plan),
        ", ".join("%s" if value is None else value for value in values),
    )


def insert_statement(
    obj: models.Model,
    using: str = DEFAULT_DB_ALIAS,
    *,
    own_save: bool = False,
    returning: bool = False,
    signalled: bool = False,
    sql_values: dict[str, str] | None = None,
) -> tuple[str, list] | None:
    """Return the INSERT that `obj.save()` would run for a new row, as (sql, params).

    With the primary key if it is set; `returning=True` adds the RETURNING of
    the new key. None where the statement would differ from `save()`'s (then
    save). A model with its own `save()` gives None unless `own_save=True` says
    that method adds nothing to an insert. `sql_values` writes SQL text instead
    of the instance's value for these attnames (a value another part of the
    same statement computes, `statements_run`).
    """
    model = type(obj)
    if not _plain(model, own_save, signalled):
        return None
    with_pk = obj.pk is not None
    plan = _insert_plan(model, using, with_pk)
    if plan is None:
        return None
    fields, returning_sql = plan
    if returning and returning_sql is None:
        return None
    connection = connections[using]
    obj._prepare_related_fields_for_save(operation_name="save")
    params = []
    values: list[str | None] = []
    state = obj.__dict__
    for field, attname, kind, wrap, direct in fields:
        if sql_values and attname in sql_values:
            values.append(sql_values[attname])
            continue
        value = state.get(attname, _UNSET) if direct else _UNSET
        if kind == _INT and type(value) is int:
            if wrap is not None:
                value = wrap(value)
        elif not (value is None or _as_it_is(kind, value)):
            value = field.pre_save(obj, True)
            if hasattr(value, "resolve_expression"):
                return None
            value = field.get_db_prep_save(value, connection=connection)
        if value is None:
            values.append("NULL")
        else:
            values.append(None)
            params.append(value)
    sql = _insert_sql(model, using, with_pk, tuple(values))
    return (f"{sql} {returning_sql}" if returning else sql), params


def saved(obj: models.Model, using: str, pk: Any = None) -> None:
    """Mark an instance written by one of these statements as saved."""
    if pk is not None:
        setattr(obj, obj._meta.pk.attname, pk)
    obj._state.adding = False
    obj._state.db = using


def row_insert(
    obj: models.Model, using: str = DEFAULT_DB_ALIAS, *, own_save: bool = False
) -> None:
    """Insert a new row like `obj.save()`, with the statement built once."""
    statement = None
    if obj.pk is None:
        statement = insert_statement(obj, using, own_save=own_save, returning=True)
    if statement is None:
        obj.save(using=using)
        return
    with connections[using].cursor() as cursor:
        cursor.execute(*statement)
        (pk,) = cursor.fetchone()
    saved(obj, using, pk)


def row_create(obj: models.Model, using: str = DEFAULT_DB_ALIAS) -> None:
    """Insert a new row like `Model.objects.create()`, with the statement built once.

    With its key if it is set (a default such as a UUID), without asking the
    database for one; the save's signals are sent as `save()` sends them.
    """
    model = type(obj)
    keyed = obj.pk is not None
    if not _plain(model, signalled=True) or _insert_plan(model, using, keyed) is None:
        obj.save(force_insert=True, using=using)
        return
    if not model._meta.auto_created:
        signals.pre_save.send(
            sender=model, instance=obj, raw=False, using=using, update_fields=None
        )
    statement = insert_statement(obj, using, returning=not keyed, signalled=True)
    if statement is None:
        # A value became an expression: the ORM's own insert, signals already sent.
        obj._save_table(raw=False, cls=model, force_insert=True, using=using)
        saved(obj, using)
    else:
        with connections[using].cursor() as cursor:
            cursor.execute(*statement)
            pk = None if keyed else cursor.fetchone()[0]
        saved(obj, using, pk)
    if not model._meta.auto_created:
        signals.post_save.send(
            sender=model,
            instance=obj,
            created=True,
            update_fields=None,
            raw=False,
            using=using,
        )


def pk_reserve(model: type[models.Model], using: str = DEFAULT_DB_ALIAS):
    """Return the next key of a model's table on PostgreSQL (None elsewhere).

    A row whose key is known before it is written can be written with the rows
    that refer to it in one statement (`statements_run`).
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    expression = pk_reserve_sql(model, using)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {expression.sql}", expression.params)
        return cursor.fetchone()[0]


def pk_reserve_sql(model: type[models.Model], using: str = DEFAULT_DB_ALIAS) -> RawSQL:
    """Return the expression that takes the next key of a model's table (PostgreSQL).

    As `pk_reserve`, inside another query.
    """
    meta = model._meta
    return RawSQL(
        "nextval(pg_get_serial_sequence(%s, %s))",
        (connections[using].ops.quote_name(meta.db_table), meta.pk.column),
        output_field=models.BigIntegerField(),
    )


def statements_run(
    statements: list[tuple], using: str = DEFAULT_DB_ALIAS
) -> tuple | None:
    """Run writes in one round trip on PostgreSQL, elsewhere one after another.

    Each statement is (sql, params), or (sql, params, name) to let the later
    ones read its RETURNING rows under that name (PostgreSQL only). On
    PostgreSQL they become one statement (all but the last in a WITH), which is
    atomic by itself; elsewhere the caller holds a transaction. Return the row
    of the last statement's RETURNING clause (or SELECT), or None without one.
    """
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql" and len(statements) > 1:
            heads = ", ".join(
                f"{statement[2] if len(statement) > 2 else f'w{number}'} AS "
                f"({statement[0]})"
                for number, statement in enumerate(statements[:-1])
            )
            params = [value for statement in statements for value in statement[1]]
            cursor.execute(f"WITH {heads} {statements[-1][0]}", params)
        else:
            for sql, params, *_name in statements:
                cursor.execute(sql, params)
        return cursor.fetchone() if cursor.description else None


@functools.cache
def _update_sql(model: type[models.Model], names: tuple[str, ...], alias: str):
    meta = model._meta
    fields = [meta.get_field(name) for name in names]
    if any(hasattr(field, "get_placeholder") for field in fields):
        return None
    qn = connections[alias].ops.quote_name
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608 (our names)
        qn(meta.db_table),
        ", ".join(f"{qn(field.column)} = %s" for field in fields),
        qn(meta.pk.column),
    )
    return sql, fields


def update_statement(obj: models.Model, fields: Iterable[str], using: str):
    """Return `obj.save(update_fields=fields)`'s UPDATE as (sql, params), or None."""
    model = type(obj)
    names = tuple(sorted(fields))
    plan = _update_sql(model, names, using) if _plain(model) else None
    if plan is None:
        return None
    sql, columns = plan
    connection = connections[using]
    params = []
    for field in columns:
        value = field.pre_save(obj, False)
        if hasattr(value, "resolve_expression") or hasattr(
            value, "prepare_database_save"
        ):
            return None
        params.append(field.get_db_prep_save(value, connection=connection))
    params.append(model._meta.pk.get_db_prep_value(obj.pk, connection))
    return sql, params


def row_update(
    obj: models.Model, fields: Iterable[str], using: str = DEFAULT_DB_ALIAS
) -> None:
    """Save these fields of an existing row like `obj.save(update_fields=...)`."""
    fields = tuple(fields)
    statement = update_statement(obj, fields, using)
    if statement is None:
        obj.save(using=using, update_fields=fields)
        return
    with connections[using].cursor() as cursor:
        cursor.execute(*statement)
        if cursor.rowcount == 0:
            raise DatabaseError("Save with update_fields did not affect any rows.")
