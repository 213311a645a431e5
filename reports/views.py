"""Report pages."""

from django.shortcuts import render


def overview(request):
    return render(request, "reports/overview.html", {})
