"""The record that a stale offer's editors were reminded, kept apart from the page to leave its revisions alone."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OfferReviewReminder(models.Model):
    """One per stale offer: its editors got the reminder; removed once a confirmed review is published."""

    page = models.OneToOneField("offers.OfferPage", verbose_name=_("offer"), on_delete=models.CASCADE,
                                related_name="review_reminder")
    sent_at = models.DateTimeField(_("reminder sent at"))

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")

    def __str__(self):
        return f"{self.page_id}: {self.sent_at:%Y-%m-%d}"
