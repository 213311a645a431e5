"""manage.py create_api_client NAME [--days N]: make an API client; its token is the last line."""

import re

from django.core.management.base import BaseCommand, CommandError

from accounts.services import create_api_client

NAME = re.compile(r"^[\w.@+-]{1,150}$")


class Command(BaseCommand):
    help = "Create an API client account and print a new token for it (on the last line)."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--days", type=int, help="Make the token expire after this many days.")

    def handle(self, *args, name: str, days: int | None, **options):
        if not NAME.match(name):
            raise CommandError("NAME may hold letters, digits and @.+-_ only (at most 150).")
        if days is not None and days < 1:
            raise CommandError("--days must be at least 1.")
        key = create_api_client(name, days)
        self.stdout.write(f"API client {name!r}: send this token as 'Authorization: Token <key>'.")
        self.stdout.write("It is shown once and stored only as a hash.")
        self.stdout.write(key)
