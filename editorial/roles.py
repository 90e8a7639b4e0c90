"""The editorial roles: administrators, moderation (the coordination office) and one editors' group per partner."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
)

ADMIN_GROUP = "Administratoren"
MODERATION_GROUP = "Moderation"
EDITOR_GROUP_PREFIX = "Redaktion "
# Made by Wagtail's own migrations (with page, media, admin and approval rights on the whole site); our roles
# replace them, so these names are reserved: setup strips them after every migrate.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
GROUP_NAME_MAX_LENGTH = 150

PAGE_ACTIONS = ["add", "change", "publish", "bulk_delete", "lock", "unlock"]
MODERATION_PAGE_ACTIONS = PAGE_ACTIONS
# Editors never publish, unpublish, move or delete: their changes go through the moderation workflow.
EDITOR_PAGE_ACTIONS = ["add", "change"]

# Every model permission of these apps goes to moderation (taxonomies, public submissions and wishes).
MODERATION_APPS = ["taxonomy", "submissions"]
MODERATION_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "home.change_networksettings",
    "editorial.feature_offers",
    "wagtailredirects.add_redirect", "wagtailredirects.change_redirect", "wagtailredirects.delete_redirect",
]
MODERATION_MEDIA_PERMISSIONS = [
    *(f"wagtailimages.{action}_image" for action in ("add", "change", "delete", "choose")),
    *(f"wagtaildocs.{action}_document" for action in ("add", "change", "delete", "choose")),
]
EDITOR_PERMISSIONS = ["wagtailadmin.access_admin"]
EDITOR_MEDIA_PERMISSIONS = [
    "wagtailimages.add_image", "wagtailimages.choose_image",
    "wagtaildocs.add_document", "wagtaildocs.choose_document",
]


def editor_group_for(partner_page):
    """The editors' group of a partner organisation, created (with its permissions) if it is missing."""
    link = _link_for(partner_page)
    if link is not None:
        return link.group
    return ensure_editor_group(partner_page)


def editors_of(partner_page):
    """The active users who edit a partner organisation's pages."""
    return get_user_model().objects.filter(
        is_active=True, groups__partner_link__partner_id=partner_page.pk
    ).distinct()


def partners_edited_by(user):
    """The partner pages a user edits as a member of their editors' groups."""
    from partners.models import PartnerPage

    return PartnerPage.objects.filter(editor_group_link__group__user=user).distinct()


def is_moderator(user):
    """True for superusers and members of the moderation or administrators' groups."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=[MODERATION_GROUP, ADMIN_GROUP]).exists()


def ensure_editor_group(partner_page):
    """Create or update the partner's editors' group and its page and media permissions; safe to repeat."""
    from .models import PartnerEditorGroup

    with transaction.atomic():
        link = _link_for(partner_page)
        if link is None:
            # A group of the right name that belongs to no partner yet (e.g. made by hand) is adopted.
            group = Group.objects.filter(name=group_name(partner_page), partner_link__isnull=True).first()
            if group is None:
                group = Group.objects.create(name=_free_group_name(partner_page))
            link = PartnerEditorGroup.objects.create(group=group, partner_id=partner_page.pk)
        group = link.group
        group.permissions.add(*permissions(EDITOR_PERMISSIONS))
        grant_pages(group, partner_page, EDITOR_PAGE_ACTIONS)
        grant_media(group, EDITOR_MEDIA_PERMISSIONS)
    return group


def ensure_moderation_group():
    group, _ = Group.objects.get_or_create(name=MODERATION_GROUP)
    group.permissions.add(*permissions(MODERATION_PERMISSIONS), *app_permissions(MODERATION_APPS))
    grant_pages(group, Page.get_first_root_node(), MODERATION_PAGE_ACTIONS)
    grant_media(group, MODERATION_MEDIA_PERMISSIONS)
    return group


def ensure_admin_group():
    """Administrators may do everything, including managing users, groups and settings."""
    group, _ = Group.objects.get_or_create(name=ADMIN_GROUP)
    group.permissions.add(*Permission.objects.all())
    grant_pages(group, Page.get_first_root_node(), PAGE_ACTIONS)
    collection_permissions = Permission.objects.filter(
        content_type__app_label__in=["wagtailimages", "wagtaildocs"],
        codename__regex=r"^(add|change|delete|choose)_(image|document)$",
    )
    for perm in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=Collection.get_first_root_node(), permission=perm
        )
    return group


def retire_wagtail_default_groups():
    """Remove Wagtail's default groups, or strip every right from one that still has members; safe to repeat.

    Left in place they would let a member publish anywhere, bypassing the moderation workflow and the partner
    boundaries. A group with members keeps them (an administrator decides where they belong) but grants nothing.
    A partner's editors' group renamed to one of these names is ours and left alone.
    """
    retired = []
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, partner_link__isnull=True):
        if not group.user_set.exists():
            group.delete()
        else:
            group.permissions.clear()
            GroupPagePermission.objects.filter(group=group).delete()
            GroupCollectionPermission.objects.filter(group=group).delete()
            GroupApprovalTask.groups.through.objects.filter(group=group).delete()
            PageViewRestriction.groups.through.objects.filter(group=group).delete()
            CollectionViewRestriction.groups.through.objects.filter(group=group).delete()
        retired.append(group.name)
    return retired


def permission(dotted):
    app_label, codename = dotted.split(".")
    lookup = {"content_type__app_label": app_label, "codename": codename}
    found = Permission.objects.filter(**lookup).first()
    if found is None:
        # post_migrate may reach us before the app's own permissions were created.
        create_permissions(apps.get_app_config(app_label), verbosity=0)
        found = Permission.objects.get(**lookup)
    return found


def permissions(dotted_names):
    return [permission(dotted) for dotted in dotted_names]


def app_permissions(app_labels):
    installed = [label for label in app_labels if _has_app(label)]
    for label in installed:
        create_permissions(apps.get_app_config(label), verbosity=0)
    return list(Permission.objects.filter(content_type__app_label__in=installed))


def grant_pages(group, page, actions):
    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission(f"wagtailcore.{action}_page")
        )


def grant_media(group, dotted_names):
    root = Collection.get_first_root_node()
    for dotted in dotted_names:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root, permission=permission(dotted))


def _has_app(label):
    try:
        apps.get_app_config(label)
    except LookupError:
        return False
    return True


def _link_for(partner_page):
    from .models import PartnerEditorGroup

    return PartnerEditorGroup.objects.select_related("group").filter(partner_id=partner_page.pk).first()


def group_name(partner_page):
    return f"{EDITOR_GROUP_PREFIX}{partner_page.title}"[:GROUP_NAME_MAX_LENGTH]


def _free_group_name(partner_page):
    """'Redaktion <title>', with the page id added when another group already has that name."""
    name = group_name(partner_page)
    if not Group.objects.filter(name=name).exists():
        return name
    suffix = f" ({partner_page.pk})"
    return name[: GROUP_NAME_MAX_LENGTH - len(suffix)] + suffix
