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
