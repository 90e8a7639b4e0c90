"""Delete the personal data of public submissions once the retention period after the decision is over."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from submissions import conf
from submissions.models import OfferProposal, Wish


class Command(BaseCommand):
    help = (
        "Delete submitters' personal data SUBMISSION_PERSONAL_DATA_RETENTION_DAYS after the proposed offer was "
        "approved, rejected, cancelled or deleted (including the contact details in the offer's page and its "
        "revisions that were never published), and wishers' contact details as long after the wish was closed. "
        "Safe to run repeatedly (e.g. daily)."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            # A proposal whose page went before its deletion was noted: the period starts now.
            OfferProposal.objects.filter(page__isnull=True, decided_at__isnull=True, purged_at__isnull=True).update(
                decision=OfferProposal.Decision.DELETED, decided_at=timezone.now()
            )
            proposals = list(OfferProposal.objects.due_for_purge().select_for_update())
            for proposal in proposals:
                proposal.purge()
            wishes = list(Wish.objects.due_for_purge().select_for_update())
            for wish in wishes:
                wish.purge()
        if options["verbosity"]:
            self.stdout.write(
                f"Personal data deleted from {len(proposals)} offer proposal(s) and {len(wishes)} wish(es) "
                f"(retention {conf.get('SUBMISSION_PERSONAL_DATA_RETENTION_DAYS')} days)."
            )
