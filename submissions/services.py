"""Turn a valid submission into stored data: a draft OfferPage in moderation with its proposal, or a wish."""

import logging
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.coreutils import find_available_slug
from wagtail.log_actions import log

from offers.models import OfferIndexPage, OfferPage

from . import mail
from .models import OfferProposal, Wish

logger = logging.getLogger(__name__)

# Form field -> OfferPage field, copied as they are.
OFFER_FIELDS = {
    "title": "title", "summary": "summary", "kind": "kind", "schedule": "schedule_note",
    "venue_name": "venue_name", "street": "street", "postcode": "postcode", "town": "town", "district": "district",
    "cost_type": "cost_type", "cost_amount": "cost_amount", "cost_note": "cost_note",
    "contact_name": "contact_name", "contact_phone": "contact_phone", "contact_email": "contact_email",
}


def offer_index():
    return OfferIndexPage.objects.first()


def plain_text_to_rich_text(text):
    """Each line becomes a paragraph; everything typed is escaped, so no markup gets through."""
    return "".join(f"<p>{escape(line.strip())}</p>" for line in text.splitlines() if line.strip())


def propose_offer(data, network=None):
    """Store the offer as an unpublished draft in the moderation workflow, and who proposed it."""
    index = offer_index()
    with transaction.atomic():
        page = OfferPage(live=False, body=plain_text_to_rich_text(data["description"]),
                         **{target: data[source] for source, target in OFFER_FIELDS.items()})
        page.slug = find_available_slug(index, slugify(data["title"])[:60].strip("-") or "angebot")
        page.themes.set(data["themes"])
        page.target_groups.set(data["target_groups"])
        index.add_child(instance=page)
        revision = page.save_revision(changed=True)
        log(page, "wagtail.create", revision=revision)
        proposal = OfferProposal.objects.create(
            page=page, organisation=data["organisation"], name=data["submitter_name"],
            email=data["submitter_email"], phone=data["submitter_phone"], consent_at=timezone.now(),
        )
        workflow = page.get_workflow()
        if workflow is not None:
            # No account stands behind a public proposal; Wagtail records the request as made by nobody.
            workflow.start(page, None)
        else:
            logger.warning("No moderation workflow applies to %s; the proposal waits as a draft.", page)
        transaction.on_commit(partial(mail.proposal_received, proposal.pk, network), robust=True)
    return proposal


def record_wish(data, network=None):
    with transaction.atomic():
        wish = Wish.objects.create(
            what=data["what"], target_group=data["target_group"], age_group=data["age_group"],
            district=data["district"], theme=data["theme"], contact_name=data["contact_name"],
            contact_email=data["contact_email"], contact_phone=data["contact_phone"],
            consent_at=timezone.now() if data["consent"] else None,
        )
        transaction.on_commit(partial(mail.wish_received, wish.pk, network), robust=True)
    return wish
