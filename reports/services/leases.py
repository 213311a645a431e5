"""A lease in the database: single-flight for jobs that any worker on any machine may start."""

import contextlib
import datetime
import os
import socket
import uuid
from collections.abc import Iterator

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from reports.models import StatisticsLease


@contextlib.contextmanager
def lease(name: str, seconds: int | None = None) -> Iterator[bool]:
    """Hold the named lease for the block; yields False at once if someone else holds it.

    The lease expires on its own (a killed worker cannot release it), after longer than any build
    may run, so the next build takes over.
    """
    seconds = seconds or settings.STATISTICS_LEASE_SECONDS
    holder = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    now = timezone.now()
    StatisticsLease.objects.get_or_create(name=name)
    taken = StatisticsLease.objects.filter(
        Q(name=name) & (Q(holder="") | Q(expires_at__lt=now))
    ).update(holder=holder, expires_at=now + datetime.timedelta(seconds=seconds))
    try:
        yield bool(taken)
    finally:
        if taken:
            StatisticsLease.objects.filter(name=name, holder=holder).update(
                holder="", expires_at=None
            )
