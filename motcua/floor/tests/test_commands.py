"""The floor's periodic commands and the demo floor."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from motcua.floor.models import Counter, Hall, Kiosk, ScreenEvent


@pytest.mark.django_db
def test_prune_deletes_only_screen_events_older_than_two_days(hall):
    old = ScreenEvent.objects.create(hall=hall, kind="call", payload={})
    ScreenEvent.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=3)
    )
    recent = ScreenEvent.objects.create(hall=hall, kind="call", payload={})
    out = StringIO()
    call_command("floor-prune", stdout=out)
    assert list(ScreenEvent.objects.all()) == [recent]
    assert "1" in out.getvalue()


@pytest.mark.django_db
def test_the_demo_floor_loads_once():
    from motcua.demo.loader import province_load

    province_load()
    call_command("floor-demo", stdout=StringIO())
    counts = (Hall.objects.count(), Counter.objects.count(), Kiosk.objects.count())
    call_command("floor-demo", stdout=StringIO())
    assert counts == (
        Hall.objects.count(),
        Counter.objects.count(),
        Kiosk.objects.count(),
    )
    assert counts[1] >= 9
    assert Kiosk.objects.filter(kind="lookup").exists()
