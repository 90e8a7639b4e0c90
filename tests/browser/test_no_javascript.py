"""Without JavaScript the directory still filters and pages through its results."""

import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def card_titles(page):
    return page.locator(".listing__results .card__title").all_inner_texts()


def test_filter_without_javascript(no_js_page, demo_site):
    page, town = no_js_page, demo_site.town
    page.goto(demo_site.offer_index.url)
    page.get_by_label(demo_site.filter_labels["district"], exact=True).select_option(town.slug)
    page.locator(".filters__form").get_by_role("button").click()

    expect(page).to_have_url(re.compile(rf"[?&]district={town.slug}(&|$)"))
    expect(page.locator("#ergebnisse")).to_have_text(re.compile(rf"^\s*{town.offer_count}\b"))
    assert demo_site.offer_in_town.title in card_titles(page)
    assert demo_site.offer_elsewhere.title not in card_titles(page)


def test_pagination_keeps_the_filter_without_javascript(no_js_page, demo_site):
    page, per_page, titles = no_js_page, demo_site.offers_per_page, demo_site.paged_titles
    page.goto(f"{demo_site.offer_index.url}?{urlencode(demo_site.paged_filter)}")
    assert card_titles(page) == titles[:per_page]

    page.locator(".pagination a[rel=next]").click()

    expect(page).to_have_url(re.compile(r"[?&]seite=2(&|$)"))
    for name, value in demo_site.paged_filter.items():
        expect(page.get_by_label(demo_site.filter_labels[name], exact=True)).to_have_value(value)
    expect(page.locator("#ergebnisse")).to_have_text(re.compile(rf"^\s*{demo_site.paged_count}\b"))
    assert card_titles(page) == titles[per_page : 2 * per_page]
    expect(page.locator(".pagination [aria-current=page]")).to_have_text(re.compile(r"\b2$"))
