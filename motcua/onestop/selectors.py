"""Reads of the one-stop office, starting from what the official may act on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import (
    Case,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from motcua.accounts.models import Agency, Role, User
from motcua.accounts.selectors import agency_subtree
from motcua.catalog.models import WorkflowStep
from motcua.core.services import calendar_for
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier, DossierDocument
from motcua.dossiers.selectors import dossier_list_for
from motcua.dossiers.services.lifecycle import LEADER_ROLES
from motcua.onestop.models import Consultation

S = Dossier.Status
OVERDUE, TODAY, SOON, LATER = 0, 1, 2, 3
URGENCY_NAMES = {OVERDUE: "overdue", TODAY: "today", SOON: "soon", LATER: "later"}
URGENCY_BY_NAME = {name: value for value, name in URGENCY_NAMES.items()}
# Open dossiers whose clock runs at the deciding agency (for the leaders' list).
PROCESSING_STATUSES = (S.RECEIVED, S.IN_PROGRESS, S.PAYMENT_REQUESTED)


@dataclass(frozen=True)
class Moments:
    """The limits of the urgency buckets, fixed once per request."""

    now: datetime
    end_of_today: datetime
    one_working_day: datetime

    @classmethod
    def at(cls, now: datetime | None = None) -> Moments:
        now = now or timezone.now()
        local = now.astimezone(TZ)
        end_of_today = datetime.combine(
            local.date() + timedelta(days=1), datetime.min.time(), tzinfo=TZ
        )
        soon = calendar_for().add_working_minutes(now, 8 * 60)
        return cls(now=now, end_of_today=end_of_today, one_working_day=soon)


def _scope_ids(user: User) -> list[int]:
    return list(agency_subtree(agency=user.agency).values_list("pk", flat=True))


def inbox_filter(*, user: User, scope: list[int], now: datetime) -> Q:
    """Return the condition of the dossiers waiting for this official's roles.

    Reception officers: online dossiers submitted (or re-submitted after a
    supplement), dossiers received and waiting to go to processing, papers
    awaited during processing, results to return, all at their reception units.
    Specialists and leaders: the processing steps of their role in their agency;
    leaders also see overdue dossiers without an apology letter. Officials of a
    consulted agency: the steps and consultations routed to them.

    The workflow steps and open consultations are looked up first (small
    tables), so the condition on dossiers needs no join and no subquery per row.
    """
    if not (user.is_official and user.agency_id):
        return Q(pk__in=[])
    conditions = Q(pk__in=[])
    if user.has_role(Role.RECEPTION_OFFICER):
        conditions |= Q(
            reception_id__in=scope,
            status__in=(S.SUBMITTED, S.RECEIVED, S.FINISHED),
        ) | Q(
            reception_id__in=scope,
            status=S.SUPPLEMENT_REQUESTED,
            supplement_before_receipt=False,
        )
    roles = [r for r in (Role.SPECIALIST, *LEADER_ROLES) if user.has_role(r)]
    consults = user.has_role(Role.SPECIALIST, *LEADER_ROLES, Role.RECEPTION_OFFICER)
    deciding_steps: list[int] = []
    routed_steps: list[int] = []
    if roles or consults:
        steps = WorkflowStep.objects.filter(
            Q(actor=WorkflowStep.Actor.DECIDING, role__in=roles)
            | Q(actor=WorkflowStep.Actor.CONSULTED, agency_id__in=scope)
        ).values_list("pk", "actor")
        for pk, actor in steps:
            if actor == WorkflowStep.Actor.DECIDING:
                deciding_steps.append(pk)
            else:
                routed_steps.append(pk)
    if roles:
        waiting = Q(current_step_id__in=deciding_steps)
        if Role.SPECIALIST in roles:
            waiting |= Q(current_step__isnull=True)
        conditions |= Q(agency_id__in=scope, status=S.IN_PROGRESS) & waiting
    if user.has_role(*LEADER_ROLES):
        conditions |= Q(
            agency_id__in=scope,
            status__in=PROCESSING_STATUSES,
            apology_at__isnull=True,
            due_at__lt=now,
        )
    if consults:
        consulted = list(
            Consultation.objects.filter(
                agency_id__in=scope, answered_at__isnull=True
            ).values_list("dossier_id", flat=True)
        )
        if consulted or routed_steps:
            conditions |= Q(status=S.IN_PROGRESS) & (
                Q(pk__in=consulted) | Q(current_step_id__in=routed_steps)
            )
    return conditions


def _urgency(moments: Moments) -> Case:
    return Case(
        When(due__isnull=True, then=Value(LATER)),
        When(due__lt=moments.now, then=Value(OVERDUE)),
        When(due__lt=moments.end_of_today, then=Value(TODAY)),
        When(due__lte=moments.one_working_day, then=Value(SOON)),
        default=Value(LATER),
        output_field=IntegerField(),
    )


# What a row of the inbox shows; the wide columns (form data, applicant's
# details) stay in the database.
INBOX_ROW_FIELDS = (
    "code",
    "status",
    "version",
    "applicant_name",
    "due_at",
    "appointment_at",
    "apology_at",
    "current_step__name",
    "procedure__name",
    "assignee__full_name",
)


@dataclass
class Inbox:
    """One page of an official's inbox and the counts by urgency."""

    rows: list[Dossier]
    counts: dict[str, int]
    total: int
    filtered_total: int
    urgency: str
    page: int
    per_page: int
    moments: Moments

    @property
    def has_next(self) -> bool:
        return self.page * self.per_page < self.filtered_total

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def inbox_for(
    *,
    user: User,
    urgency: str = "",
    query: str = "",
    page: int = 1,
    per_page: int = 50,
    now: datetime | None = None,
) -> Inbox:
    """Return the dossiers waiting for the official, most urgent first.

    The same few queries whatever the size: the counts by urgency, the keys of
    one page in order, then that page's rows with what a row shows.
    """
    moments = Moments.at(now)
    scope = _scope_ids(user) if user.is_official and user.agency_id else []
    base = Dossier.objects.filter(
        inbox_filter(user=user, scope=scope, now=moments.now)
    ).annotate(
        due=Coalesce("appointment_at", "due_at", output_field=DateTimeField(null=True))
    )
    query = query.strip()
    if query:
        base = base.filter(
            Q(code__icontains=query) | Q(applicant_name__icontains=query)
        )
    # The buckets are ranges of the due moment, so sorting by it (no due last) is
    # sorting by urgency, and each count is a range condition, not a CASE per row.
    ranges = {
        "overdue": Q(due__lt=moments.now),
        "today": Q(due__gte=moments.now, due__lt=moments.end_of_today),
        "soon": Q(due__gte=moments.end_of_today, due__lte=moments.one_working_day),
    }
    counts = base.aggregate(
        total=Count("pk"),
        **{name: Count("pk", filter=condition) for name, condition in ranges.items()},
    )
    total = counts.pop("total")
    counts["later"] = total - sum(counts.values())
    ranges["later"] = Q(due__isnull=True) | (
        Q(due__gt=moments.one_working_day) & Q(due__gte=moments.end_of_today)
    )
    rows = base
    filtered_total = total
    if urgency in ranges:
        rows = rows.filter(ranges[urgency])
        filtered_total = counts[urgency]
    else:
        urgency = ""
    page = max(page, 1)
    start = (page - 1) * per_page
    # First the page's keys, from narrow rows (a top-N sort over the covering
    # index); then only that page's rows in full, with what a row shows.
    page_ids = list(
        rows.order_by(F("due").asc(nulls_last=True), "pk").values_list("pk", flat=True)[
            start : start + per_page
        ]
    )
    waiting = Consultation.objects.filter(
        dossier_id=OuterRef("pk"), answered_at__isnull=True
    )
    found = {
        d.pk: d
        for d in Dossier.objects.filter(pk__in=page_ids)
        .select_related("procedure", "current_step", "assignee")
        .only(*INBOX_ROW_FIELDS)
        .annotate(
            due=Coalesce(
                "appointment_at", "due_at", output_field=DateTimeField(null=True)
            ),
            urgency=_urgency(moments),
            consulting=Exists(waiting),
        )
    }
    rows = [found[pk] for pk in page_ids if pk in found]
    return Inbox(
        rows=rows,
        counts=counts,
        total=total,
        filtered_total=filtered_total,
        urgency=urgency,
        page=page,
        per_page=per_page,
        moments=moments,
    )


