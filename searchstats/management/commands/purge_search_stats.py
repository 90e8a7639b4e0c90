"""Delete search statistics older than the retention period (SEARCH_STATS_RETENTION_MONTHS, default 24)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from searchstats.recording import purge

DEFAULT_MONTHS = 24


class Command(BaseCommand):
    help = "Delete the search statistics of days older than SEARCH_STATS_RETENTION_MONTHS (default 24). Run e.g. daily."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None, help="Keep this many months instead.")

    def handle(self, *args, **options):
        months = options["months"] or getattr(settings, "SEARCH_STATS_RETENTION_MONTHS", DEFAULT_MONTHS)
        deleted = purge(months)
        if options["verbosity"]:
            self.stdout.write(f"Deleted {deleted} search statistics row(s) older than {months} months.")
