"""Each partner gets its editors' group with the partner page and loses it with the page, leaving nothing behind."""

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import GroupCollectionPermission, GroupPagePermission, ModelLogEntry, Page

import pytest

from editorial.models import PartnerEditorGroup
from editorial.roles import ADMIN_GROUP, MODERATION_GROUP, editor_group_for, editors_of
from editorial.setup import setup_editorial
from editorial.workflow import WORKFLOW_NAME
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
)

from .conftest import make_user

pytestmark = pytest.mark.django_db


def page_permission_codenames(group, page):
    return set(GroupPagePermission.objects.filter(group=group, page=page).values_list("permission__codename",
                                                                                       flat=True))


def test_new_partner_gets_its_editors_group(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Tafel Werl")
    group = editor_group_for(partner)
    assert group.name == "Redaktion Tafel Werl"
    assert PartnerEditorGroup.objects.get(partner=partner).group == group
    assert page_permission_codenames(group, partner) == {"add_page", "change_page"}
    assert group.permissions.filter(codename="access_admin").exists()
    assert GroupCollectionPermission.objects.filter(group=group, permission__codename="add_image").exists()
    assert ModelLogEntry.objects.filter(action="editorial.partner_group_created", object_id=str(group.pk)).exists()


def test_group_lookup_is_idempotent_and_survives_renaming(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Tafel Werl")
    group = editor_group_for(partner)
    group.name = "Redaktion Tafel"
    group.save()
    partner.title = "Tafel Werl e. V."
    partner.save()
    assert editor_group_for(partner) == group
    assert Group.objects.filter(name__startswith="Redaktion Tafel").count() == 1


def test_same_title_twice_gets_distinct_groups(site_tree):
    first = PartnerPageFactory(parent=site_tree.partner_index, title="Nachbarschaftshilfe")
    second = PartnerPageFactory(parent=site_tree.partner_index, title="Nachbarschaftshilfe", slug="nh-2")
    assert editor_group_for(first) != editor_group_for(second)
    assert editor_group_for(second).name == f"Redaktion Nachbarschaftshilfe ({second.pk})"


def test_editors_of_lists_active_members_only(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    other = PartnerPageFactory(parent=site_tree.partner_index)
    active = make_user("aktiv", editor_group_for(partner))
    make_user("fremd", editor_group_for(other))
    inactive = make_user("inaktiv", editor_group_for(partner))
    inactive.is_active = False
    inactive.save()
    assert list(editors_of(partner)) == [active]


def test_removing_the_partner_removes_group_and_permissions(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    OfferPageFactory(parent=partner)
    group = editor_group_for(partner)
    editor = make_user("redaktion", group)
    group_id = group.pk
    Page.objects.get(pk=partner.pk).delete()
    assert not Group.objects.filter(pk=group_id).exists()
    assert not GroupPagePermission.objects.filter(group_id=group_id).exists()
    assert not GroupCollectionPermission.objects.filter(group_id=group_id).exists()
    assert not PartnerEditorGroup.objects.exists()
    assert not editor.groups.exists()
    assert ModelLogEntry.objects.filter(action="editorial.partner_group_removed", object_id=str(group_id)).exists()


def test_moderator_deleting_partner_in_admin_leaves_no_orphans(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    group_id = editor_group_for(partner).pk
    client.force_login(make_user("moderatorin", Group.objects.get(name=MODERATION_GROUP)))
    response = client.post(reverse("wagtailadmin_pages:delete", args=[partner.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=partner.pk).exists()
    assert not Group.objects.filter(pk=group_id).exists()
    assert not GroupPagePermission.objects.filter(page_id=partner.pk).exists()


def test_setup_is_idempotent(site_tree):
    PartnerPageFactory(parent=site_tree.partner_index)

    def counts():
        return (Group.objects.count(), GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count(),
                Permission.objects.filter(group__isnull=False).count())

    setup_editorial()
    before = counts()
    setup_editorial()
    assert counts() == before
    assert {MODERATION_GROUP, ADMIN_GROUP} <= set(Group.objects.values_list("name", flat=True))


def test_workflow_applies_to_every_page_type(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    pages = [site_tree.home, site_tree.offer_index, site_tree.event_index, site_tree.partner_index,
             site_tree.news_index, partner, OfferPageFactory(parent=partner), EventPageFactory(parent=partner),
             NewsPageFactory(parent=partner), StandardPageFactory(parent=site_tree.home)]
    for page in pages:
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == WORKFLOW_NAME, page
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [MODERATION_GROUP]
