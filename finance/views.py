"""Finance pages: the public summary, a donor's own page, chart tables as CSV and the IATI file."""

import csv

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from finance import iati, pages, selectors
from reports.charts import table_rows
from reports.exports import neutralise
from reports.queries import QueryError


@require_GET
def summary(request: HttpRequest) -> HttpResponse:
    """Income, budgets, donor concentration, position, SFF, audits and cost per beneficiary."""
    years = selectors.contribution_years()
    context = {"years": years, "own_donor": selectors.donor_for(request.user)}
    try:
        year = pages.pareto_year(request.GET, years)
    except QueryError as error:
        context["error"] = error
        return render(request, "finance/summary.html", context, status=400)
    context.update(pages.summary(year), year=year)
    return render(request, "finance/summary.html", context)


@require_GET
@login_required
def donor(request: HttpRequest, donor_id: int) -> HttpResponse:
    """A donor's own page; 404 for any donor the user may not see, existing or not."""
    found = selectors.donor_visible_to(request.user, donor_id)
    if found is None:
        raise Http404
    return render(request, "finance/donor.html", pages.donor_page(found))


@require_GET
def chart_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """The table of one public finance chart as CSV (its numbers as Decimal, in USD)."""
    try:
        year = pages.pareto_year(request.GET, selectors.contribution_years())
    except QueryError as error:
        return HttpResponse(
            f"{error.parameter}: {error.message}",
            status=400,
            content_type="text/plain; charset=utf-8",
        )
    chart = pages.public_chart(slug, year)
    if chart is None:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    writer = csv.writer(response)
    for row in table_rows(chart):
        writer.writerow([neutralise(value) for value in row])
    return response


@require_GET
def iati_activities(request: HttpRequest) -> HttpResponse:
    """Programmes as IATI 2.03 activities, with their contributions and beneficiary results."""
    return HttpResponse(iati.activities_xml(), content_type="application/xml; charset=utf-8")
