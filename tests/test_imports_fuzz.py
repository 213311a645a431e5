"""Fuzzing the import engine: any table of any values, in any of the three kinds, is either
accepted or refused with row-and-column problems; it never raises, and a refusal writes nothing.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beneficiaries.models import AggregateTally, Participation
from imports.models import ImportDoor, ImportStatus
from imports.services.runs import receive_file, run
from programmes.models import Event
from tests.imports_files import EVENT_HEADER, PARTICIPATION_HEADER, TALLY_HEADER, csv_bytes

pytestmark = pytest.mark.django_db

HEADERS = {"events": EVENT_HEADER, "participations": PARTICIPATION_HEADER, "tallies": TALLY_HEADER}
# Plausible values mixed with hostile ones: formulas, huge numbers, odd dates, control characters.
VALUE = st.one_of(
    st.sampled_from(["KEN", "FRA", "XXX", "female", "male", "online", "true", "false", "0", "-1",
                     "1e309", "99999999999999999999", "2021-02-30", "2021-03-02", "1899-01-01",
                     "road-safety", "un-cc-learn", "=cmd|'/c calc'!A1", "", " ", "NaN"]),
    st.text(max_size=20),
)  # fmt: skip


def _counts() -> tuple[int, int, int]:
    return (Event.objects.count(), Participation.objects.count(), AggregateTally.objects.count())


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(sorted(HEADERS)),
    rows=st.lists(st.lists(VALUE, min_size=11, max_size=11), min_size=1, max_size=6),
)
def test_any_table_is_accepted_or_refused_with_row_and_column_and_never_raises(kind, rows):
    header = HEADERS[kind]
    content = csv_bytes(header, [row[: len(header)] for row in rows])
    before = _counts()
    record = run(
        receive_file(kind=kind, file_name="fuzz.csv", content=content, user=None,
                     door=ImportDoor.COMMAND),
        write=True,
    )  # fmt: skip
    assert record.status in (ImportStatus.SUCCEEDED, ImportStatus.REJECTED)
    if record.status == ImportStatus.REJECTED:
        assert _counts() == before
        assert all(line.startswith(("row ", "file: ")) for line in record.problem_lines())
