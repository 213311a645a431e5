"""Check a table against its format and write it, all or nothing: the one engine of both doors.

Set-based: slugs, codes and the records a file may touch are loaded once into dicts, rows are
checked against them, and writes go in batches. Bulk writes send no signals, so the statistics
slices a write touched are marked dirty here, in its transaction (reports/signals.py).
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from audit.models import Door
from beneficiaries.models import AgeGroup, AggregateTally, Country, Gender, Participation, Sector
from imports.models import ImportKind
from imports.services.formats import COLUMNS
from imports.services.problems import Problem
from imports.services.reading import Table
from programmes.models import DeliveryMode, Event, Programme
from reports.queries import FIRST_YEAR, LAST_YEAR
from reports.services.statistics import mark_dirty

BATCH = 2000
LOOKUP_CHUNK = 2000
BOOLEANS = {"true": True, "false": False, "yes": True, "no": False, "1": True, "0": False}
Progress = Callable[[str, int, int], None]
UNKNOWN_COUNTRY = gettext_noop("unknown country code %(value)r")


@dataclass
class Outcome:
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    slices: set[tuple[int, int]] = field(default_factory=set)
    written: bool | None = False  # None: the database refused the write

    @property
    def ok(self) -> bool:
        return not self.problems


class _Row:
    """One row's cells by column name, collecting its problems as they are parsed."""

    def __init__(self, number: int, cells: dict[str, str], problems: list[Problem]):
        self.number, self.cells, self.problems, self.valid = number, cells, problems, True

    def problem(self, column: str | None, message: str, **params) -> None:
        self.valid = False
        self.problems.append(Problem(self.number, column, message, params))

    def text(self, column: str, max_length: int, required: bool = True) -> str:
        value = self.cells.get(column, "")
        if required and not value:
            self.problem(column, gettext_noop("a value is required"))
        elif len(value) > max_length:
            self.problem(column, gettext_noop("longer than %(limit)s characters"), limit=max_length)
        return value

    def choice(self, column: str, allowed: Iterable[str], default: str | None = None) -> str:
        value = self.cells.get(column, "").lower()
        if not value and default is not None:
            return default
        if not value:
            self.problem(
                column, gettext_noop("a value is required: one of %(allowed)s"),
                allowed=", ".join(allowed),
            )  # fmt: skip
        elif value not in allowed:
            self.problem(
                column, gettext_noop("%(value)r is not allowed; use one of %(allowed)s"),
                value=value, allowed=", ".join(allowed),
            )  # fmt: skip
        return value

    def boolean(self, column: str, default: bool | None = False) -> bool:
        value = self.cells.get(column, "").lower()
        if not value and default is not None:
            return default
        if not value:
            self.problem(column, gettext_noop("a value is required: true or false"))
            return False
        if value not in BOOLEANS:
            self.problem(
                column, gettext_noop("%(value)r is not allowed; use true or false"), value=value
            )
            return False
        return BOOLEANS[value]

    def date(self, column: str) -> datetime.date | None:
        value = self.cells.get(column, "")
        try:
            day = datetime.date.fromisoformat(value)
        except ValueError:
            if not value:
                self.problem(column, gettext_noop("a value is required: a date as YYYY-MM-DD"))
            else:
                self.problem(
                    column, gettext_noop("%(value)r is not a date as YYYY-MM-DD"), value=value
                )
            return None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            self.problem(
                column, gettext_noop("date %(value)s is out of range (%(first)s to %(last)s)"),
                value=value, first=str(FIRST_YEAR), last=str(LAST_YEAR),
            )  # fmt: skip
            return None
        return day

    def integer(self, column: str, minimum: int, default: int | None = None) -> int | None:
        value = self.cells.get(column, "")
        if not value and default is not None:
            return default
        try:
            number = int(value)
        except ValueError:
            if not value:
                self.problem(column, gettext_noop("a value is required: a whole number"))
            else:
                self.problem(column, gettext_noop("%(value)r is not a whole number"), value=value)
            return None
        if number < minimum:
            self.problem(
                column, gettext_noop("%(value)s is below the minimum of %(minimum)s"),
                value=value, minimum=minimum,
            )  # fmt: skip
            return None
        if number > 2_147_483_647:
            self.problem(column, gettext_noop("%(value)s is too large"), value=value)
            return None
        return number

    def lookup(self, column: str, table: dict, unknown: str, required: bool = True):
        """The record `table` has under the cell's value; `unknown` says a value it lacks."""
        value = self.cells.get(column, "")
        if not value and not required:
            return None
        if not value:
            self.problem(column, gettext_noop("a value is required"))
            return None
        key = value.upper() if column == "country" else value
        if key not in table:
            self.problem(column, unknown, value=value)
            return None
        return table[key]


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _header_problems(kind: str, header: list[str]) -> list[Problem]:
    columns = COLUMNS[kind]
    known = {c.name for c in columns}
    problems = []
    seen: set[str] = set()
    for name in header:
        if name in seen:
            problems.append(Problem(1, name, gettext_noop("the column appears twice")))
        elif name not in known:
            problems.append(
                Problem(
                    1,
                    name,
                    gettext_noop("unknown column; %(kind)s files have: %(columns)s"),
                    {"kind": kind, "columns": ", ".join(sorted(known))},
                )
            )
        seen.add(name)
    for column in columns:
        if column.required and column.name not in seen:
            problems.append(Problem(1, column.name, gettext_noop("required column is missing")))
    return problems


