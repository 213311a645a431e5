"""Report pages: thin doors onto the query layer (reports/selectors.py, reports/dashboards.py)."""

import csv

from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programmes import selectors as catalogue
from reports import charts, dashboards, selectors
from reports.exports import neutralise
from reports.queries import QueryError, parse

SCOPES = ("pillar", "area", "programme")


def _see_small_cells(request: HttpRequest) -> bool:
    return request.user.has_perm("reports.view_small_cells")


def _dashboard(
    request: HttpRequest, template: str, scope: dict, heading: str, **context
) -> HttpResponse:
    """Validate the filters, then render a dashboard's cards and charts for its slice.

    A bad filter renders the page with the message naming the parameter, and status 400.
    """
    years = dashboards.years_with_data()
    context.update(heading=heading, scope=scope, generated=selectors.dataset_is_loaded())
    try:
        filters = dashboards.page_filters(request.GET)
    except QueryError as error:
        context.update(
            error=error,
            filters=dashboards.Filters(),
            filter_fields=dashboards.filter_fields(dashboards.Filters(), years),
        )
        return render(request, template, context, status=400)
    small = _see_small_cells(request)
    year = dashboards.headline_year(filters, years)

    def numbers() -> dict:
        found = {
            "cards": dashboards.headline_cards(scope, filters, year, see_small_cells=small)
            if year
            else [],
            "charts": charts.charts_for(scope, filters, see_small_cells=small),
        }
        if scope and "programme" not in scope:
            found["programmes"] = dashboards.programme_figures(
                scope, filters, see_small_cells=small
            )
        return found

    question = (sorted(scope.items()), sorted(filters.params.items()), small, get_language())
    context.update(dashboards.per_build(("dashboard", *question), numbers))
    context.update(
        filters=filters,
        filter_fields=dashboards.filter_fields(filters, years),
        year=year,
        as_of=selectors.as_of(),
    )
    if "programme" in scope:
        context["events"], context["event_count"] = dashboards.programme_events(
            context["programme"], filters
        )
    if scope:
        context["indicators"] = dashboards.indicator_rows(scope)
    return render(request, template, context)


def overview(request: HttpRequest) -> HttpResponse:
    return _dashboard(
        request,
        "reports/overview.html",
        {},
        _("UNITAR results"),
        headlines=selectors.yearly_headlines(),
        pillars=catalogue.pillar_list(),
        areas=catalogue.area_list(),
    )


def _catalogue_dashboard(request: HttpRequest, kind: str, items, slug: str) -> HttpResponse:
    """The dashboard of one pillar, programme area or programme: its slice, name, highlights."""
    item = get_object_or_404(items, slug=slug)
    return _dashboard(
        request,
        f"reports/{kind}.html",
        {kind: item.slug},
        item.localized_name(),
        **{kind: item},
        highlights=catalogue.highlights_for(**{kind: item}),
    )


def pillar(request: HttpRequest, slug: str) -> HttpResponse:
    return _catalogue_dashboard(request, "pillar", catalogue.pillar_list(), slug)


def area(request: HttpRequest, slug: str) -> HttpResponse:
    return _catalogue_dashboard(request, "area", catalogue.area_list(), slug)


def programme(request: HttpRequest, slug: str) -> HttpResponse:
    return _catalogue_dashboard(request, "programme", catalogue.programme_list(), slug)


def chart_csv(request: HttpRequest, slug: str) -> HttpResponse:
    """A chart's table as CSV, for charts whose numbers have no export of their own (events)."""
    build = charts.BY_SLUG.get(slug)
    if build is None:
        raise Http404
    query = request.GET.copy()
    scope = {name: query.pop(name)[0] for name in SCOPES if name in query}
    try:
        parse(scope, SCOPES, ())
        filters = dashboards.page_filters(query)
    except QueryError as error:
        return HttpResponseBadRequest(
            f"{error.parameter}: {error.message}", content_type="text/plain; charset=utf-8"
        )
    chart = build(scope, filters, see_small_cells=_see_small_cells(request))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    writer = csv.writer(response)
    for row in charts.table_rows(chart):
        writer.writerow([neutralise(value) for value in row])
    return response


@staff_member_required
def data_quality(request: HttpRequest) -> HttpResponse:
    figures = dashboards.figure_rows()
    return render(
        request,
        "reports/data_quality.html",
        {
            "figures": figures,
            "figure_summary": dashboards.figure_summary(figures),
            "builds": selectors.recent_builds(),
            "progress": selectors.build_progress(),
            "as_of": selectors.as_of(),
        },
    )
