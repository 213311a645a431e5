"""Per-client request limits for the API; a client over its limit gets 429 with Retry-After."""

import functools
import time

import redis
from django.conf import settings
from django.core.cache import cache
from rest_framework.throttling import BaseThrottle, SimpleRateThrottle


@functools.cache
def _redis() -> redis.Redis | None:
    """The Redis behind the cache, if it is Redis: one pipelined round trip per count."""
    backend = settings.CACHES["default"]
    if not backend["BACKEND"].endswith("RedisCache"):
        return None
    return redis.Redis.from_url(backend["LOCATION"])


def _count(key: str, window: int) -> int:
    """This request's number in its window, counted atomically across every process."""
    client = _redis()
    if client is not None:
        pipe = client.pipeline(transaction=False)
        pipe.incr(key)
        pipe.expire(key, window + 1, nx=True)
        return pipe.execute()[0]
    try:
        return cache.incr(key)
    except ValueError:  # the window's first request; if another got there first, count on
        return 1 if cache.add(key, 1, timeout=window + 1) else cache.incr(key)


class ApiClientRateThrottle(BaseThrottle):
    """At most API_THROTTLE_RATE requests per client in each fixed window (a minute for
    "600/minute"), counted in the cache (Redis in production) with one atomic increment.

    DRF's own throttle keeps every request time of the window in one cache value, rewritten on
    each request: 600 timestamps pickled per call. A counter costs one round trip. The price is
    that a client may send up to twice its rate across a window boundary, never more.
    """

    def __init__(self):
        self.wait_seconds: float | None = None

    def allow_request(self, request, view) -> bool:
        user = request.user
        if not (user and user.is_authenticated):
            return True  # unauthenticated requests are refused before they count
        limit, window = SimpleRateThrottle.parse_rate(None, settings.API_THROTTLE_RATE)
        now = time.time()
        started = int(now // window)
        # Id and name: an id alone can come back after a rolled-back account (SQLite reuses it).
        key = f"throttle:api-client:{user.pk}:{user.username}:{started}"
        if _count(key, window) <= limit:
            return True
        self.wait_seconds = (started + 1) * window - now
        return False

    def wait(self) -> float | None:
        return self.wait_seconds
