"""Queries compiled once and single-row writes give what the ORM gives."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import signals
from django.db.transaction import TransactionManagementError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.functional import lazy

from motcua.accounts.models import Agency
from motcua.core.compiled import (
    CompiledQuery,
    attnames,
    insert_statement,
    instance,
    instance_of,
    pk_reserve,
    row_create,
    row_insert,
    row_update,
    saved,
    statements_run,
    update_statement,
)
from motcua.dossiers.models import (
    Dossier,
    DossierCounter,
    DossierDocument,
    DossierEvent,
)
from motcua.dossiers.services import dossier_draft_create, ledger_verify
from motcua.dossiers.services.ledger import ledger_verify_dossier

pytestmark = pytest.mark.django_db

_BY_LEVEL = CompiledQuery(
    lambda level, since: (
        Agency.objects.filter(level=level, created_at__gte=since)
        .order_by("pk")
        .values_list("code", "created_at", "parent_id")
    ),
    level=Agency._meta.get_field("level"),
    since=Agency._meta.get_field("created_at"),
)


def test_a_compiled_query_answers_as_the_orm_for_each_value(center, department):
    since = timezone.now() - timedelta(days=1)
    for level in (Agency.Level.RECEPTION, Agency.Level.DEPARTMENT, "none"):
        expected = list(
            Agency.objects.filter(level=level, created_at__gte=since)
            .order_by("pk")
            .values_list("code", "created_at", "parent_id")
        )
        assert _BY_LEVEL.rows(level=level, since=since) == expected
    # Converted as the ORM converts them (SQLite gives text back).
    assert _BY_LEVEL.first(level=Agency.Level.RECEPTION, since=since)[1] == (
        center.created_at
    )
    assert _BY_LEVEL.first(level=Agency.Level.RECEPTION, since=timezone.now()) is None


def test_compiled_once_then_only_run(center):
    since = timezone.now() - timedelta(days=1)
    _BY_LEVEL.rows(level=Agency.Level.RECEPTION, since=since)
    with CaptureQueriesContext(connection) as captured:
        _BY_LEVEL.rows(level=Agency.Level.DEPARTMENT, since=since)
        _BY_LEVEL.rows(level=Agency.Level.RECEPTION, since=since)
    assert len(captured) == 2
    assert captured[0]["sql"].split("WHERE")[0] == captured[1]["sql"].split("WHERE")[0]


@pytest.mark.django_db(transaction=True)
def test_a_locking_read_needs_a_transaction_as_with_the_orm(center):
    locking = CompiledQuery(
        lambda code: (
            Agency.objects.select_for_update().filter(code=code).values_list("pk")
        ),
        code=Agency._meta.get_field("code"),
    )
    with transaction.atomic():
        assert locking.rows(code=center.code) == [(center.pk,)]
    if connection.features.has_select_for_update:
        with pytest.raises(TransactionManagementError):
            locking.rows(code=center.code)


def test_a_value_that_is_not_a_parameter_is_refused():
    query = CompiledQuery(
        lambda code: Agency.objects.filter(code="x").values_list("pk"),
        code=Agency._meta.get_field("code"),
    )
    with pytest.raises(ValueError, match="not a parameter"):
        query.rows(code="x")


def test_instances_from_some_columns_defer_the_others(center):
    names = attnames(Agency, "name", "id", "code")
    assert names == ("id", "code", "name")
    agency = instance(Agency, names, (center.pk, center.code, center.name), "default")
    assert agency.get_deferred_fields() >= {"path", "level"}
    assert agency.path == center.path  # loaded when asked for
    same = instance_of(Agency, {"code": center.code, "id": center.pk}, "default")
    assert (same.pk, same.code, same._state.adding) == (center.pk, center.code, False)
    with pytest.raises(ValueError, match="not attnames"):
        attnames(Agency, "nothing")


def test_row_insert_and_update_write_what_save_writes(center):
    counter = DossierCounter(unit_code=center.code, day=timezone.localdate(), last=3)
    row_insert(counter)
    assert counter.pk is not None
    assert not counter._state.adding
    counter.last = 4
    row_update(counter, ["last"])
    stored = DossierCounter.objects.get(pk=counter.pk)
    assert (stored.unit_code, stored.day, stored.last) == (
        center.code,
        timezone.localdate(),
        4,
    )


def test_a_receiver_of_save_signals_is_never_skipped(center):
    seen = []

    def receiver(sender, instance, **kwargs):
        seen.append(instance.unit_code)

    signals.post_save.connect(receiver, sender=DossierCounter)
    try:
        assert insert_statement(DossierCounter(unit_code="x", day=None)) is None
        counter = DossierCounter(unit_code="A", day=timezone.localdate())
        row_insert(counter)
        counter.last = 1
        assert update_statement(counter, ["last"], "default") is None
        row_update(counter, ["last"])
    finally:
        signals.post_save.disconnect(receiver, sender=DossierCounter)
    assert seen == ["A", "A"]


def test_an_event_insert_needs_its_own_save_declared_plain():
    event = DossierEvent(seq=1, verb="x", to_status="draft", at=timezone.now())
    assert insert_statement(event) is None
    assert insert_statement(event, own_save=True) is not None


def test_missing_values_are_written_as_null_in_the_text():
    event = DossierEvent(
        dossier_id=1, seq=1, verb="x", to_status="draft", at=timezone.now()
    )
    sql, params = insert_statement(event, own_save=True, returning=True)
    assert sql.endswith(
        connection.ops.return_insert_columns([DossierEvent._meta.pk])[0]
    )
    assert sql.count("NULL") == 2  # no actor, no acting agency
    assert None not in params
    assert len(params) + 2 == sql.count("%s") + 2 == len(attnames(DossierEvent)) - 1


@pytest.mark.django_db(transaction=True)
def test_statements_run_writes_all_or_nothing(center):
    day = timezone.localdate()
    first = DossierCounter(unit_code="A", day=day)
    clash = DossierCounter(unit_code="A", day=day)  # the same (unit, day): refused
    with pytest.raises(IntegrityError), transaction.atomic():
        statements_run([insert_statement(first), insert_statement(clash)])
    assert not DossierCounter.objects.exists()
    other = DossierCounter(unit_code="B", day=day)
    with transaction.atomic():
        (pk,) = statements_run(
            [insert_statement(first), insert_statement(other, returning=True)]
        )
    saved(other, "default", pk)
    assert DossierCounter.objects.get(pk=other.pk).unit_code == "B"
    assert DossierCounter.objects.count() == 2


def test_a_key_is_reserved_on_postgresql_only():
    key = pk_reserve(Dossier)
    if connection.vendor == "postgresql":
        assert key > 0
        assert pk_reserve(Dossier) > key
    else:
        assert key is None


def test_a_draft_and_its_first_event_verify(procedure, citizen):
    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    stored = Dossier.objects.get(pk=dossier.pk)
    assert (stored.status, stored.version, stored.ledger_head) == (
        Dossier.Status.DRAFT,
        1,
        dossier.ledger_head,
    )
    events = list(stored.events.order_by("seq"))
    assert [event.verb for event in events] == ["created"]
    assert ledger_verify_dossier(dossier=stored, events=events) is None
    assert ledger_verify() == (1, [])


def test_values_are_prepared_as_save_prepares_them(center):
    # Values of other types than a field's own go through its preparation.
    counter = DossierCounter(
        unit_code=lazy(lambda: "Mã", str)(), day=timezone.localdate(), last="7"
    )
    fields = [DossierCounter._meta.get_field(n) for n in ("unit_code", "day", "last")]
    expected = [
        field.get_db_prep_save(field.pre_save(counter, True), connection)
        for field in fields
    ]
    sql, params = insert_statement(counter)
    assert params == expected
    assert (params[0], params[2]) == ("Mã", 7)
    assert [type(value) for value in params] == [type(value) for value in expected]
    assert type(params[0]) is str
    counter.unit_code, counter.last = "Mã", None
    sql, params = insert_statement(counter)
    assert sql.endswith("NULL)")
    assert params == expected[:2]


def _plain(values) -> list:
    return [getattr(value, "obj", value) for value in values]  # psycopg's JSON wrapper


def _prepared(obj) -> list:
    """Return what save() gives the database for each of the object's fields."""
    meta = type(obj)._meta
    return [
        field.get_db_prep_save(field.pre_save(obj, True), connection)
        for field in meta.local_concrete_fields
        if obj.pk is not None or field is not meta.auto_field  # a new key: none
    ]


