"""Every page type in a real browser: charts draw, filters change the numbers, the map draws
with no request leaving the server, the Content-Security-Policy holds, and axe-core finds no
serious or critical accessibility violation. Screenshots go to var/screenshots/.

Playwright drives Debian's Chromium (/usr/bin/chromium; .ci/run installs it). Without it these
tests skip with a loud reason, except in CI (CI=true), where they fail instead.
"""

import os
import re
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections

from reports import selectors

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"
PAGES = {
    "overview": "/?year=2020",
    "pillar": "/pillars/planet/?year=2020",
    "area": "/areas/unosat/",
    "programme": "/programmes/un-cc-learn/?year=2020&region=africa",
}
# Records CSP violations from the first moment of each page (init scripts are not page code).
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
ALL_DRAWN = """() => {
  const plots = document.querySelectorAll(".chart-plot");
  return plots.length > 0 && [...plots].every((plot) => plot.classList.contains("is-drawn"));
}"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        message = "NO CHROMIUM: browser tests need Debian's chromium (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(f"SKIPPED LOUDLY: {message}")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop on this thread; Django's ORM calls made here
    # between page actions are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-dev-shm-usage"]
        )
        yield chromium
        chromium.close()
        # Inside Playwright's session asgiref gives this thread other database connections
        # than outside it; close them here, or PostgreSQL refuses to drop the test database.
        connections.close_all()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


@pytest.fixture
def site(request, db):
    """The live server on the session's bundled dataset.

    `live_server` is requested after `db`, so the test runs in a rolled-back transaction
    instead of a TransactionTestCase, whose flush would empty the dataset for every later test.
    """
    server = request.getfixturevalue("live_server")
    server._live_server_modified_settings.enable()
    yield server.url
    server._live_server_modified_settings.disable()


class Visit:
    """A page in a fresh context that records console errors, CSP violations and any request
    to a host other than the live server (which it blocks)."""

    def __init__(self, browser, base_url: str, *, bypass_csp: bool = False):
        self.base_url = base_url
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, bypass_csp=bypass_csp
        )
        self.context.route("**/*", self._only_our_server)
        self.page = self.context.new_page()
        self.page.add_init_script(WATCH_CSP)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))

    def _only_our_server(self, route):
        if route.request.url.startswith(self.base_url):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(message.text)

    def open(self, path: str):
        response = self.page.goto(self.base_url + path)
        assert response.status == 200, path
        self.page.wait_for_function(ALL_DRAWN, timeout=20000)
        return self.page

    def csp_violations(self) -> list[str]:
        return self.page.evaluate("window.__cspViolations")

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser, site):
    visits = []

    def make(**options):
        visits.append(Visit(browser, site, **options))
        return visits[-1]

    yield make
    for item in visits:
        item.close()


def card_value(page, key: str) -> int:
    text = page.locator(f'[data-card="{key}"] .card-value').inner_text()
    return int(re.sub(r"\D", "", text))


@pytest.mark.parametrize("kind", PAGES)
def test_every_page_type_draws_its_charts_with_no_error_and_no_csp_violation(visit, kind):
    browsing = visit()
    page = browsing.open(PAGES[kind])
    plots = page.locator(".chart-plot").count()
    assert plots >= 8
    assert page.locator(".chart-plot svg.main-svg").count() >= plots
    assert browsing.csp_violations() == []
    assert browsing.errors == []
    assert browsing.outside == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{kind}.png", full_page=True)


def test_the_world_map_draws_offline_from_our_own_topojson(visit):
    browsing = visit()
    topojson = []
    browsing.page.on(
        "request", lambda request: "topojson" in request.url and topojson.append(request.url)
    )
    page = browsing.open(PAGES["overview"])
    countries = page.locator("#chart-learners-by-country .choroplethlocation")
    assert countries.count() > 100
    assert topojson and all(url.startswith(browsing.base_url + "/static/") for url in topojson)
    assert browsing.outside == [] and browsing.errors == []
    page.locator("#chart-learners-by-country").screenshot(path=SCREENSHOTS / "map.png")


def test_choosing_a_filter_changes_the_numbers(visit):
    expected = selectors.beneficiary_counts(
        {"pillar": "planet", "year": "2020", "gender": "female"}
    ).total
    browsing = visit()
    page = browsing.open(PAGES["pillar"])
    everyone = card_value(page, "beneficiaries")
    page.select_option("#filter-gender", "female")
    with page.expect_navigation():
        page.get_by_role("button", name="Apply filters").click()
    page.wait_for_function(ALL_DRAWN, timeout=20000)
    assert "gender=female" in page.url
    assert card_value(page, "beneficiaries") == expected < everyone
    assert browsing.csp_violations() == [] and browsing.errors == []


def test_drilling_down_from_pillar_to_programme_keeps_the_filters(visit):
    browsing = visit()
    page = browsing.open(PAGES["pillar"])
    with page.expect_navigation():
        page.locator(".programmes a", has_text="UN CC:Learn").first.click()
    page.wait_for_function(ALL_DRAWN, timeout=20000)
    assert "/programmes/un-cc-learn/" in page.url and "year=2020" in page.url


def test_a_bad_filter_shows_its_message_in_the_page(visit, site):
    browsing = visit()
    response = browsing.page.goto(site + "/pillars/planet/?year=twenty")
    assert response.status == 400
    assert "“year”" in browsing.page.locator(".error").inner_text()


@pytest.mark.parametrize("kind", PAGES)
def test_axe_finds_no_serious_or_critical_violation(visit, kind):
    # axe-core is injected as a script element, which our own CSP would rightly refuse: this
    # context alone bypasses the policy (the test above checks it holds for the site's code).
    browsing = visit(bypass_csp=True)
    assert serious_accessibility_violations(browsing.open(PAGES[kind])) == []


def serious_accessibility_violations(page) -> list[str]:
    """axe-core's serious and critical findings on the page, its tables' <details> open.

    axe-core is injected as a script element: open the page in a context that bypasses the
    Content-Security-Policy."""
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
