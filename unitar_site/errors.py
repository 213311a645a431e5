"""The server-error page (handler500): when the cause is a database that cannot be reached, a
clean 503 page (JSON on the API) with Retry-After instead of a 500; otherwise a plain 500 page.

Django calls this handler while it handles the exception, from whichever layer raised it (a view,
the session or the authentication middleware), so sys.exc_info() names the cause. Nothing is
half-written: every write runs in a transaction the database rolls back when the connection is
lost. /healthz says the same to the load balancer.
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30


def server_error(request: HttpRequest) -> HttpResponse:
    cause = sys.exc_info()[1]
    if not isinstance(cause, OperationalError | InterfaceError):
        # No request context: its processors could fail the same way the request did.
        return HttpResponse(render_to_string("500.html"), status=500)
    log.error("database unavailable: %s", cause, extra={"alert": "database_unavailable"})
    message = _("The service is briefly unavailable: its database cannot be reached.")
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=503)
    else:
        response = HttpResponse(render_to_string("503.html", {"message": message}), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
