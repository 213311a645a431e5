"""The three import formats: their columns, which are required, and an example row each."""

from dataclasses import dataclass

from imports.models import ImportKind


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: str
    example: str


EVENT_COLUMNS = (
    Column(
        "code", True, "the source system's identifier of the event (natural key)", "EV-2026-001"
    ),
    Column("programme", True, "programme slug, e.g. road-safety", "road-safety"),
    Column("title", True, "event title", "Road safety workshop"),
    Column("start_date", True, "first day, YYYY-MM-DD", "2026-03-02"),
    Column("end_date", True, "last day, YYYY-MM-DD, not before start_date", "2026-03-04"),
    Column("event_days", False, "days of training; empty: end_date - start_date + 1", "3"),
    Column("delivery_mode", True, "online, face-to-face or blended", "face-to-face"),
    Column("country", False, "venue, ISO 3166-1 alpha-3; empty for online events", "KEN"),
    Column("learning", True, "true if the event has learning outcomes, else false", "true"),
    Column("unplanned", False, "true if not in the approved work programme (false)", "false"),
    Column("with_partners", False, "true if delivered with partners (false)", "false"),
)
PARTICIPATION_COLUMNS = (
    Column("event", True, "event code (with person_key, the natural key)", "EV-2026-001"),
    Column("person_key", True, "pseudonymous key of the person in the source system", "P-000123"),
    Column("gender", True, "female, male or other", "female"),
    Column("age_group", False, "under-25, 25-34, 35-44, 45-54, 55-plus, not-stated", "25-34"),
    Column("disability", False, "true or false (false)", "false"),
    Column("country", True, "ISO 3166-1 alpha-3 code", "KEN"),
    Column("sector", True, "government, ngo, academia, private-sector, ...", "government"),
    Column("certified", False, "true if awarded a certificate (false)", "true"),
)
TALLY_COLUMNS = (
    Column("event", True, "event code (with the five dimensions, the natural key)", "EV-2026-002"),
    Column("gender", True, "female, male or other", "male"),
    Column("age_group", False, "as for participations (not-stated)", "not-stated"),
    Column("disability", False, "true or false (false)", "false"),
    Column("country", True, "ISO 3166-1 alpha-3 code", "COL"),
    Column("sector", True, "as for participations", "ngo"),
    Column("beneficiaries", True, "number of people, at least 1", "5500"),
    Column("certificates", False, "certificates awarded, at most beneficiaries (0)", "0"),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    ImportKind.EVENTS: EVENT_COLUMNS,
    ImportKind.PARTICIPATIONS: PARTICIPATION_COLUMNS,
    ImportKind.TALLIES: TALLY_COLUMNS,
}
