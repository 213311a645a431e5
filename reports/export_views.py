"""CSV exports and the /exports/ page: thin doors onto reports/exports.py."""

from django.contrib.auth.decorators import login_required, permission_required
from django.http import HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import export_page as export_page_service
from . import exports as export_service
from .queries import QueryError

VIEW_SMALL_CELLS = "reports.view_small_cells"
EXPORT_PARTICIPATIONS = "reports.export_participations"


def _bad_parameter(error: QueryError) -> HttpResponse:
    return HttpResponse(
        _("Bad parameter %(parameter)s: %(message)s")
        % {"parameter": error.parameter, "message": error.message}
        + "\n",
        status=400,
        content_type="text/plain; charset=utf-8",
    )


def _stream(export: export_service.CsvExport) -> StreamingHttpResponse:
    response = StreamingHttpResponse(export.chunks, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["Cache-Control"] = "private, no-store"  # small cells depend on who asks
    for name, value in export.headers.items():
        response[name] = value
    return response


@require_GET
def beneficiaries_csv(request):
    try:
        export = export_service.beneficiary_export(
            request.GET, see_small_cells=request.user.has_perm(VIEW_SMALL_CELLS)
        )
    except QueryError as error:
        return _bad_parameter(error)
    return _stream(export)


@require_GET
@login_required
@permission_required(EXPORT_PARTICIPATIONS, raise_exception=True)
def participations_csv(request):
    try:
        export = export_service.participation_export(request.GET)
    except QueryError as error:
        return _bad_parameter(error)
    return _stream(export)


@require_GET
def exports(request):
    page = export_page_service.export_page(
        request.GET,
        see_small_cells=request.user.has_perm(VIEW_SMALL_CELLS),
        may_export_participations=request.user.has_perm(EXPORT_PARTICIPATIONS),
    )
    return render(
        request, "reports/exports.html", {"page": page}, status=400 if page.error else 200
    )
