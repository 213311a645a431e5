"""The site's URLs plus /bench/bare.json: Django's own floor for a JSON answer, for `make bench`."""

from django.http import JsonResponse
from django.urls import path

from .urls import urlpatterns as site_urlpatterns


def bare_json(request):
    """No database, no DRF: what any JSON view through the same middleware costs at least."""
    return JsonResponse({"total": 322410, "results": [{"beneficiaries": 322410}]})


urlpatterns = [*site_urlpatterns, path("bench/bare.json", bare_json)]
