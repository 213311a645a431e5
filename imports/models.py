"""An import of one file, and the programme area a staff member may import into."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from programmes.models import ProgrammeArea


class ImportKind(models.TextChoices):
    EVENTS = "events", _("Events")
    PARTICIPATIONS = "participations", _("Participations")
    TALLIES = "tallies", _("Aggregate tallies")


class ImportStatus(models.TextChoices):
    UPLOADED = "uploaded", _("Uploaded, not yet checked")
    CHECKING = "checking", _("Large file, queued for checking")
    CHECKED = "checked", _("Checked, waiting for confirmation")
    REJECTED = "rejected", _("Rejected: nothing written")
    QUEUED = "queued", _("Confirmed, queued")
    RUNNING = "running", _("Running")
    SUCCEEDED = "succeeded", _("Written")
    FAILED = "failed", _("Failed: nothing written")


class ImportDoor(models.TextChoices):
    PAGE = "page", "/imports/ page"
    COMMAND = "command", "import_data command"


class Import(models.Model):
    """One file brought in through a door: what it held, who brought it, and what came of it."""

    kind = models.CharField(max_length=16, choices=ImportKind.choices)
    file_name = models.CharField(max_length=255)
    checksum = models.CharField(max_length=64, help_text="SHA-256 of the file as uploaded")
    size = models.PositiveBigIntegerField(default=0, help_text="Bytes")
    stored_path = models.CharField(
        max_length=500, blank=True, help_text="The server's copy, under VAR_DIR/imports"
    )
    door = models.CharField(max_length=8, choices=ImportDoor.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="imports",
        help_text="Empty: a system import from the command line, allowed in every area",
    )
    dry_run = models.BooleanField(default=False)
    status = models.CharField(
        max_length=10, choices=ImportStatus.choices, default=ImportStatus.UPLOADED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    rows = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    problems = models.JSONField(
        default=list,
        blank=True,
        help_text="Each problem: row, column, message id and values (services/problems.py)",
    )
    preview = models.JSONField(default=dict, blank=True, help_text="Header and first rows")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ImportKind.values), name="import_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ImportStatus.values), name="import_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.file_name} ({self.status})"

    def problem_lines(self) -> list[str]:
        """Each problem as a line in the active language: "row 3, column gender: …"."""
        from imports.services.problems import Problem

        return [str(Problem.from_json(problem)) for problem in self.problems]

    @property
    def in_background(self) -> bool:
        return self.status in (ImportStatus.CHECKING, ImportStatus.QUEUED, ImportStatus.RUNNING)

    @property
    def finished(self) -> bool:
        return self.status in (ImportStatus.REJECTED, ImportStatus.SUCCEEDED, ImportStatus.FAILED)


class StaffArea(models.Model):
    """The programme area a programme-staff user imports and edits in (DESIGN.md, Roles)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_area"
    )
    area = models.ForeignKey(ProgrammeArea, on_delete=models.PROTECT, related_name="staff")

    class Meta:
        ordering = ["area__position", "user__username"]

    def __str__(self) -> str:
        return f"{self.user} in {self.area.slug}"
