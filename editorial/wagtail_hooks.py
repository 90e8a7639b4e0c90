"""Admin integration: audit-log actions for the editorial roles and the moderator-only permission in group forms."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _

from wagtail import hooks


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    actions.register_action(
        "editorial.partner_group_created", _("Create partner editors' group"),
        _("Editors' group created with its partner page"),
    )
    actions.register_action(
        "editorial.partner_group_removed", _("Remove partner editors' group"),
        _("Editors' group and its permissions removed with its partner page"),
    )
    actions.register_action(
        "editorial.login_locked_out", _("Login locked out"), _("Admin login locked out after repeated failures"),
    )


@hooks.register("register_permissions")
def register_feature_permission():
    # Shown in the group editor, so administrators can grant featuring on the home page to a group.
    return Permission.objects.filter(content_type__app_label="editorial", codename="feature_offers")
