"""E-mails about submissions: a confirmation to the person, a note to the moderation. Failures are only logged."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from . import conf
from .models import OfferProposal, Wish

logger = logging.getLogger(__name__)


def _send(template, context, recipients, reply_to=None):
    if not recipients:
        return
    try:
        with translation.override(settings.LANGUAGE_CODE):
            subject = " ".join(render_to_string(f"submissions/mail/{template}_subject.txt", context).split())
            body = render_to_string(f"submissions/mail/{template}.txt", context).strip()
        EmailMessage(subject, body, to=recipients, reply_to=reply_to,
                     headers={"Auto-Submitted": "auto-generated"}).send()
    except Exception:
        # The submission is stored already; a mail that fails must not turn it into an error for the person.
        logger.exception("Could not send the submissions mail %r", template)


def moderator_emails():
    from editorial.roles import MODERATION_GROUP

    users = get_user_model().objects.filter(is_active=True, groups__name=MODERATION_GROUP).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _context(network, **extra):
    return {"network": network, "retention_days": conf.get("SUBMISSION_PERSONAL_DATA_RETENTION_DAYS"),
            "admin_base_url": getattr(settings, "WAGTAILADMIN_BASE_URL", ""), **extra}


def proposal_received(proposal_pk, network=None):
    """The confirmation to the submitter; moderators hear of it through the workflow's own notification."""
    proposal = OfferProposal.objects.select_related("page").filter(pk=proposal_pk).first()
    if proposal is None or not proposal.email:
        return
    _send("proposal_confirmation", _context(network, proposal=proposal), [proposal.email])


def wish_received(wish_pk, network=None):
    wish = Wish.objects.select_related("district", "theme", "target_group").filter(pk=wish_pk).first()
    if wish is None:
        return
    edit_path = reverse("submissions_wish:edit", args=[wish.pk])
    _send("wish_notification", _context(network, wish=wish, edit_path=edit_path), moderator_emails(),
          reply_to=[wish.contact_email] if wish.contact_email else None)
    if wish.contact_email:
        _send("wish_confirmation", _context(network, wish=wish), [wish.contact_email])
