"""API client tokens: stored hashed, revocable, with an optional expiry."""

import hashlib
import secrets
import time
from typing import ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone


def hash_key(key: str) -> str:
    """Tokens are long random strings, so a fast hash suffices (no password stretching)."""
    return hashlib.sha256(key.encode()).hexdigest()


class RecentTokens:
    """Tokens that authenticated in the last API_TOKEN_CACHE_SECONDS, per process, so a busy
    client costs no query per request. Saving a token (revoking it) forgets it here at once;
    other processes notice a revocation within those seconds. Expiry is checked on every use."""

    LIMIT = 10_000
    entries: ClassVar[dict[str, tuple[float, "ApiToken"]]] = {}

    @classmethod
    def get(cls, key_hash: str) -> "ApiToken | None":
        entry = cls.entries.get(key_hash)
        if entry is None or time.monotonic() - entry[0] > settings.API_TOKEN_CACHE_SECONDS:
            return None
        return entry[1]

    @classmethod
    def remember(cls, token: "ApiToken") -> None:
        if len(cls.entries) >= cls.LIMIT:
            cls.entries.clear()
        cls.entries[token.key_hash] = (time.monotonic(), token)

    @classmethod
    def forget(cls, key_hash: str) -> None:
        cls.entries.pop(key_hash, None)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8, help_text="The first characters, to tell tokens apart")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(expires_at__isnull=True) | Q(expires_at__gt=models.F("created_at")),
                name="token_expires_after_creation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    def save(self, *args, **kwargs) -> None:
        RecentTokens.forget(self.key_hash)
        super().save(*args, **kwargs)

    @classmethod
    def issue(cls, user, expires_at=None) -> tuple["ApiToken", str]:
        """A new token for `user`; the key itself is returned once and never stored."""
        key = secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user, key_hash=hash_key(key), prefix=key[:8], expires_at=expires_at
        )
        return token, key

    def is_valid(self) -> bool:
        now = timezone.now()
        return self.revoked_at is None and (self.expires_at is None or self.expires_at > now)

    def revoke(self) -> None:
        self.revoked_at = timezone.now()
        self.save(update_fields=["revoked_at"])
