"""Settings for `make bench`'s HTTP server: the real settings, plus a bare JSON view to compare
the API against in the same server (unitar_site/bench_urls.py). Never used in production."""

from .settings import *  # noqa: F403

ROOT_URLCONF = "unitar_site.bench_urls"
