"""What search engines and link previews read: sitemap, robots.txt, Open Graph and JSON-LD."""

import json
import re
from xml.etree import ElementTree

import pytest

from ..factories import (
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
)

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
EVIL_TITLE = "</script><script>alert(1)</script>"


def parse_xml(content):
    return ElementTree.fromstring(content)  # noqa: S314 -- our own response, not untrusted input


def json_ld_blocks(html):
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, flags=re.S)


def meta_property(html, name):
    match = re.search(rf'<meta property="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


@pytest.fixture(scope="class")
def pages(class_site_tree):
    site_tree = class_site_tree
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas", logo=ImageFactory())
    return {
        "offer": OfferPageFactory(parent=partner, title="Erzählcafé", image=ImageFactory()),
        "event": EventPageFactory(parent=site_tree.event_index, title="Vortrag"),
        "news": NewsPageFactory(parent=site_tree.news_index, title="Meldung"),
        "standard": StandardPageFactory(parent=site_tree.home, title="Impressum"),
        "partner": partner,
        "draft": OfferPageFactory(parent=partner, title="Entwurf", live=False),
        "tree": site_tree,
    }


@pytest.mark.django_db
class TestPublicPages:
    def test_sitemap_lists_live_pages_and_not_drafts(self, client, pages):
        response = client.get("/sitemap.xml")
        assert response.status_code == 200
        locations = {loc.text for loc in parse_xml(response.content).iter(f"{SITEMAP}loc")}
        tree = pages["tree"]
        live = [tree.home, tree.offer_index, tree.event_index, tree.partner_index, tree.news_index,
                *(pages[key] for key in ("offer", "event", "news", "standard", "partner"))]
        for page in live:
            assert page.get_full_url() in locations, page.title
        assert pages["draft"].get_full_url() not in locations
        assert len(locations) == len(live)

    def test_robots_txt_points_to_sitemap(self, client):
        response = client.get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/plain")
        sitemap_lines = [line for line in response.content.decode().splitlines() if line.startswith("Sitemap:")]
        assert len(sitemap_lines) == 1
        assert sitemap_lines[0].split(":", 1)[1].strip().endswith("/sitemap.xml")
        assert "://" in sitemap_lines[0]

    @pytest.mark.parametrize("key", ["offer", "event", "news", "partner", "standard"])
    def test_open_graph_tags_on_detail_pages(self, client, pages, key):
        page = pages[key]
        html = client.get(page.url).content.decode()
        assert meta_property(html, "og:title") == page.title
        assert meta_property(html, "og:url") == page.get_full_url()
        assert meta_property(html, "og:type") == page.og_type
        assert meta_property(html, "og:locale") == "de_DE"

    @pytest.mark.parametrize("key", ["offer", "partner"])
    def test_open_graph_image_is_absolute(self, client, pages, key):
        html = client.get(pages[key].url).content.decode()
        assert meta_property(html, "og:image").startswith("http://testserver/")

    @pytest.mark.parametrize(
        ("key", "schema_type"), [("offer", "Service"), ("event", "Event"), ("news", "NewsArticle"),
                                 ("partner", "Organization")],
    )
    def test_json_ld_parses(self, client, pages, key, schema_type):
        html = client.get(pages[key].url).content.decode()
        blocks = json_ld_blocks(html)
        assert len(blocks) == 1
        data = json.loads(blocks[0])
        assert data["@type"] == schema_type
        assert data["url"] == pages[key].get_full_url()

    def test_standard_page_has_no_json_ld(self, client, pages):
        assert json_ld_blocks(client.get(pages["standard"].url).content.decode()) == []


@pytest.mark.parametrize("factory", [OfferPageFactory, EventPageFactory, NewsPageFactory])
def test_json_ld_cannot_be_broken_out_of(client, site_tree, factory):
    parent = {OfferPageFactory: site_tree.offer_index, EventPageFactory: site_tree.event_index,
              NewsPageFactory: site_tree.news_index}[factory]
    page = factory(parent=parent, title=EVIL_TITLE, slug="boese")
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    blocks = json_ld_blocks(html)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data.get("name", data.get("headline")) == EVIL_TITLE
