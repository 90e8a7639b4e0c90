"""Bots and floods: honeypot and too-fast submissions store nothing; the sixth submission in an hour gets 429."""

import time

import pytest

from offers.models import OfferPage
from submissions import antispam
from submissions.models import OfferProposal, Wish

from .conftest import PROPOSAL_URL, WISH_URL, post

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", [PROPOSAL_URL, WISH_URL])
def test_filled_honeypot_pretends_success_and_stores_nothing(client, url, proposal_data, wish_data):
    data = proposal_data if url == PROPOSAL_URL else wish_data
    response = post(client, url, {**data, antispam.HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 302
    assert response["Location"].endswith("/danke/")
    assert not (OfferPage.objects.exists() or OfferProposal.objects.exists() or Wish.objects.exists())


@pytest.mark.parametrize("url", [PROPOSAL_URL, WISH_URL])
def test_too_fast_stores_nothing_and_keeps_the_input(client, url, proposal_data, wish_data):
    data = proposal_data if url == PROPOSAL_URL else wish_data
    response = post(client, url, data, seconds=1)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte prüfen Sie Ihre Angaben und schicken Sie das Formular noch einmal ab." in html
    assert "Spazier" in html  # what was typed is still there
    assert not (OfferPage.objects.exists() or OfferProposal.objects.exists() or Wish.objects.exists())


@pytest.mark.parametrize("token", ["", "forged", antispam.make_token("angebot-wuenschen", started=0)])
def test_missing_forged_or_stale_token_stores_nothing(client, wish_data, token):
    response = client.post(WISH_URL, {**wish_data, antispam.TOKEN_FIELD: token})
    assert response.status_code == 200
    assert not Wish.objects.exists()
    # A fresh token comes back, so a person can simply send again.
    assert antispam.token_start("angebot-wuenschen", response.context["token"]) is not None


def test_token_of_one_form_does_not_open_the_other(client, wish_data):
    token = antispam.make_token("angebot-melden", started=time.time() - 60)
    client.post(WISH_URL, {**wish_data, antispam.TOKEN_FIELD: token})
    assert not Wish.objects.exists()


@pytest.mark.parametrize("url", [PROPOSAL_URL, WISH_URL])
def test_sixth_submission_within_an_hour_gets_429(client, url, proposal_data, wish_data):
    data = proposal_data if url == PROPOSAL_URL else wish_data
    for _ in range(5):
        assert post(client, url, data).status_code == 302
    response = post(client, url, {**data, "contact_name": "Noch einmal"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "in der letzten Stunde schon mehrmals abgeschickt" in html
    assert 'value="Noch einmal"' in html
    model = OfferProposal if url == PROPOSAL_URL else Wish
    assert model.objects.count() == 5


def test_rate_limit_is_per_form_and_per_address(client, proposal_data, wish_data):
    for _ in range(5):
        post(client, WISH_URL, wish_data)
    assert post(client, WISH_URL, wish_data).status_code == 429
    assert post(client, PROPOSAL_URL, proposal_data).status_code == 302
    assert post(client, WISH_URL, wish_data, REMOTE_ADDR="192.0.2.7").status_code == 302


def test_invalid_attempts_do_not_count(client, wish_data):
    for _ in range(8):
        assert post(client, WISH_URL, {**wish_data, "what": ""}).status_code == 200
    assert post(client, WISH_URL, wish_data).status_code == 302


def test_proxy_address_is_used_when_configured(rf, settings):
    settings.SUBMISSION_PROXY_COUNT = 1
    request = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.4")
    assert antispam.client_address(request) == "198.51.100.4"
    settings.SUBMISSION_PROXY_COUNT = 0
    assert antispam.client_address(request) == "10.0.0.1"
