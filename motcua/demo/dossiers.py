"""Generate the demo province's dossiers through the real services.

Every dossier walks its lifecycle with the officials who would act on it, at
working times between 2024 and today, so histories are valid chains and every
screen has dossiers in every status, early, on time, late and overdue.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from motcua.accounts.models import Agency, OfficialRole, Role, User
from motcua.catalog.models import Procedure, WorkflowStep
from motcua.core.errors import DomainError
from motcua.core.services import calendar_for
from motcua.core.workcal import TZ, WorkCalendar
from motcua.demo import data
from motcua.demo.loader import demo_password_hash
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import (
    Applicant,
    Delivery,
    document_attach,
    dossier_apologise,
    dossier_claim,
    dossier_draft_create,
    dossier_finish,
    dossier_receive,
    dossier_receive_direct,
    dossier_record_payment,
    dossier_refuse,
    dossier_release,
    dossier_request_payment,
    dossier_request_supplement,
    dossier_return,
    dossier_start_processing,
    dossier_step_move,
    dossier_stop,
    dossier_submit,
    dossier_supplement_provide,
    dossier_withdraw,
    reception_for,
)
from motcua.feedback.models import Rating
from motcua.feedback.services import rating_create

S = Dossier.Status
REFORM_DAY = datetime(2025, 7, 1, tzinfo=TZ)
FIRST_DAY = datetime(2024, 1, 2, 7, 0, tzinfo=TZ)

# How many dossiers end in each status (about 260 in all).
PLAN = {
    S.RETURNED: 150,
    S.FINISHED: 12,
    S.IN_PROGRESS: 26,
    S.RECEIVED: 8,
    S.SUBMITTED: 10,
    S.SUPPLEMENT_REQUESTED: 10,
    S.PAYMENT_REQUESTED: 6,
    S.REFUSED: 10,
    S.WITHDRAWN: 8,
    S.STOPPED: 6,
    S.DRAFT: 8,
}
SUPPLEMENT_ITEMS = [
    "Bản sao Giấy chứng nhận đăng ký hộ kinh doanh chưa được chứng thực",
    "Đơn đề nghị thiếu chữ ký của người đại diện",
    "Ảnh chụp giấy tờ bị mờ, không đọc được số CCCD",
    "Thiếu bản vẽ mặt bằng vị trí cơ sở",
    "Thông tin địa chỉ trong tờ khai không khớp với giấy tờ kèm theo",
]
REFUSAL_REASONS = [
    "Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan",
    "Cơ sở chưa đáp ứng điều kiện về địa điểm kinh doanh theo quy định",
    "Người nộp không có quyền đề nghị thực hiện thủ tục này",
]
DENIAL_NOTES = [
    "Kết quả thẩm định thực tế: cơ sở chưa đáp ứng điều kiện bảo quản thuốc.",
    "Thửa đất đang có tranh chấp, chưa đủ điều kiện cấp giấy chứng nhận.",
]
STAFF_NAMES = [
    "Nông Văn Tuấn",
    "Hoàng Thị Thu",
    "Lương Văn Hùng",
    "Vi Thị Hạnh",
    "Chu Đức Minh",
    "Lăng Thị Nga",
    "Triệu Văn Phong",
    "Hà Thị Lan",
    "Mông Văn Khải",
    "Đinh Thị Hòa",
]
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class _PastNow(Exception):
    """The next action would happen after today: the dossier stops where it is."""


@dataclass
class Cast:
    """Who acts for each agency in the demo."""

    calendar: WorkCalendar
    now: datetime
    rng: random.Random

    def __post_init__(self) -> None:
        self._staff: dict[tuple[int, str], User] = {}

    def official(self, agency: Agency, role: str) -> User:
        """Return an official of the agency (or above it) holding the role."""
        key = (agency.pk, role)
        if key not in self._staff:
            ids = [int(p) for p in agency.path.strip("/").split("/") if p]
            found = (
                User.objects.filter(
                    kind=User.Kind.OFFICIAL, agency_id__in=ids, roles__role=role
                )
                .exclude(agency__level=Agency.Level.PROVINCE)
                .order_by("-agency__path", "pk")
                .first()
            )
            self._staff[key] = found or self._create(agency, role)
        return self._staff[key]

    def _create(self, agency: Agency, role: str) -> User:
        suffix = {"reception_officer": "tn", "specialist": "cv"}.get(role, "ld")
        roles = (
            [Role.UNIT_LEADER, Role.AGENCY_LEADER] if suffix == "ld" else [Role(role)]
        )
        names = STAFF_NAMES
        user = User(
            username=f"cb{agency.pk}{suffix}",
            full_name=names[(agency.pk * 3 + len(suffix)) % len(names)],
            kind=User.Kind.OFFICIAL,
            agency=agency,
        )
        user.password = demo_password_hash()
        user.save()
        OfficialRole.objects.bulk_create(OfficialRole(user=user, role=r) for r in roles)
        return user


def _citizens() -> list[User]:
    users = []
    for row in data.CITIZENS:
        user = User.objects.filter(username=row["username"]).first()
        if user is None:
            user = User(
                username=row["username"],
                full_name=row["full_name"],
                kind=row.get("kind", User.Kind.CITIZEN),
                id_number=row.get("id_number", ""),
                tax_code=row.get("tax_code", ""),
                representative=row.get("representative", ""),
                phone=row.get("phone", ""),
                email=row.get("email", ""),
                address=row.get("address", ""),
                id_verified=True,
            )
            user.password = demo_password_hash()
            user.save()
        users.append(user)
    for username in ("congdan", "doanhnghiep"):
        user = User.objects.filter(username=username).first()
        if user is not None:
            # The demo logins get a larger share so their screens are full.
            users.extend([user] * 6)
    return users


def _applicant(user: User) -> Applicant:
    return Applicant.from_user(user)


def _pdf(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


class Walker:
    """Walk one dossier towards its planned final status."""

    def __init__(self, cast: Cast) -> None:
        self.cast = cast
        self.cal = cast.calendar
        self.rng = cast.rng

    def later(self, t: datetime, low: int, high: int) -> datetime:
        """Return a working moment some working minutes after t, or stop at today."""
        moment = self.cal.add_working_minutes(t, self.rng.randint(low, high))
        if moment > self.cast.now:
            raise _PastNow
        return moment

    def commune_for(self, t: datetime) -> Agency:
        communes = Agency.objects.filter(level=Agency.Level.COMMUNE)
        if t >= REFORM_DAY:
            communes = communes.filter(active_from__gte=REFORM_DAY.date())
        else:
            communes = communes.filter(active_to__lt=REFORM_DAY.date())
        ids = list(communes.values_list("pk", flat=True))
        if self.rng.random() < 0.5 and t >= REFORM_DAY:
            quang_lac = Agency.objects.filter(code=data.QUANG_LAC_CODE).first()
            if quang_lac:
                return quang_lac
        return Agency.objects.get(pk=self.rng.choice(ids))

    def walk(self, procedure: Procedure, owner: User, target: str, t0: datetime):
        """Walk a dossier; one whose next step would be after today stays put."""
        with contextlib.suppress(_PastNow):
            self._walk(procedure, owner, target, t0)

    def _walk(self, procedure: Procedure, owner: User, target: str, t0: datetime):
        rng = self.rng
        commune = (
            self.commune_for(t0) if procedure.level == Procedure.Level.COMMUNE else None
        )
        deciding = commune or procedure.agency
        reception = reception_for(agency=deciding)
        receiver = self.cast.official(reception, Role.RECEPTION_OFFICER)
        specialist = self.cast.official(deciding, Role.SPECIALIST)
        leader = self.cast.official(deciding, Role.AGENCY_LEADER)
        online = (
            procedure.online_only
            or rng.random() < 0.82
            or target
            in (
                S.DRAFT,
                S.SUBMITTED,
                S.REFUSED,
            )
        )
        delivery = self._delivery(procedure, owner)
        t = self.cal.next_opening(t0)
        if online:
            assisted = rng.random() < 0.1
            helper = (
                User.objects.filter(roles__role=Role.GUIDANCE_MEMBER).first()
                if assisted
                else None
            )
            dossier = dossier_draft_create(
                procedure=procedure,
                owner=owner,
                agency=commune,
                delivery=delivery,
                form_data=self._form(procedure, owner),
                assisted_by=helper,
                at=t,
            )
            for component in procedure.components.filter(required=True):
                document_attach(
                    dossier=dossier,
                    upload=_pdf(f"{component.pk}.pdf"),
                    actor=owner,
                    component=component,
                    reused=component.reusable and rng.random() < 0.5,
                    at=t,
                )
            if target == S.DRAFT:
                return dossier
            t = self.later(t, 5, 40)
            dossier = dossier_submit(dossier=dossier, actor=helper or owner, at=t)
            if target == S.SUBMITTED:
                return dossier
            t = self.later(t, 20, 400)
            if target == S.REFUSED:
                return dossier_refuse(
                    dossier=dossier,
                    actor=receiver,
                    reasons=rng.sample(REFUSAL_REASONS, rng.randint(1, 2)),
                    at=t,
                )
            if target == S.WITHDRAWN and rng.random() < 0.5:
                return dossier_withdraw(
                    dossier=dossier,
                    actor=owner,
                    reason="Tôi nộp nhầm thủ tục, xin rút để nộp lại.",
                    at=t,
                )
            pre = target == S.SUPPLEMENT_REQUESTED and rng.random() < 0.5
            if pre or rng.random() < 0.08:
                dossier = dossier_request_supplement(
                    dossier=dossier,
                    actor=receiver,
                    items=rng.sample(SUPPLEMENT_ITEMS, rng.randint(1, 2)),
                    at=t,
                )
                if pre:
                    return dossier
                t = self.later(t, 240, 1600)
                dossier = dossier_supplement_provide(
                    dossier=dossier, actor=owner, note="Đã bổ sung giấy tờ", at=t
                )
                t = self.later(t, 20, 300)
            dossier = dossier_receive(dossier=dossier, actor=receiver, at=t)
        else:
            channel = (
                Dossier.Channel.POSTAL
                if rng.random() < 0.15
                else Dossier.Channel.DIRECT
            )
            dossier = dossier_receive_direct(
                procedure=procedure,
                reception=reception,
                applicant=_applicant(owner),
                owner=owner,
                agency=commune,
                channel=channel,
                postal_tracking=f"EL{rng.randint(10**8, 10**9 - 1)}VN"
                if channel == Dossier.Channel.POSTAL
                else "",
                delivery=delivery,
                form_data=self._form(procedure, owner),
                actor=receiver,
                at=t,
            )
        if target == S.RECEIVED:
            return dossier
        return self._process(dossier, target, t, receiver, specialist, leader, owner)

    def _process(self, dossier, target, t, receiver, specialist, leader, owner):
        rng = self.rng
        t = self.later(t, 30, 240)
        dossier = dossier_start_processing(
            dossier=dossier, actor=receiver, assignee=specialist, at=t
        )
        if target == S.WITHDRAWN:
            t = self.later(t, 60, 900)
            return dossier_withdraw(
                dossier=dossier,
                actor=receiver,
                reason="Người nộp có đơn đề nghị rút hồ sơ.",
                at=t,
            )
        steps = list(
            dossier.procedure.steps.filter(
                order__gt=dossier.current_step.order if dossier.current_step else 0
            ).exclude(actor=WorkflowStep.Actor.RECEPTION)
        )
        limit_minutes = dossier.procedure.time_limit.working_minutes or 2400
        late = rng.random() < 0.06
        for step in steps:
            t = self.later(t, 30, max(60, limit_minutes // (len(steps) + 2)))
            dossier = dossier_step_move(
                dossier=dossier,
                actor=specialist,
                to_step=step,
                assignee=leader if step.role == Role.AGENCY_LEADER else specialist,
                note="Chuyển bước theo quy trình",
                at=t,
            )
        if target == S.IN_PROGRESS:
            if rng.random() < 0.3 and dossier.assignee_id != specialist.pk:
                # The leader takes the file back from whoever held it and the
                # specialist claims it: both are events in the history.
                dossier = dossier_release(dossier=dossier, actor=leader, at=t)
                dossier = dossier_claim(dossier=dossier, actor=specialist, at=t)
            return dossier
        if target == S.SUPPLEMENT_REQUESTED or rng.random() < 0.06:
            t = self.later(t, 30, 300)
            dossier = dossier_request_supplement(
                dossier=dossier,
                actor=specialist,
                items=rng.sample(SUPPLEMENT_ITEMS, 1),
                at=t,
            )
            if target == S.SUPPLEMENT_REQUESTED:
                return dossier
            t = self.later(t, 240, 2400)
            dossier = dossier_supplement_provide(
                dossier=dossier, actor=receiver, note="Công dân đã nộp bổ sung", at=t
            )
        if target == S.PAYMENT_REQUESTED or (
            dossier.payment == Dossier.Payment.UNPAID and rng.random() < 0.5
        ):
            if target == S.PAYMENT_REQUESTED:
                t = self.later(t, 30, 300)
                return dossier_request_payment(
                    dossier=dossier,
                    actor=specialist,
                    amount=rng.choice([50_000, 100_000, 300_000]),
                    reason="Nộp lệ phí trước khi nhận kết quả",
                    at=t,
                )
            t = self.later(t, 10, 200)
            dossier = (
                dossier_record_payment(
                    dossier=dossier,
                    actor=owner,
                    online=dossier.channel == Dossier.Channel.ONLINE,
                    reference=f"VNPAY{rng.randint(10**7, 10**8 - 1)}",
                    at=t,
                )
                if dossier.channel == Dossier.Channel.ONLINE
                else dossier_record_payment(
                    dossier=dossier, actor=receiver, online=False, at=t
                )
            )
        if target == S.STOPPED:
            t = self.later(t, 30, 600)
            return dossier_stop(
                dossier=dossier,
                actor=leader,
                reason="Cơ sở đề nghị dừng giải quyết để hoàn thiện điều kiện.",
                at=t,
            )
        t = self._finish_moment(dossier, t, late, leader)
        dossier = dossier_finish(
            dossier=dossier,
            actor=leader,
            outcome=Dossier.Outcome.DENIED
            if rng.random() < 0.05
            else Dossier.Outcome.GRANTED,
            note=rng.choice(DENIAL_NOTES),
            at=t,
        )
        if target == S.FINISHED:
            return dossier
        t = self.later(t, 30, 1200)
        return dossier_return(
            dossier=dossier,
            actor=receiver,
            postal_tracking=f"RR{rng.randint(10**8, 10**9 - 1)}VN"
            if dossier.delivery == Dossier.Delivery.POST
            else "",
            note="Người nộp đã ký nhận kết quả"
            if dossier.delivery == Dossier.Delivery.COUNTER
            else "",
            at=t,
        )

    def _finish_moment(self, dossier, t, late, leader) -> datetime:
        due = dossier.due_at
        if due is None:
            return self.later(t, 30, 600)
        if late:
            if (
                self.rng.random() < 0.5
                and self.cal.working_minutes_between(t, due) >= 480
            ):
                dossier_apologise(
                    dossier=dossier,
                    actor=leader,
                    reason="Cần xác minh thực tế tại cơ sở, chưa bố trí được đoàn.",
                    new_appointment=self.cal.add_working_minutes(due, 960),
                    at=t,
                )
            moment = self.cal.add_working_minutes(due, self.rng.randint(60, 960))
        else:
            room = max(self.cal.working_minutes_between(t, due), 1)
            moment = self.cal.add_working_minutes(
                t, int(room * self.rng.uniform(0.2, 0.95))
            )
            moment = max(moment, t)
        if moment > self.cast.now:
            raise _PastNow
        return moment

    def _delivery(self, procedure: Procedure, owner: User) -> Delivery:
        roll = self.rng.random()
        if procedure.result_type != Procedure.ResultType.PAPER and roll < 0.4:
            return Delivery(method=Dossier.Delivery.ONLINE)
        if roll < 0.55:
            return Delivery(method=Dossier.Delivery.POST, address=owner.address)
        return Delivery(method=Dossier.Delivery.COUNTER)

    def _form(self, procedure: Procedure, owner: User) -> dict:
        values: dict = {}
        for spec in procedure.form_schema or []:
            kind = spec.get("type", "text")
            name = spec["name"]
            max_length = spec.get("max_length") or 255
            if kind == "choice":
                values[name] = spec["choices"][0][0]
            elif kind == "boolean":
                values[name] = True
            elif kind == "number":
                values[name] = self.rng.randint(1, 50) * 10
            elif kind == "date":
                values[name] = "15/03/2026"
            elif kind == "email":
                values[name] = owner.email or "nguoinop@example.vn"
            elif kind == "phone":
                values[name] = owner.phone or "0912345678"
            elif kind == "cccd" or name in ("so_dinh_danh", "so_cccd", "cccd"):
                values[name] = owner.id_number or "020090001234"
            elif not spec.get("required"):
                continue
            elif max_length <= 20:
                # Numbers of papers (licence, candidate, tax code): digits that fit.
                values[name] = "".join(
                    str(self.rng.randint(0, 9)) for _ in range(min(max_length, 10))
                )
            elif "dia_chi" in name:
                values[name] = owner.address[:max_length]
            else:
                values[name] = owner.full_name[:max_length]
        return values


def _start_for(target: str, rng: random.Random, now: datetime) -> datetime:
    """Return when a dossier with this final status was submitted."""
    if target in (S.RETURNED, S.REFUSED, S.STOPPED):
        span = (now - timedelta(days=45) - FIRST_DAY).days
        return FIRST_DAY + timedelta(days=rng.randint(0, span), hours=rng.randint(0, 9))
    if target == S.IN_PROGRESS and rng.random() < 0.35:
        # Overdue: submitted long enough ago that its due moment has passed.
        return now - timedelta(days=rng.randint(25, 50))
    return now - timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 8))


@transaction.atomic
def dossiers_generate(*, now: datetime, seed: int = 2026) -> int:
    """Create the demo dossiers once; return how many were created (0 if present)."""
    if Dossier.objects.exists():
        return 0
    rng = random.Random(seed)
    cast = Cast(calendar=calendar_for(), now=now, rng=rng)
    walker = Walker(cast)
    procedures = list(
        Procedure.objects.filter(state=Procedure.State.PUBLISHED)
        .exclude(service_level=Procedure.ServiceLevel.INFO)
        .select_related("agency")
    )
    favourites = [p for p in procedures if "thú y" in p.name.lower()]
    owners = _citizens()
    created = 0
    for target, count in PLAN.items():
        for _ in range(count):
            procedure = (
                rng.choice(favourites)
                if favourites and rng.random() < 0.2
                else rng.choice(procedures)
            )
            owner = rng.choice(owners)
            t0 = _start_for(target, rng, now)
            born = procedure.agency.active_from if procedure.agency else None
            if born and t0.date() < born:
                # A department created by the 2025 merger has dossiers only since.
                t0 = datetime.combine(born, time(8), tzinfo=TZ) + (t0 - FIRST_DAY) / 4
            try:
                with transaction.atomic():
                    walker.walk(procedure, owner, target, t0)
            except DomainError:
                continue
            created += 1
    _ratings(rng)
    return created


def _ratings(rng: random.Random) -> None:
    """Let most applicants rate their returned dossiers (DOMAIN §11)."""
    returned = Dossier.objects.filter(
        status=S.RETURNED, owner__isnull=False
    ).select_related("owner")
    levels = [Rating.Level.VERY_SATISFIED] * 15 + [Rating.Level.SATISFIED] * 4
    levels.append(Rating.Level.NOT_SATISFIED)
    for dossier in returned.order_by("pk"):
        if rng.random() < 0.6:
            rating_create(
                dossier=dossier,
                author=dossier.owner,
                level=rng.choice(levels),
                comment=rng.choice(["", "", "Cán bộ hướng dẫn tận tình."]),
            )
