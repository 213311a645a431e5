"""API v1 counts: thin doors onto the query layer (reports/selectors.py)."""

from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors


def _payload(counts, measures: tuple[str, ...]) -> dict:
    return {
        "as_of": counts.as_of.isoformat() if counts.as_of else None,
        "group_by": list(counts.group_by),
        "total": counts.total,
        "results": [
            {**{d: row[d] for d in counts.group_by}, **{m: row[m] for m in measures}}
            for row in counts.rows
        ],
    }


class BeneficiaryCountsView(APIView):
    """Beneficiaries by the filters and `group_by` of DESIGN.md; small cells suppressed."""

    def get(self, request):
        counts = selectors.beneficiary_counts(request.query_params)
        return Response(_payload(counts, ("beneficiaries", "suppressed")))


class EventCountsView(APIView):
    """Events and event days by the filters and `group_by` of DESIGN.md."""

    def get(self, request):
        counts = selectors.event_counts(request.query_params)
        return Response(_payload(counts, ("events", "event_days")))
