from __future__ import annotations

import pytest

from motcua.floor.tests.factories import (
    CounterFactory,
    CounterGroupFactory,
    HallFactory,
    reception_officer,
)


@pytest.fixture
def group_a(center):
    return CounterGroupFactory(
        code="A", name="Nông nghiệp và Môi trường", reception=center
    )


@pytest.fixture
def group_b(center):
    return CounterGroupFactory(code="B", name="Tư pháp – Nội vụ", reception=center)


@pytest.fixture
def hall(center):
    return HallFactory(reception=center, name="Sảnh tầng 1")


@pytest.fixture
def counter_1(hall, group_a, group_b):
    return CounterFactory(hall=hall, number=1, groups=[group_a, group_b])


@pytest.fixture
def counter_2(hall, group_a):
    return CounterFactory(hall=hall, number=2, groups=[group_a])


@pytest.fixture
def officer_2(center):
    return reception_officer(center, username="tiepnhan2")


@pytest.fixture(autouse=True)
def _fresh_screen_hub():
    """Give each test its own hub and stop it after, so no thread holds the test DB."""
    from motcua.floor import broadcast

    broadcast._hub = None
    yield
    if broadcast._hub is not None:
        broadcast._hub.stop()
        broadcast._hub = None
