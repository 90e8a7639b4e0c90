""""Angaben sind aktuell": one click for the editor, a new revision through the review; approval ends the flag."""

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageLogEntry, WorkflowState

import pytest

from offers.models import OfferPage, OfferReviewReminder

from ..factories import OfferPageFactory, PartnerPageFactory
from .factories_review import make_editor, make_moderator, months_ago, stale_offer

STALE_NOTICE = "Diese Angaben wurden seit über einem Jahr nicht geprüft."


def confirm_url(page):
    return reverse("offers_confirm_current", args=[page.pk])


def approve(client, page):
    task_state = page.current_workflow_state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


@pytest.fixture
def world(site_tree):
    caritas = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest", slug="caritas")
    offer = stale_offer(caritas, title="Erzählcafé am Dom")
    OfferReviewReminder.objects.create(page=offer, sent_at=timezone.now())
    return caritas, offer


def test_editor_confirms_then_moderator_approves(client, world):
    caritas, offer = world
    client.force_login(make_editor(caritas))
    edit_url = reverse("wagtailadmin_pages:edit", args=[offer.pk])

    response = client.post(confirm_url(offer), {"next": edit_url}, follow=True)

    assert response.redirect_chain[0] == (edit_url, 302)
    assert "zur Prüfung eingereicht" in response.content.decode()
    offer.refresh_from_db()
    state = offer.current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert offer.get_latest_revision_as_object().last_reviewed_date == timezone.localdate()
    # Nothing is public before the review: the live offer is still stale, the reminder still on record.
    assert offer.is_stale
    assert OfferPage.objects.stale().filter(pk=offer.pk).exists()
    assert STALE_NOTICE in Client().get(offer.url).content.decode()
    assert OfferReviewReminder.objects.filter(page=offer).exists()
    assert PageLogEntry.objects.filter(page=offer, action="offers.confirm_current").count() == 1

    moderator = Client()
    moderator.force_login(make_moderator())
    assert approve(moderator, offer).status_code == 302

    offer.refresh_from_db()
    assert offer.current_workflow_state is None
    assert offer.last_reviewed_date == timezone.localdate()
    assert not offer.is_stale
    assert not OfferPage.objects.stale().filter(pk=offer.pk).exists()
    assert STALE_NOTICE not in Client().get(offer.url).content.decode()
    assert not OfferReviewReminder.objects.filter(page=offer).exists()


def test_confirmation_keeps_unpublished_edits(client, world):
    caritas, offer = world
    draft = offer.get_latest_revision_as_object()
    draft.summary = "Jetzt auch mit Kuchenbuffet."
    draft.save_revision()
    client.force_login(make_editor(caritas))

    client.post(confirm_url(offer))

    latest = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert latest.summary == "Jetzt auch mit Kuchenbuffet."
    assert latest.last_reviewed_date == timezone.localdate()
    assert OfferPage.objects.get(pk=offer.pk).summary != "Jetzt auch mit Kuchenbuffet."


def test_confirmation_after_requested_changes_resumes_the_review(client, world):
    caritas, offer = world
    editor = make_editor(caritas)
    client.force_login(editor)
    client.post(confirm_url(offer))
    state = OfferPage.objects.get(pk=offer.pk).current_workflow_state
    state.current_task_state.reject(user=make_moderator(), comment="Bitte Uhrzeit prüfen")
    assert OfferPage.objects.get(pk=offer.pk).current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.post(confirm_url(offer))

    state = OfferPage.objects.get(pk=offer.pk).current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_moderator_confirmation_publishes_directly(client, world):
    _, offer = world
    client.force_login(make_moderator())

    response = client.post(confirm_url(offer), follow=True)

    assert "als aktuell bestätigt" in response.content.decode()
    offer.refresh_from_db()
    assert not offer.is_stale
    assert offer.current_workflow_state is None
    assert not OfferReviewReminder.objects.filter(page=offer).exists()


def test_editor_of_another_partner_may_not_confirm(client, site_tree, world):
    _, offer = world
    awo = PartnerPageFactory(parent=site_tree.partner_index, title="AWO Lippstadt", slug="awo")
    client.force_login(make_editor(awo))
    revisions = offer.revisions.count()

    response = client.post(confirm_url(offer))

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")
    assert offer.revisions.count() == revisions


def test_confirm_needs_post_and_csrf(world):
    caritas, offer = world
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_editor(caritas))
    revisions = offer.revisions.count()

    assert client.get(confirm_url(offer)).status_code == 405
    assert client.post(confirm_url(offer)).status_code == 403
    assert offer.revisions.count() == revisions


def test_confirm_is_only_for_offers(client, site_tree):
    client.force_login(make_moderator())
    assert client.post(confirm_url(site_tree.home)).status_code == 404


def test_button_in_page_editor_and_listing(client, world):
    caritas, offer = world
    client.force_login(make_editor(caritas))

    edit_html = client.get(reverse("wagtailadmin_pages:edit", args=[offer.pk])).content.decode()
    listing_html = client.get(reverse("wagtailadmin_explore", args=[caritas.pk])).content.decode()
    partner_html = client.get(reverse("wagtailadmin_pages:edit", args=[caritas.pk])).content.decode()

    for html in (edit_html, listing_html):
        assert confirm_url(offer) in html
        assert "Angaben sind aktuell" in html
    assert confirm_url(caritas) not in partner_html


def test_drafts_are_not_confirmed(client, site_tree):
    caritas = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest", slug="caritas")
    draft = OfferPageFactory(parent=caritas, live=False, last_reviewed_date=months_ago(20))
    draft.save_revision()
    client.force_login(make_moderator())

    response = client.post(confirm_url(draft), follow=True)

    assert "Nur veröffentlichte Angebote" in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live
    assert draft.current_workflow_state is None
    assert confirm_url(draft) not in client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk])).content.decode()
