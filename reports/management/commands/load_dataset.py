"""manage.py load_dataset [--if-empty]: load the bundled dataset, with a progress bar."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from reports.dataset.load import load_dataset
from reports.dataset.plan import PLAN
from reports.selectors import dataset_is_loaded


class Command(BaseCommand):
    help = (
        "Load the bundled dataset: countries, programmes, finance, and generated events and "
        "participations that reproduce the published figures. Replaces earlier generated records."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the dataset is already loaded."
        )

    def handle(self, *args, if_empty: bool = False, **options):
        if if_empty and dataset_is_loaded():
            self.stdout.write("The bundled dataset is already loaded; nothing to do.")
            return
        expected = sum(plan.learners + plan.others for plan in PLAN.values())
        with tqdm(
            total=expected,
            unit=" rows",
            desc="Loading",
            file=self.stderr._out,
            disable=options["verbosity"] == 0,
        ) as bar:

            def progress(stage: str, rows: int) -> None:
                bar.set_postfix_str(stage)
                if stage == "participations":
                    bar.update(rows)

            counts = load_dataset(progress)
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded {counts['events']:,} events, {counts['participations']:,} participations, "
                f"{counts['tallies']:,} tallies and {counts['published_figures']:,} published "
                f"figures in {counts['seconds']} s."
            )
        )
