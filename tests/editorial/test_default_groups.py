"""Wagtail's default groups "Editors" and "Moderators" grant nothing: our roles are the only way in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
)

import pytest

from editorial.roles import editor_group_for
from editorial.setup import setup_editorial
from tests.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def wagtail_default_group(name):
    """The group as Wagtail's migrations make it: admin access, publishing on the whole tree, media, approval."""
    group = Group.objects.create(name=name)
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    root = Page.get_first_root_node()
    for action in ("add", "change", "publish"):
        GroupPagePermission.objects.create(group=group, page=root, permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename=f"{action}_page"))
    GroupCollectionPermission.objects.create(group=group, collection=Collection.get_first_root_node(),
                                             permission=Permission.objects.get(codename="add_image"))
    task = GroupApprovalTask.objects.create(name=f"{name} approval")
    task.groups.add(group)
    return group


def test_a_fresh_database_has_no_wagtail_default_groups():
    # The test database was migrated, so the setup already ran once.
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()


def test_default_groups_are_removed_or_stripped_on_every_setup(client, site_tree):
    editors = wagtail_default_group("Editors")
    moderators = wagtail_default_group("Moderators")
    restriction = PageViewRestriction.objects.create(page=site_tree.home, restriction_type="groups")
    restriction.groups.add(moderators)
    member = get_user_model().objects.create_user("ehemals", "e@example.org", "ein-sicheres-passwort-2026")
    member.groups.add(moderators)
    client.force_login(member)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200  # the loophole

    setup_editorial()
    setup_editorial()  # idempotent

    assert not Group.objects.filter(pk=editors.pk).exists()  # nobody in it: gone
    moderators.refresh_from_db()  # a member: kept, but it grants nothing
    assert not moderators.permissions.exists()
    assert not GroupPagePermission.objects.filter(group=moderators).exists()
    assert not GroupCollectionPermission.objects.filter(group=moderators).exists()
    assert not GroupApprovalTask.objects.filter(groups=moderators).exists()
    assert not restriction.groups.exists()
    member = get_user_model().objects.get(pk=member.pk)
    assert not member.has_perm("wagtailadmin.access_admin")
    assert client.get(reverse("wagtailadmin_home")).status_code == 302  # to the login


def test_a_partner_group_renamed_like_a_default_group_keeps_its_rights(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    group = editor_group_for(partner)
    group.name = "Editors"
    group.save()
    setup_editorial()
    group.refresh_from_db()
    assert group.permissions.filter(codename="access_admin").exists()
    assert GroupPagePermission.objects.filter(group=group, page=partner).exists()
