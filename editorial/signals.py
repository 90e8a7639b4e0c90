"""Keep each partner's editors' group in step with its PartnerPage, and the roles in place after migrate."""

from django.apps import apps
from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver

from wagtail.log_actions import log

from partners.models import PartnerPage

from .models import PartnerEditorGroup
from .roles import ensure_editor_group


@receiver(post_migrate, dispatch_uid="editorial_setup")
def setup_after_migrate(sender, **kwargs):
    # Once per migrate run, when our own app's turn comes; every run completes what is missing.
    if sender is not apps.get_app_config("editorial") or kwargs.get("using", "default") != "default":
        return
    from .setup import setup_editorial

    setup_editorial()


@receiver(post_save, sender=PartnerPage, dispatch_uid="editorial_partner_group")
def partner_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    # The group's name is set once; afterwards it is the administrators' label and the link finds the group.
    if PartnerEditorGroup.objects.filter(partner_id=instance.pk).exists():
        return
    group = ensure_editor_group(instance)
    log(instance=group, action="editorial.partner_group_created", data={"partner": instance.title})


@receiver(post_delete, sender=PartnerEditorGroup, dispatch_uid="editorial_partner_group_removed")
def partner_group_link_deleted(sender, instance, **kwargs):
    # The link goes with its PartnerPage; the group and all its permissions go with the link.
    group = Group.objects.filter(pk=instance.group_id).first()
    if group is not None:
        log(instance=group, action="editorial.partner_group_removed", data={"group": group.name})
        group.delete()