def _rows(table: Table, problems: list[Problem]) -> Iterable[_Row]:
    width = len(table.header)
    for number, values in table.rows:
        row = _Row(number, dict(zip(table.header, values, strict=False)), problems)
        if len(values) > width and any(values[width:]):
            row.problem(
                None, gettext_noop("%(values)s values for %(columns)s columns"),
                values=len(values), columns=width,
            )  # fmt: skip
        yield row


def allowed_areas(user) -> set[int] | None:
    """The area ids a user may import into; None means every area (a system import)."""
    if user is None or user.is_superuser:
        return None
    from imports.models import StaffArea

    area = StaffArea.objects.filter(user=user).values_list("area_id", flat=True).first()
    return {area} if area else set()


def _events_by_code(codes: set[str]) -> dict[str, dict]:
    fields = (
        "id", "code", "programme_id", "programme__area_id", "programme__area__slug", "title",
        "start_date", "end_date", "event_days", "delivery_mode", "country_id", "learning",
        "unplanned", "with_partners", "generated",
    )  # fmt: skip
    found = {}
    for chunk in _chunks(sorted(codes), LOOKUP_CHUNK):
        for values in Event.objects.filter(code__in=chunk).values(*fields):
            found[values["code"]] = values
    return found


def _countries() -> dict[str, int]:
    return dict(Country.objects.values_list("iso3", "id"))


def _area_problem(row: _Row, column: str, area_id: int, area_slug: str, areas) -> None:
    if areas is not None and area_id not in areas:
        row.problem(
            column, gettext_noop("programme area %(area)s is outside your programme area"),
            area=area_slug,
        )  # fmt: skip


# Each kind: check the rows, then return (new objects, changed objects, changed fields, slices).


def _plan_events(table, outcome, areas, progress):
    programmes = {
        p["slug"]: p for p in Programme.objects.values("id", "slug", "area_id", "area__slug")
    }
    countries = _countries()
    codes = {dict(zip(table.header, v, strict=False)).get("code", "") for _, v in table.rows}
    existing = _events_by_code(codes)
    new, changed, seen = [], [], {}
    fields = [
        "programme_id", "title", "start_date", "end_date", "event_days", "delivery_mode",
        "country_id", "learning", "unplanned", "with_partners",
    ]  # fmt: skip
    for index, row in enumerate(_rows(table, outcome.problems)):
        code = row.text("code", 64)
        programme = row.lookup("programme", programmes, gettext_noop("unknown programme %(value)r"))
        values = {
            "title": row.text("title", 300),
            "start_date": row.date("start_date"),
            "end_date": row.date("end_date"),
            "delivery_mode": row.choice("delivery_mode", DeliveryMode.values),
            "country_id": row.lookup("country", countries, UNKNOWN_COUNTRY, required=False),
            "learning": row.boolean("learning", default=None),
            "unplanned": row.boolean("unplanned"),
            "with_partners": row.boolean("with_partners"),
        }
        start, end = values["start_date"], values["end_date"]
        if start and end and end < start:
            row.problem(
                "end_date", gettext_noop("ends on %(end)s before it starts on %(start)s"),
                end=end.isoformat(), start=start.isoformat(),
            )  # fmt: skip
        default_days = (end - start).days + 1 if start and end and end >= start else 1
        values["event_days"] = row.integer("event_days", 1, default=default_days)
        if programme:
            values["programme_id"] = programme["id"]
            _area_problem(row, "programme", programme["area_id"], programme["area__slug"], areas)
        old = existing.get(code)
        if old:
            _area_problem(row, "code", old["programme__area_id"], old["programme__area__slug"],
                          areas)  # fmt: skip
        if code in seen:
            row.problem(
                "code", gettext_noop("event %(code)s already appears on row %(row)s"),
                code=code, row=str(seen[code]),
            )  # fmt: skip
        elif code:
            seen[code] = row.number
        if progress and index % 5000 == 0:
            progress("checking", index, len(table.rows))
        if not row.valid:
            continue
        slice_ = (start.year, values["programme_id"])
        if old is None:
            new.append(Event(code=code, **values))
            outcome.slices.add(slice_)
        elif any(old[f] != values[f] for f in fields):
            changed.append(Event(id=old["id"], code=code, generated=old["generated"], **values))
            outcome.slices |= {slice_, (old["start_date"].year, old["programme_id"])}
        else:
            outcome.unchanged += 1
    return Event, new, changed, fields


