"""The stable link between a partner organisation and its editors' group."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class PartnerEditorGroup(models.Model):
    """Which group edits which partner's subtree; the group's name may change, this link does not."""

    group = models.OneToOneField(Group, verbose_name=_("group"), on_delete=models.CASCADE,
                                 related_name="partner_link")
    partner = models.OneToOneField("partners.PartnerPage", verbose_name=_("partner"), on_delete=models.CASCADE,
                                   related_name="editor_group_link")

    class Meta:
        verbose_name = _("partner editors' group")
        verbose_name_plural = _("partner editors' groups")
        permissions = [("feature_offers", _("Can feature offers on the home page"))]

    def __str__(self):
        return self.group.name


class OutgoingMail(models.Model):
    """An e-mail waiting to leave: written in the transaction that caused it, deleted once it is delivered.

    The row holds the message's addresses and text (personal data), so it lives only until delivery; one that
    could not be delivered after every retry is kept for a while for the operator, then deleted.
    """

    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    mailer = models.CharField(_("mailer"), max_length=50, default="default")
    message = models.JSONField(_("message"))
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    # Null once we gave up; a due row with an expired claim is free for whoever delivers next.
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True, db_index=True)
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    claim = models.CharField(_("claim"), max_length=32, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.message.get("subject", "")
