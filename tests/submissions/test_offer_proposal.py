"""'Angebot melden': a valid proposal becomes a draft OfferPage in moderation, never public, with its mails."""

from django.core import mail

from wagtail.models import WorkflowState

import pytest

from offers.models import OfferPage
from submissions.models import OfferProposal

from .conftest import PROPOSAL_URL, post

pytestmark = pytest.mark.django_db


def submit(client, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return post(client, PROPOSAL_URL, data)


def test_form_renders(client, world):
    response = client.get(PROPOSAL_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Angebot melden" in html
    assert 'name="formular_start"' in html
    assert 'autocomplete="email"' in html


def test_valid_proposal_creates_a_draft_in_moderation(client, world, proposal_data, django_capture_on_commit_callbacks):
    response = submit(client, proposal_data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert response["Location"] == "/angebot-melden/danke/"

    page = OfferPage.objects.get(title="Spaziergang am Kurpark")
    assert page.get_parent().specific == world.tree.offer_index
    assert not page.live
    assert page.provider is None
    assert page.schedule_note == "jeden Dienstag 15 bis 16 Uhr"
    assert list(page.themes.all()) == [world.theme]
    assert list(page.target_groups.all()) == [world.target_group]
    assert page.body == "<p>Treffpunkt ist der Eingang am Kurpark.</p><p>Bitte an feste Schuhe denken.</p>"
    assert page.latest_revision is not None
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by is None
    assert page.workflow_in_progress

    proposal = OfferProposal.objects.get()
    assert proposal.page_id == page.pk
    assert (proposal.organisation, proposal.name, proposal.email, proposal.phone) == (
        "Wandergruppe Werl e. V.", "Erika Muster", "erika@example.org", "0171 123456")
    assert proposal.consent_at is not None
    assert proposal.decided_at is None


def test_submitter_and_moderators_are_mailed(client, world, proposal_data, django_capture_on_commit_callbacks):
    submit(client, proposal_data, django_capture_on_commit_callbacks)
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {("erika@example.org",), ("moderation@example.org",)}
    confirmation = by_recipient[("erika@example.org",)]
    assert confirmation.subject == "Ihr Angebotsvorschlag ist bei uns eingegangen"
    assert "Koordinierungsstelle" in confirmation.body
    assert "30 Tage" in confirmation.body
    notification = by_recipient[("moderation@example.org",)]
    assert "Spaziergang am Kurpark" in notification.subject
    page = OfferPage.objects.get()
    assert f"/admin/pages/{page.pk}/edit/" in notification.body


def test_draft_is_never_public(client, world, proposal_data, django_capture_on_commit_callbacks):
    submit(client, proposal_data, django_capture_on_commit_callbacks)
    page = OfferPage.objects.get()
    assert client.get(f"{world.tree.offer_index.url}{page.slug}/").status_code == 404
    assert "Spaziergang am Kurpark" not in client.get(world.tree.offer_index.url).content.decode()
    assert "Spaziergang am Kurpark" not in client.get("/suche/", {"q": "Spaziergang"}).content.decode()
    assert page.slug not in client.get("/sitemap.xml").content.decode()


def test_same_title_twice_gets_its_own_slug(client, world, proposal_data, django_capture_on_commit_callbacks):
    submit(client, proposal_data, django_capture_on_commit_callbacks)
    submit(client, proposal_data, django_capture_on_commit_callbacks)
    assert sorted(OfferPage.objects.values_list("slug", flat=True)) == [
        "spaziergang-am-kurpark", "spaziergang-am-kurpark-1"]


def test_mail_failure_keeps_the_proposal(client, world, proposal_data, django_capture_on_commit_callbacks, settings):
    settings.MAILERS = {"default": {"BACKEND": "tests.editorial.broken_mail.BrokenEmailBackend"}}
    response = submit(client, proposal_data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert OfferProposal.objects.count() == 1
    assert OfferPage.objects.count() == 1


def test_missing_fields_get_german_messages_and_keep_the_input(client, world, proposal_data):
    data = {**proposal_data, "title": "", "submitter_email": "keine-adresse", "consent": ""}
    response = post(client, PROPOSAL_URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte geben Sie den Namen des Angebots ein." in html
    assert "Bitte stimmen Sie zu" in html
    assert 'value="keine-adresse"' in html
    assert 'aria-describedby="id_title_helptext id_title_error"' in html
    assert 'href="#id_consent">Einverständnis: Bitte stimmen Sie zu' in html
    assert 'href="#id_title"' in html
    assert "Fehler:" in html.split("</title>")[0]
    assert not OfferPage.objects.exists()
    assert not OfferProposal.objects.exists()


def test_fee_needs_an_amount(client, world, proposal_data):
    response = post(client, PROPOSAL_URL, {**proposal_data, "cost_type": "amount"})
    assert response.status_code == 200
    assert not OfferPage.objects.exists()


def test_without_offer_directory_the_form_says_so(client, world):
    world.tree.offer_index.delete()
    response = client.get(PROPOSAL_URL)
    assert response.status_code == 503
    assert "nicht verfügbar" in response.content.decode()


def test_model_validation_failure_is_shown_not_raised(client, world, proposal_data, monkeypatch):
    from django.core.exceptions import ValidationError

    from submissions import services

    def refuse(*args, **kwargs):
        raise ValidationError("nope")

    monkeypatch.setattr(services, "propose_offer", refuse)
    response = post(client, PROPOSAL_URL, proposal_data)
    assert response.status_code == 200
    assert "Leider konnten wir Ihre Angaben nicht speichern." in response.content.decode()
    assert 'value="Spaziergang am Kurpark"' in response.content.decode()
