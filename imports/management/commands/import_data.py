"""manage.py import_data KIND FILE [--dry-run] [--user USERNAME]: the command-line door."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from imports.models import ImportDoor, ImportKind, ImportStatus
from imports.services.runs import receive_file, run


class Command(BaseCommand):
    help = "Import events, participations or tallies from a CSV or .xlsx file, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=ImportKind.values)
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Check only; write nothing")
        parser.add_argument(
            "--user", help="Import as this programme-staff user (default: a system import)"
        )

    def handle(self, *args, kind: str, file: Path, dry_run: bool, user: str | None, **options):
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"no user named {user!r}")
            if not account.has_perm("imports.add_import"):
                raise CommandError(f"{user} may not import (no imports.add_import permission)")
        try:
            with file.open("rb") as stream:
                record = receive_file(
                    kind=kind,
                    file_name=file.name,
                    content=iter(lambda: stream.read(1 << 20), b""),
                    user=account,
                    door=ImportDoor.COMMAND,
                    dry_run=dry_run,
                )
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from error
        record = run(record, write=not dry_run)
        if record.status in (ImportStatus.REJECTED, ImportStatus.FAILED):
            for line in record.problem_lines():
                self.stderr.write(line)
            raise CommandError(
                f"{len(record.problems)} problem(s) in {file.name}: nothing was written"
            )
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"{record.rows} rows: {record.created} {verb} created, {record.updated} {verb} "
            f"updated, {record.unchanged} unchanged (import {record.pk})"
        )
        if not dry_run and not record.created and not record.updated:
            self.stdout.write("Nothing changed: every row is already as the file says.")
