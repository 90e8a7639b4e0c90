"""Every editorial action lands in Wagtail's audit log: submit, approve, reject, publish, groups, permissions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import ModelLogEntry, PageLogEntry

import pytest

from .admin_forms import form_data
from .workflow_steps import moderate, submit

pytestmark = pytest.mark.django_db


def page_actions(page):
    return list(PageLogEntry.objects.filter(page=page).order_by("timestamp", "pk").values_list("action", "user"))


@pytest.mark.usefixtures("editorial")
class TestAuditLog:
    def test_submit_reject_resubmit_approve_publish(self, client, editorial):
        page, editor, moderator = editorial.draft_offer, editorial.caritas_editor, editorial.moderator
        client.force_login(editor)
        submit(client, page)
        client.force_login(moderator)
        moderate(client, page, "reject", comment="Bitte Ort ergänzen.")
        client.force_login(editor)
        submit(client, page)
        client.force_login(moderator)
        moderate(client, page, "approve")
        actions = page_actions(page)
        assert ("wagtail.workflow.start", editor.pk) in actions
        assert ("wagtail.workflow.reject", moderator.pk) in actions
        assert ("wagtail.workflow.approve", moderator.pk) in actions
        assert ("wagtail.publish", moderator.pk) in actions
        reject = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
        assert reject.data["comment"] == "Bitte Ort ergänzen."

    def test_moderator_unpublish_is_logged(self, client, editorial):
        client.force_login(editorial.moderator)
        client.post(reverse("wagtailadmin_pages:unpublish", args=[editorial.live_offer.pk]))
        assert ("wagtail.unpublish", editorial.moderator.pk) in page_actions(editorial.live_offer)


def test_group_permission_changes_are_logged(client, editorial_fresh):
    admin = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "ein-sicheres-passwort-2026")
    client.force_login(admin)
    group = Group.objects.get(name="Redaktion AWO Lippstadt")
    url = reverse("wagtailusers_groups:edit", args=[group.pk])
    response = client.get(url)
    assert response.status_code == 200
    data = form_data(response, form_id=None)
    data["name"] = ["Redaktion AWO"]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    entry = ModelLogEntry.objects.filter(object_id=str(group.pk), action="wagtail.edit").get()
    assert entry.user_id == admin.pk


def test_membership_changes_are_logged(client, editorial_fresh):
    admin = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "ein-sicheres-passwort-2026")
    client.force_login(admin)
    user = editorial_fresh.awo_editor
    url = reverse("wagtailusers_users:edit", args=[user.pk])
    data = form_data(client.get(url), form_id=None)
    data["groups"] = [str(Group.objects.get(name="Moderation").pk)]
    data["last_name"] = ["Beispiel"]
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    assert ModelLogEntry.objects.filter(object_id=str(user.pk), action="wagtail.edit", user=admin).exists()
    assert list(user.groups.values_list("name", flat=True)) == ["Moderation"]
