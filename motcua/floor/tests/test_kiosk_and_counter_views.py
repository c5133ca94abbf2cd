"""Kiosk, phone page, counter console and tablet, through the test client."""

from __future__ import annotations

import pytest
from django.urls import reverse

from motcua.dossiers.models import Dossier
from motcua.feedback.models import Rating
from motcua.floor.models import Kiosk, Ticket
from motcua.floor.selectors import floor_day_stats
from motcua.floor.services import (
    counter_open,
    ticket_call_next,
    ticket_finish,
    ticket_issue,
)
from motcua.floor.tests.factories import KioskFactory


@pytest.fixture
def kiosk(center, group_a, group_b):
    return KioskFactory(reception=center, kind=Kiosk.Kind.TICKET, key="ki-ot-thu")


@pytest.fixture
def lookup_kiosk(center):
    return KioskFactory(reception=center, kind=Kiosk.Kind.LOOKUP, key="tra-cuu-thu")


@pytest.mark.django_db
def test_the_kiosk_gives_a_priority_ticket_with_a_qr_code_and_print_layout(
    client, kiosk, group_a
):
    page = client.get(reverse("floor:kiosk", args=[kiosk.key]))
    assert "Nông nghiệp và Môi trường" in page.content.decode()
    response = client.post(
        reverse("floor:kiosk_take", args=[kiosk.key]),
        {"group": group_a.pk, "priority": "pregnant"},
        follow=True,
    )
    ticket = Ticket.objects.get()
    assert ticket.is_priority
    assert ticket.priority_reason == "pregnant"
    html = response.content.decode()
    assert "A-0001" in html
    assert "<svg" in html
    assert "window.print()" in html
    assert 'class="receipt paper-80"' in html
    phone = client.get(ticket.get_absolute_url())
    assert "A-0001" in phone.content.decode()
    assert "còn 0 người trước bạn" in phone.content.decode()


@pytest.mark.django_db
def test_the_kiosk_refuses_a_group_of_another_unit_with_a_message(
    client, kiosk, province
):
    from motcua.floor.tests.factories import CounterGroupFactory

    foreign = CounterGroupFactory(code="Q")
    response = client.post(
        reverse("floor:kiosk_take", args=[kiosk.key]), {"group": foreign.pk}
    )
    assert response.status_code == 400
    assert "Hãy chọn nhóm quầy hoặc thủ tục." in response.content.decode()
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_a_kiosk_page_has_no_site_nav_and_resets_after_its_idle_time(
    client, kiosk, lookup_kiosk
):
    for key in (kiosk.key, lookup_kiosk.key):
        html = client.get(reverse("floor:kiosk", args=[key])).content.decode()
        assert "site-nav" not in html
        assert 'data-idle-seconds="60"' in html
        assert f'data-home="/quay/ki-ot/{key}/"' in html
        assert "window.location.assign(home)" in html


@pytest.mark.django_db
def test_an_inactive_or_unknown_kiosk_is_404(client, kiosk):
    kiosk.active = False
    kiosk.save()
    assert client.get(reverse("floor:kiosk", args=[kiosk.key])).status_code == 404
    assert client.get(reverse("floor:kiosk", args=["nope"])).status_code == 404


@pytest.mark.django_db
def test_the_lookup_kiosk_searches_shows_a_procedure_and_looks_up_a_dossier(
    client, lookup_kiosk, procedure, receiver, center
):
    from motcua.dossiers.tests.factories import counter_dossier

    found = client.get(
        reverse("floor:kiosk", args=[lookup_kiosk.key]), {"q": "thuoc thu y"}
    )
    assert procedure.name in found.content.decode()
    page = client.get(
        reverse("floor:kiosk_procedure", args=[lookup_kiosk.key, procedure.code])
    )
    assert page.status_code == 200
    dossier = counter_dossier(procedure=procedure, reception=center, actor=receiver)
    url = reverse("floor:kiosk_lookup", args=[lookup_kiosk.key])
    wrong = client.post(url, {"ma": dossier.code, "pin": "000000"})
    assert wrong.status_code == 404
    right = client.post(url, {"ma": dossier.code, "pin": dossier.pin})
    html = right.content.decode()
    assert dossier.code in html
    assert dossier.applicant_name not in html


