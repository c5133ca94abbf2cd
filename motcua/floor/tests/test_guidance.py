"""Guidance teams: sessions, accounts made with citizens, assisted dossiers, report."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from django.urls import reverse

from motcua.accounts.models import Agency, Role, User
from motcua.accounts.tests.factories import AgencyFactory, OfficialFactory, UserFactory
from motcua.core.errors import PermissionDenied, ValidationFailed
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_submit
from motcua.dossiers.tests.factories import submitted_dossier
from motcua.feedback.models import Rating
from motcua.floor.models import GuidanceTeam
from motcua.floor.selectors import guidance_report
from motcua.floor.services import (
    guidance_account_create,
    guidance_dossier_start,
    help_session_log,
)
from motcua.floor.tests.factories import GuidanceTeamFactory


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 3, day, hour, 0, tzinfo=TZ)


@pytest.fixture
def commune(province):
    return AgencyFactory(
        code="000.00.91.H37",
        name="UBND xã Quảng Lạc",
        level=Agency.Level.COMMUNE,
        parent=province,
    )


@pytest.fixture
def member(commune):
    return OfficialFactory(
        username="huongdan", agency=commune, roles=[Role.GUIDANCE_MEMBER]
    )


@pytest.fixture
def team(commune, member):
    return GuidanceTeamFactory(
        name="Tổ hướng dẫn xã Quảng Lạc", agency=commune, members=[member]
    )


def log(team, member, **kwargs):
    values = {
        "person_name": "Nông Thị Hằng",
        "topic": "account",
        "outcome": "done",
        "at": at(5),
    }
    values.update(kwargs)
    return help_session_log(team=team, member=member, **values)


@pytest.mark.django_db
def test_a_session_with_satisfaction_also_counts_as_a_guidance_rating(
    team, member, commune
):
    session = log(team, member, satisfaction="satisfied", person_phone="0912345678")
    assert session.person_name == "Nông Thị Hằng"
    rating = Rating.objects.get()
    assert (rating.source, rating.agency, rating.level) == (
        "guidance",
        commune,
        "satisfied",
    )


@pytest.mark.django_db
def test_only_team_members_log_sessions_and_bad_input_is_named(
    team, member, other_official
):
    with pytest.raises(PermissionDenied):
        log(team, other_official)
    with pytest.raises(ValidationFailed) as caught:
        log(team, member, topic="gossip", person_id_number="123")
    assert set(caught.value.errors) == {"topic", "person_id_number"}


@pytest.mark.django_db
def test_a_member_creates_the_citizen_account_then_submits_with_consent(
    team, member, procedure
):
    session = log(team, member, topic="online")
    user = guidance_account_create(
        session=session,
        member=member,
        full_name="Nông Thị Hằng",
        id_number="020192221035",
        password="Ban-Thin-2026",
        phone="0913740653",
    )
    assert user.username == "020192221035"
    assert user.kind == User.Kind.CITIZEN
    assert user.check_password("Ban-Thin-2026")
    session.refresh_from_db()
    assert session.account_created
    assert session.person == user
    with pytest.raises(ValidationFailed):
        guidance_dossier_start(
            session=session, member=member, procedure=procedure, consent_note=" "
        )
    dossier = guidance_dossier_start(
        session=session,
        member=member,
        procedure=procedure,
        consent_note="Đồng ý, có ký phiếu",
    )
    assert dossier.owner == user
    assert dossier.assisted
    assert dossier.assisted_by == member
    assert dossier.channel == Dossier.Channel.ONLINE
    dossier = dossier_submit(dossier=dossier, actor=member)
    assert dossier.status == Dossier.Status.SUBMITTED
    session.refresh_from_db()
    assert session.consent_at is not None
    assert session.dossier == dossier


@pytest.mark.django_db
def test_an_account_is_not_made_twice_for_one_identity_number(team, member):
    UserFactory(id_number="020192221035")
    session = log(team, member)
    with pytest.raises(ValidationFailed) as caught:
        guidance_account_create(
            session=session,
            member=member,
            full_name="Hằng",
            id_number="020192221035",
            password="Ban-Thin-2026",
        )
    assert "id_number" in caught.value.errors


@pytest.mark.django_db
def test_the_monthly_report_on_hand_made_data(
    team, member, commune, procedure, center, province
):
    other_commune = AgencyFactory(
        code="000.00.85.H37",
        name="UBND xã Cao Lộc",
        level=Agency.Level.COMMUNE,
        parent=province,
    )
    other_member = OfficialFactory(agency=other_commune, roles=[Role.GUIDANCE_MEMBER])
    other_team = GuidanceTeamFactory(
        name="Tổ hướng dẫn xã Cao Lộc", agency=other_commune, members=[other_member]
    )
    hang = UserFactory(id_number="020192221035", full_name="Nông Thị Hằng")
    duc = UserFactory(id_number="020078327894", full_name="Lương Văn Đức")
    # Quảng Lạc, March: Hằng twice (account, then online), Đức once, a stranger once.
    first = log(
        team,
        member,
        person_id_number=hang.id_number,
        satisfaction="very_satisfied",
        at=at(3),
    )
    log(
        team,
        member,
        person_id_number=hang.id_number,
        topic="online",
        satisfaction="satisfied",
        at=at(4),
    )
    log(
        team,
        member,
        person_name="Lương Văn Đức",
        person_id_number=duc.id_number,
        topic="payment",
        outcome="partly",
        satisfaction="not_satisfied",
        at=at(5),
    )
    log(team, member, person_name="Người lạ", topic="postal", at=at(6))
    first.account_created = True
    first.save()
    # Another month and another commune stay out of the figures.
    log(team, member, person_name="Tháng hai", at=datetime(2026, 2, 27, 9, tzinfo=TZ))
    log(other_team, other_member, person_name="Ở Cao Lộc", at=at(7))
    # Hằng later submits on her own; Đức's only dossier was before his session.
    submitted_dossier(procedure=procedure, owner=hang, at=at(10))
    submitted_dossier(procedure=procedure, owner=duc, at=at(2))

    report = guidance_report(
        teams=GuidanceTeam.objects.filter(pk__in=[team.pk, other_team.pk]),
        month=date(2026, 3, 1),
        now=at(31),
    )
    by_label = {row.label: row for row in report["teams"]}
    ql = by_label["Tổ hướng dẫn xã Quảng Lạc"]
    assert (ql.sessions, ql.people) == (4, 3)
    assert ql.topics == {"account": 1, "online": 1, "payment": 1, "postal": 1}
    assert (ql.rated, ql.satisfied, ql.satisfaction_rate) == (3, 2, 66.67)
    assert ql.accounts_created == 1
    assert ql.later_self_submitted == 1
    assert by_label["Tổ hướng dẫn xã Cao Lộc"].sessions == 1
    communes = {row.label: row.sessions for row in report["agencies"]}
    assert communes == {"UBND xã Quảng Lạc": 4, "UBND xã Cao Lộc": 1}


@pytest.mark.django_db
def test_assisted_submissions_are_counted_per_team(team, member, procedure):
    session = log(team, member, at=at(3))
    guidance_account_create(
        session=session,
        member=member,
        full_name="Hằng",
        id_number="020192221035",
        password="Ban-Thin-2026",
    )
    guidance_dossier_start(
        session=session,
        member=member,
        procedure=procedure,
        consent_note="Đồng ý",
        at=at(3, 10),
    )
    report = guidance_report(
        teams=GuidanceTeam.objects.all(), month=date(2026, 3, 1), now=at(31)
    )
    assert report["teams"][0].assisted_submissions == 1


@pytest.mark.django_db
def test_the_guidance_pages_for_a_member(client, team, member):
    client.force_login(member)
    page = client.get(reverse("floor:guidance"))
    assert page.status_code == 200
    response = client.post(
        reverse("floor:guidance"),
        {
            "team": team.pk,
            "person_name": "Vi Thị Hoa",
            "topic": "account",
            "outcome": "done",
            "satisfaction": "very_satisfied",
        },
    )
    assert response.status_code == 302
    bad = client.post(reverse("floor:guidance"), {"team": team.pk, "person_name": ""})
    assert bad.status_code == 400
    report = client.get(reverse("floor:guidance_report"), {"thang": "2026-13"})
    assert report.status_code == 200


@pytest.mark.django_db
def test_someone_outside_any_team_gets_no_guidance_page(client, receiver):
    client.force_login(receiver)
    assert client.get(reverse("floor:guidance")).status_code == 404
