"""Deliver the e-mail still waiting in the outbox: after a crash or restart, or when the mail server was down."""

from django.core.management.base import BaseCommand

from editorial.mail import delete_dead_mail, deliver


class Command(BaseCommand):
    help = (
        "Send queued e-mails that are due (never sent after a restart, or waiting for a retry), and delete "
        "undeliverable ones after 30 days. Safe to run repeatedly and in parallel with the web server "
        "(e.g. every 5 minutes)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many e-mails per run.")

    def handle(self, *args, limit, **options):
        sent, failed = deliver(limit=limit)
        dead = delete_dead_mail()
        if options["verbosity"]:
            self.stdout.write(f"{sent} e-mail(s) sent, {failed} failed (retried later), "
                              f"{dead} undeliverable e-mail(s) deleted.")
