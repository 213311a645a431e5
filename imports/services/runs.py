"""An import's life: the file kept under VAR_DIR with its checksum, checked, confirmed, written."""

import hashlib
import uuid
from collections.abc import Iterable
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import gettext_noop

from imports.models import Import, ImportDoor, ImportStatus
from imports.services.engine import Outcome, import_table
from imports.services.problems import FileRefused, Problem
from imports.services.reading import Table, read_table
from unitar_site.queueing import queue_on_commit

PREVIEW_ROWS = 10


def _storage() -> Path:
    folder = Path(settings.IMPORT_FILES_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def progress_key(import_id: int) -> str:
    return f"imports:{import_id}:progress"


def progress_of(import_id: int) -> dict | None:
    return cache.get(progress_key(import_id))


def receive_file(
    *,
    kind: str,
    file_name: str,
    content: bytes | Iterable[bytes],
    user,
    door: str,
    dry_run: bool = False,
) -> Import:
    """Keep the file server-side and record it; its checksum is what a later confirm trusts.

    Read in chunks: a file over IMPORT_MAX_BYTES is counted, not kept, and never in memory.
    """
    chunks = [content] if isinstance(content, bytes) else content
    digest, size = hashlib.sha256(), 0
    path = _storage() / f"{uuid.uuid4().hex}{Path(file_name).suffix.lower()[:8]}"
    with path.open("wb") as stored:
        for chunk in chunks:
            size += len(chunk)
            if size <= settings.IMPORT_MAX_BYTES:
                digest.update(chunk)
                stored.write(chunk)
    oversized = size > settings.IMPORT_MAX_BYTES
    if oversized:
        path.unlink()
    record = Import(
        kind=kind,
        file_name=Path(file_name).name[:255],
        checksum="" if oversized else digest.hexdigest(),
        size=size,
        stored_path="" if oversized else str(path),
        door=door,
        user=user if user is not None and user.is_authenticated else None,
        dry_run=dry_run,
    )
    record.save()
    return record


def _table(record: Import) -> Table:
    if not record.checksum:
        raise FileRefused(
            gettext_noop("the file is %(size)s bytes, over the limit of %(limit)s bytes"),
            size=record.size,
            limit=settings.IMPORT_MAX_BYTES,
        )
    if not record.stored_path:
        raise FileRefused(gettext_noop("the file is no longer kept on the server; upload it again"))
    content = Path(record.stored_path).read_bytes()
    if hashlib.sha256(content).hexdigest() != record.checksum:
        raise FileRefused(
            gettext_noop("the stored file no longer matches its checksum; upload it again")
        )
    return read_table(content)


def _record(record: Import, outcome: Outcome, status: str) -> None:
    record.rows, record.created, record.updated = outcome.rows, outcome.created, outcome.updated
    record.unchanged = outcome.unchanged
    record.problems = [p.as_json() for p in outcome.problems]
    record.status = status


def run(record: Import, *, write: bool, table: Table | None = None) -> Import:
    """Check the import's file, and write it when `write` and nothing is wrong. Idempotent."""

    def progress(stage: str, done: int, total: int) -> None:
        cache.set(progress_key(record.pk), {"stage": stage, "done": done, "total": total}, 3600)

    try:
        table = table or _table(record)
    except FileRefused as refused:
        outcome = Outcome(kind=record.kind, problems=[refused.problem])
    else:
        record.preview = {
            "header": table.header,
            "rows": [[n, *v] for n, v in table.rows[:PREVIEW_ROWS]],
        }
        try:
            outcome = import_table(
                record.kind,
                table,
                user=record.user,
                write=write,
                reason=f"import {record.pk} ({record.get_door_display()}): {record.file_name}",
                progress=progress,
            )
        except IntegrityError as error:  # a concurrent change to the same records won the race
            outcome = Outcome(kind=record.kind, rows=len(table.rows))
            outcome.problems.append(
                Problem(
                    None,
                    None,
                    gettext_noop("the database refused the write, nothing was written: %(error)s"),
                    {"error": str(error)},
                )
            )
            outcome.written = None
    if outcome.written is None:
        status = ImportStatus.FAILED
    elif outcome.problems:
        status = ImportStatus.REJECTED
    elif write:
        status = ImportStatus.SUCCEEDED
    else:
        status = ImportStatus.CHECKED
    _record(record, outcome, status)
    if record.finished:
        record.finished_at = timezone.now()
    if record.stored_path and (record.finished or record.door == ImportDoor.COMMAND):
        # Nothing will read it again: only its checksum is kept (it holds person keys).
        Path(record.stored_path).unlink(missing_ok=True)
        record.stored_path = ""
    record.save()
    cache.delete(progress_key(record.pk))
    return record


def runs_in_background(record: Import) -> bool:
    return record.rows > settings.IMPORT_BACKGROUND_ROWS


def check(record: Import) -> Import:
    """Check an uploaded file without writing: now when small, by the Celery task when large."""
    try:
        table = _table(record)
    except FileRefused:
        return run(record, write=False)  # records the refusal
    record.rows = len(table.rows)
    if not runs_in_background(record):
        return run(record, write=False, table=table)
    from imports.tasks import run_import

    record.status = ImportStatus.CHECKING
    record.save(update_fields=["rows", "status"])
    queue_on_commit(run_import, record.pk, if_unqueued=lambda: _refuse_unqueued(record.pk))
    return record


def confirm(record: Import) -> Import:
    """Write a checked import: in the background when large, otherwise now."""
    if record.status != ImportStatus.CHECKED:
        return record
    if runs_in_background(record):
        from imports.tasks import run_import

        record.status = ImportStatus.QUEUED
        record.save(update_fields=["status"])
        queue_on_commit(run_import, record.pk, if_unqueued=lambda: _refuse_unqueued(record.pk))
        return record
    return run(record, write=True)


def _refuse_unqueued(import_id: int) -> None:
    """A large file the background worker could not be asked to handle: refused, nothing written."""
    record = Import.objects.get(pk=import_id)
    if record.status not in (ImportStatus.CHECKING, ImportStatus.QUEUED):
        return
    record.status = ImportStatus.REJECTED
    unqueued = gettext_noop(
        "the background worker cannot be reached now (the task queue is down), so this large "
        "file was not checked or written. Nothing was written; upload it again later."
    )
    record.problems = [Problem(None, None, unqueued).as_json()]
    record.finished_at = timezone.now()
    if record.stored_path:
        Path(record.stored_path).unlink(missing_ok=True)
        record.stored_path = ""
    record.save(update_fields=["status", "problems", "finished_at", "stored_path"])


def run_queued(import_id: int) -> None:
    """The background task's work: check a large upload, or write a confirmed one, once each.

    Each step is claimed by a conditional UPDATE, so a task delivered twice finds nothing to do.
    """
    imports = Import.objects.filter(pk=import_id)
    if imports.filter(status=ImportStatus.CHECKING).update(status=ImportStatus.RUNNING):
        run(imports.get(), write=False)
    elif imports.filter(status=ImportStatus.QUEUED).update(status=ImportStatus.RUNNING):
        run(imports.get(), write=True)
