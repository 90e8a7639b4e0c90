"""Note when moderation decided about a proposed offer: the retention period of the personal data starts then."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail.signals import page_published, workflow_approved, workflow_cancelled, workflow_rejected

from offers.models import OfferPage

from .models import OfferProposal


def _decided(workflow_state, decision):
    if workflow_state.base_content_type_id != ContentType.objects.get_for_model(Page).pk:
        return  # a snippet's workflow: its id may equal some page's
    # The latest decision counts: a rejected proposal that is later fixed and approved starts over. Once approved,
    # a rejected or cancelled later change is ordinary editing of a published offer, not a decision on the proposal.
    # The retention period runs from the first approval.
    OfferProposal.objects.filter(page_id=workflow_state.object_id, purged_at__isnull=True).exclude(
        decision=OfferProposal.Decision.APPROVED
    ).update(decision=decision, decided_at=timezone.now())


@receiver(workflow_approved, sender=WorkflowState, dispatch_uid="submissions_proposal_approved")
def proposal_approved(sender, instance, **kwargs):
    _decided(instance, OfferProposal.Decision.APPROVED)


@receiver(workflow_rejected, sender=WorkflowState, dispatch_uid="submissions_proposal_rejected")
def proposal_rejected(sender, instance, **kwargs):
    _decided(instance, OfferProposal.Decision.REJECTED)


@receiver(workflow_cancelled, sender=WorkflowState, dispatch_uid="submissions_proposal_cancelled")
def proposal_cancelled(sender, instance, **kwargs):
    # Nobody outside the moderation can resubmit a public proposal: a cancelled one is abandoned.
    _decided(instance, OfferProposal.Decision.CANCELLED)


@receiver(page_published, sender=OfferPage, dispatch_uid="submissions_proposal_published")
def proposal_published(sender, instance, **kwargs):
    # A moderator may publish directly, without the workflow, also after rejecting.
    OfferProposal.objects.filter(page_id=instance.pk, purged_at__isnull=True).exclude(
        decision=OfferProposal.Decision.APPROVED
    ).update(decision=OfferProposal.Decision.APPROVED, decided_at=timezone.now())


@receiver(pre_delete, sender=OfferPage, dispatch_uid="submissions_proposal_deleted")
def proposal_deleted(sender, instance, **kwargs):
    OfferProposal.objects.filter(page_id=instance.pk, purged_at__isnull=True, decided_at__isnull=True).update(
        decision=OfferProposal.Decision.DELETED, decided_at=timezone.now()
    )
