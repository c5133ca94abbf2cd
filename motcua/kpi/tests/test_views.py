"""Dashboards, targets, drill-down, inspection report, public page and open data."""

from __future__ import annotations

import io
import json
from datetime import date, datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook
from pypdf import PdfReader

from motcua.accounts.models import Role
from motcua.accounts.tests.factories import OfficialFactory
from motcua.core.workcal import TZ
from motcua.dossiers.models import Dossier
from motcua.dossiers.tests.factories import dossier_in_status
from motcua.feedback.models import Rating
from motcua.kpi.models import Target
from motcua.kpi.selectors import Scope, satisfaction_periods
from motcua.kpi.services import facts_refresh_changed, target_set

pytestmark = pytest.mark.django_db
PERIOD = {"tu": "2026-03-01", "den": "2026-03-31"}


@pytest.fixture
def figures(procedure, citizen, receiver, official, leader):
    cast = {
        "procedure": procedure,
        "citizen": citizen,
        "receiver": receiver,
        "official": official,
        "leader": leader,
    }
    for day, status in (
        (2, Dossier.Status.RETURNED),
        (3, Dossier.Status.RETURNED),
        (4, Dossier.Status.IN_PROGRESS),
        (5, Dossier.Status.REFUSED),
    ):
        dossier_in_status(status, at=datetime(2026, 3, day, 8, tzinfo=TZ), **cast)
    facts_refresh_changed()


@pytest.fixture
def admin(province):
    return OfficialFactory(
        username="quantri", agency=province, roles=[Role.PROVINCE_ADMIN]
    )


def test_public_page_shows_province_figures_without_login(client, figures, department):
    response = client.get("/chi-so/", PERIOD)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'data-kpi="received">3<' in body
    assert department.name in body
    assert "<svg" in body


def test_public_page_refuses_a_bad_date_with_400(client, db):
    response = client.get("/chi-so/", {"tu": "31/02/2026"})
    assert response.status_code == 400


def test_open_data_csv_and_json(client, figures, department):
    csv_body = client.get("/chi-so/du-lieu-mo.csv", PERIOD).content.decode("utf-8-sig")
    lines = csv_body.strip().splitlines()
    assert lines[0].startswith("agency_code,agency_name,rank,received,online")
    assert lines[1].startswith(",Toàn tỉnh,,3,3,")
    data = json.loads(client.get("/chi-so/du-lieu-mo.json", PERIOD).content)
    codes = {row["agency_code"]: row for row in data["rows"]}
    assert codes[department.code]["received"] == 3
    assert codes[department.code]["refused"] == 1
    assert client.get("/chi-so/du-lieu-mo.xml").status_code == 404


def test_dashboard_needs_an_official(client, citizen):
    assert client.get("/chi-so/bang-dieu-khien/").status_code == 302
    client.force_login(citizen)
    assert client.get("/chi-so/bang-dieu-khien/").status_code == 404


def test_leader_sees_own_agency_with_targets_and_projection(
    client, figures, leader, admin, department
):
    target_set(
        actor=admin,
        year=2026,
        indicator="online_reception_rate",
        level="department",
        value=Decimal(90),
    )
    target_set(
        actor=admin,
        year=2026,
        indicator="on_time_rate",
        agency=department,
        value=Decimal(99),
    )
    client.force_login(leader)
    response = client.get("/chi-so/bang-dieu-khien/", PERIOD)
    assert response.status_code == 200
    targets = {row["indicator"]: row for row in response.context["targets"]}
    assert targets["online_reception_rate"]["target"] == Decimal("90.00")
    assert targets["online_reception_rate"]["actual"] == Decimal("100.00")
    assert targets["online_reception_rate"]["gap"] == Decimal("10.00")
    assert targets["on_time_rate"]["source"] == "agency"
    assert response.context["agency"] == department


def test_leader_cannot_open_another_agency(client, figures, leader, other_department):
    client.force_login(leader)
    response = client.get(
        "/chi-so/bang-dieu-khien/", {"co-quan": other_department.code}
    )
    assert response.status_code == 404


def test_province_dashboard_ranks_agencies_and_exports_xlsx(client, figures, admin):
    client.force_login(admin)
    response = client.get("/chi-so/bang-dieu-khien/", PERIOD)
    assert response.status_code == 200
    assert response.context["ranking"][0]["dossiers"]["received"] == 3
    export = client.get("/chi-so/bang-dieu-khien/", {**PERIOD, "xuat": "xlsx"})
    book = load_workbook(io.BytesIO(export.content))
    rows = {r[0]: r[1] for r in book["Chỉ số"].iter_rows(values_only=True)}
    assert rows["Hồ sơ tiếp nhận"] == 3
    assert "Xếp hạng" in book.sheetnames


def test_drill_down_lists_the_dossiers_behind_a_number(
    client, figures, leader, other_official
):
    client.force_login(leader)
    response = client.get(
        "/chi-so/bang-dieu-khien/ho-so/", {**PERIOD, "loai": "received"}
    )
    assert response.status_code == 200
    assert response.context["page"].paginator.count == 3
    client.force_login(other_official)
    response = client.get(
        "/chi-so/bang-dieu-khien/ho-so/", {**PERIOD, "loai": "received"}
    )
    assert response.context["page"].paginator.count == 0
    assert (
        client.get("/chi-so/bang-dieu-khien/ho-so/", {"loai": "x"}).status_code == 400
    )


