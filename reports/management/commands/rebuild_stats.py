"""manage.py rebuild_stats [--full]: build the statistics in the foreground, with a progress bar."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from reports.services.statistics import BuildBusy, run_build, vacuum_statistics


class Command(BaseCommand):
    help = "Rebuild the statistics tables: the changed slices, or everything with --full."

    def add_arguments(self, parser):
        parser.add_argument("--full", action="store_true", help="Rebuild every slice.")

    def handle(self, *args, full: bool = False, **options):
        with tqdm(
            total=1, desc="Building", file=self.stderr._out, disable=options["verbosity"] == 0
        ) as bar:

            def progress(done: int, steps: int) -> None:
                bar.total = steps
                bar.n = done
                bar.refresh()

            try:
                build = run_build(full=full, trigger="command", progress=progress)
            except BuildBusy as error:
                raise CommandError(f"{error}; try again when it has finished.") from error
        if full:
            vacuum_statistics()
        if build is None:
            self.stdout.write("Nothing changed since the last build; nothing to do.")
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"Build {build.pk}: {build.rows_written:,} rows in {build.duration_seconds:.1f} s."
            )
        )
