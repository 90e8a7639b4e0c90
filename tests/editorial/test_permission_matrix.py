"""Who may do what with a partner's pages, checked through the admin's own views (status codes and effects)."""

from django.urls import reverse

from wagtail.models import Page

import pytest

from offers.models import OfferPage

from .admin_forms import edit_form_data

pytestmark = pytest.mark.django_db

ROLES = ["own_editor", "other_editor", "moderator", "anonymous"]
ALLOWED = {
    "add": {"own_editor", "moderator"},
    "edit": {"own_editor", "moderator"},
    "publish": {"moderator"},
    "unpublish": {"moderator"},
    "delete": {"moderator"},
    "move": {"moderator"},
    "revisions": {"own_editor", "moderator"},
    "history": {"own_editor", "moderator"},
    "preview": {"own_editor", "moderator"},
}
MATRIX = [(role, action) for action in ALLOWED for role in ROLES]
# Wagtail's own permission tester, for the actions it has a check for: (page in the fixture, method).
TESTER_CHECKS = {
    "add": ("caritas", "can_add_subpage"),
    "edit": ("draft_offer", "can_edit"),
    "publish": ("draft_offer", "can_publish"),
    "unpublish": ("live_offer", "can_unpublish"),
    "delete": ("draft_offer", "can_delete"),
    "move": ("draft_offer", "can_move"),
}
TESTER_MATRIX = [(role, action) for role, action in MATRIX if action in TESTER_CHECKS and role != "anonymous"]


def user_for(editorial, role):
    return {"own_editor": editorial.caritas_editor, "other_editor": editorial.awo_editor,
            "moderator": editorial.moderator, "anonymous": None}[role]


def login(client, editorial, role):
    user = user_for(editorial, role)
    if user is not None:
        client.force_login(user)
    return user


def assert_refused(response, role):
    # Wagtail answers a refused admin view with a redirect: to the login, or to the dashboard with a message.
    assert response.status_code == 302, response
    if role == "anonymous":
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    else:
        assert response["Location"] == reverse("wagtailadmin_home")


def check_get(client, url, allowed, role):
    response = client.get(url)
    if allowed:
        assert response.status_code == 200, response
    else:
        assert_refused(response, role)


def reload(page):
    return OfferPage.objects.filter(pk=page.pk).first()


@pytest.mark.usefixtures("editorial")
class TestPermissionMatrix:
    @pytest.mark.parametrize(("role", "action"), MATRIX)
    def test_admin_views(self, client, editorial, role, action):
        login(client, editorial, role)
        allowed = role in ALLOWED[action]
        getattr(self, f"check_{action}")(client, editorial, allowed, role)

    @pytest.mark.parametrize(("role", "action"), TESTER_MATRIX)
    def test_permission_tester_agrees(self, editorial, role, action):
        user = user_for(editorial, role)
        page, check = TESTER_CHECKS[action]
        assert getattr(getattr(editorial, page).permissions_for_user(user), check)() is (role in ALLOWED[action])

    def check_add(self, client, editorial, allowed, role):
        check_get(client, reverse("wagtailadmin_pages:add", args=["offers", "offerpage", editorial.caritas.pk]),
                  allowed, role)

    def check_edit(self, client, editorial, allowed, role):
        check_get(client, reverse("wagtailadmin_pages:edit", args=[editorial.draft_offer.pk]), allowed, role)

    def check_publish(self, client, editorial, allowed, role):
        draft = editorial.draft_offer
        url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
        if role in {"own_editor", "moderator"}:
            data = edit_form_data(client, url)
        else:
            data = {"title": draft.title, "slug": draft.slug}
        revisions_before = draft.revisions.count()
        response = client.post(url, {**data, "action-publish": "action-publish"})
        if role in {"own_editor", "moderator"}:
            assert response.status_code == 302, response
            assert draft.revisions.count() == revisions_before + 1
        else:
            assert_refused(response, role)
            assert draft.revisions.count() == revisions_before
        # An editor's "publish" at most saves a draft: the page stays offline until moderation approves it.
        assert reload(draft).live is allowed

    def check_unpublish(self, client, editorial, allowed, role):
        offer = editorial.live_offer
        url = reverse("wagtailadmin_pages:unpublish", args=[offer.pk])
        check_get(client, url, allowed, role)
        response = client.post(url)
        if allowed:
            assert response.status_code == 302
        else:
            assert_refused(response, role)
        assert reload(offer).live is not allowed

    def check_delete(self, client, editorial, allowed, role):
        # The unpublished draft: Wagtail alone would let its editors delete it, our rules do not.
        draft = editorial.draft_offer
        url = reverse("wagtailadmin_pages:delete", args=[draft.pk])
        check_get(client, url, allowed, role)
        response = client.post(url)
        if not allowed:
            assert_refused(response, role)
        assert (reload(draft) is None) is allowed

    def check_move(self, client, editorial, allowed, role):
        draft = editorial.draft_offer
        check_get(client, reverse("wagtailadmin_pages:move", args=[draft.pk]), allowed, role)
        confirm = reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, editorial.awo.pk])
        response = client.post(confirm)
        if not allowed:
            assert_refused(response, role)
        parent = Page.objects.get(pk=draft.pk).get_parent()
        assert (parent.pk == editorial.awo.pk) is allowed

    def check_revisions(self, client, editorial, allowed, role):
        draft = editorial.draft_offer
        revision = draft.get_latest_revision()
        check_get(client, reverse("wagtailadmin_pages:revisions_view", args=[draft.pk, revision.pk]), allowed, role)
        check_get(client, reverse("wagtailadmin_pages:revisions_compare", args=[draft.pk, "earliest", revision.pk]),
                  allowed, role)

    def check_history(self, client, editorial, allowed, role):
        check_get(client, reverse("wagtailadmin_pages:history", args=[editorial.draft_offer.pk]), allowed, role)
        check_get(client, reverse("wagtailadmin_pages:workflow_history", args=[editorial.draft_offer.pk]),
                  allowed, role)

    def check_preview(self, client, editorial, allowed, role):
        draft = editorial.draft_offer
        check_get(client, reverse("wagtailadmin_pages:view_draft", args=[draft.pk]), allowed, role)
        check_get(client, reverse("wagtailadmin_pages:preview_on_edit", args=[draft.pk]), allowed, role)


@pytest.mark.usefixtures("editorial")
class TestOtherOrganisationsStayHidden:
    def test_search_does_not_list_another_partners_draft(self, client, editorial):
        client.force_login(editorial.awo_editor)
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Spieletreff"})
        assert response.status_code == 200
        assert "Neuer Spieletreff" not in response.content.decode()

    def test_own_editor_finds_the_draft(self, client, editorial):
        client.force_login(editorial.caritas_editor)
        response = client.get(reverse("wagtailadmin_pages:search"), {"q": "Spieletreff"})
        assert "Neuer Spieletreff" in response.content.decode()

    def test_explorer_of_another_partner_is_closed(self, client, editorial):
        client.force_login(editorial.awo_editor)
        response = client.get(reverse("wagtailadmin_explore", args=[editorial.caritas.pk]))
        assert response.status_code == 302
        assert "Neuer Spieletreff" not in client.get(response["Location"]).content.decode()

    def test_editor_may_edit_own_profile_but_not_the_directory(self, editorial):
        editor = editorial.caritas_editor
        assert editorial.caritas.permissions_for_user(editor).can_edit()
        assert not editorial.awo.permissions_for_user(editor).can_edit()
        assert not editorial.tree.partner_index.permissions_for_user(editor).can_edit()
        assert not editorial.tree.home.permissions_for_user(editor).can_add_subpage()
