"""Whole-database backups and restores: pg_dump / pg_restore on PostgreSQL, SQLite's own online
backup on SQLite (a consistent copy even while the site writes, unlike a plain file copy).

A restore replaces everything in the database it is pointed at, in one transaction on
PostgreSQL; a file that is not a backup of the same kind is refused before anything changes.
"""

import datetime
import os
import sqlite3
import subprocess  # nosec B404 - pg_dump and pg_restore, fixed arguments
from pathlib import Path

from django.conf import settings
from django.db import connection

from reports.selectors import forget_latest_build

POSTGRES_MAGIC = b"PGDMP"  # pg_dump's custom format
SQLITE_MAGIC = b"SQLite format 3\x00"


class BackupError(Exception):
    """What went wrong, in a sentence for the person running the command."""


def default_path() -> Path:
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    suffix = "dump" if connection.vendor == "postgresql" else "sqlite3"
    return Path(settings.VAR_DIR) / "backups" / f"unitar-{stamp}.{suffix}"


def back_up(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if connection.vendor == "postgresql":
        _postgres("pg_dump", "--format=custom", "--no-owner", f"--file={path}")
    elif connection.vendor == "sqlite":
        connection.ensure_connection()
        target = sqlite3.connect(path)
        try:
            connection.connection.backup(target)
        finally:
            target.close()
    else:
        raise BackupError(f"backups of {connection.vendor} databases are not supported")
    return path


def restore(path: Path) -> None:
    if not path.is_file():
        raise BackupError(f"{path}: no such file")
    with path.open("rb") as backup:
        head = backup.read(len(SQLITE_MAGIC))
    if connection.vendor == "postgresql":
        if not head.startswith(POSTGRES_MAGIC):
            raise BackupError(f"{path}: not a PostgreSQL backup made by `manage.py backup`")
        connection.close()
        _postgres("pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction",
                  "--exit-on-error", str(path))  # fmt: skip
    elif connection.vendor == "sqlite":
        if head != SQLITE_MAGIC:
            raise BackupError(f"{path}: not an SQLite backup made by `manage.py backup`")
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path}: the backup is damaged (SQLite integrity check)")
            connection.ensure_connection()
            source.backup(connection.connection)
        finally:
            source.close()
    else:
        raise BackupError(f"restores of {connection.vendor} databases are not supported")
    forget_latest_build()


def _postgres(program: str, *args: str) -> None:
    """Run pg_dump or pg_restore against Django's database; its errors become a BackupError."""
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    target = ["--dbname", db["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            target += [flag, str(db[key])]
    result = subprocess.run(  # noqa: S603  # nosec B603
        [program, *target, *args], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{program} failed: {result.stderr.strip() or result.returncode}")
