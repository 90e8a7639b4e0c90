"""Whatever lands in the query string, listing and search pages answer 200 or 404, never 500."""

from types import SimpleNamespace

import pytest

from ..factories import (
    EventPageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    ThemeFactory,
    meeting,
)

LONG = "x" * 10_000

# Raw query strings, sent exactly as written (some are deliberately not valid percent-encoding).
BAD_QUERIES = [
    "theme=does-not-exist",
    "target_group=%00",
    "district=../../etc/passwd",
    "kind=1",
    "kind=lecture'--",
    "age=abc",
    "age=-5",
    "age=99999",
    "age=1e3",
    "age=99999999999999999999999999",
    "age=%20",
    "weekday=funday",
    "access=foo",
    "access=rollstuhl&access=foo",
    "format[]=x",
    "format=x",
    "format=von-zuhause&format=online",
    "theme=bewegung&theme=trauer",
    "cost=gratis",
    "zeit=morgen",
    "zeit=archiv&zeit=kommende",
    "seite=0",
    "seite=-1",
    "seite=abc",
    "seite=999999",
    "seite=1e9",
    "seite=1.5",
    "seite=",
    "seite=1&seite=2",
    "seite=99999999999999999999999999999999",
    "q=%00",
    "q=Kaffee%00Kuchen",
    "q=%ff%fe",
    "theme=%ff",
    "%ff=%ff",
    "q=%E2%80%AE%F0%9F%98%80%CC%81%E2%80%8B",
    "theme=%F0%9F%98%80&district=%E2%80%AE",
    "q=" + "%C3%A4" * 2_000,
    "q=" + LONG,
    "theme=" + LONG,
    "age=" + "9" * 10_000,
    "seite=" + "9" * 10_000,
    "access=" + "&access=".join(["rollstuhl"] * 200),
    "q=*&q=OR&q=(",
    "q=%22%27%3C%3E%3B--",
]


@pytest.fixture(scope="class")
def listings(class_site_tree):
    tree = class_site_tree
    theme = ThemeFactory(name="Bewegung", slug="bewegung")
    partner = PartnerPageFactory(parent=tree.partner_index, title="Sportverein")
    OfferPageFactory(parent=partner, title="Spaziergang", themes=[theme], meeting_times=[meeting(0)])
    OfferPageFactory(parent=tree.offer_index, title="Telefonkette", is_in_person=False, is_by_phone=True)
    EventPageFactory(parent=tree.event_index, title="Vortrag Bewegung", themes=[theme])
    NewsPageFactory(parent=tree.news_index, title="Neuigkeit")
    return SimpleNamespace(
        urls={
            "offers": tree.offer_index.url,
            "events": tree.event_index.url,
            "partners": tree.partner_index.url,
            "news": tree.news_index.url,
            "search": "/suche/",
            "home": "/",
        }
    )


@pytest.mark.django_db
class TestBadInput:
    @pytest.mark.parametrize("query", BAD_QUERIES, ids=lambda q: q[:40])
    @pytest.mark.parametrize("target", ["offers", "events", "partners", "news", "search", "home"])
    def test_never_500(self, client, listings, target, query):
        response = client.get(f"{listings.urls[target]}?{query}")
        assert response.status_code in (200, 404), response.status_code

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("theme=does-not-exist", "theme"),
            ("age=abc", "age"),
            ("age=-5", "age"),
            ("age=99999", "age"),
            ("weekday=funday", "weekday"),
            ("access=foo", "access"),
            ("format=x", "format"),
            ("cost=gratis", "cost"),
            ("theme=" + LONG, "theme"),
        ],
    )
    def test_invalid_offer_filter_is_reported_and_ignored(self, client, listings, query, field):
        response = client.get(f"{listings.urls['offers']}?{query}")
        assert response.status_code == 200
        form = response.context["filter_form"]
        assert [str(label) for label in form.invalid_fields] == [str(form.fields[field].label)]
        # The listing falls back to all offers rather than an empty page.
        assert sorted(p.title for p in response.context["offers"]) == ["Spaziergang", "Telefonkette"]
        html = response.content.decode()
        assert str(form.fields[field].label) in html
        assert "Spaziergang" in html

    def test_valid_and_invalid_filters_together(self, client, listings):
        response = client.get(f"{listings.urls['offers']}?theme=bewegung&weekday=funday")
        assert [p.title for p in response.context["offers"]] == ["Spaziergang"]
        assert len(response.context["filter_form"].invalid_fields) == 1

    @pytest.mark.parametrize("target", ["offers", "events", "partners", "news", "search"])
    @pytest.mark.parametrize("value", ["0", "-1", "abc", "999999", "1e9"])
    def test_bad_page_number_shows_a_real_page(self, client, listings, target, value):
        query = "q=Spaziergang&" if target == "search" else ""
        response = client.get(f"{listings.urls[target]}?{query}seite={value}")
        assert response.status_code == 200
        page_obj = response.context["page_obj"]
        assert page_obj.number == 1 or page_obj.number == page_obj.paginator.num_pages

    @pytest.mark.parametrize("target", ["offers", "events", "partners", "news", "search"])
    def test_post_is_not_a_server_error(self, client, listings, target):
        assert client.post(listings.urls[target], {"theme": "x"}).status_code in (200, 403, 405)

    def test_unknown_feed_path_is_404(self, client, listings):
        assert client.get(listings.urls["news"] + "feed/extra/").status_code == 404
