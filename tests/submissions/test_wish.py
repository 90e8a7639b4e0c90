"""'Angebot wünschen': a wish is stored as typed, consent is needed only with contact details."""

from django.core import mail

import pytest

from submissions.models import Wish

from .conftest import WISH_URL, post

pytestmark = pytest.mark.django_db


def test_form_renders(client, world):
    response = client.get(WISH_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Angebot wünschen" in html
    assert "<legend" in html


def test_wish_is_stored_and_announced(client, world, wish_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, WISH_URL, wish_data)
    assert response.status_code == 302
    assert response["Location"] == "/angebot-wuenschen/danke/"
    wish = Wish.objects.get()
    assert wish.what == "Eine Spaziergruppe für Menschen mit Rollator"
    assert (wish.target_group, wish.district, wish.theme) == (world.target_group, world.district, world.theme)
    assert wish.age_group == "elderly"
    assert wish.status == Wish.Status.NEW
    assert wish.consent_at is not None
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {("moderation@example.org",), ("karl@example.org",)}
    assert by_recipient[("moderation@example.org",)].subject == "Neuer Wunsch nach einem Angebot"
    assert f"/admin/wuensche/edit/{wish.pk}/" in by_recipient[("moderation@example.org",)].body
    # The confirmation carries nothing the sender typed: nobody can use the form to send others text.
    assert wish.what not in by_recipient[("karl@example.org",)].body


def test_anonymous_wish_needs_no_consent(client, world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, WISH_URL, {"what": "Ein Trauercafé in Ense"})
    assert response.status_code == 302
    wish = Wish.objects.get()
    assert wish.consent_at is None
    assert [message.to for message in mail.outbox] == [["moderation@example.org"]]


def test_contact_without_consent_is_refused(client, world, wish_data):
    response = post(client, WISH_URL, {**wish_data, "consent": ""})
    assert response.status_code == 200
    assert "Bitte stimmen Sie zu oder lassen Sie die Kontaktfelder leer." in response.content.decode()
    assert 'value="karl@example.org"' in response.content.decode()
    assert not Wish.objects.exists()


def test_thank_you_pages(client, world):
    assert "Wir haben Ihren Wunsch erhalten." in client.get("/angebot-wuenschen/danke/").content.decode()
    assert "Wir haben Ihren Vorschlag erhalten." in client.get("/angebot-melden/danke/").content.decode()
