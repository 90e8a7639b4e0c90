"""Send each stale offer's editors one reminder; run daily from cron (see docs/offers-review.md)."""

from django.core.management.base import BaseCommand

from offers.review import direct_mailer, offers_to_remind, reminder_recipients, send_reminder


class Command(BaseCommand):
    help = "Remind the editors of offers not reviewed within the review period, once per offer."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List who would be reminded; send nothing.")

    def handle(self, *args, dry_run=False, **options):
        sent = failed = 0
        mailer = direct_mailer()
        for offer in offers_to_remind():
            if dry_run:
                emails = ", ".join(user.email for user in reminder_recipients(offer)) or "-"
                self.stdout.write(f"{offer.pk} {offer.title} ({offer.last_reviewed_date:%d.%m.%Y}): {emails}")
            elif send_reminder(offer, mailer):
                sent += 1
            else:
                failed += 1
        if not dry_run:
            self.stdout.write(f"Reminders sent: {sent}; not sent (see log): {failed}")
