from __future__ import annotations

import time

import pytest

from motcua.api.tests.conftest import error_of
from motcua.dossiers.services import dossier_receive
from motcua.dossiers.tests.factories import submitted_dossier

pytestmark = pytest.mark.django_db


@pytest.fixture
def received(procedure, citizen, receiver):
    dossier = submitted_dossier(procedure=procedure, owner=citizen)
    return dossier_receive(dossier=dossier, actor=receiver)


def test_lookup_shows_status_timeline_and_due_date_without_personal_data(
    client, received, settings, django_assert_max_num_queries
):
    # Counters in memory, as in Redis: only the dossier and its events are read.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    with django_assert_max_num_queries(2):
        response = client.get(
            "/api/v1/lookup", {"code": received.code, "pin": received.pin}
        )
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == received.code
    assert body["status"] == "received"
    assert body["due_at"] is not None
    assert body["agency"] == "Sở Nông nghiệp và Môi trường"
    units = [entry["unit"] for entry in body["timeline"]]
    assert units[-1] == "Trung tâm Phục vụ hành chính công tỉnh"
    text = response.content.decode()
    for personal in ("Hoàng Văn Sáng", "020090", "0912345678", "congdan", "tiepnhan"):
        assert personal not in text


def test_unknown_code_and_wrong_pin_get_the_same_404(client, received):
    wrong_pin = client.get("/api/v1/lookup", {"code": received.code, "pin": "000000"})
    unknown = client.get(
        "/api/v1/lookup", {"code": "000.00.70.H37-260101-9999", "pin": received.pin}
    )
    assert wrong_pin.status_code == unknown.status_code == 404
    assert wrong_pin.json() == unknown.json()
    assert "mã tra cứu" in error_of(unknown)["message"]


def test_a_draft_cannot_be_looked_up(client, online_procedure, citizen):
    from motcua.dossiers.services import dossier_draft_create

    draft = dossier_draft_create(procedure=online_procedure, owner=citizen)
    response = client.get("/api/v1/lookup", {"code": str(draft.pk), "pin": ""})
    assert response.status_code == 422  # an empty PIN is refused as input


@pytest.mark.parametrize(
    ("params", "field"), [({"pin": "123456"}, "code"), ({"code": "X"}, "pin")]
)
def test_lookup_names_the_missing_parameter(client, params, field):
    response = client.get("/api/v1/lookup", params)
    assert response.status_code == 422
    assert field in error_of(response)["fields"]


def test_lookup_is_rate_limited_per_client(client, received, settings):
    settings.MOTCUA_LOOKUP_RATE_LIMIT = "3/m"
    params = {"code": received.code, "pin": "000000"}
    codes = [client.get("/api/v1/lookup", params).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    # Once over the limit even the right PIN waits: guessing gains nothing.
    right = client.get("/api/v1/lookup", {"code": received.code, "pin": received.pin})
    assert right.status_code == 429
    assert error_of(right)["code"] == "rate_limited"
    assert right["Retry-After"]
    elsewhere = client.get(
        "/api/v1/lookup",
        {"code": received.code, "pin": received.pin},
        REMOTE_ADDR="10.1.2.3",
    )
    assert elsewhere.status_code == 200


def _redis_reachable(url: str) -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url(url, socket_timeout=0.5).ping())
    except redis.RedisError:
        return False


REDIS_TEST_URL = "redis://127.0.0.1:6379/15"


@pytest.mark.skipif(
    not _redis_reachable(REDIS_TEST_URL), reason="no Redis at 127.0.0.1:6379"
)
def test_redis_counter_is_shared_with_the_cache_api(client, received, settings):
    from django.core.cache import cache

    from motcua.portal.services import rate_limit_hit

    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": f"motcua-test-{received.pk}-{id(client)}",
        }
    }
    settings.MOTCUA_LOOKUP_RATE_LIMIT = "3/m"
    try:
        # Two look-ups on the web page (the portal's counter through the cache API)
        # leave one for the API: both count in the same Redis key.
        rate_limit_hit(scope="lookup", key="127.0.0.1", rate="3/m")
        rate_limit_hit(scope="lookup", key="127.0.0.1", rate="3/m")
        params = {"code": received.code, "pin": received.pin}
        assert client.get("/api/v1/lookup", params).status_code == 200
        assert client.get("/api/v1/lookup", params).status_code == 429
    finally:
        window = int(time.time()) // 60
        cache.delete_many([f"rl:lookup:127.0.0.1:{w}" for w in (window - 1, window)])
