"""News detail, the news listing and its RSS and Atom feeds."""

from datetime import date, timedelta
from xml.etree import ElementTree

from news.feeds import FEED_LENGTH
from news.models import NEWS_PER_PAGE

from ..factories import ImageFactory, NewsPageFactory, PartnerPageFactory

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_xml(content):
    return ElementTree.fromstring(content)  # noqa: S314 -- our own response, not untrusted input


def test_news_detail_shows_date_author_and_teaser(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Diakonie Ruhr-Hellweg")
    item = NewsPageFactory(parent=partner, title="Neuer Treffpunkt in Werl", publication_date=date(2025, 10, 7),
                           teaser="Ab sofort jeden Dienstag geöffnet.", image=ImageFactory(),
                           image_alt="Der neue Treffpunkt von außen")
    response = client.get(item.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Neuer Treffpunkt in Werl", "Diakonie Ruhr-Hellweg", "Ab sofort jeden Dienstag geöffnet.",
                 "Oktober 2025", 'alt="Der neue Treffpunkt von außen"'):
        assert text in html, text
    assert 'datetime="2025-10-07"' in html


def test_news_without_optional_fields(client, site_tree):
    item = NewsPageFactory(parent=site_tree.news_index, title="Kurze Meldung")
    response = client.get(item.url)
    assert response.status_code == 200
    assert "Kurze Meldung" in response.content.decode()


def test_draft_news_is_not_public(client, site_tree):
    item = NewsPageFactory(parent=site_tree.news_index, live=False)
    assert client.get(item.url).status_code == 404


def test_news_listing_paginates_newest_first(client, site_tree):
    first_day = date(2025, 1, 1)
    for number in range(NEWS_PER_PAGE + 2):
        NewsPageFactory(parent=site_tree.news_index, title=f"Meldung {number:03d}",
                        publication_date=first_day + timedelta(days=number))
    NewsPageFactory(parent=site_tree.news_index, title="Entwurfsmeldung", live=False)
    response = client.get(site_tree.news_index.url)
    assert response.status_code == 200
    titles = [n.title for n in response.context["news_items"]]
    assert len(titles) == NEWS_PER_PAGE
    assert titles[0] == f"Meldung {NEWS_PER_PAGE + 1:03d}"
    assert "Entwurfsmeldung" not in response.content.decode()
    second = client.get(site_tree.news_index.url + "?seite=2")
    assert [n.title for n in second.context["news_items"]] == ["Meldung 001", "Meldung 000"]


class TestFeeds:
    def make_news(self, site_tree, count=3):
        partner = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas")
        items = [
            NewsPageFactory(parent=site_tree.news_index, title=f"Meldung {n} & <mehr>",
                            publication_date=date(2025, 5, 1) + timedelta(days=n))
            for n in range(count)
        ]
        items.append(NewsPageFactory(parent=partner, title="Partnermeldung", publication_date=date(2025, 6, 1)))
        NewsPageFactory(parent=site_tree.news_index, title="Geheimer Entwurf", live=False)
        return items

    def test_rss(self, client, site_tree):
        self.make_news(site_tree)
        response = client.get(site_tree.news_index.url + "feed/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/rss+xml")
        channel = parse_xml(response.content).find("channel")
        assert channel.findtext("title") == "Aktuelles"
        titles = [item.findtext("title") for item in channel.findall("item")]
        assert titles == ["Partnermeldung", "Meldung 2 & <mehr>", "Meldung 1 & <mehr>", "Meldung 0 & <mehr>"]
        first = channel.find("item")
        assert first.findtext("link").startswith("http://testserver/")
        assert first.findtext("link").endswith("/partnermeldung/")
        assert "Geheimer Entwurf" not in response.content.decode()

    def test_atom(self, client, site_tree):
        self.make_news(site_tree)
        response = client.get(site_tree.news_index.url + "atom/")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = parse_xml(response.content)
        entries = feed.findall(f"{ATOM}entry")
        assert [e.findtext(f"{ATOM}title") for e in entries][0] == "Partnermeldung"
        assert len(entries) == 4
        assert entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name") == "Caritas"

    def test_feed_is_capped(self, client, site_tree):
        for n in range(FEED_LENGTH + 1):
            NewsPageFactory(parent=site_tree.news_index, title=f"N{n}")
        channel = parse_xml(client.get(site_tree.news_index.url + "feed/").content).find("channel")
        assert len(channel.findall("item")) == FEED_LENGTH

    def test_empty_feed_is_valid(self, client, site_tree):
        response = client.get(site_tree.news_index.url + "feed/")
        assert parse_xml(response.content).find("channel").findall("item") == []
