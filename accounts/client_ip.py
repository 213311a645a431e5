"""The client's address: REMOTE_ADDR, unless that is a proxy we trust.

Behind a trusted reverse proxy (TRUSTED_PROXIES), the client is the right-most address of
X-Forwarded-For that is not itself a trusted proxy: everything to its left was written by the
client and proves nothing. From any other peer, X-Forwarded-For is ignored. The login lockout
(django-axes) counts failures by this address.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip in network for network in settings.TRUSTED_PROXIES)


def client_ip(request: HttpRequest) -> str | None:
    remote = request.META.get("REMOTE_ADDR")
    if not remote or not _trusted(remote):
        return remote
    forwarded = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in forwarded if hop]):
        if _trusted(hop):
            continue
        try:
            return str(ipaddress.ip_address(hop))
        except ValueError:
            return remote  # a malformed hop: trust nothing the header says
    return remote
