"""The two doors of imports, the command and the /imports/ page, and who may use them."""

import io

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import CommandError, call_command
from django.test import override_settings

from accounts.roles import PROGRAMME_STAFF
from beneficiaries.models import Participation
from imports.models import Import, ImportStatus
from programmes.models import Event
from tests.imports_files import (
    EVENT_HEADER,
    PARTICIPATION_HEADER,
    csv_bytes,
    event_row,
    participation_row,
    programme_staff,
    upload,
    write,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _uploads_in_tmp(settings, tmp_path):
    settings.IMPORT_FILES_DIR = tmp_path / "uploads"


def _command(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_data", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def events_file(tmp_path):
    rows = [event_row("T-EV-1"), event_row("T-EV-2", delivery_mode="online", country="")]
    return write(tmp_path, "events.csv", csv_bytes(EVENT_HEADER, rows))


def test_the_command_exits_zero_and_says_what_it_created(events_file):
    out, _ = _command("events", str(events_file))
    assert "2 rows: 2 were created, 0 were updated, 0 unchanged" in out
    assert Event.objects.filter(code__in=["T-EV-1", "T-EV-2"]).count() == 2


def test_the_command_run_twice_says_nothing_changed(events_file):
    _command("events", str(events_file))
    out, _ = _command("events", str(events_file))
    assert "0 were created, 0 were updated, 2 unchanged" in out
    assert "Nothing changed" in out


def test_the_command_exits_non_zero_with_one_problem_per_line(tmp_path):
    rows = [event_row("T-EV-1", country="XXX"), event_row("T-EV-2", delivery_mode="hybrid")]
    path = write(tmp_path, "events.csv", csv_bytes(EVENT_HEADER, rows))
    err = io.StringIO()
    with pytest.raises(CommandError, match="2 problem"):
        call_command("import_data", "events", str(path), stderr=err)
    assert err.getvalue().splitlines() == [
        "row 2, column country: unknown country code 'XXX'",
        "row 3, column delivery_mode: 'hybrid' is not allowed; use one of online, face-to-face, "
        "blended",
    ]
    assert not Event.objects.filter(code__in=["T-EV-1", "T-EV-2"]).exists()


def test_the_command_line_exits_with_status_one_on_a_rejection(tmp_path, capsys):
    from django.core.management import execute_from_command_line

    path = write(tmp_path, "empty.csv", b"")
    with pytest.raises(SystemExit) as exit_:
        execute_from_command_line(["manage.py", "import_data", "events", str(path)])
    assert exit_.value.code == 1
    assert "file: the file is empty" in capsys.readouterr().err


def test_a_dry_run_of_the_command_writes_nothing(events_file):
    out, _ = _command("events", str(events_file), "--dry-run")
    assert "2 would be created" in out
    assert not Event.objects.filter(code="T-EV-1").exists()


def test_staff_of_one_area_cannot_import_into_another_area_through_the_command(tmp_path):
    programme_staff("planet-staff", "planet")
    road_safety = write(tmp_path, "e.csv", csv_bytes(EVENT_HEADER, [event_row("T-EV-1")]))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_data", "events", str(road_safety), "--user", "planet-staff",
                     stderr=err)  # fmt: skip
    assert err.getvalue().startswith(
        "row 2, column programme: programme area people is outside your programme area"
    )
    assert not Event.objects.filter(code="T-EV-1").exists()


def test_staff_cannot_change_participations_of_another_areas_event(tmp_path):
    _command(
        "events", str(write(tmp_path, "e.csv", csv_bytes(EVENT_HEADER, [event_row("T-EV-1")])))
    )
    programme_staff("planet-staff", "planet")
    rows = [participation_row("T-EV-1", "P-1")]
    path = write(tmp_path, "p.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_data", "participations", str(path), "--user", "planet-staff",
                     stderr=err)  # fmt: skip
    assert "row 2, column event: programme area people is outside" in err.getvalue()
    assert not Participation.objects.filter(event__code="T-EV-1").exists()


def test_staff_cannot_move_another_areas_event_into_their_own(tmp_path):
    _command(
        "events", str(write(tmp_path, "e.csv", csv_bytes(EVENT_HEADER, [event_row("T-EV-1")])))
    )
    programme_staff("planet-staff", "planet")
    moved = event_row("T-EV-1", programme="un-cc-learn")
    path = write(tmp_path, "m.csv", csv_bytes(EVENT_HEADER, [moved]))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_data", "events", str(path), "--user", "planet-staff", stderr=err)
    assert "row 2, column code: programme area people is outside" in err.getvalue()
    assert Event.objects.get(code="T-EV-1").programme.slug == "road-safety"


def test_staff_import_into_their_own_area_through_the_command(events_file):
    programme_staff("people-staff", "people")
    out, _ = _command("events", str(events_file), "--user", "people-staff")
    assert "2 were created" in out
    assert Import.objects.get(file_name="events.csv").user.username == "people-staff"


def test_the_command_refuses_a_user_without_the_import_permission(events_file):
    User.objects.create_user("visitor")
    with pytest.raises(CommandError, match="may not import"):
        _command("events", str(events_file), "--user", "visitor")


def test_the_imports_page_sends_anonymous_visitors_to_log_in(client):
    response = client.get("/imports/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_imports_page_is_forbidden_to_users_without_the_permission(client):
    client.force_login(User.objects.create_user("visitor"))
    assert client.get("/imports/").status_code == 403


def test_the_page_previews_a_file_then_writes_it_only_once_confirmed(
    client, events_file, django_capture_on_commit_callbacks
):
    client.force_login(programme_staff("people-staff", "people"))
    response = upload(client, "events", "events.csv", events_file.read_bytes())
    record = Import.objects.get(user__username="people-staff")
    assert response["Location"] == f"/imports/{record.pk}/"
    preview = client.get(response["Location"])
    assert record.status == ImportStatus.CHECKED
    assert b"T-EV-2" in preview.content and b"Confirm and write" in preview.content
    assert not Event.objects.filter(code="T-EV-1").exists()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/imports/{record.pk}/confirm/")
    record.refresh_from_db()
    assert (record.status, record.created) == (ImportStatus.SUCCEEDED, 2)
    assert Event.objects.filter(code__in=["T-EV-1", "T-EV-2"]).count() == 2


def test_the_page_shows_every_problem_and_offers_no_confirmation(client, tmp_path):
    client.force_login(programme_staff("people-staff", "people"))
    rows = [event_row("T-EV-1", country="XXX"), event_row("T-EV-2", programme="un-cc-learn")]
    response = upload(client, "events", "bad.csv", csv_bytes(EVENT_HEADER, rows))
    page = client.get(response["Location"]).content.decode()
    assert "row 2, column country: unknown country code &#x27;XXX&#x27;" in page
    assert "row 3, column programme: programme area planet is outside your programme area" in page
    assert "Confirm and write" not in page
    record = Import.objects.get(file_name="bad.csv")
    client.post(f"/imports/{record.pk}/confirm/")
    assert not Event.objects.filter(code="T-EV-1").exists()


def test_a_staff_member_cannot_see_or_confirm_another_users_import(client, events_file):
    client.force_login(programme_staff("people-staff", "people"))
    response = upload(client, "events", "events.csv", events_file.read_bytes())
    client.force_login(programme_staff("other-people-staff", "people"))
    assert client.get(response["Location"]).status_code == 404
    assert client.post(response["Location"] + "confirm/").status_code == 404
    assert not Event.objects.filter(code="T-EV-1").exists()


def test_confirm_writes_the_file_kept_on_the_server_and_refuses_one_changed_since(
    client, events_file
):
    from pathlib import Path

    client.force_login(programme_staff("people-staff", "people"))
    upload(client, "events", "events.csv", events_file.read_bytes())
    record = Import.objects.get(file_name="events.csv")
    Path(record.stored_path).write_bytes(csv_bytes(EVENT_HEADER, [event_row("T-EV-EVIL")]))
    client.post(f"/imports/{record.pk}/confirm/")
    record.refresh_from_db()
    assert record.status == ImportStatus.REJECTED
    assert record.problem_lines() == [
        "file: the stored file no longer matches its checksum; upload it again"
    ]
    assert not Event.objects.filter(code__in=["T-EV-1", "T-EV-EVIL"]).exists()


@override_settings(IMPORT_BACKGROUND_ROWS=10)
def test_a_large_file_is_checked_and_written_by_the_background_task_as_the_page_shows(
    client, tmp_path, django_capture_on_commit_callbacks, eager_tasks
):
    _command(
        "events", str(write(tmp_path, "e.csv", csv_bytes(EVENT_HEADER, [event_row("T-EV-1")])))
    )
    client.force_login(programme_staff("people-staff", "people"))
    rows = [participation_row("T-EV-1", f"P-{i}") for i in range(25)]
    with django_capture_on_commit_callbacks(execute=False) as checking:
        response = upload(client, "participations", "p.csv", csv_bytes(PARTICIPATION_HEADER, rows))
    record = Import.objects.get(file_name="p.csv")
    assert record.status == ImportStatus.CHECKING
    assert (
        '<meta http-equiv="refresh" content="2">'
        in client.get(response["Location"]).content.decode()
    )
    for callback in checking:
        callback()  # imports.run_import, eagerly: the check
    record.refresh_from_db()
    assert (record.status, record.created) == (ImportStatus.CHECKED, 25)
    with django_capture_on_commit_callbacks(execute=False) as writing:
        client.post(f"/imports/{record.pk}/confirm/")
    record.refresh_from_db()
    assert record.status == ImportStatus.QUEUED
    assert not Participation.objects.filter(event__code="T-EV-1").exists()
    for callback in writing:
        callback()  # imports.run_import, then reports.rebuild_dirty_slices, eagerly
    record.refresh_from_db()
    assert (record.status, record.created) == (ImportStatus.SUCCEEDED, 25)
    assert Participation.objects.filter(event__code="T-EV-1").count() == 25


def test_the_background_task_run_twice_writes_once(tmp_path):
    from imports.services.runs import receive_file, run
    from imports.tasks import run_import

    content = csv_bytes(EVENT_HEADER, [event_row("T-EV-1")])
    record = run(receive_file(kind="events", file_name="e.csv", content=content, user=None,
                              door="page"), write=False)  # fmt: skip
    Import.objects.filter(pk=record.pk).update(status=ImportStatus.QUEUED)
    run_import(record.pk)
    run_import(record.pk)
    record.refresh_from_db()
    assert (record.status, record.created) == (ImportStatus.SUCCEEDED, 1)


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
@pytest.mark.parametrize("kind", ["events", "participations", "tallies"])
def test_each_template_downloads_with_its_header_row(client, kind, extension):
    response = client.get(f"/imports/templates/{kind}.{extension}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="{kind}.{extension}"'


def test_an_unknown_template_is_not_found(client):
    assert client.get("/imports/templates/donors.csv").status_code == 404


def test_a_staff_member_without_a_programme_area_is_told_to_ask_for_one(events_file):
    user = User.objects.create_user("no-area")
    user.groups.add(Group.objects.get(name=PROGRAMME_STAFF))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_data", "events", str(events_file), "--user", "no-area", stderr=err)
    assert err.getvalue().strip() == (
        "file: your account has no programme area: ask an administrator"
    )


def test_the_kept_file_is_removed_once_written_and_only_its_checksum_remains(
    client, events_file, settings
):
    client.force_login(programme_staff("people-staff", "people"))
    upload(client, "events", "events.csv", events_file.read_bytes())
    assert len(list(settings.IMPORT_FILES_DIR.iterdir())) == 1
    record = Import.objects.get(file_name="events.csv")
    client.post(f"/imports/{record.pk}/confirm/")
    record.refresh_from_db()
    assert (record.status, record.stored_path) == (ImportStatus.SUCCEEDED, "")
    assert list(settings.IMPORT_FILES_DIR.iterdir()) == []
    assert len(record.checksum) == 64


def test_the_command_refuses_a_file_over_the_size_limit_without_keeping_it(tmp_path, settings):
    settings.IMPORT_MAX_BYTES = 2048
    rows = [event_row(f"T-EV-{i}") for i in range(40)]
    path = write(tmp_path, "big.csv", csv_bytes(EVENT_HEADER, rows))
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_data", "events", str(path), stderr=err)
    size = path.stat().st_size
    assert err.getvalue().startswith(f"file: the file is {size:,} bytes, over the limit of 2,048")
    assert list(settings.IMPORT_FILES_DIR.iterdir()) == []
    assert Import.objects.get(file_name="big.csv").size == size


def test_imports_and_staff_areas_are_listed_in_the_admin(client, events_file):
    _command("events", str(events_file))
    client.force_login(User.objects.create_superuser("admin-user"))
    imports = client.get("/admin/imports/import/?status__exact=succeeded")
    assert imports.status_code == 200
    assert b"events.csv" in imports.content
    assert client.get("/admin/imports/staffarea/add/").status_code == 200
