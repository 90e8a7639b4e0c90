"""A person finds an offer: home page, directory, filter, offer, and back to the filtered list."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def count_heading(page):
    return page.locator("#ergebnisse")


def result_link(page, title):
    return page.locator(".listing__results").get_by_role("link", name=title, exact=True)


def found(count):
    """The result heading's text starts with the number, whatever the wording around it."""
    return re.compile(rf"^\s*{count}\b")


def apply_filters(page):
    page.locator(".filters__form").get_by_role("button").click()


def test_filter_by_town_open_offer_and_go_back(page, demo_site):
    town, offer = demo_site.town, demo_site.offer_in_town
    page.goto(demo_site.home_url)
    page.locator(".main-nav").get_by_role("link", name=demo_site.offer_index.title, exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(demo_site.offer_index.url) + "$"))
    expect(count_heading(page)).to_have_text(found(demo_site.offer_count))

    page.get_by_label(demo_site.filter_labels["district"], exact=True).select_option(label=town.name)
    apply_filters(page)

    expect(page).to_have_url(re.compile(rf"[?&]district={town.slug}(&|$)"))
    expect(count_heading(page)).to_have_text(found(town.offer_count))
    expect(result_link(page, offer.title)).to_be_visible()
    expect(result_link(page, demo_site.offer_elsewhere.title)).to_have_count(0)

    result_link(page, offer.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(offer.title)
    facts = page.locator(".fact-box").first
    expect(facts).to_contain_text(offer.street)
    expect(facts).to_contain_text(offer.weekday)
    expect(facts).to_contain_text(offer.cost)

    page.go_back()
    expect(page).to_have_url(re.compile(rf"[?&]district={town.slug}(&|$)"))
    expect(page.get_by_label(demo_site.filter_labels["district"], exact=True)).to_have_value(town.slug)
    expect(count_heading(page)).to_have_text(found(town.offer_count))
    expect(result_link(page, offer.title)).to_be_visible()


def test_from_home_filter_keeps_only_online_and_phone_offers(page, demo_site):
    page.goto(demo_site.home_url)
    page.locator(f"main a[href='{demo_site.offer_index.url}']").first.click()
    page.get_by_label(demo_site.filter_labels["format"], exact=True).select_option("von-zuhause")
    apply_filters(page)

    expect(count_heading(page)).to_have_text(found(demo_site.from_home_count))
    expect(result_link(page, demo_site.offer_from_home.title)).to_be_visible()
    expect(result_link(page, demo_site.offer_in_person_only.title)).to_have_count(0)


def test_empty_result_says_what_to_do(page, demo_site):
    page.goto(demo_site.offer_index.url)
    for name, value in demo_site.empty_filter.items():
        page.get_by_label(demo_site.filter_labels[name], exact=True).select_option(value)
    apply_filters(page)

    expect(count_heading(page)).to_have_text(found(0))
    expect(page.locator(".listing__results .card")).to_have_count(0)
    page.locator(f".empty-state a[href='{demo_site.offer_index.url}']").click()
    expect(count_heading(page)).to_have_text(found(demo_site.offer_count))
