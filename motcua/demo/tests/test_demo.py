from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from motcua.accounts.models import Agency, User
from motcua.catalog.models import Procedure
from motcua.core.models import CalendarException
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import ledger_verify

pytestmark = pytest.mark.django_db

LOGINS = [
    "congdan",
    "doanhnghiep",
    "tiepnhan",
    "chuyenvien",
    "lanhdao",
    "tiepnhanxa",
    "quantri",
    "thanhtra",
    "huongdan",
]


def counts() -> dict[str, int]:
    return {
        "agencies": Agency.objects.count(),
        "procedures": Procedure.objects.count(),
        "users": User.objects.count(),
        "dossiers": Dossier.objects.count(),
        "events": DossierEvent.objects.count(),
        "calendar": CalendarException.objects.count(),
    }


def test_demo_loads_a_province_once_and_a_second_run_changes_nothing():
    out = StringIO()
    call_command("demo", no_serve=True, stdout=out)
    first = counts()
    assert "congdan" in out.getvalue()
    assert "motcua2026" in out.getvalue()

    again = StringIO()
    call_command("demo", no_serve=True, stdout=again)
    assert counts() == first
    assert "không thay đổi gì" in again.getvalue()

    assert first["procedures"] >= 60
    assert first["dossiers"] >= 200
    for username in LOGINS:
        user = User.objects.get(username=username)
        assert user.check_password("motcua2026"), username
    statuses = dict(Dossier.objects.values_list("status").annotate(Count("pk")))
    assert set(statuses) == set(Dossier.Status.values), statuses
    years = {d.year for d in Dossier.objects.values_list("created_at", flat=True)}
    submitted_years = {
        d.year
        for d in Dossier.objects.exclude(submitted_at=None).values_list(
            "submitted_at", flat=True
        )
    }
    assert years
    assert {2024, 2025, 2026} <= submitted_years
    assert Dossier.objects.filter(timeliness=Dossier.Timeliness.LATE).exists()
    assert Dossier.objects.exclude(apology_at=None).exists()
    assert set(Dossier.objects.values_list("channel", flat=True)) == set(
        Dossier.Channel.values
    )
    checked, problems = ledger_verify()
    assert checked == first["dossiers"]
    assert problems == []


def test_demo_records_the_2025_reform_with_successors():
    call_command("demo", no_serve=True, stdout=StringIO())
    districts = Agency.objects.filter(level=Agency.Level.DISTRICT)
    assert districts.count() == 11
    assert all(str(d.active_to) == "2025-06-30" for d in districts)
    old_communes = Agency.objects.filter(
        level=Agency.Level.COMMUNE, active_to__isnull=False
    )
    assert old_communes.exists()
    assert all(c.successor_id for c in old_communes)
    quang_lac = User.objects.get(username="congdan")
    assert "Quảng Lạc" in quang_lac.address
