"""The overview in a real browser in each of the six UN languages (issue 9): it draws its charts
with no console error, a screenshot of each goes to var/screenshots/, and the Arabic page lays
out right to left.

Same convention as tests/test_browser.py: without Chromium these tests skip with a loud reason,
except in CI (CI=true), where they fail instead.
"""

import pytest
from django.conf import settings

from tests.test_browser import SCREENSHOTS, Visit, browser, site  # noqa: F401 - fixtures

pytestmark = pytest.mark.browser

OVERVIEW = "/?year=2020"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Where the main navigation's first and last top-level items sit on the page.
NAV_ENDS = """() => {
  const items = document.querySelectorAll(".site-nav > ul > li");
  const box = (item) => item.getBoundingClientRect();
  return {
    count: items.length,
    first: {left: box(items[0]).left, right: box(items[0]).right},
    last: {left: box(items[items.length - 1]).left, right: box(items[items.length - 1]).right},
  };
}"""
# Tick labels that stick out of their chart's box (clipped: plotly measured them wrongly).
CLIPPED_LABELS = """() => [...document.querySelectorAll(".chart-plot")].flatMap((plot) => {
  const box = plot.getBoundingClientRect();
  return [...plot.querySelectorAll(".xtick text, .ytick text")]
    .filter((label) => {
      const r = label.getBoundingClientRect();
      return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
    })
    .map((label) => plot.id + ": " + label.textContent);
})"""


def _address(code: str, path: str) -> str:
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


@pytest.fixture
def overview(browser, site):  # noqa: F811 - the fixtures imported above
    visits = []

    def open_overview(code: str) -> Visit:
        visit = Visit(browser, site)
        visits.append(visit)
        visit.open(_address(code, OVERVIEW))  # waits until every chart is drawn
        return visit

    yield open_overview
    for visit in visits:
        visit.close()


def test_the_six_languages_are_the_un_official_ones():
    assert sorted(LANGUAGES) == ["ar", "en", "es", "fr", "ru", "zh-hans"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_overview_draws_in_each_language_with_no_error(overview, code):
    visit = overview(code)
    page = visit.page
    assert page.evaluate("document.documentElement.lang") == code
    plots = page.locator(".chart-plot").count()
    assert plots >= 8
    assert page.locator(".chart-plot svg.main-svg").count() >= plots
    assert page.evaluate(CLIPPED_LABELS) == []  # no axis label cut off at its chart's edge
    assert visit.errors == []
    assert visit.csp_violations() == []
    assert visit.outside == []
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"overview-{code}.png", full_page=True)


def test_the_arabic_overview_lays_out_right_to_left(overview):
    visit = overview("ar")
    page = visit.page
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    nav = page.evaluate(NAV_ENDS)
    assert nav["count"] >= 4
    # Mirrored navigation: the first item (Overview) sits to the right of the last one.
    assert nav["first"]["left"] > nav["last"]["right"], nav
    # Charts stay legible: no Arabic axis label is cut off at the chart's edge.
    assert page.evaluate(CLIPPED_LABELS) == []
    assert visit.errors == []


def test_the_english_overview_still_lays_out_left_to_right(overview):
    visit = overview("en")
    page = visit.page
    assert page.evaluate("document.documentElement.dir") == "ltr"
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    nav = page.evaluate(NAV_ENDS)
    assert nav["first"]["right"] < nav["last"]["left"], nav
