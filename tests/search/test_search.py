"""The site search finds public pages of every type and never shows drafts."""

import re

from search.views import MAX_QUERY_LENGTH, RESULTS_PER_PAGE

from ..factories import EventPageFactory, NewsPageFactory, OfferPageFactory, PartnerPageFactory


def result_titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def test_finds_offers_events_partners_and_news(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Kaffeeklatsch Verein")
    OfferPageFactory(parent=partner, title="Kaffeeklatsch im Park")
    EventPageFactory(parent=site_tree.event_index, title="Vortrag über Kaffeeklatsch")
    NewsPageFactory(parent=site_tree.news_index, title="Kaffeeklatsch wieder geöffnet")
    OfferPageFactory(parent=site_tree.offer_index, title="Wandern")
    response = client.get("/suche/?q=Kaffeeklatsch")
    assert response.status_code == 200
    assert sorted(result_titles(response)) == sorted([
        "Kaffeeklatsch Verein", "Kaffeeklatsch im Park", "Vortrag über Kaffeeklatsch", "Kaffeeklatsch wieder geöffnet",
    ])
    # Tags stripped: the page may highlight the search words inside the title.
    assert "Kaffeeklatsch im Park" in re.sub(r"<[^>]+>", "", response.content.decode())


def test_finds_offer_by_summary(client, site_tree):
    OfferPageFactory(parent=site_tree.offer_index, title="Treff", summary="Gemeinsam Skat spielen")
    assert result_titles(client.get("/suche/?q=Skat")) == ["Treff"]


def test_drafts_are_not_found(client, site_tree):
    OfferPageFactory(parent=site_tree.offer_index, title="Geheimes Schachturnier", live=False)
    response = client.get("/suche/?q=Schachturnier")
    assert response.status_code == 200
    assert result_titles(response) == []
    assert "Geheimes Schachturnier" not in response.content.decode()


def test_empty_query_shows_form_without_results(client, site_tree):
    response = client.get("/suche/")
    assert response.status_code == 200
    assert response.context["search_query"] == ""
    assert result_titles(response) == []


def test_query_is_trimmed_and_cleaned(client, site_tree):
    response = client.get("/suche/", {"q": "  Kaffee\x00  " + "x" * 500})
    assert response.status_code == 200
    query = response.context["search_query"]
    assert "\x00" not in query
    assert len(query) <= MAX_QUERY_LENGTH
    assert query.startswith("Kaffee")


def test_results_paginate(client, site_tree):
    for number in range(RESULTS_PER_PAGE + 2):
        OfferPageFactory(parent=site_tree.offer_index, title=f"Lesekreis {number}")
    first = client.get("/suche/?q=Lesekreis")
    assert len(result_titles(first)) == RESULTS_PER_PAGE
    second = client.get("/suche/?q=Lesekreis&seite=2")
    assert len(result_titles(second)) == 2
    assert "q=Lesekreis" in second.content.decode()


def test_search_query_is_escaped(client, site_tree):
    response = client.get("/suche/", {"q": '"><script>alert(1)</script>'})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_double_quotes_in_query(client, site_tree):
    # SQLite's full-text syntax treats a stray quote as an error; the page must still answer.
    OfferPageFactory(parent=site_tree.offer_index, title="Café Zur Linde")
    response = client.get("/suche/", {"q": 'Café "Zur Linde'})
    assert response.status_code == 200
    assert result_titles(response) == ["Café Zur Linde"]
    assert response.context["search_query"] == 'Café "Zur Linde'
