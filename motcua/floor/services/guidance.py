"""Guidance teams: help sessions, accounts made with citizens, assisted drafts."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.accounts.models import Agency, Role, User
from motcua.accounts.validators import validate_citizen_id, validate_phone
from motcua.catalog.models import Procedure
from motcua.core.errors import DomainError, PermissionDenied, ValidationFailed
from motcua.core.text import nfc
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_draft_create
from motcua.feedback.models import Rating
from motcua.floor.models import GuidanceTeam, HelpSession


def _require_member(*, team: GuidanceTeam, member: User) -> None:
    if not (
        member.is_authenticated
        and member.has_role(Role.GUIDANCE_MEMBER)
        and team.active
        and team.members.filter(pk=member.pk).exists()
    ):
        raise PermissionDenied(_("Bạn không phải thành viên của tổ hướng dẫn này."))


def _check(errors: dict, name: str, validator, value: str) -> None:
    try:
        validator(value)
    except ValidationError as error:
        errors.setdefault(name, []).extend(error.messages)


@transaction.atomic
def help_session_log(
    *,
    team: GuidanceTeam,
    member: User,
    person_name: str,
    topic: str,
    outcome: str,
    satisfaction: str = "",
    person_id_number: str = "",
    person_phone: str = "",
    note: str = "",
    at: datetime | None = None,
) -> HelpSession:
    """Record one person helped; a satisfaction answer also counts as a rating."""
    _require_member(team=team, member=member)
    errors: dict[str, list[str]] = {}
    if not person_name.strip():
        errors["person_name"] = [_("Hãy nhập họ tên người được hỗ trợ.")]
    if topic not in HelpSession.Topic.values:
        errors["topic"] = [_("Hãy chọn nội dung hỗ trợ.")]
    if outcome not in HelpSession.Outcome.values:
        errors["outcome"] = [_("Hãy chọn kết quả hỗ trợ.")]
    if satisfaction and satisfaction not in Rating.Level.values:
        errors["satisfaction"] = [_("Mức độ hài lòng không hợp lệ.")]
    if person_id_number:
        _check(errors, "person_id_number", validate_citizen_id, person_id_number)
    if person_phone:
        _check(errors, "person_phone", validate_phone, person_phone)
    if errors:
        raise ValidationFailed(errors)
    person = None
    if person_id_number:
        person = User.objects.filter(
            id_number=person_id_number, kind=User.Kind.CITIZEN
        ).first()
    session = HelpSession.objects.create(
        team=team,
        member=member,
        at=at or timezone.now(),
        person_name=nfc(person_name),
        person_id_number=person_id_number,
        person_phone=person_phone,
        person=person,
        topic=topic,
        outcome=outcome,
        satisfaction=satisfaction,
        note=note.strip(),
    )
    if satisfaction:
        Rating.objects.create(
            level=satisfaction, source=Rating.Source.GUIDANCE, agency=team.agency
        )
    return session


@transaction.atomic
def guidance_account_create(
    *,
    session: HelpSession,
    member: User,
    full_name: str,
    id_number: str,
    password: str,
    phone: str = "",
    email: str = "",
    address: str = "",
) -> User:
    """Create a citizen's portal account together with them (they choose the password).

    The account's user name is the identity number, which the citizen already knows.
    """
    session = HelpSession.objects.select_for_update().get(pk=session.pk)
    _require_member(team=session.team, member=member)
    if session.person_id:
        raise DomainError(_("Người này đã có tài khoản."))
    errors: dict[str, list[str]] = {}
    if not full_name.strip():
        errors["full_name"] = [_("Hãy nhập họ và tên.")]
    _check(errors, "id_number", validate_citizen_id, id_number)
    if phone:
        _check(errors, "phone", validate_phone, phone)
    user = User(
        username=id_number,
        kind=User.Kind.CITIZEN,
        full_name=nfc(full_name),
        id_number=id_number,
        phone=phone,
        email=email.strip(),
        address=nfc(address),
        # The team member creates it face to face, with the citizen's ID card.
        id_verified=True,
    )
    try:
        validate_password(password, user)
    except ValidationError as error:
        errors["password"] = list(error.messages)
    if errors:
        raise ValidationFailed(errors)
    if User.objects.filter(id_number=id_number).exists():
        raise ValidationFailed(
            {
                "id_number": [
                    _(
                        "Số CCCD này đã có tài khoản. Hãy hướng dẫn người dân đăng "
                        "nhập hoặc lấy lại mật khẩu."
                    )
                ]
            }
        )
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        raise ValidationFailed(
            {"id_number": [_("Tên đăng nhập này đã được dùng.")]}
        ) from None
    session.person = user
    session.person_id_number = id_number
    session.account_created = True
    session.save(
        update_fields=["person", "person_id_number", "account_created", "updated_at"]
    )
    return user


@transaction.atomic
def guidance_dossier_start(
    *,
    session: HelpSession,
    member: User,
    procedure: Procedure,
    consent_note: str,
    agency: Agency | None = None,
    at: datetime | None = None,
) -> Dossier:
    """Start an online dossier on the citizen's behalf, with their recorded consent.

    The dossier belongs to the citizen's account, counts as online and is marked
    assisted by this member.
    """
    session = HelpSession.objects.select_for_update().get(pk=session.pk)
    _require_member(team=session.team, member=member)
    if session.person_id is None:
        raise DomainError(
            _("Người dân cần có tài khoản trước. Hãy tạo tài khoản cùng họ.")
        )
    if not consent_note.strip():
        raise ValidationFailed(
            {
                "consent_note": [
                    _(
                        "Hãy ghi nhận sự đồng ý của người dân (ví dụ: đồng ý bằng "
                        "lời, có ký phiếu) trước khi nộp thay."
                    )
                ]
            }
        )
    dossier = dossier_draft_create(
        procedure=procedure,
        owner=session.person,
        agency=agency,
        assisted_by=member,
        at=at,
    )
    session.consent_at = at or timezone.now()
    session.consent_note = consent_note.strip()[:255]
    session.dossier = dossier
    session.save(update_fields=["consent_at", "consent_note", "dossier", "updated_at"])
    return dossier
