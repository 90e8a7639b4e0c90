"""Put groups, permissions and the workflow in place; run after every migrate, safe to repeat."""

from django.apps import apps
from django.db import transaction

from wagtail.models import Page
from wagtail.snippets.models import create_extra_permissions

from .roles import ensure_admin_group, ensure_editor_group, ensure_moderation_group, retire_wagtail_default_groups
from .workflow import ensure_workflow


def setup_editorial():
    """Create or complete the roles and the workflow, and an editors' group for every partner."""
    from partners.models import PartnerPage

    with transaction.atomic():
        if Page.get_first_root_node() is None:
            # A flushed database has no page tree yet; the next migrate or demo run completes the setup.
            return
        # The publish and lock permissions of moderated snippets (taxonomy terms) are made by Wagtail's own
        # post_migrate handler, which runs after ours; the roles need them now.
        create_extra_permissions(apps.get_app_config("taxonomy"), verbosity=0)
        retire_wagtail_default_groups()
        moderation = ensure_moderation_group()
        ensure_admin_group()
        ensure_workflow(moderation)
        for partner in PartnerPage.objects.filter(editor_group_link__isnull=True):
            ensure_editor_group(partner)
