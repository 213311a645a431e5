"""manage.py restore FILE [--noinput]: replace the whole database with a backup."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from unitar_site.services.backups import BackupError, restore


class Command(BaseCommand):
    help = "Replace everything in the database with a backup made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--noinput", "--no-input", action="store_false", dest="interactive",
            help="Do not ask for confirmation.",
        )  # fmt: skip

    def handle(self, *args, file: Path, interactive: bool, **options):
        name = connection.settings_dict["NAME"]
        if interactive:
            answer = input(f"This replaces everything in database {name}. Type 'yes' to go on: ")
            if answer != "yes":
                raise CommandError("restore cancelled; nothing changed")
        try:
            restore(file)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored {name} from {file}.")
