"""manage.py backup [--output FILE]: back the whole database up; prints the file last."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from unitar_site.services.backups import BackupError, back_up, default_path


class Command(BaseCommand):
    help = "Back the database up (pg_dump on PostgreSQL, SQLite's online backup on SQLite)."

    def add_arguments(self, parser):
        parser.add_argument("--output", type=Path, help="Default: var/backups/unitar-<time>.*")

    def handle(self, *args, output: Path | None, **options):
        try:
            path = back_up(output or default_path())
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(str(path))
