"""What happens to a proposed offer's page when the proposal's personal data is deleted.

The public form copies the contact details the person typed into the draft OfferPage, and Wagtail keeps every
revision with the page's full content. So besides the proposal's own fields (who sent it), the purge has to
reach the page and its revisions:

- never published (rejected, cancelled): the contact details were only consented to for the check and for a
  publication that did not happen; they are emptied on the page and in every revision. The offer's subject
  matter (title, description, place) stays as the record of what was proposed.
- published (approved): the contact that went public was consented to be published and stays, on the page and
  in the revision that was published. Revisions from before that publication that still hold other contact
  details (e.g. a private number the moderators took out before approving) get the published ones instead.
"""

from django.db import transaction

from wagtail.models import PageLogEntry, Revision

from offers.models import OfferPage

# The page fields the form fills in with personal data (services.OFFER_FIELDS).
CONTACT_FIELDS = ["contact_name", "contact_phone", "contact_email"]


def scrub_offer_page(proposal):
    """Remove the submitter's contact details from the proposal's page and its revisions; safe to repeat."""
    page = OfferPage.objects.filter(pk=proposal.page_id).first()
    if page is None:
        return  # deleted: Wagtail deleted its revisions with it
    with transaction.atomic():
        revisions = Revision.page_revisions.filter(object_id=str(page.pk)).order_by("created_at", "pk")
        if page.live or page.first_published_at is not None or proposal.decision == proposal.Decision.APPROVED:
            _keep_published_contact(page, revisions)
        else:
            OfferPage.objects.filter(pk=page.pk).update(**dict.fromkeys(CONTACT_FIELDS, ""))
            _overwrite(revisions, dict.fromkeys(CONTACT_FIELDS, ""))


def _keep_published_contact(page, revisions):
    published = _first_published_revision(page, revisions)
    if published is None:
        return
    public = {field: published.content.get(field, "") for field in CONTACT_FIELDS}
    # Only the revisions from before the offer first went public are the proposal's; later ones are ordinary
    # editing of a published offer.
    _overwrite(revisions.filter(pk__lt=published.pk), public)


def _first_published_revision(page, revisions):
    """The revision the approval (or a direct publication) made public, or the one approved for later."""
    first = (
        PageLogEntry.objects.filter(page_id=page.pk, action="wagtail.publish", revision__isnull=False)
        .order_by("timestamp", "pk").select_related("revision").first()
    )
    if first is not None and first.revision is not None:
        return first.revision
    return page.live_revision or revisions.filter(approved_go_live_at__isnull=False).last() or revisions.last()


def _overwrite(revisions, values):
    for revision in revisions:
        content = revision.content
        if all(content.get(field, "") == value for field, value in values.items()):
            continue
        content.update(values)
        revision.content = content
        revision.save(update_fields=["content"])
