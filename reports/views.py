"""Report pages: thin doors onto reports/selectors.py."""

from django.shortcuts import render

from . import selectors


def overview(request):
    return render(
        request,
        "reports/overview.html",
        {
            "headlines": selectors.yearly_headlines(),
            "generated": selectors.dataset_is_generated(),
        },
    )
