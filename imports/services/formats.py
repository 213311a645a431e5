"""The three import formats: their columns, which are required, and an example row each."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from imports.models import ImportKind


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    help: str  # lazily translated: the upload page shows it in the page's language
    example: str


EVENT_COLUMNS = (
    Column(
        "code", True, _("the source system's identifier of the event (natural key)"), "EV-2026-001"
    ),
    Column("programme", True, _("programme slug, e.g. road-safety"), "road-safety"),
    Column("title", True, _("event title"), "Road safety workshop"),
    Column("start_date", True, _("first day, YYYY-MM-DD"), "2026-03-02"),
    Column("end_date", True, _("last day, YYYY-MM-DD, not before start_date"), "2026-03-04"),
    Column("event_days", False, _("days of training; empty: end_date - start_date + 1"), "3"),
    Column("delivery_mode", True, _("online, face-to-face or blended"), "face-to-face"),
    Column("country", False, _("venue, ISO 3166-1 alpha-3; empty for online events"), "KEN"),
    Column("learning", True, _("true if the event has learning outcomes, else false"), "true"),
    Column("unplanned", False, _("true if not in the approved work programme (false)"), "false"),
    Column("with_partners", False, _("true if delivered with partners (false)"), "false"),
)
PARTICIPATION_COLUMNS = (
    Column("event", True, _("event code (with person_key, the natural key)"), "EV-2026-001"),
    Column(
        "person_key", True, _("pseudonymous key of the person in the source system"), "P-000123"
    ),
    Column("gender", True, _("female, male or other"), "female"),
    Column("age_group", False, _("under-25, 25-34, 35-44, 45-54, 55-plus, not-stated"), "25-34"),
    Column("disability", False, _("true or false (false)"), "false"),
    Column("country", True, _("ISO 3166-1 alpha-3 code"), "KEN"),
    Column("sector", True, _("government, ngo, academia, private-sector, ..."), "government"),
    Column("certified", False, _("true if awarded a certificate (false)"), "true"),
)
TALLY_COLUMNS = (
    Column(
        "event", True, _("event code (with the five dimensions, the natural key)"), "EV-2026-002"
    ),
    Column("gender", True, _("female, male or other"), "male"),
    Column("age_group", False, _("as for participations (not-stated)"), "not-stated"),
    Column("disability", False, _("true or false (false)"), "false"),
    Column("country", True, _("ISO 3166-1 alpha-3 code"), "COL"),
    Column("sector", True, _("as for participations"), "ngo"),
    Column("beneficiaries", True, _("number of people, at least 1"), "5500"),
    Column("certificates", False, _("certificates awarded, at most beneficiaries (0)"), "0"),
)
COLUMNS: dict[str, tuple[Column, ...]] = {
    ImportKind.EVENTS: EVENT_COLUMNS,
    ImportKind.PARTICIPATIONS: PARTICIPATION_COLUMNS,
    ImportKind.TALLIES: TALLY_COLUMNS,
}
