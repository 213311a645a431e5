"""The audit trail: imports write history rows in bulk, the admin's changes say so too."""

import pytest
from django.contrib.auth.models import User

from audit.models import Door
from beneficiaries.models import Participation
from imports.models import ImportDoor
from imports.services.runs import receive_file, run
from programmes.models import Event
from tests.imports_files import (
    EVENT_HEADER,
    PARTICIPATION_HEADER,
    csv_bytes,
    event_row,
    participation_row,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uploads_in_tmp(settings, tmp_path):
    settings.IMPORT_FILES_DIR = tmp_path / "uploads"


def _import(kind, header, rows, user=None):
    record = receive_file(
        kind=kind, file_name=f"{kind}.csv", content=csv_bytes(header, rows), user=user,
        door=ImportDoor.COMMAND,
    )  # fmt: skip
    return run(record, write=True)


@pytest.fixture
def event():
    _import("events", EVENT_HEADER, [event_row("T-EV-1")])
    return Event.objects.get(code="T-EV-1")


def test_an_import_writes_one_history_row_per_record_it_creates_naming_the_import(event):
    user = User.objects.create_superuser("data-manager")
    rows = [participation_row("T-EV-1", f"P-{i}") for i in range(3)]
    record = _import("participations", PARTICIPATION_HEADER, rows, user=user)
    history = Participation.history.filter(event_id=event.pk)
    assert history.count() == 3
    assert {(h.history_type, h.door, h.history_user_id) for h in history} == {
        ("+", Door.IMPORT, user.pk)
    }
    assert history.first().history_change_reason.startswith(f"import {record.pk} ")


def test_a_corrected_file_writes_history_for_the_changed_rows_only(event):
    rows = [participation_row("T-EV-1", f"P-{i}") for i in range(3)]
    _import("participations", PARTICIPATION_HEADER, rows)
    rows[1]["gender"] = "male"
    _import("participations", PARTICIPATION_HEADER, rows)
    changes = Participation.history.filter(event_id=event.pk, history_type="~")
    assert [(h.person_key, h.gender, h.event_id) for h in changes] == [("P-1", "male", event.pk)]


def test_reimporting_the_same_file_writes_no_history(event):
    rows = [participation_row("T-EV-1", f"P-{i}") for i in range(3)]
    _import("participations", PARTICIPATION_HEADER, rows)
    _import("participations", PARTICIPATION_HEADER, rows)
    assert Participation.history.filter(event_id=event.pk).count() == 3


def test_an_event_imported_then_corrected_keeps_both_versions(event):
    _import("events", EVENT_HEADER, [event_row("T-EV-1", title="Renamed")])
    assert list(event.history.order_by("history_id").values_list("title", "history_type")) == [
        ("Road safety workshop", "+"),
        ("Renamed", "~"),
    ]


def test_a_deletion_in_the_admin_is_recorded_with_its_user_and_the_admin_door(client, event):
    admin_user = User.objects.create_superuser("admin-user")
    client.force_login(admin_user)
    response = client.post(f"/admin/programmes/event/{event.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    deleted = Event.history.get(id=event.pk, history_type="-")
    assert (deleted.door, deleted.history_user) == (Door.ADMIN, admin_user)


def test_the_history_of_records_is_listed_read_only_in_the_admin(client, event):
    client.force_login(User.objects.create_superuser("admin-user"))
    response = client.get("/admin/audit/historicalevent/")
    assert response.status_code == 200
    assert b"T-EV-1" in response.content
    assert client.get("/admin/audit/historicalevent/add/").status_code == 403
