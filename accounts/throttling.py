"""Per-client request limits for the API; a client over its limit gets 429 with Retry-After."""

from django.conf import settings
from rest_framework.throttling import UserRateThrottle


class ApiClientRateThrottle(UserRateThrottle):
    """Counts each client's requests in the cache (Redis in production), keyed by its account.

    The rate is read on every request, not when the class is defined, so it is a plain setting.
    """

    scope = "api-client"

    def get_rate(self) -> str:
        return settings.API_THROTTLE_RATE

    def get_cache_key(self, request, view) -> str | None:
        user = request.user
        if not (user and user.is_authenticated):
            return None  # unauthenticated requests are refused before they count
        # Id and name: an id alone can come back after a rolled-back account (SQLite reuses it).
        return self.cache_format % {"scope": self.scope, "ident": f"{user.pk}:{user.username}"}
