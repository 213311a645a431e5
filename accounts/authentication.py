"""`Authorization: Token <key>`: the only way an API client authenticates (never in a URL)."""

import datetime

from django.utils import timezone
from rest_framework import authentication, exceptions

from .models import ApiToken, RecentTokens, hash_key

LAST_USED_PRECISION = datetime.timedelta(minutes=1)


class HashedTokenAuthentication(authentication.BaseAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        parts = authentication.get_authorization_header(request).split()
        if not parts or parts[0].lower() != self.keyword.lower().encode():
            return None
        if len(parts) != 2:
            raise exceptions.AuthenticationFailed("Send exactly: Authorization: Token <key>.")
        try:
            key = parts[1].decode("ascii")
        except UnicodeDecodeError:
            raise exceptions.AuthenticationFailed(
                "The token contains characters it cannot have."
            ) from None
        key_hash = hash_key(key)
        token = RecentTokens.get(key_hash)
        if token is not None and token.is_valid() and token.user.is_active:
            return token.user, token
        token = ApiToken.objects.select_related("user").filter(key_hash=key_hash).first()
        if token is None or not token.is_valid() or not token.user.is_active:
            RecentTokens.forget(key_hash)
            raise exceptions.AuthenticationFailed("Invalid, revoked or expired token.")
        RecentTokens.remember(token)
        now = timezone.now()
        if token.last_used_at is None or now - token.last_used_at > LAST_USED_PRECISION:
            # Not a write per request: to the minute is all "last used" needs to say.
            ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        return token.user, token

    def authenticate_header(self, request) -> str:
        return self.keyword  # makes unauthenticated requests answer 401, not 403