def _events_of_rows(table) -> dict[str, dict]:
    codes = {dict(zip(table.header, v, strict=False)).get("event", "") for _, v in table.rows}
    return _events_by_code(codes)


def _event_of(row: _Row, events: dict, areas) -> dict | None:
    event = row.lookup("event", events, gettext_noop("unknown event code %(value)r"))
    if event:
        _area_problem(row, "event", event["programme__area_id"], event["programme__area__slug"],
                      areas)  # fmt: skip
    return event


def _plan_participations(table, outcome, areas, progress):
    countries = _countries()
    events = _events_of_rows(table)
    existing = {}
    for chunk in _chunks([e["id"] for e in events.values()], LOOKUP_CHUNK):
        for values in Participation.objects.filter(event_id__in=chunk).values(
            "id", "event_id", "person_key", "gender", "age_group", "disability", "country_id",
            "sector", "certified", "generated",
        ):  # fmt: skip
            existing[(values["event_id"], values["person_key"])] = values
    fields = ["gender", "age_group", "disability", "country_id", "sector", "certified"]
    new, changed, seen = [], [], {}
    for index, row in enumerate(_rows(table, outcome.problems)):
        event = _event_of(row, events, areas)
        person_key = row.text("person_key", 64)
        values = {
            "gender": row.choice("gender", Gender.values),
            "age_group": row.choice("age_group", AgeGroup.values, default=AgeGroup.NOT_STATED),
            "disability": row.boolean("disability"),
            "country_id": row.lookup("country", countries, UNKNOWN_COUNTRY),
            "sector": row.choice("sector", Sector.values),
            "certified": row.boolean("certified"),
        }
        key = (row.cells.get("event", ""), person_key)
        if key in seen:
            row.problem(
                "person_key",
                gettext_noop("person %(person)s of event %(event)s already on row %(row)s"),
                person=person_key, event=key[0], row=str(seen[key]),
            )  # fmt: skip
        elif person_key:
            seen[key] = row.number
        if progress and index % 5000 == 0:
            progress("checking", index, len(table.rows))
        if not row.valid:
            continue
        old = existing.get((event["id"], person_key))
        slice_ = (event["start_date"].year, event["programme_id"])
        if old is None:
            new.append(Participation(event_id=event["id"], person_key=person_key, **values))
            outcome.slices.add(slice_)
        elif any(old[f] != values[f] for f in fields):
            changed.append(
                Participation(
                    id=old["id"],
                    event_id=event["id"],
                    person_key=person_key,
                    generated=old["generated"],
                    **values,
                )
            )
            outcome.slices.add(slice_)
        else:
            outcome.unchanged += 1
    return Participation, new, changed, fields


TALLY_KEY = ("gender", "age_group", "disability", "country_id", "sector")


