"""The append-only, hash-chained history of each dossier and its verification."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils.translation import gettext as _

from motcua.accounts.models import User
from motcua.core.compiled import row_insert
from motcua.dossiers.models import Dossier, DossierEvent

S = Dossier.Status

# Every allowed change of status (DOMAIN §6). None is "no dossier yet".
TRANSITIONS: dict[str | None, frozenset[str]] = {
    None: frozenset({S.DRAFT, S.RECEIVED}),
    S.DRAFT: frozenset({S.SUBMITTED}),
    S.SUBMITTED: frozenset(
        {S.RECEIVED, S.SUPPLEMENT_REQUESTED, S.REFUSED, S.WITHDRAWN}
    ),
    S.SUPPLEMENT_REQUESTED: frozenset(
        {S.SUBMITTED, S.IN_PROGRESS, S.STOPPED, S.WITHDRAWN}
    ),
    S.RECEIVED: frozenset({S.IN_PROGRESS}),
    S.IN_PROGRESS: frozenset(
        {
            S.SUPPLEMENT_REQUESTED,
            S.PAYMENT_REQUESTED,
            S.FINISHED,
            S.STOPPED,
            S.WITHDRAWN,
        }
    ),
    S.PAYMENT_REQUESTED: frozenset({S.IN_PROGRESS, S.STOPPED}),
    S.FINISHED: frozenset({S.RETURNED}),
    S.REFUSED: frozenset(),
    S.WITHDRAWN: frozenset(),
    S.STOPPED: frozenset(),
    S.RETURNED: frozenset(),
}
# Events that keep the status (steps, claims, consultations, notes, payment, apology).
SAME_STATUS_ALLOWED = frozenset(
    {
        S.SUBMITTED,
        S.RECEIVED,
        S.IN_PROGRESS,
        S.SUPPLEMENT_REQUESTED,
        S.PAYMENT_REQUESTED,
        S.FINISHED,
    }
)


def is_allowed(from_status: str | None, to_status: str) -> bool:
    """Return whether a dossier may go from one status to another."""
    if from_status == to_status:
        return from_status in SAME_STATUS_ALLOWED
    return to_status in TRANSITIONS.get(from_status, frozenset())


def _canonical_time(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    dossier_id: int,
    seq: int,
    verb: str,
    from_status: str,
    to_status: str,
    at: datetime,
    actor_id: int | None,
    reason: str,
    data: dict,
    prev_hash: str,
) -> str:
    """Return the SHA-256 of an event's content chained to the previous hash."""
    payload = _payload(
        dossier_id, seq, verb, from_status, to_status, _canonical_time(at),
        actor_id, reason, data, prev_hash,
    )  # fmt: skip
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _payload(dossier, seq, verb, from_, to, at, actor, reason, data, prev) -> str:
    """Return the canonical JSON of an event: the text its hash is taken of."""
    content = {
        "dossier": dossier,
        "seq": seq,
        "verb": verb,
        "from": from_,
        "to": to,
        "at": at,
        "actor": actor,
        "reason": reason,
        "data": data,
        "prev": prev,
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False)


IMPORTED_SLOTS = ("dossier", "at", "to")


def imported_payload_parts(*, source: str) -> list[str]:
    """Return the canonical JSON of a bulk load's first event, cut at its slots.

    Even items are fixed text; odd items name the slot between them: the dossier
    id, the UTC time as `_canonical_time` writes it and the status reached. Bulk
    loads fill them in Python or in SQL instead of calling `event_hash` per row,
    and still hash exactly the text `event_hash` would.
    """
    marks = {slot: f"@@{slot}@@" for slot in IMPORTED_SLOTS}
    text = _payload(
        marks["dossier"], 1, IMPORT_VERB, "", marks["to"], marks["at"],
        None, "", {"source": source}, "",
    )  # fmt: skip
    # The id is a number in the JSON: its mark loses the quotes a string gets.
    text = text.replace(json.dumps(marks["dossier"]), marks["dossier"])
    return re.split(r"@@(dossier|at|to)@@", text)


def event_build(
    *,
    dossier: Dossier,
    verb: str,
    to_status: str,
    at: datetime,
    actor: User | None,
    reason: str = "",
    data: dict | None = None,
) -> DossierEvent:
    """Return the next event of a locked dossier, unsaved, and advance the dossier.

    The dossier's version, chain head and status move to the event's; the caller
    writes both in the same transaction (`event_append` writes the event).
    `from_status` is the dossier's status before the change.
    """
    data = data or {}
    # Round-trip through JSON so the hash is computed on what the database returns.
    data = json.loads(json.dumps(data, ensure_ascii=False))
    at = at.replace(microsecond=at.microsecond)
    seq = dossier.version + 1
    from_status = dossier.status if dossier.version else ""
    prev_hash = dossier.ledger_head
    digest = event_hash(
        dossier_id=dossier.pk,
        seq=seq,
        verb=verb,
        from_status=from_status,
        to_status=to_status,
        at=at,
        actor_id=actor.pk if actor else None,
        reason=reason,
        data=data,
        prev_hash=prev_hash,
    )
    event = DossierEvent(
        dossier=dossier,
        seq=seq,
        verb=verb,
        from_status=from_status,
        to_status=to_status,
        at=at,
        actor=actor,
        actor_agency_id=actor.agency_id if actor and actor.is_official else None,
        reason=reason,
        data=data,
        prev_hash=prev_hash,
        hash=digest,
    )
    dossier.version = seq
    dossier.ledger_head = digest
    dossier.status = to_status
    return event


