"""NewsPage rules: author from the parent partner, listing order, structured data."""

import json
from datetime import date

from news.models import NewsPage

from ..factories import ImageFactory, NewsPageFactory, PartnerPageFactory


def test_news_under_partner_gets_partner_as_author(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    item = NewsPageFactory(parent=partner)
    item.refresh_from_db()
    assert item.author_organisation_id == partner.pk


def test_news_under_partner_keeps_explicit_author(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    other = PartnerPageFactory(parent=site_tree.partner_index)
    item = NewsPageFactory(parent=partner, author_organisation=other)
    item.refresh_from_db()
    assert item.author_organisation_id == other.pk


def test_news_from_the_office_has_no_author(site_tree):
    item = NewsPageFactory(parent=site_tree.news_index)
    item.refresh_from_db()
    assert item.author_organisation_id is None


def test_for_listing_newest_first(site_tree):
    index = site_tree.news_index
    old = NewsPageFactory(parent=index, publication_date=date(2024, 1, 5))
    new = NewsPageFactory(parent=index, publication_date=date(2025, 3, 1))
    same_day = NewsPageFactory(parent=index, publication_date=date(2025, 3, 1))
    assert [n.pk for n in NewsPage.objects.for_listing()] == [same_day.pk, new.pk, old.pk]


def test_structured_data(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Diakonie Ruhr-Hellweg")
    item = NewsPageFactory(parent=partner, title="Neues Café", publication_date=date(2025, 5, 2))
    item.refresh_from_db()
    data = item.get_structured_data()
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Neues Café"
    assert data["datePublished"] == "2025-05-02"
    assert data["author"] == {"@type": "Organization", "name": "Diakonie Ruhr-Hellweg"}
    assert data["url"].endswith(item.url)
    json.dumps(data)


def test_structured_data_without_author(site_tree):
    item = NewsPageFactory(parent=site_tree.news_index)
    assert "author" not in item.get_structured_data()


def test_image_alt_text_falls_back_to_image_description(site_tree):
    image = ImageFactory(description="Zwei Frauen lachen")
    item = NewsPageFactory(parent=site_tree.news_index, image=image)
    assert item.image_alt_text == "Zwei Frauen lachen"
    item.image_alt = "Eigener Text"
    assert item.image_alt_text == "Eigener Text"
