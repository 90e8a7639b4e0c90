"""Hostile input: markup is stored and shown as plain text; oversized, control-character and odd Unicode input
gets a clean German error or is stored as typed; nothing ever answers with a 500."""

from urllib.parse import urlencode

from django.core import mail

from wagtail.models import WorkflowState

import pytest

from offers.models import OfferPage
from submissions import antispam
from submissions.models import OfferProposal, Wish

from .conftest import PROPOSAL_URL, WISH_URL, aged_token, post

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'
CONTROL_MESSAGE = "Dieses Feld enthält unsichtbare Steuerzeichen."


def test_markup_in_a_proposal_is_stored_and_shown_as_text(client, world, proposal_data, moderator_client,
                                                           django_capture_on_commit_callbacks):
    data = {**proposal_data, "title": f"Treff {SCRIPT}"[:120], "summary": SCRIPT, "description": SCRIPT}
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, PROPOSAL_URL, data).status_code == 302
    page = OfferPage.objects.get()
    assert page.summary == SCRIPT
    assert "<script>" not in page.body and "&lt;script&gt;" in page.body
    # Approved and published, the page shows the markup as text.
    state = WorkflowState.objects.get(object_id=str(page.pk))
    state.current_task_state.approve(user=world.moderator)
    page.refresh_from_db()
    assert page.live
    html = client.get(page.url).content.decode()
    assert "<script>alert" not in html
    assert "onerror=alert(1)>" not in html
    assert "&lt;script&gt;alert" in html
    # So does the moderators' admin listing of proposals.
    admin_html = moderator_client.get("/admin/angebotsvorschlaege/").content.decode()
    assert "<script>alert" not in admin_html


def test_markup_in_a_wish_is_stored_as_typed_and_escaped_in_the_admin(client, world, wish_data, moderator_client):
    assert post(client, WISH_URL, {**wish_data, "what": SCRIPT}).status_code == 302
    assert Wish.objects.get().what == SCRIPT
    html = moderator_client.get("/admin/wuensche/").content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


@pytest.mark.parametrize("field", ["title", "summary", "description", "organisation", "submitter_email"])
def test_100_kb_field_gets_a_length_error(client, world, proposal_data, field):
    value = "a" * 100_000 + ("@example.org" if field == "submitter_email" else "")
    response = post(client, PROPOSAL_URL, {**proposal_data, field: value})
    assert response.status_code == 200
    assert "höchstens" in response.content.decode()
    assert not OfferProposal.objects.exists()


def test_100_kb_wish_gets_a_length_error_and_keeps_the_text(client, world, wish_data):
    response = post(client, WISH_URL, {**wish_data, "what": "ä" * 100_000})
    assert response.status_code == 200
    html = response.content.decode()
    assert "höchstens 1000 Zeichen" in html
    assert "ä" * 100_000 in html
    assert not Wish.objects.exists()


@pytest.mark.parametrize("value", ["Kaffee\x00klatsch", "Kaffee\x1bklatsch", "Kaffee\x7f", "Kaf\u0085fee",
                                   "\u202eKaffee", "Kaffee\u2066x\u2069"])
@pytest.mark.parametrize("field", ["title", "summary", "submitter_name"])
def test_control_characters_are_refused_in_german(client, world, proposal_data, field, value):
    response = post(client, PROPOSAL_URL, {**proposal_data, field: value})
    assert response.status_code == 200
    assert CONTROL_MESSAGE in response.content.decode()
    assert not OfferProposal.objects.exists()


def test_nul_byte_in_every_wish_field(client, world, wish_data):
    data = {key: f"{value}\x00" for key, value in wish_data.items()}
    response = post(client, WISH_URL, data)
    assert response.status_code == 200
    assert not Wish.objects.exists()


def test_line_breaks_and_tabs_are_fine_in_long_text(client, world, wish_data):
    assert post(client, WISH_URL, {**wish_data, "what": "Zeile 1\r\n\tZeile 2"}).status_code == 302
    assert Wish.objects.get().what == "Zeile 1\r\n\tZeile 2"


@pytest.mark.parametrize("text", [
    "Café für Senioren 👵🏽👴🏿 ☕",
    "Zwe\u0301i Kombinierte Zeichen: a\u0308\u0308\u0308\u0308",
    "👨‍👩‍👧‍👦 Familientreff",  # zero-width joiners belong to the emoji
    "עברית and العربية mixed",
    "Z̸̧̛̺͎̈́a̵̡̙̓l̶͓̈́g̸̝̈́o̴̤͊",
])
def test_odd_but_harmless_unicode_is_stored_as_typed(client, world, wish_data, text):
    assert post(client, WISH_URL, {**wish_data, "what": text}).status_code == 302
    assert Wish.objects.get().what == text


@pytest.mark.parametrize("encoded", ["%ED%A0%80", "%ED%B0%80abc", "%C0%AF", "%FF%FE", "%E2%80%AE%00"])
def test_broken_utf8_and_lone_surrogates_never_fail(client, world, encoded):
    token = urlencode({antispam.TOKEN_FIELD: aged_token(WISH_URL)})
    response = client.post(WISH_URL, f"{token}&what={encoded}&contact_name={encoded}",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code in {200, 302}
    for wish in Wish.objects.all():
        assert "\ud800" not in wish.what


@pytest.mark.parametrize("overrides", [
    {"district": "999999"}, {"district": "'; DROP TABLE"}, {"themes": ["1", "x", "-5"]},
    {"target_groups": "9" * 40}, {"cost_type": "gratis"}, {"cost_type": "amount", "cost_amount": "NaN"},
    {"cost_type": "amount", "cost_amount": "1e999"}, {"cost_type": "amount", "cost_amount": "-3"},
    {"kind": ["1", "2"]}, {"postcode": "５９４５７"}, {"contact_email": "a@b@c"}, {"submitter_email": "x@-.de"},
    {"contact_phone": "0800 <b>"}, {"consent": "nein"},
])
def test_nonsense_values_get_field_errors(client, world, proposal_data, overrides):
    response = post(client, PROPOSAL_URL, {**proposal_data, **overrides})
    assert response.status_code in {200, 302}
    if response.status_code == 200:
        assert "Bitte prüfen Sie" in response.content.decode()


def test_header_injection_through_the_email_field_is_refused(client, world, proposal_data,
                                                             django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, PROPOSAL_URL, {**proposal_data, "submitter_email": "a@b.de\nBcc: victim@example.org"})
    assert response.status_code == 200
    assert mail.outbox == []
