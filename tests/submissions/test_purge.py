"""purge_submissions: personal data goes the configured period after the decision, not before, and only once."""

import json
from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Revision, WorkflowState

import pytest

from offers.models import OfferPage
from submissions.models import OfferProposal, Wish
from submissions.retention import CONTACT_FIELDS

from .conftest import PROPOSAL_URL, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def proposal(client, world, proposal_data):
    assert post(client, PROPOSAL_URL, proposal_data).status_code == 302
    return OfferProposal.objects.get()


def task_state(proposal):
    return WorkflowState.objects.get(object_id=str(proposal.page_id)).current_task_state


def decided_days_ago(proposal, days):
    OfferProposal.objects.filter(pk=proposal.pk).update(decided_at=timezone.now() - timedelta(days=days))


def purge():
    out = StringIO()
    call_command("purge_submissions", stdout=out)
    return out.getvalue()


def test_approval_starts_the_period(proposal, world):
    task_state(proposal).approve(user=world.moderator)
    proposal.refresh_from_db()
    assert proposal.decision == OfferProposal.Decision.APPROVED
    assert proposal.decided_at is not None
    assert OfferPage.objects.get(pk=proposal.page_id).live


def test_rejection_starts_the_period(proposal, world):
    task_state(proposal).reject(user=world.moderator, comment="Kein Angebot gegen Einsamkeit")
    proposal.refresh_from_db()
    assert proposal.decision == OfferProposal.Decision.REJECTED
    assert proposal.decided_at is not None


def test_deleting_the_draft_starts_the_period(proposal):
    OfferPage.objects.get(pk=proposal.page_id).delete()
    proposal.refresh_from_db()
    assert proposal.page_id is None
    assert proposal.decision == OfferProposal.Decision.DELETED
    assert proposal.decided_at is not None


def test_undecided_proposals_are_kept(proposal):
    purge()
    proposal.refresh_from_db()
    assert proposal.email == "erika@example.org"


def test_personal_data_stays_within_the_period(proposal, world):
    task_state(proposal).approve(user=world.moderator)
    decided_days_ago(proposal, 29)
    purge()
    proposal.refresh_from_db()
    assert (proposal.name, proposal.email) == ("Erika Muster", "erika@example.org")
    assert proposal.purged_at is None


def test_personal_data_goes_after_the_period_once(proposal, world):
    task_state(proposal).reject(user=world.moderator)
    decided_days_ago(proposal, 31)
    assert "1 offer proposal" in purge()
    proposal.refresh_from_db()
    assert (proposal.organisation, proposal.name, proposal.email, proposal.phone) == ("", "", "", "")
    purged_at = proposal.purged_at
    assert purged_at is not None
    assert proposal.page_id is not None  # the record of where the offer came from stays
    # Idempotent: a second run finds nothing and changes nothing.
    assert "0 offer proposal" in purge()
    proposal.refresh_from_db()
    assert proposal.purged_at == purged_at


def test_retention_period_is_configurable(proposal, world, settings):
    settings.SUBMISSION_PERSONAL_DATA_RETENTION_DAYS = 7
    task_state(proposal).approve(user=world.moderator)
    decided_days_ago(proposal, 8)
    purge()
    proposal.refresh_from_db()
    assert proposal.email == ""


def test_a_page_deleted_unnoticed_is_purged_a_period_later(world):
    orphan = OfferProposal.objects.create(name="Erika", email="erika@example.org", consent_at=timezone.now())
    purge()
    orphan.refresh_from_db()
    assert orphan.decision == OfferProposal.Decision.DELETED
    assert orphan.email == "erika@example.org"


def test_closed_wishes_lose_their_contact_after_the_period(world):
    open_wish = Wish.objects.create(what="Lesekreis", contact_email="a@example.org")
    closed = Wish.objects.create(what="Trauercafé", contact_email="b@example.org", contact_name="B",
                                 status=Wish.Status.DECLINED)
    recent = Wish.objects.create(what="Tanztee", contact_email="c@example.org", status=Wish.Status.REALISED)
    Wish.objects.filter(pk__in=[closed.pk, open_wish.pk]).update(closed_at=timezone.now() - timedelta(days=31))
    purge()
    closed.refresh_from_db()
    open_wish.refresh_from_db()
    recent.refresh_from_db()
    assert (closed.contact_name, closed.contact_email, closed.what) == ("", "", "Trauercafé")
    assert recent.contact_email == "c@example.org"
    assert open_wish.contact_email == "a@example.org"  # still open: still needed


# The page that "Angebot melden" creates holds the contact the person typed in, and Wagtail keeps every revision
# of it with the full content: the purge has to reach those too.

PUBLIC_CONTACT = ("Gruppe Kurpark", "02922 1234", "kurpark@example.org")
PRIVATE = ("Erika Muster", "erika@example.org", "0171 123456", "Wandergruppe Werl e. V.")


def revisions_of(page_id):
    return Revision.page_revisions.filter(object_id=str(page_id)).order_by("pk")


