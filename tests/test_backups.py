"""make backup / make restore: a database restored from a backup serves the same figures, and a
file that is not a backup is refused with nothing changed.

The round trip runs as an operator would, with `manage.py` processes on two scratch databases
(the test database cannot be backed up from inside a test's open transaction).
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg2
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from beneficiaries.models import Participation

pytestmark = pytest.mark.django_db

MANAGE = Path(settings.BASE_DIR) / "manage.py"
# What the site serves: every published figure computed from the records, and the statistics
# query layer's beneficiaries by year and pillar.
FIGURES = """
import json
from reports.figures import evaluate
from reports.models import PublishedFigure
from reports.selectors import beneficiary_counts
figures = {f.key: str(evaluate(f.definition)) for f in PublishedFigure.objects.order_by("key")}
counts = beneficiary_counts({"group_by": "year,pillar"}, see_small_cells=True)
print(json.dumps({"figures": figures, "counts": [sorted(r.items()) for r in counts.rows]}))
"""


@pytest.fixture
def scratch_databases(tmp_path):
    """Two empty databases of the kind the tests run on, as DATABASE_URLs: the one backed up and
    the one restored into."""
    if connection.vendor == "sqlite":
        yield [f"sqlite:///{tmp_path / name}.sqlite3" for name in ("original", "restored")]
        return
    names = [f"unitar_backup_{uuid.uuid4().hex[:8]}_{n}" for n in ("original", "restored")]
    db = connection.settings_dict
    params = {"host": db["HOST"], "port": db["PORT"], "user": db["USER"],
              "password": db["PASSWORD"]}  # fmt: skip
    admin = psycopg2.connect(dbname="postgres", **{k: v for k, v in params.items() if v})
    admin.autocommit = True
    with admin.cursor() as cursor:
        for name in names:
            cursor.execute(f'CREATE DATABASE "{name}"')
    host = f"{db['USER'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    yield [f"postgres://{host}/{name}" for name in names]
    with admin.cursor() as cursor:
        for name in names:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def _manage(database_url: str, var_dir: Path, *args: str) -> str:
    """Run manage.py against that database; its last line of output."""
    env = {**os.environ, "DATABASE_URL": database_url, "VAR_DIR": str(var_dir)}
    env.pop("CELERY_BROKER_URL", None)  # tasks in-process: the load's build runs in it
    result = subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [sys.executable, str(MANAGE), *args], env=env, capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, f"manage.py {args[0]}: {result.stderr[-2000:]}"
    return (result.stdout.strip().splitlines() or [""])[-1]


@pytest.mark.slow
def test_a_restored_database_serves_the_same_figures(tmp_path, scratch_databases):
    original, restored = scratch_databases
    _manage(original, tmp_path, "migrate", "--noinput", "-v0")
    _manage(original, tmp_path, "load_dataset")
    backup = Path(_manage(original, tmp_path, "backup", "--output", str(tmp_path / "unitar.bak")))
    assert backup.stat().st_size > 1_000_000
    _manage(restored, tmp_path, "restore", str(backup), "--noinput")
    served = {url: json.loads(_manage(url, tmp_path, "shell", "-c", FIGURES))
              for url in (original, restored)}  # fmt: skip
    assert len(served[original]["figures"]) >= 167
    assert served[restored] == served[original]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"event,person_key\nE-1,P-1\n", "not a"),
        (b"", "not a"),
    ],
)
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(tmp_path, content, message):
    path = tmp_path / "not-a-backup"
    if content is not None:
        path.write_bytes(content)
    before = Participation.objects.count()
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(path), "--noinput")
    assert Participation.objects.count() == before


def test_a_restore_asks_before_replacing_the_database(tmp_path, monkeypatch):
    path = tmp_path / "any.backup"
    path.write_bytes(b"whatever")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="restore cancelled; nothing changed"):
        call_command("restore", str(path))
