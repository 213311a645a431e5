"""The /imports/ pages: upload, preview of rows and problems, confirm, then status."""

from django import forms
from django.contrib.auth.decorators import login_required, permission_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from imports.models import Import, ImportDoor, ImportKind
from imports.services import runs
from imports.services.formats import COLUMNS
from imports.services.templates import template_csv, template_xlsx

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class UploadForm(forms.Form):
    kind = forms.ChoiceField(choices=ImportKind.choices)
    file = forms.FileField()


def _own_import(request, pk: int) -> Import:
    return get_object_or_404(Import, pk=pk, user=request.user)


@login_required
@permission_required("imports.add_import", raise_exception=True)
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        record = runs.receive_file(
            kind=form.cleaned_data["kind"],
            file_name=upload.name,
            content=upload.chunks(),
            user=request.user,
            door=ImportDoor.PAGE,
        )
        runs.check(record)
        return redirect("import-detail", pk=record.pk)
    recent = Import.objects.filter(user=request.user)[:10]
    return render(
        request,
        "imports/upload.html",
        {"form": form, "recent": recent, "formats": COLUMNS, "kinds": ImportKind.choices},
    )


@login_required
@permission_required("imports.add_import", raise_exception=True)
def detail(request, pk: int):
    record = _own_import(request, pk)
    return render(
        request,
        "imports/detail.html",
        {"record": record, "progress": runs.progress_of(record.pk)},
    )


@require_POST
@login_required
@permission_required("imports.add_import", raise_exception=True)
def confirm(request, pk: int):
    runs.confirm(_own_import(request, pk))
    return redirect("import-detail", pk=pk)


def template(request, kind: str, extension: str):
    if kind not in ImportKind.values or extension not in CONTENT_TYPES:
        raise Http404("No such import template")
    content = template_csv(kind) if extension == "csv" else template_xlsx(kind)
    response = HttpResponse(content, content_type=CONTENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{kind}.{extension}"'
    return response
