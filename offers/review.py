"""Keeping offers current: confirm an offer's details through the review, and remind editors of stale offers."""

import enum
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, mailers
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.module_loading import import_string

from wagtail.admin.utils import get_admin_base_url
from wagtail.log_actions import log
from wagtail.models import WorkflowState

from editorial.roles import MODERATION_GROUP, editors_of

from .models import OfferPage, OfferReviewReminder

logger = logging.getLogger(__name__)


class Outcome(enum.Enum):
    PUBLISHED = "published"
    SUBMITTED = "submitted"
    SAVED = "saved"


def confirm_current(page, user, today=None):
    """Save a revision with last_reviewed_date=today on top of the latest draft and send it through the review.

    Who may publish confirms an offer without pending changes directly; everyone else (and every pending
    change) goes through the page's workflow, like any other edit.
    """
    perms = page.permissions_for_user(user)
    had_pending_changes = page.has_unpublished_changes
    workflow_state = page.current_workflow_state

    draft = page.get_latest_revision_as_object()
    draft.last_reviewed_date = today or timezone.localdate()
    revision = draft.save_revision(user=user, log_action=True, clean=False)
    log(instance=page, action="offers.confirm_current", user=user, revision=revision)

    if perms.can_publish() and not had_pending_changes and workflow_state is None:
        revision.publish(user=user)
        return Outcome.PUBLISHED
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            workflow_state.resume(user)
        # An approval publishes the latest revision, which now carries the confirmation.
        return Outcome.SUBMITTED
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
        return Outcome.SUBMITTED
    if perms.can_publish():
        revision.publish(user=user)
        return Outcome.PUBLISHED
    return Outcome.SAVED


def clear_reminder(page):
    """Forget the reminder once a reviewed version is live, so the offer is reminded again when it goes stale."""
    if not page.is_stale:
        OfferReviewReminder.objects.filter(page_id=page.pk).delete()


def offers_to_remind(today=None):
    return (
        OfferPage.objects.live().stale(today).filter(review_reminder__isnull=True)
        .select_related("provider").order_by("last_reviewed_date", "pk")
    )


def moderators():
    users = get_user_model().objects.filter(is_active=True).exclude(email="")
    moderation = users.filter(groups__name=MODERATION_GROUP).distinct()
    # Without a moderation team the administrators still hear of it.
    return moderation if moderation.exists() else users.filter(is_superuser=True)


def reminder_recipients(offer):
    """The provider's editors; the moderators for independent offers or partners without an editor."""
    if offer.provider_id:
        editors = editors_of(offer.provider).exclude(email="")
        if editors.exists():
            return list(editors.order_by("pk"))
    return list(moderators().order_by("pk"))


def reminder_message(offer, user):
    context = {
        "offer": offer,
        "user": user,
        "edit_url": get_admin_base_url() + reverse("wagtailadmin_pages:edit", args=[offer.pk]),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("offers/mail/review_reminder_subject.txt", context).strip()
        body = render_to_string("offers/mail/review_reminder.txt", context)
    return EmailMessage(subject=" ".join(subject.split()), body=body, to=[user.email])


def direct_mailer():
    """The default mailer without the after-commit wrapper (editorial.mail).

    Reminders are sent from a command, outside any request: sending right away tells us which mails really
    left, so an offer whose reminder failed is tried again on the next run.
    """
    mailer = mailers.default
    config = getattr(mailer, "mailer", None)
    if not isinstance(config, dict):
        return mailer
    return import_string(config["BACKEND"])(alias=mailer.alias, **config.get("OPTIONS", {}))


def send_reminder(offer, mailer=None):
    """Mail each recipient on their own, so one bad address does not stop the rest; True if any mail went out."""
    mailer = mailer or direct_mailer()
    delivered = 0
    for user in reminder_recipients(offer):
        try:
            delivered += mailer.send_messages([reminder_message(offer, user)]) or 0
        except Exception:
            logger.exception("Review reminder for offer %s to user %s failed", offer.pk, user.pk)
    if delivered:
        OfferReviewReminder.objects.update_or_create(page=offer, defaults={"sent_at": timezone.now()})
    else:
        logger.warning("No review reminder went out for offer %s (%s)", offer.pk, offer.title)
    return bool(delivered)
