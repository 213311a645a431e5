"""Import files written for tests: CSV in any encoding and delimiter, .xlsx, hostile .xlsx;
and the programme-staff user and page upload that send them."""

import csv
import io
import zipfile
from pathlib import Path

import openpyxl

EVENT_HEADER = [
    "code", "programme", "title", "start_date", "end_date", "event_days", "delivery_mode",
    "country", "learning", "unplanned", "with_partners",
]  # fmt: skip
PARTICIPATION_HEADER = [
    "event", "person_key", "gender", "age_group", "disability", "country", "sector", "certified",
]  # fmt: skip
TALLY_HEADER = [
    "event", "gender", "age_group", "disability", "country", "sector", "beneficiaries",
    "certificates",
]  # fmt: skip


def event_row(code: str, programme: str = "road-safety", **changes) -> dict:
    row = {
        "code": code,
        "programme": programme,
        "title": "Road safety workshop",
        "start_date": "2021-03-02",
        "end_date": "2021-03-04",
        "event_days": "3",
        "delivery_mode": "face-to-face",
        "country": "KEN",
        "learning": "true",
        "unplanned": "false",
        "with_partners": "false",
    }
    return {**row, **changes}


def participation_row(event: str, person_key: str, **changes) -> dict:
    row = {
        "event": event,
        "person_key": person_key,
        "gender": "female",
        "age_group": "25-34",
        "disability": "false",
        "country": "KEN",
        "sector": "government",
        "certified": "true",
    }
    return {**row, **changes}


def tally_row(event: str, **changes) -> dict:
    row = {
        "event": event,
        "gender": "male",
        "age_group": "not-stated",
        "disability": "false",
        "country": "COL",
        "sector": "ngo",
        "beneficiaries": "5500",
        "certificates": "0",
    }
    return {**row, **changes}


def csv_bytes(header, rows, *, encoding="utf-8", delimiter=",") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([row.get(name, "") for name in header] if isinstance(row, dict) else row)
    return buffer.getvalue().encode(encoding)


def xlsx_bytes(header, rows) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append([row.get(name, "") for name in header] if isinstance(row, dict) else row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bomb_xlsx(header, rows, megabytes: int = 20) -> bytes:
    """A real workbook plus one part that unpacks a thousand times larger than it is stored."""
    buffer = io.BytesIO(xlsx_bytes(header, rows))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/padding.xml", b"\x20" * (megabytes * 1024 * 1024))
    return buffer.getvalue()


BILLION_LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [\n'
    b'<!ENTITY lol "lol">\n'
    + b"".join(
        b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
        for n in range(1, 10)
    )
    + b"]>\n"
)


def entity_expansion_xlsx(header, rows) -> bytes:
    """A workbook whose sheet declares the 'billion laughs' entities before its root element."""
    source = zipfile.ZipFile(io.BytesIO(xlsx_bytes(header, rows)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            content = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                body = content.split(b"?>", 1)[-1]  # after any XML declaration
                content = BILLION_LAUGHS + body.replace(b"<v>", b"<v>&lol9;", 1)
            archive.writestr(member, content)
    return buffer.getvalue()


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def programme_staff(username: str, area: str):
    """A user of the Programme staff group who imports into one programme area."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts.roles import PROGRAMME_STAFF
    from imports.models import StaffArea
    from programmes.models import ProgrammeArea

    user = get_user_model().objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=PROGRAMME_STAFF))
    StaffArea.objects.create(user=user, area=ProgrammeArea.objects.get(slug=area))
    return user


def upload(client, kind: str, name: str, content: bytes):
    """Upload a file through the /imports/ page, as its form does."""
    file = io.BytesIO(content)
    file.name = name
    return client.post("/imports/", {"kind": kind, "file": file})