def test_province_admin_sets_targets_in_bulk_and_others_cannot(client, admin, leader):
    client.force_login(admin)
    response = client.post(
        "/chi-so/chi-tieu/",
        {
            "year": 2026,
            "indicator": "uptake_rate",
            "level": "department",
            "value": "90",
        },
    )
    assert response.status_code == 302
    assert Target.objects.get(level="department").value == Decimal("90.00")
    bad = client.post(
        "/chi-so/chi-tieu/", {"year": 2026, "indicator": "uptake_rate", "value": "120"}
    )
    assert bad.status_code == 400
    client.force_login(leader)
    assert client.get("/chi-so/chi-tieu/").status_code == 404


def test_inspection_report_as_html_xlsx_and_pdf_with_real_text(
    client, figures, admin, department
):
    client.force_login(admin)
    url = f"/chi-so/kiem-tra/{department.code}/"
    assert client.get(url, PERIOD).status_code == 200
    book = load_workbook(
        io.BytesIO(client.get(url, {**PERIOD, "xuat": "xlsx"}).content)
    )
    assert "Hồ sơ quá hạn" in book.sheetnames
    pdf = client.get(url, {**PERIOD, "xuat": "pdf"})
    assert pdf["Content-Type"] == "application/pdf"
    text = " ".join(
        " ".join(
            page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages
        ).split()
    )
    assert "BÁO CÁO KIỂM TRA" in text
    assert department.name in text


def test_public_api_returns_the_indicators(client, figures):
    response = client.get(
        "/api/v1/kpi/public", {"start": "2026-03-01", "end": "2026-03-31"}
    )
    assert response.status_code == 200
    assert response.json()["data"]["dossiers"]["received"] == 3
    bad = client.get("/api/v1/kpi/public", {"start": "2026-03-31", "end": "2026-03-01"})
    assert bad.status_code == 422


def test_dashboard_query_count_is_bounded(
    client, figures, admin, django_assert_max_num_queries
):
    client.force_login(admin)
    with django_assert_max_num_queries(80):
        client.get("/chi-so/bang-dieu-khien/", PERIOD)


def _dashboard_queries(client) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/chi-so/bang-dieu-khien/", PERIOD).status_code == 200
    return [q["sql"] for q in captured.captured_queries]


@pytest.mark.parametrize("who", ["admin", "leader"])
def test_dashboard_reads_rollups_only_and_no_more_with_more_dossiers(
    client, figures, admin, leader, procedure, citizen, receiver, official, who
):
    client.force_login(admin if who == "admin" else leader)
    before = _dashboard_queries(client)
    for day in range(6, 16):
        dossier_in_status(
            Dossier.Status.IN_PROGRESS,
            at=datetime(2026, 3, day, 9, tzinfo=TZ),
            procedure=procedure,
            citizen=citizen,
            receiver=receiver,
            official=official,
            leader=leader,
        )
    facts_refresh_changed()
    after = _dashboard_queries(client)
    assert len(after) == len(before)
    assert not [sql for sql in after if '"dossiers_dossier"' in sql]


def test_dashboard_procedures_count_the_exact_period_like_the_cards(
    client, figures, leader
):
    client.force_login(leader)
    # From 3 March: the dossiers received on the 3rd and the 4th, not the 2nd.
    response = client.get("/chi-so/bang-dieu-khien/", {**PERIOD, "tu": "2026-03-03"})
    assert response.context["data"]["dossiers"]["received"] == 2
    [row] = response.context["procedures"]
    assert row["received"] == 2
    assert row["resolved"] == response.context["data"]["resolved"]["total"]


def test_satisfaction_counts_ratings_by_local_day(department, db):
    def rating(level, moment):
        made = Rating.objects.create(
            level=level, source=Rating.Source.TABLET, agency=department
        )
        Rating.objects.filter(pk=made.pk).update(created_at=moment)

    rating(Rating.Level.VERY_SATISFIED, datetime(2026, 3, 1, 0, 30, tzinfo=TZ))
    rating(Rating.Level.NOT_SATISFIED, datetime(2026, 3, 31, 23, 30, tzinfo=TZ))
    rating(Rating.Level.SATISFIED, datetime(2026, 2, 28, 23, 30, tzinfo=TZ))
    rating(Rating.Level.NOT_SATISFIED, datetime(2025, 3, 10, 9, tzinfo=TZ))
    figures = satisfaction_periods(
        scope=Scope(agency=department),
        periods={
            "now": (date(2026, 3, 1), date(2026, 3, 31)),
            "before": (date(2025, 3, 1), date(2025, 3, 31)),
        },
    )
    assert figures["now"]["ratings"] == 2
    assert figures["now"]["rate"] == Decimal("50.00")
    assert figures["before"]["not_satisfied"] == 1
    assert figures["before"]["rate"] == Decimal("0.00")


def test_pages_default_to_this_year_without_parameters(client, admin):
    assert client.get("/chi-so/").status_code == 200
    client.force_login(admin)
    response = client.get("/chi-so/bang-dieu-khien/")
    assert response.status_code == 200
    assert response.context["start"].month == 1


@pytest.mark.parametrize(
    ("start", "end"),
    [("0001-01-01", ""), ("0002-01-01", "2026-03-01"), ("2026-01-01", "9999-12-31")],
)
def test_dates_far_outside_the_calendar_are_refused(client, start, end):
    query = {"start": start, **({"end": end} if end else {})}
    response = client.get("/api/v1/kpi/public", query)
    assert response.status_code == 422
    [messages] = response.json()["error"]["fields"].values()
    assert "01/01/2000 – 31/12/2099" in messages[0]
    page = client.get("/chi-so/", {"tu": start, "den": end})
    assert page.status_code in (200, 400)
    assert "01/01/2000 – 31/12/2099" in page.content.decode()
