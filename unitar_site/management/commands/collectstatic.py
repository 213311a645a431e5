"""collectstatic that leaves out what no page loads, so whitenoise compresses only what is served.

The finders still find these files (the development server serves them); they are only not
copied to STATIC_ROOT.
"""

from django.contrib.staticfiles.management.commands import collectstatic

NOT_SERVED = [
    "redoc",  # the API docs use Swagger UI only
    "*_50m.json",  # the world map draws at 1:110m (plotly's default resolution)
    "africa_*",
    "asia_*",
    "europe_*",
    "north-america_*",
    "south-america_*",
    "usa_*",
]


class Command(collectstatic.Command):
    def set_options(self, **options):
        super().set_options(**options)
        self.ignore_patterns = [*self.ignore_patterns, *NOT_SERVED]
