"""Report pages: thin doors onto reports/selectors.py."""

from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import render

from . import selectors


def overview(request):
    return render(
        request,
        "reports/overview.html",
        {
            "headlines": selectors.yearly_headlines(),
            "generated": selectors.dataset_is_loaded(),
        },
    )


@staff_member_required
def data_quality(request):
    return render(
        request,
        "reports/data_quality.html",
        {
            "builds": selectors.recent_builds(),
            "progress": selectors.build_progress(),
            "as_of": selectors.as_of(),
        },
    )