def test_a_dossiers_values_are_those_save_prepares(procedure, citizen):
    # Empty dates, numbers and keys are written as NULL without preparing them,
    # strings (enum members too), flags, numbers, keys and aware times as they
    # are or in the backend's integer type, every other value as save()
    # prepares it: the same values of the same types either way.
    import time_machine

    from motcua.dossiers.tests.factories import submitted_dossier

    draft = dossier_draft_create(procedure=procedure, owner=citizen)
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    dossier.status = Dossier.Status.SUBMITTED  # an enum member, not a str
    document = DossierDocument(
        dossier=dossier,
        kind=DossierDocument.Kind.COMPONENT,
        file="dossiers/2026/11/don.pdf",
        name="Đơn đề nghị.pdf",
        size=102_400,
        content_type="application/pdf",
        sha256="0" * 64,
        uploaded_by=citizen,
        uploaded_at=timezone.now(),
    )
    rows = [draft, dossier, document, *draft.events.all(), *dossier.events.all()]
    with time_machine.travel(timezone.now(), tick=False):  # auto_now fields agree
        for obj in rows:
            sql, params = insert_statement(obj, own_save=True)  # events: ledger's
            expected = _prepared(obj)
            assert _plain(params) == _plain(v for v in expected if v is not None)
            assert [type(v) for v in params] == [
                type(v) for v in expected if v is not None
            ], type(obj).__name__
            assert sql.count("NULL") == expected.count(None)
            assert None in expected


