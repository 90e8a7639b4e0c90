"""Suggestions while typing: JSON for the search box, public pages only, limited per address."""

from django.test import override_settings

import pytest

pytestmark = pytest.mark.django_db

URL = "/suche/vorschlaege/"


def suggest(client, q, **extra):
    return client.get(URL, {"q": q}, **extra)


def test_suggests_public_pages_with_type_and_url(client, network):
    response = suggest(client, "Spazie")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    data = response.json()
    by_title = {item["title"]: item for item in data["results"]}
    assert by_title["Spaziergang am Kurpark"] == {
        "title": "Spaziergang am Kurpark", "url": network.offer.url, "type": "offer", "type_label": "Angebot",
    }
    count = len(data["results"])
    expected = "1 Vorschlag." if count == 1 else f"{count} Vorschläge."
    assert data["message"] == f"{expected} Mit den Pfeiltasten auswählen."


def test_never_suggests_drafts_private_or_expired_pages(client, network):
    titles = {item["title"] for item in suggest(client, "Spazierg").json()["results"]}
    titles |= {item["title"] for item in suggest(client, "Geheim").json()["results"]}
    titles |= {item["title"] for item in suggest(client, "Privater").json()["results"]}
    titles |= {item["title"] for item in suggest(client, "Abgelaufen").json()["results"]}
    assert "Spaziergang am Kurpark" in titles
    assert not titles & {network.draft.title, network.private.title, network.expired.title}


def test_unpublished_page_disappears_at_once(client, network):
    assert "Sonntagscafé Soest" in {i["title"] for i in suggest(client, "Sonntags").json()["results"]}
    network.cafe.unpublish()
    assert "Sonntagscafé Soest" not in {i["title"] for i in suggest(client, "Sonntags").json()["results"]}


@pytest.mark.parametrize("q", ["", "S", " ", "\x00", "und"])
def test_too_little_input_gives_no_suggestions(client, network, q):
    response = suggest(client, q)
    assert response.status_code == 200
    assert response.json() == {"results": [], "message": ""}


@override_settings(SEARCH_AUTOCOMPLETE_RATE_LIMIT=3, SEARCH_AUTOCOMPLETE_RATE_WINDOW_SECONDS=60)
def test_rate_limited_per_address(client, network):
    for _ in range(3):
        assert suggest(client, "Spazie").status_code == 200
    response = suggest(client, "Spazie")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "60"
    assert response.json()["error"].startswith("Zu viele Anfragen")
    assert response.json()["results"] == []
    # Another address is not affected.
    assert suggest(client, "Spazie", REMOTE_ADDR="192.0.2.7").status_code == 200
