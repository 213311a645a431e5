"""Queue a Celery task once the current transaction commits, without failing the request when
the broker is down.

The data a request wrote are committed by then, so an exception would turn a saved change into
an error page. Instead the failure is logged as an alert and `if_unqueued` runs: the statistics
leave their slices dirty for the next rebuild (the nightly one at the latest), an import that
needed the background worker is refused with a message that says why.
"""

import logging
from collections.abc import Callable

from django.db import transaction
from kombu.exceptions import OperationalError as BrokerUnavailable

log = logging.getLogger(__name__)
# One quick retry: a request should not wait long for a broker that is down.
RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 0.5}


def queue_on_commit(task, *args, if_unqueued: Callable[[], None] | None = None) -> None:
    def send() -> None:
        try:
            task.apply_async(args=args, retry_policy=RETRY_POLICY)
        except BrokerUnavailable as error:
            log.error(
                "could not queue %s: the broker is unavailable (%s)",
                task.name,
                error,
                extra={"alert": "broker_unavailable", "task": task.name},
            )
            if if_unqueued is not None:
                if_unqueued()

    transaction.on_commit(send)