def overdue_without_apology_for(
    *, user: User, now: datetime | None = None, limit: int = 200
) -> QuerySet[Dossier]:
    """Return the agency's overdue open dossiers that have no apology letter."""
    now = now or timezone.now()
    if not (user.is_official and user.agency_id and user.has_role(*LEADER_ROLES)):
        return Dossier.objects.none()
    return (
        # A dossier waiting for papers has its clock paused: it is not late yet.
        Dossier.objects.filter(
            agency_id__in=_scope_ids(user),
            status__in=PROCESSING_STATUSES,
            apology_at__isnull=True,
            due_at__lt=now,
        )
        .select_related("procedure", "current_step", "assignee")
        .order_by("due_at", "pk")[:limit]
    )


def dossier_for_official(*, user: User, code: str) -> Dossier:
    """Return one dossier the official may see, with what its page shows."""
    from django.shortcuts import get_object_or_404

    dossiers = dossier_list_for(user=user).select_related(
        "current_step", "assignee", "owner", "assisted_by"
    )
    return get_object_or_404(dossiers, code=code)


def documents_of(*, dossier: Dossier) -> QuerySet[DossierDocument]:
    """Return the dossier's files, newest version of each paper first."""
    return dossier.documents.select_related("component", "uploaded_by").order_by(
        "kind", "component__order", "uploaded_at", "pk"
    )


def consultations_of(*, dossier: Dossier) -> QuerySet[Consultation]:
    return dossier.consultations.select_related(
        "agency", "requested_by", "answered_by"
    ).order_by("requested_at", "pk")


def colleagues_for(*, dossier: Dossier) -> QuerySet[User]:
    """Return the officials of the deciding agency who may be given the dossier."""
    return (
        User.objects.filter(
            kind=User.Kind.OFFICIAL,
            is_active=True,
            agency__path__startswith=dossier.agency.path,
            roles__role__in=(Role.SPECIALIST, *LEADER_ROLES),
        )
        .distinct()
        .order_by("full_name")
    )


def consult_agencies_for(*, dossier: Dossier) -> QuerySet[Agency]:
    """Return the agencies a dossier may be sent to for their part."""
    return (
        Agency.objects.filter(
            active_to__isnull=True,
            level__in=(
                Agency.Level.DEPARTMENT,
                Agency.Level.COMMUNE,
                Agency.Level.CENTRAL,
            ),
        )
        .exclude(path__startswith=dossier.agency.path)
        .order_by("level", "name")
    )