def stored_at(page_id, text):
    """Where the text is still stored: fields of the page row, and revisions by id."""
    page = OfferPage.objects.get(pk=page_id)
    places = [field for field in CONTACT_FIELDS if text in getattr(page, field)]
    places += [f"revision {revision.pk}" for revision in revisions_of(page_id)
               if text in json.dumps(revision.content, ensure_ascii=False)]
    return places


def edit(page_id, user, publish=False, **changes):
    """Change the latest revision as a moderator does in the editor."""
    page = OfferPage.objects.get(pk=page_id).get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(page, name, value)
    revision = page.save_revision(user=user)
    if publish:
        revision.publish(user=user)
    return revision


def test_the_submitters_private_details_never_reach_the_page(proposal):
    for text in PRIVATE:
        assert stored_at(proposal.page_id, text) == []


def test_rejected_proposal_loses_its_contact_on_the_page_and_in_every_revision(proposal, world, client):
    edit(proposal.page_id, world.moderator, summary="Gemeinsam spazieren im Kurpark.")
    task_state(proposal).reject(user=world.moderator, comment="Kein Angebot gegen Einsamkeit")
    assert all(stored_at(proposal.page_id, text) for text in PUBLIC_CONTACT)
    decided_days_ago(proposal, 31)
    purge()
    for text in PUBLIC_CONTACT:
        assert stored_at(proposal.page_id, text) == [], text
    page = OfferPage.objects.get(pk=proposal.page_id)
    # What was proposed stays as the record; it never went public.
    assert (page.title, page.live) == ("Spaziergang am Kurpark", False)
    assert revisions_of(page.pk).count() == 2
    assert revisions_of(page.pk).last().content["summary"] == "Gemeinsam spazieren im Kurpark."
    client.force_login(world.moderator)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{page.pk}/revisions/compare/earliest...latest/").status_code == 200


def test_rejected_proposal_keeps_its_contact_within_the_period(proposal, world):
    task_state(proposal).reject(user=world.moderator)
    decided_days_ago(proposal, 29)
    purge()
    revision = revisions_of(proposal.page_id).get()
    assert stored_at(proposal.page_id, "kurpark@example.org") == ["contact_email", f"revision {revision.pk}"]


def test_cancelled_moderation_counts_as_a_decision(proposal, world):
    page = OfferPage.objects.get(pk=proposal.page_id)
    page.current_workflow_state.cancel(user=world.moderator)
    proposal.refresh_from_db()
    assert proposal.decision == OfferProposal.Decision.CANCELLED
    decided_days_ago(proposal, 31)
    purge()
    assert stored_at(page.pk, "02922 1234") == []
    proposal.refresh_from_db()
    assert proposal.email == ""


def test_approved_offer_keeps_the_published_contact_and_loses_what_never_went_public(proposal, world):
    first = revisions_of(proposal.page_id).get()
    # The moderation replaces the number the person gave before approving.
    edit(proposal.page_id, world.moderator, contact_phone="02922 9999")
    task_state(proposal).approve(user=world.moderator)
    page = OfferPage.objects.get(pk=proposal.page_id)
    assert (page.live, page.contact_phone) == (True, "02922 9999")
    # Later editing of the published offer is ordinary history.
    later = edit(page.pk, world.moderator, publish=True, contact_name="Frau Beispiel")
    decided_days_ago(proposal, 31)
    purge()

    assert stored_at(page.pk, "02922 1234") == []  # never published: gone from the first revision
    page.refresh_from_db()
    assert (page.contact_name, page.contact_phone, page.contact_email) == (
        "Frau Beispiel", "02922 9999", "kurpark@example.org")
    first.refresh_from_db()
    assert (first.content["contact_name"], first.content["contact_phone"], first.content["contact_email"]) == (
        "Gruppe Kurpark", "02922 9999", "kurpark@example.org")  # the published contact, consented to
    later.refresh_from_db()
    assert later.content["contact_name"] == "Frau Beispiel"
    proposal.refresh_from_db()
    assert (proposal.organisation, proposal.name, proposal.email, proposal.phone) == ("", "", "", "")


def test_publishing_after_a_rejection_is_an_approval(proposal, world):
    task_state(proposal).reject(user=world.moderator)
    decided_days_ago(proposal, 31)
    edit(proposal.page_id, world.moderator, publish=True)
    proposal.refresh_from_db()
    assert proposal.decision == OfferProposal.Decision.APPROVED
    assert proposal.decided_at > timezone.now() - timedelta(minutes=1)  # the period starts again
    purge()
    proposal.refresh_from_db()
    assert proposal.email == "erika@example.org"


def test_a_rejected_later_change_does_not_reopen_an_approved_proposal(proposal, world):
    task_state(proposal).approve(user=world.moderator)
    decided_days_ago(proposal, 20)
    proposal.refresh_from_db()
    decided_at = proposal.decided_at
    page = OfferPage.objects.get(pk=proposal.page_id)
    edit(page.pk, world.moderator, summary="Neue Zeiten ab Mai.")
    page.get_workflow().start(page, world.moderator)
    page.refresh_from_db()
    page.current_workflow_state.current_task_state.reject(user=world.moderator)
    proposal.refresh_from_db()
    assert (proposal.decision, proposal.decided_at) == (OfferProposal.Decision.APPROVED, decided_at)
