"""The results report in a real browser: it draws with no error or CSP violation, a figure's
definition shows on keyboard focus, and the print view renders to an A4 PDF whose text
(pdftotext) carries the headline figures, with every chart printed as an image.

Same convention as tests/test_browser.py: without Chromium or pdftotext these tests skip with a
loud reason, except in CI (CI=true), where they fail instead.
"""

import os
import shutil
import subprocess

import pytest

from tests.test_browser import (  # noqa: F401 - browser and site are fixtures
    SCREENSHOTS,
    Visit,
    browser,
    serious_accessibility_violations,
    site,
)

pytestmark = pytest.mark.browser

PDFTOTEXT = shutil.which("pdftotext")
ALL_PRINT_IMAGES = """() => {
  const plots = document.querySelectorAll(".report-chart .chart-plot");
  return plots.length > 0
    && [...plots].every((plot) => plot.getAttribute("data-print-image") === "ready");
}"""


@pytest.fixture
def report_page(browser, site):  # noqa: F811 - the fixtures imported above
    visits = []

    def open_report(path: str, **options):
        visit = Visit(browser, site, **options)
        visits.append(visit)
        response = visit.page.goto(site + path)
        assert response.status == 200, path
        visit.page.wait_for_function(ALL_PRINT_IMAGES, timeout=60000)
        return visit

    yield open_report
    for visit in visits:
        visit.close()


def _pdf_text(page, name: str) -> str:
    if not PDFTOTEXT:
        message = "NO PDFTOTEXT: the PDF test needs poppler-utils (apt-get install poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(f"SKIPPED LOUDLY: {message}")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pdf = SCREENSHOTS / f"{name}.pdf"
    page.pdf(path=str(pdf), format="A4", print_background=True)
    result = subprocess.run(  # noqa: S603 - our pdftotext on the PDF this test wrote
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_the_2020_report_prints_to_a_pdf_with_its_headline_figures(report_page):
    visit = report_page("/reports/annual/2020/")
    page = visit.page
    images = page.locator(".report-chart img.chart-print")
    assert images.count() == page.locator(".report-chart .chart-plot").count() >= 10
    page.emulate_media(media="print")
    assert page.locator(".report-chart img.chart-print").first.is_visible()
    assert not page.locator(".site-header").is_visible()
    text = _pdf_text(page, "report-2020")
    # E/2021/49 paras 5, 11 and 13.
    for figure in ("322,410", "209,881", "65%", "896", "12,173", "+142%", "77%", "4,541"):
        assert figure in text, figure
    assert "Published and computed figures" in text
    assert visit.csp_violations() == [] and visit.errors == [] and visit.outside == []


def test_the_2018_2019_report_prints_to_a_pdf_with_its_headline_figures(report_page):
    visit = report_page("/reports/biennium/2018-2019/")
    text = _pdf_text(visit.page, "report-2018-2019")
    for figure in ("218,322", "153,279", "70%", "64.5 million USD"):  # E/2021/49 summary, para 64
        assert figure in text, figure
    assert visit.errors == []


def test_a_figure_shows_its_definition_on_keyboard_focus_and_hides_on_escape(report_page):
    page = report_page("/reports/annual/2020/").page
    figure = page.locator("#summary .report-figure").first
    tip = figure.locator(".figure-tip")
    assert not tip.is_visible()
    page.locator("#summary .report-figure a").first.focus()
    assert tip.is_visible()
    assert "Published: 322,410 (E/2021/49, para 11)" in tip.inner_text()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.locator("#summary").screenshot(path=SCREENSHOTS / "report-tooltip.png")
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    assert tip.is_visible()


def test_axe_finds_no_serious_or_critical_violation_in_the_report(report_page):
    # As in tests/test_browser.py: axe-core is injected as a script, so this context alone
    # bypasses the Content-Security-Policy.
    page = report_page("/reports/annual/2020/", bypass_csp=True).page
    assert serious_accessibility_violations(page) == []
