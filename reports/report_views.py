"""Results-report pages: the list, the annual and biennial reports and their figures as CSV.

Thin doors onto reports/results_report.py. A period without a report (a year without data,
1899, 2019-2018, an odd-year biennium) is a 404, never an error.
"""

import csv
import itertools

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from reports import selectors
from reports.exports import neutralise
from reports.queries import FIRST_YEAR, LAST_YEAR
from reports.report_figures import CSV_HEADER
from reports.results_report import (
    Period,
    available_periods,
    find_period,
    has_published_report,
    results_report,
)


def _period(start: int, end: int) -> Period:
    if not (FIRST_YEAR <= start <= LAST_YEAR and FIRST_YEAR <= end <= LAST_YEAR):
        raise Http404
    period = find_period(start, end)
    if period is None:
        raise Http404
    return period


def _see_small_cells(request: HttpRequest) -> bool:
    return request.user.has_perm("reports.view_small_cells")


@require_GET
def report_list(request: HttpRequest) -> HttpResponse:
    annual, biennial = available_periods()
    return render(
        request,
        "reports/report/list.html",
        {
            "annual": [(p, has_published_report(p)) for p in reversed(annual)],
            "biennial": [(p, has_published_report(p)) for p in reversed(biennial)],
            "as_of": selectors.as_of(),
        },
    )


def _render(request: HttpRequest, period: Period) -> HttpResponse:
    report = results_report(period, see_small_cells=_see_small_cells(request))
    return render(
        request,
        "reports/report/report.html",
        {
            "report": report,
            "f": report.figures,
            "period": period,
            "published_report": has_published_report(period),
            "generated": selectors.dataset_is_loaded(),
            "as_of": selectors.as_of(),
            # Numbers each figure's tooltip, so every aria-describedby names one element.
            "figure_ids": itertools.count(1),
        },
    )


@require_GET
def annual(request: HttpRequest, year: int) -> HttpResponse:
    return _render(request, _period(year, year))


@require_GET
def biennium(request: HttpRequest, start: int, end: int) -> HttpResponse:
    return _render(request, _period(start, end))


@require_GET
def figures_csv(request: HttpRequest, start: int, end: int | None = None) -> HttpResponse:
    """Every figure of a report in one CSV, safe against spreadsheet formula injection."""
    period = _period(start, start if end is None else end)
    report = results_report(period, see_small_cells=_see_small_cells(request))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="unitar-results-{period.label}-figures.csv"'
    )
    build = selectors.latest_build()
    if build is not None:
        response["X-Statistics-Build"] = str(build.pk)
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for row in report.csv_rows:
        writer.writerow(["" if value is None else neutralise(value) for value in row])
    return response