@pytest.mark.django_db
def test_the_counter_console_calls_and_starts_a_dossier_from_the_ticket(
    client, center, group_a, counter_1, receiver, procedure
):
    procedure.counter_groups.add(group_a)
    ticket_issue(reception=center, group=group_a)
    client.force_login(receiver)
    client.post(reverse("floor:counter_act", args=[counter_1.pk, "mo"]))
    client.post(reverse("floor:counter_act", args=[counter_1.pk, "goi-tiep"]))
    page = client.get(reverse("floor:counter", args=[counter_1.pk]))
    assert "A-0001" in page.content.decode()
    response = client.post(
        reverse("floor:counter_act", args=[counter_1.pk, "ho-so"]),
        {
            "procedure": procedure.pk,
            "name": "Hoàng Văn Sáng",
            "id_number": "020090001234",
            "phone": "0912345678",
            "address": "Xã Quảng Lạc",
            "delivery": "counter",
        },
    )
    assert response.status_code == 302
    ticket = Ticket.objects.get()
    assert ticket.dossier.applicant_name == "Hoàng Văn Sáng"
    assert ticket.dossier.channel == Dossier.Channel.DIRECT


@pytest.mark.django_db
def test_bad_dossier_input_at_the_counter_is_a_400_that_says_what_to_fix(
    client, center, group_a, counter_1, receiver, procedure
):
    procedure.counter_groups.add(group_a)
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket_call_next(counter=counter_1, actor=receiver)
    client.force_login(receiver)
    response = client.post(
        reverse("floor:counter_act", args=[counter_1.pk, "ho-so"]),
        {
            "procedure": procedure.pk,
            "name": "A",
            "id_number": "12",
            "delivery": "counter",
        },
    )
    assert response.status_code == 400
    assert Dossier.objects.count() == 0


@pytest.mark.django_db
def test_an_outsider_cannot_see_or_work_a_counter(
    client, counter_1, other_official, citizen
):
    client.force_login(other_official)
    assert client.get(reverse("floor:counter", args=[counter_1.pk])).status_code == 404
    response = client.post(reverse("floor:counter_act", args=[counter_1.pk, "mo"]))
    assert response.status_code == 404
    client.force_login(citizen)
    assert client.get(reverse("floor:home")).status_code == 404


@pytest.mark.django_db
def test_the_floor_home_lists_counters_within_a_few_queries(
    client, receiver, counter_1, counter_2, django_assert_max_num_queries
):
    client.force_login(receiver)
    with django_assert_max_num_queries(20):
        response = client.get(reverse("floor:home"))
    assert "Quầy 1" in response.content.decode()


@pytest.mark.django_db
def test_a_tablet_rating_is_tied_to_the_ticket_and_feeds_satisfaction(
    client, center, group_a, counter_1, receiver
):
    ticket_issue(reception=center, group=group_a)
    counter_open(counter=counter_1, actor=receiver)
    ticket = ticket_call_next(counter=counter_1, actor=receiver)
    ticket_finish(counter=counter_1, actor=receiver)
    url = reverse("floor:tablet", args=[counter_1.tablet_key])
    assert ticket.number in client.get(url).content.decode()
    response = client.post(url, {"level": "very_satisfied", "ticket": ticket.pk})
    assert "Cảm ơn" in response.content.decode()
    rating = Rating.objects.get()
    assert (rating.source, rating.agency, rating.ticket) == ("tablet", center, ticket)
    again = client.post(url, {"level": "not_satisfied", "ticket": ticket.pk})
    assert again.status_code == 400
    assert Rating.objects.count() == 1
    stats = floor_day_stats(reception=center)
    assert (stats.ratings, stats.satisfaction_rate, stats.served) == (1, 100.0, 1)


@pytest.mark.django_db
def test_a_tablet_refuses_a_rating_without_a_level(client, counter_1):
    url = reverse("floor:tablet", args=[counter_1.tablet_key])
    assert client.post(url, {"level": "great"}).status_code == 400
