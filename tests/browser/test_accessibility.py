"""axe-core finds no WCAG 2.1 A/AA violation on any kind of public page."""

from urllib.parse import urlencode

import pytest

from .checks import axe_violations, describe_violations

pytestmark = pytest.mark.browser

# Each page type once, with the listings also filtered and empty: how to reach each from the demo site.
PAGES = {
    "home": lambda site: site.home_url,
    "offer directory": lambda site: site.offer_index.url,
    "offer directory, filtered": lambda site: f"{site.offer_index.url}?district={site.town.slug}",
    "offer directory, page 2": lambda site: f"{site.offer_index.url}?{urlencode(site.paged_filter)}&seite=2",
    "offer directory, nothing found": lambda site: f"{site.offer_index.url}?{urlencode(site.empty_filter)}",
    "offer": lambda site: site.offer_in_town.url,
    "event calendar": lambda site: site.event_index_url,
    "event archive": lambda site: f"{site.event_index_url}?zeit=archiv",
    "upcoming event": lambda site: site.upcoming_event.url,
    "past event": lambda site: site.past_event.url,
    "partner directory": lambda site: site.partner_index_url,
    "partner": lambda site: site.partner.url,
    "news listing": lambda site: site.news_index_url,
    "news item": lambda site: site.news.url,
    "standard page": lambda site: site.standard_page.url,
    "search results": lambda site: f"/suche/?{urlencode({'q': site.search_term})}",
    "search, nothing found": lambda site: "/suche/?q=Quargelbrot",
    "page not found": lambda site: "/diese-seite-gibt-es-nicht/",
}


@pytest.mark.parametrize("kind", PAGES)
def test_no_axe_violations(page, demo_site, kind):
    response = page.goto(PAGES[kind](demo_site))
    assert response.status == (404 if kind == "page not found" else 200)
    violations = axe_violations(page)
    assert not violations, f"axe-core on the {kind} ({page.url}):\n{describe_violations(violations)}"


def test_search_finds_something(page, demo_site):
    # Otherwise the axe check of the search results would only see the empty state.
    page.goto(PAGES["search results"](demo_site))
    assert page.locator(".search-result").count() > 0


def test_axe_reports_what_it_finds(page):
    # Guards the check itself: a page with a known fault must not pass.
    page.set_content('<html lang="de"><title>Test</title><main><img src="x.png"></main></html>')
    assert [violation["id"] for violation in axe_violations(page)] == ["image-alt"]
