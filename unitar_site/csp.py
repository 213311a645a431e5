"""Content-Security-Policy on every response: scripts only from our own static files.

No 'unsafe-inline' or 'unsafe-eval' for scripts: figure data travel as JSON (json_script) and
one static script draws them with plotly.js's strict bundle. Styles allow 'unsafe-inline'
because plotly.js positions its SVG layers with inline style attributes; our own templates
have none.
"""

from django.http import HttpRequest, HttpResponse

POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)


class ContentSecurityPolicyMiddleware:
    """Adds the site's policy unless a view set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", POLICY)
        return response
