"""Moderation manages promoted search results and reads the search statistics (editorial/roles.py has the roles)."""

from django.apps import apps
from django.contrib.auth.models import Group

from editorial.roles import MODERATION_GROUP, is_moderator, permissions

# Wagtail's "Promoted search results" (wagtail.contrib.search_promotions) require these model permissions.
SEARCH_MODERATION_PERMISSIONS = [
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
]


def grant_search_permissions():
    """Give the moderation group the right to pin search results; safe to repeat."""
    group = Group.objects.filter(name=MODERATION_GROUP).first()
    if group is not None:
        group.permissions.add(*permissions(SEARCH_MODERATION_PERMISSIONS))
    return group


def grant_after_migrate(sender, **kwargs):
    # Once per migrate run, on our app's turn: editorial (first in INSTALLED_APPS) has made the group by then.
    if sender is not apps.get_app_config("searchstats") or kwargs.get("using", "default") != "default":
        return
    grant_search_permissions()


def can_read_statistics(user):
    """The coordination office (moderation) and administrators; never a partner's editors."""
    return is_moderator(user)