def event_append(
    *,
    dossier: Dossier,
    verb: str,
    to_status: str,
    at: datetime,
    actor: User | None,
    reason: str = "",
    data: dict | None = None,
) -> DossierEvent:
    """Append one event to a locked dossier and advance its version and chain head.

    The caller holds the dossier's row lock and saves the dossier in the same
    transaction; `from_status` is the dossier's status before the change.
    """
    event = event_build(
        dossier=dossier,
        verb=verb,
        to_status=to_status,
        at=at,
        actor=actor,
        reason=reason,
        data=data,
    )
    # Its own save() only refuses changes to a recorded event: an insert is plain.
    row_insert(event, own_save=True)
    return event


# The first event of a dossier brought in from an older system may set any status.
IMPORT_VERB = "imported"


def status_fold(events: Iterable[DossierEvent]) -> str | None:
    """Return the status that a sequence of events leads to, or raise ValueError."""
    status: str | None = None
    for event in events:
        if status is None and event.verb == IMPORT_VERB and event.seq == 1:
            status = event.to_status
            continue
        if not is_allowed(status, event.to_status):
            raise ValueError(
                _("Sự kiện %(seq)s chuyển %(from)s → %(to)s không hợp lệ.")
                % {"seq": event.seq, "from": status, "to": event.to_status}
            )
        status = event.to_status
    return status


@dataclass(frozen=True)
class LedgerProblem:
    """One dossier whose history does not verify."""

    dossier_id: int
    code: str
    problem: str


def ledger_verify_dossier(
    *, dossier: Dossier, events: list[DossierEvent]
) -> str | None:
    """Return what is wrong with one dossier's history, or None when it verifies."""
    prev_hash = ""
    for expected_seq, event in enumerate(events, start=1):
        if event.seq != expected_seq:
            return _("thiếu hoặc thừa sự kiện ở vị trí %(seq)s") % {"seq": expected_seq}
        if event.prev_hash != prev_hash:
            return _("chuỗi băm đứt tại sự kiện %(seq)s") % {"seq": event.seq}
        digest = event_hash(
            dossier_id=dossier.pk,
            seq=event.seq,
            verb=event.verb,
            from_status=event.from_status,
            to_status=event.to_status,
            at=event.at,
            actor_id=event.actor_id,
            reason=event.reason,
            data=event.data,
            prev_hash=event.prev_hash,
        )
        if digest != event.hash:
            return _("nội dung sự kiện %(seq)s đã bị sửa") % {"seq": event.seq}
        prev_hash = event.hash
    if len(events) != dossier.version or prev_hash != dossier.ledger_head:
        return _("lịch sử không khớp với số sự kiện đã ghi của hồ sơ")
    try:
        folded = status_fold(events)
    except ValueError as error:
        return str(error)
    if events and folded != dossier.status:
        return _("trạng thái %(status)s không khớp lịch sử (%(folded)s)") % {
            "status": dossier.status,
            "folded": folded,
        }
    return None


def ledger_verify(*, batch_size: int = 500) -> tuple[int, list[LedgerProblem]]:
    """Check every dossier's chain; return the count checked and the problems."""
    problems: list[LedgerProblem] = []
    checked = 0
    last_pk = 0
    while True:
        dossiers = list(
            Dossier.objects.filter(pk__gt=last_pk).order_by("pk")[:batch_size]
        )
        if not dossiers:
            break
        last_pk = dossiers[-1].pk
        by_dossier: dict[int, list[DossierEvent]] = {d.pk: [] for d in dossiers}
        events = DossierEvent.objects.filter(dossier_id__in=by_dossier).order_by(
            "dossier_id", "seq"
        )
        for event in events:
            by_dossier[event.dossier_id].append(event)
        for dossier in dossiers:
            checked += 1
            problem = ledger_verify_dossier(
                dossier=dossier, events=by_dossier[dossier.pk]
            )
            if problem:
                problems.append(
                    LedgerProblem(
                        dossier_id=dossier.pk,
                        code=dossier.code or f"#{dossier.pk}",
                        problem=problem,
                    )
                )
    return checked, problems
