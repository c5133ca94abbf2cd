"""Rate limits of the API: per-client counters in the cache, refused as HTTP 429.

The counters live in the cache (Redis when `REDIS_URL` is set, so every app
server shares them). Keys and rates are the portal's (`rl:<scope>:<client>:<window>`,
rates such as `20/m`), so the API's look-up and the web look-up share one budget.
"""

from __future__ import annotations

import functools
import time

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest
from django.utils.translation import gettext as _

from motcua.core.errors import DomainError
from motcua.portal.services import Rate, client_ip


class RateLimited(DomainError):
    """Too many attempts from one client in the current window."""

    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        super().__init__(
            _("Bạn đã thử quá nhiều lần. Hãy thử lại sau %(seconds)s giây.")
            % {"seconds": retry_after}
        )
        self.retry_after = retry_after


@functools.cache
def _redis(url: str):
    """Return this process's Redis client (a pool of connections) for `url`."""
    import redis

    return redis.Redis.from_url(url)


def rate_count(*, scope: str, key: str, rate: Rate, now: float) -> int:
    """Count one attempt in the current fixed window and return the count.

    On Redis one round trip increments the counter and sets its expiry; Django's
    cache API would take three (add, exists, incr). The key is the cache's own
    (same prefix and version), so counters made through the cache API count too.
    """
    cache_key = f"rl:{scope}:{key}:{int(now) // rate.seconds}"
    backend = caches[DEFAULT_CACHE_ALIAS]
    if isinstance(backend, RedisCache):
        location = settings.CACHES[DEFAULT_CACHE_ALIAS]["LOCATION"]
        # Django writes to the first server of a list; so do we.
        url = location if isinstance(location, str) else location[0]
        stored_key = backend.make_and_validate_key(cache_key)
        pipe = _redis(url).pipeline(transaction=False)
        pipe.incr(stored_key)
        pipe.expire(stored_key, rate.seconds + 5)
        count, _expiry_set = pipe.execute()
        return count
    try:
        return cache.incr(cache_key)
    except ValueError:
        if cache.add(cache_key, 1, timeout=rate.seconds + 5):
            return 1
        return cache.incr(cache_key)  # a concurrent first attempt created it


def request_limit(request: HttpRequest, *, scope: str, setting: str) -> None:
    """Count this request against the rate named by a setting; raise when over."""
    rate = Rate.parse(getattr(settings, setting))
    now = time.time()
    if rate_count(scope=scope, key=client_ip(request), rate=rate, now=now) > rate.count:
        raise RateLimited(retry_after=max(1, rate.seconds - int(now) % rate.seconds))
