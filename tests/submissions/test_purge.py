"""purge_submissions: personal data goes the configured period after the decision, not before, and only once."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import WorkflowState

import pytest

from offers.models import OfferPage
from submissions.models import OfferProposal, Wish

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
