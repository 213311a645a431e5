"""Writes for accounts: API clients and their tokens."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from .models import ApiToken

API_CLIENTS = "api-clients"


@transaction.atomic
def create_api_client(name: str, days: int | None = None) -> str:
    """Create (or reuse) the API client account `name` and issue a new token; return its key."""
    user, _ = get_user_model().objects.get_or_create(username=name, defaults={"is_active": True})
    user.set_unusable_password()  # API clients never log in to pages
    user.save()
    user.groups.add(Group.objects.get_or_create(name=API_CLIENTS)[0])
    expires = timezone.now() + datetime.timedelta(days=days) if days else None
    _, key = ApiToken.issue(user, expires_at=expires)
    return key