def _plan_tallies(table, outcome, areas, progress):
    countries = _countries()
    events = _events_of_rows(table)
    existing = {}
    for chunk in _chunks([e["id"] for e in events.values()], LOOKUP_CHUNK):
        for values in AggregateTally.objects.filter(event_id__in=chunk).values(
            "id", "event_id", *TALLY_KEY, "beneficiaries", "certificates", "generated"
        ):
            existing[(values["event_id"], *(values[f] for f in TALLY_KEY))] = values
    fields = ["beneficiaries", "certificates"]
    new, changed, seen = [], [], {}
    for row in _rows(table, outcome.problems):
        event = _event_of(row, events, areas)
        values = {
            "gender": row.choice("gender", Gender.values),
            "age_group": row.choice("age_group", AgeGroup.values, default=AgeGroup.NOT_STATED),
            "disability": row.boolean("disability"),
            "country_id": row.lookup("country", countries, UNKNOWN_COUNTRY),
            "sector": row.choice("sector", Sector.values),
            "beneficiaries": row.integer("beneficiaries", 1),
            "certificates": row.integer("certificates", 0, default=0),
        }
        beneficiaries, certificates = values["beneficiaries"], values["certificates"]
        if beneficiaries is not None and certificates is not None and certificates > beneficiaries:
            row.problem(
                "certificates",
                gettext_noop("%(certificates)s certificates for %(beneficiaries)s people"),
                certificates=certificates, beneficiaries=beneficiaries,
            )  # fmt: skip
        cell = (row.cells.get("event", ""), *(values[f] for f in TALLY_KEY))
        if cell in seen:
            row.problem(
                "event",
                gettext_noop("the same event and dimensions are already on row %(row)s"),
                row=str(seen[cell]),
            )  # fmt: skip
        else:
            seen[cell] = row.number
        if not row.valid:
            continue
        key = (event["id"], *(values[f] for f in TALLY_KEY))
        old = existing.get(key)
        slice_ = (event["start_date"].year, event["programme_id"])
        if old is None:
            new.append(AggregateTally(event_id=event["id"], **values))
            outcome.slices.add(slice_)
        elif any(old[f] != values[f] for f in fields):
            changed.append(
                AggregateTally(
                    id=old["id"], event_id=event["id"], generated=old["generated"], **values
                )
            )
            outcome.slices.add(slice_)
        else:
            outcome.unchanged += 1
    return AggregateTally, new, changed, fields


PLANS = {
    ImportKind.EVENTS: _plan_events,
    ImportKind.PARTICIPATIONS: _plan_participations,
    ImportKind.TALLIES: _plan_tallies,
}


def import_table(
    kind: str,
    table: Table,
    *,
    user=None,
    write: bool,
    reason: str = "import",
    progress: Progress | None = None,
) -> Outcome:
    """Check every row of `table`; when there is no problem and `write`, write them all.

    In one transaction: a problem, or a failure while writing, leaves the database as it was.
    History rows are written in bulk too, by `user`, with `reason` and the import door.
    """
    outcome = Outcome(kind=kind, rows=len(table.rows))
    outcome.problems.extend(_header_problems(kind, table.header))
    areas = allowed_areas(user)
    if areas == set():
        outcome.problems.append(
            Problem(
                None, None, gettext_noop("your account has no programme area: ask an administrator")
            )
        )
    if outcome.problems:
        return outcome
    with transaction.atomic():
        model, new, changed, fields = PLANS[kind](table, outcome, areas, progress)
        outcome.problems.sort(key=lambda p: (p.row or 0, p.column or ""))
        outcome.created, outcome.updated = len(new), len(changed)
        if outcome.problems or not write:
            outcome.slices = set() if outcome.problems else outcome.slices
            return outcome
        history = {
            "default_user": user,
            "default_change_reason": reason[:100],
            "custom_historical_attrs": {"door": Door.IMPORT},
        }
        for done, batch in enumerate(_chunks(new, BATCH)):
            bulk_create_with_history(batch, model, batch_size=BATCH, **history)
            if progress:
                progress("writing", done * BATCH + len(batch), len(new) + len(changed))
        for batch in _chunks(changed, BATCH // 4):
            bulk_update_with_history(batch, model, fields, batch_size=BATCH // 4, **history)
        if outcome.slices:
            from reports.tasks import rebuild_dirty_slices
            from unitar_site.queueing import queue_on_commit

            mark_dirty(outcome.slices)
            queue_on_commit(rebuild_dirty_slices)
        outcome.written = True
    return outcome
