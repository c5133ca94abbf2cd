"""Reads of the floor: queues, screens, counters, guidance reports, guides."""

from __future__ import annotations

from collections import Counter as Tally
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Avg, Case, Count, IntegerField, Q, QuerySet, Value, When
from django.shortcuts import get_object_or_404
from django.utils import timezone

from motcua.accounts.models import Agency, Role, User
from motcua.accounts.selectors import agency_scope_for
from motcua.catalog.models import CounterGroup, Procedure
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.feedback.models import Rating
from motcua.floor.models import (
    Counter,
    GuidanceTeam,
    Guide,
    Hall,
    HelpSession,
    Kiosk,
    Shipment,
    Ticket,
)

BOARD_CALLED = 6
BOARD_NEXT = 8
BOARD_READY = 30


# ---------------------------------------------------------------- queue


def queue_order(qs: QuerySet[Ticket], *, counter: Counter | None = None):
    """Order waiting tickets as called: transferred here, then priority, then time."""
    order = ["-is_priority", "issued_at", "pk"]
    if counter is not None:
        qs = qs.annotate(
            to_here=Case(
                When(target_counter_id=counter.pk, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        order.insert(0, "to_here")
    return qs.order_by(*order)


def tickets_waiting_for(
    *, counter: Counter, group_ids, day: date | None = None
) -> QuerySet[Ticket]:
    """Return the day's waiting tickets this counter may call, in call order."""
    qs = Ticket.objects.filter(
        reception_id=counter.hall.reception_id,
        day=day or timezone.localdate(),
        status=Ticket.Status.WAITING,
    ).filter(
        Q(target_counter_id=counter.pk)
        | Q(target_counter__isnull=True, group_id__in=group_ids)
    )
    return queue_order(qs, counter=counter)


def ticket_position(*, ticket: Ticket) -> int:
    """Return how many tickets of its group will be called before this one."""
    if ticket.status != Ticket.Status.WAITING:
        return 0
    ahead = Q(is_priority=True, issued_at__lt=ticket.issued_at)
    if not ticket.is_priority:
        ahead = Q(is_priority=True) | Q(issued_at__lt=ticket.issued_at)
    return (
        Ticket.objects.filter(
            group_id=ticket.group_id,
            day=ticket.day,
            status=Ticket.Status.WAITING,
            target_counter__isnull=True,
        )
        .filter(ahead)
        .count()
    )


def ticket_get_public(*, token: str) -> Ticket:
    """Return a ticket by its secret token (the phone page), or raise Http404."""
    return get_object_or_404(
        Ticket.objects.select_related("group", "counter", "reception", "procedure"),
        token=token,
    )


def groups_for_reception(*, reception: Agency) -> QuerySet[CounterGroup]:
    """Return the counter groups of a reception unit, with their procedures counted."""
    return CounterGroup.objects.filter(reception=reception).annotate(
        procedure_count=Count(
            "procedures", filter=Q(procedures__state=Procedure.State.PUBLISHED)
        )
    )


def procedures_for_kiosk(*, reception: Agency, query: str = "") -> QuerySet[Procedure]:
    """Return the published procedures a kiosk can give a ticket for."""
    from motcua.catalog.selectors import procedure_list_public

    return (
        procedure_list_public(query=query)
        .filter(counter_groups__reception=reception)
        .distinct()
    )


# ---------------------------------------------------------------- screens


def hall_board(*, hall: Hall, day: date | None = None, with_ready: bool = True) -> dict:
    """Return what a hall's screen shows: calls, next numbers, results to collect.

    Calls leave out the results ready to collect (`with_ready=False`): they change
    without any call, and the screens refresh them with their periodic state.
    """
    today = day or timezone.localdate()
    called = (
        Ticket.objects.filter(
            day=today,
            counter__hall_id=hall.pk,
            status__in=(Ticket.Status.CALLED, Ticket.Status.DONE),
        )
        .select_related("counter")
        .order_by("-called_at")[:BOARD_CALLED]
    )
    group_ids = Counter.groups.through.objects.filter(counter__hall_id=hall.pk).values(
        "countergroup_id"
    )
    waiting = Ticket.objects.filter(
        reception_id=hall.reception_id,
        day=today,
        status=Ticket.Status.WAITING,
    ).filter(
        Q(group_id__in=group_ids, target_counter__isnull=True)
        | Q(target_counter__hall_id=hall.pk)
    )
    next_numbers = list(
        queue_order(waiting).values_list("number", "is_priority")[:BOARD_NEXT]
    )
    board = {
        "hall": hall.name,
        "called": [
            {
                "number": t.number,
                "counter": t.counter.label,
                "serving": t.status == Ticket.Status.CALLED,
            }
            for t in called
        ],
        "next": [{"number": n, "priority": p} for n, p in next_numbers],
        "waiting": waiting.count(),
    }
    if with_ready:
        ready = Dossier.objects.filter(
            reception_id=hall.reception_id,
            status=Dossier.Status.FINISHED,
            delivery=Dossier.Delivery.COUNTER,
        ).order_by("-finished_at")
        board["ready"] = list(ready.values_list("code", flat=True)[:BOARD_READY])
    return board


def counter_board(*, counter: Counter) -> dict:
    """Return what a counter's small screen shows."""
    current = (
        Ticket.objects.filter(counter_id=counter.pk, status=Ticket.Status.CALLED)
        .values_list("number", flat=True)
        .first()
    )
    return {
        "counter": counter.label,
        "is_open": counter.is_open,
        "number": current or "",
    }


# ---------------------------------------------------------------- counters


def counters_for(*, user: User) -> QuerySet[Counter]:
    """Return the counters of the reception units in this official's scope."""
    return (
        Counter.objects.filter(hall__reception__in=agency_scope_for(user=user))
        .select_related("hall", "hall__reception", "officer")
        .prefetch_related("groups")
    )


def halls_for(*, user: User) -> QuerySet[Hall]:
    return Hall.objects.filter(
        reception__in=agency_scope_for(user=user)
    ).select_related("reception")


def kiosks_for(*, user: User) -> QuerySet[Kiosk]:
    return Kiosk.objects.filter(reception__in=agency_scope_for(user=user))


def counter_current_ticket(*, counter: Counter) -> Ticket | None:
    return (
        Ticket.objects.filter(counter_id=counter.pk, status=Ticket.Status.CALLED)
        .select_related("group", "procedure", "dossier")
        .first()
    )


@dataclass
class DayStats:
    issued: int = 0
    served: int = 0
    skipped: int = 0
    waiting: int = 0
    avg_wait_minutes: float | None = None
    avg_service_minutes: float | None = None
    ratings: int = 0
    satisfied: int = 0

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.ratings:
            return None
        return round(100 * self.satisfied / self.ratings, 2)


def floor_day_stats(*, reception: Agency, day: date | None = None) -> DayStats:
    """Return a reception unit's queue figures and tablet ratings for one day."""
    day = day or timezone.localdate()
    tickets = Ticket.objects.filter(reception=reception, day=day)
    figures = tickets.aggregate(
        issued=Count("pk"),
        served=Count("pk", filter=Q(status=Ticket.Status.DONE)),
        skipped=Count("pk", filter=Q(status=Ticket.Status.SKIPPED)),
        waiting=Count("pk", filter=Q(status=Ticket.Status.WAITING)),
        wait=Avg("wait_seconds"),
        service=Avg("service_seconds", filter=Q(status=Ticket.Status.DONE)),
    )
    start = datetime.combine(day, time.min, tzinfo=TZ)
    ratings = Rating.objects.filter(
        agency=reception,
        source=Rating.Source.TABLET,
        created_at__gte=start,
        created_at__lt=start + timedelta(days=1),
    ).aggregate(
        n=Count("pk"),
        ok=Count("pk", filter=~Q(level=Rating.Level.NOT_SATISFIED)),
    )
    return DayStats(
        issued=figures["issued"],
        served=figures["served"],
        skipped=figures["skipped"],
        waiting=figures["waiting"],
        avg_wait_minutes=(
            round(figures["wait"] / 60, 1) if figures["wait"] is not None else None
        ),
        avg_service_minutes=(
            round(figures["service"] / 60, 1)
            if figures["service"] is not None
            else None
        ),
        ratings=ratings["n"],
        satisfied=ratings["ok"],
    )


# ---------------------------------------------------------------- guidance


def teams_for(*, user: User) -> QuerySet[GuidanceTeam]:
    """Return the teams a member belongs to, or those in an official's scope."""
    if not (user.is_authenticated and user.is_official):
        return GuidanceTeam.objects.none()
    teams = GuidanceTeam.objects.select_related("agency")
    if user.has_role(Role.GUIDANCE_MEMBER) and not user.has_role(
        Role.PROVINCE_ADMIN, Role.INSPECTOR, Role.AGENCY_ADMIN, Role.AGENCY_LEADER
    ):
        return teams.filter(members=user)
    return teams.filter(agency__in=agency_scope_for(user=user))


def sessions_for(*, user: User) -> QuerySet[HelpSession]:
    return HelpSession.objects.filter(team__in=teams_for(user=user)).select_related(
        "team", "member", "dossier"
    )


@dataclass
class GuidanceFigures:
    """One row of the monthly guidance report."""

    label: str
    sessions: int = 0
    people: int = 0
    topics: dict[str, int] = field(default_factory=dict)
    rated: int = 0
    satisfied: int = 0
    accounts_created: int = 0
    assisted_submissions: int = 0
    later_self_submitted: int = 0

    @property
    def satisfaction_rate(self) -> float | None:
        if not self.rated:
            return None
        return round(100 * self.satisfied / self.rated, 2)


def month_bounds(month: date) -> tuple[datetime, datetime]:
    start = datetime(month.year, month.month, 1, tzinfo=TZ)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following


def _person_key(session: HelpSession) -> str:
    if session.person_id:
        return f"u{session.person_id}"
    if session.person_id_number:
        return f"i{session.person_id_number}"
    return f"n{session.person_name.strip().lower()}|{session.person_phone}"


def guidance_report(
    *, teams: QuerySet[GuidanceTeam], month: date, now: datetime | None = None
) -> dict[str, list[GuidanceFigures]]:
    """Return the month's figures per team and per commune (the team's agency).

    "Later submitted on their own": people helped this month (known by account or
    identity number) who, after their first session of the month and up to now,
    submitted an online dossier that nobody assisted.
    """
    start, end = month_bounds(month)
    sessions = list(
        HelpSession.objects.filter(team__in=teams, at__gte=start, at__lt=end)
        .select_related("team", "team__agency")
        .order_by("at")
    )
    first_help: dict[str, datetime] = {}
    users: set[int] = set()
    numbers: set[str] = set()
    for s in sessions:
        first_help.setdefault(_person_key(s), s.at)
        if s.person_id:
            users.add(s.person_id)
        if s.person_id_number:
            numbers.add(s.person_id_number)
    own = Dossier.objects.filter(
        channel=Dossier.Channel.ONLINE,
        assisted=False,
        submitted_at__isnull=False,
        submitted_at__gte=start,
        submitted_at__lte=now or timezone.now(),
    ).filter(Q(owner_id__in=users) | Q(applicant_id_number__in=numbers))
    submissions_by_user: dict[int, list[datetime]] = {}
    submissions_by_number: dict[str, list[datetime]] = {}
    for owner_id, number, at in own.values_list(
        "owner_id", "applicant_id_number", "submitted_at"
    ):
        if owner_id:
            submissions_by_user.setdefault(owner_id, []).append(at)
        if number:
            submissions_by_number.setdefault(number, []).append(at)

    def submitted_later(s: HelpSession) -> bool:
        after = first_help[_person_key(s)]
        moments = submissions_by_user.get(s.person_id, []) + submissions_by_number.get(
            s.person_id_number, []
        )
        return any(m > after for m in moments)

    def build(label: str, group: list[HelpSession]) -> GuidanceFigures:
        people = {}
        for s in group:
            people.setdefault(_person_key(s), s)
        rated = [s for s in group if s.satisfaction]
        return GuidanceFigures(
            label=label,
            sessions=len(group),
            people=len(people),
            topics=dict(Tally(s.topic for s in group)),
            rated=len(rated),
            satisfied=sum(1 for s in rated if s.satisfaction != "not_satisfied"),
            accounts_created=sum(1 for s in group if s.account_created),
            assisted_submissions=len({s.dossier_id for s in group if s.dossier_id}),
            later_self_submitted=sum(1 for s in people.values() if submitted_later(s)),
        )

    by_team: dict[int, list[HelpSession]] = {}
    by_agency: dict[int, list[HelpSession]] = {}
    for s in sessions:
        by_team.setdefault(s.team_id, []).append(s)
        by_agency.setdefault(s.team.agency_id, []).append(s)
    team_rows = [
        build(team.name, by_team.get(team.pk, []))
        for team in teams.select_related("agency").order_by("name")
    ]
    agency_names = dict(
        Agency.objects.filter(pk__in=by_agency).values_list("pk", "name")
    )
    agency_rows = [
        build(agency_names[pk], group)
        for pk, group in sorted(by_agency.items(), key=lambda i: agency_names[i[0]])
    ]
    return {"teams": team_rows, "agencies": agency_rows}


# ---------------------------------------------------------------- postal


def shipments_for(*, user: User) -> QuerySet[Shipment]:
    """Return the shipments of the dossiers this user may see."""
    from motcua.dossiers.selectors import dossier_list_for

    return Shipment.objects.filter(
        dossier__in=dossier_list_for(user=user)
    ).select_related("dossier")


def dossiers_to_post_for(*, user: User) -> QuerySet[Dossier]:
    """Return finished dossiers whose result goes by post, in the officer's scope."""
    from motcua.dossiers.selectors import dossier_list_for

    return (
        dossier_list_for(user=user)
        .filter(status=Dossier.Status.FINISHED, delivery=Dossier.Delivery.POST)
        .filter(reception__in=agency_scope_for(user=user))
        .order_by("finished_at")
    )


# ---------------------------------------------------------------- guides


def guides_published() -> QuerySet[Guide]:
    """Return the published guides, newest first, with their steps."""
    return (
        Guide.objects.filter(published_at__isnull=False)
        .select_related("procedure", "agency")
        .prefetch_related("steps")
    )


def guides_for_procedure(procedure: Procedure) -> QuerySet[Guide]:
    """Return the published guides of a procedure (for its portal page)."""
    return guides_published().filter(procedure=procedure)


def guides_for(*, user: User) -> QuerySet[Guide]:
    """Return the guides an official may edit: those of their agency's scope."""
    return Guide.objects.filter(agency__in=agency_scope_for(user=user)).select_related(
        "procedure", "agency"
    )