def test_values_of_other_types_take_the_fields_preparation(procedure, citizen):
    # A naive time, an integer as text, a lazy string: not the shortcut's types.
    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    dossier.supplement_count = "2"
    dossier.applicant_name = lazy(lambda: "Nguyễn Văn A", str)()
    dossier.submitted_at = timezone.make_naive(timezone.now())
    import time_machine

    with time_machine.travel(timezone.now(), tick=False):  # auto_now fields agree
        with pytest.warns(RuntimeWarning):  # Django's warning on a naive time
            expected = _prepared(dossier)
        with pytest.warns(RuntimeWarning):
            _sql, params = insert_statement(dossier)
    assert _plain(params) == _plain(v for v in expected if v is not None)
    assert [type(v) for v in params] == [type(v) for v in expected if v is not None]
    assert 2 in params
    assert "Nguyễn Văn A" in params


def test_row_create_writes_a_given_key_and_sends_the_save_signals(center):
    seen = []

    def before(sender, instance, **kwargs):
        seen.append(("pre", instance.unit_code, instance.pk))
        instance.last = 9  # what a receiver sets is written

    def after(sender, instance, created, **kwargs):
        seen.append(("post", instance.unit_code, created))

    signals.pre_save.connect(before, sender=DossierCounter)
    signals.post_save.connect(after, sender=DossierCounter)
    try:
        counter = DossierCounter(unit_code="K", day=timezone.localdate())
        row_create(counter)
        keyed = DossierCounter(pk=10_000, unit_code="L", day=timezone.localdate())
        row_create(keyed)
    finally:
        signals.pre_save.disconnect(before, sender=DossierCounter)
        signals.post_save.disconnect(after, sender=DossierCounter)
    assert seen == [
        ("pre", "K", None),
        ("post", "K", True),
        ("pre", "L", 10_000),
        ("post", "L", True),
    ]
    assert DossierCounter.objects.get(pk=counter.pk).last == 9
    assert DossierCounter.objects.get(pk=10_000).unit_code == "L"
    assert not keyed._state.adding


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="named statements on PostgreSQL"
)
def test_a_later_statement_reads_a_named_one(center):
    day = timezone.localdate()
    taken = (
        'INSERT INTO "dossiers_dossiercounter" (unit_code, day, last) '
        "VALUES (%s, %s, 41) RETURNING last + 1 AS next",
        ["N", day],
        "taken",
    )
    other = DossierCounter(unit_code="M", day=day)
    statement = insert_statement(other, sql_values={"last": "(SELECT next FROM taken)"})
    assert "(SELECT next FROM taken)" in statement[0]
    with transaction.atomic():
        row = statements_run(
            [taken, statement, ("SELECT (SELECT next FROM taken)", [])]
        )
    assert row == (42,)
    assert DossierCounter.objects.get(unit_code="M").last == 42


class _NoOffset(tzinfo):
    """A time zone that knows no offset: Django counts such a time as naive."""

    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


def test_a_time_whose_zone_has_no_offset_takes_the_fields_preparation(
    procedure, citizen
):
    import time_machine

    dossier = dossier_draft_create(procedure=procedure, owner=citizen)
    dossier.submitted_at = datetime(2026, 11, 30, 9, 0, tzinfo=_NoOffset())
    assert timezone.is_naive(dossier.submitted_at)
    with time_machine.travel(timezone.now(), tick=False):  # auto_now fields agree
        with pytest.warns(RuntimeWarning):  # made aware in the project's zone
            expected = _prepared(dossier)
        with pytest.warns(RuntimeWarning):
            _sql, params = insert_statement(dossier)
    assert _plain(params) == _plain(v for v in expected if v is not None)
    assert [type(v) for v in params] == [type(v) for v in expected if v is not None]
