"""Where each page type may live in the tree, and which index pages exist only once."""

from wagtail.models import Page

import pytest

from events.models import EventIndexPage, EventPage
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, OfferPage
from partners.models import PartnerIndexPage, PartnerPage

ALLOWED_PARENTS = {
    HomePage: {Page},
    StandardPage: {HomePage, StandardPage},
    OfferIndexPage: {HomePage},
    EventIndexPage: {HomePage},
    PartnerIndexPage: {HomePage},
    NewsIndexPage: {HomePage},
    PartnerPage: {PartnerIndexPage},
    OfferPage: {OfferIndexPage, PartnerPage},
    EventPage: {EventIndexPage, PartnerPage},
    NewsPage: {NewsIndexPage, PartnerPage},
}

ALLOWED_SUBPAGES = {
    HomePage: {OfferIndexPage, EventIndexPage, PartnerIndexPage, NewsIndexPage, StandardPage},
    StandardPage: {StandardPage},
    OfferIndexPage: {OfferPage},
    EventIndexPage: {EventPage},
    PartnerIndexPage: {PartnerPage},
    NewsIndexPage: {NewsPage},
    PartnerPage: {OfferPage, EventPage, NewsPage},
    OfferPage: set(),
    EventPage: set(),
    NewsPage: set(),
}


@pytest.mark.parametrize("model", ALLOWED_PARENTS, ids=lambda m: m.__name__)
def test_allowed_parent_page_types(model):
    assert set(model.allowed_parent_page_models()) == ALLOWED_PARENTS[model]


@pytest.mark.parametrize("model", ALLOWED_SUBPAGES, ids=lambda m: m.__name__)
def test_allowed_subpage_types(model):
    assert set(model.allowed_subpage_models()) == ALLOWED_SUBPAGES[model]


@pytest.mark.parametrize(
    "model", [HomePage, OfferIndexPage, EventIndexPage, PartnerIndexPage, NewsIndexPage], ids=lambda m: m.__name__
)
def test_singletons_have_max_count_one(model):
    assert model.max_count == 1


@pytest.mark.parametrize(
    ("model", "parent_attr"),
    [
        (HomePage, "root"),
        (OfferIndexPage, "home"),
        (EventIndexPage, "home"),
        (PartnerIndexPage, "home"),
        (NewsIndexPage, "home"),
    ],
    ids=lambda v: getattr(v, "__name__", v),
)
def test_second_singleton_cannot_be_created(site_tree, model, parent_attr):
    parent = getattr(site_tree, parent_attr)
    assert not model.can_create_at(parent)


def test_many_content_pages_allowed(site_tree):
    assert StandardPage.can_create_at(site_tree.home)
    assert OfferPage.can_create_at(site_tree.offer_index)
    assert PartnerPage.can_create_at(site_tree.partner_index)


def test_index_page_cannot_be_created_elsewhere(site_tree):
    assert not OfferIndexPage.can_create_at(site_tree.partner_index)
    assert not OfferPage.can_create_at(site_tree.home)
    assert not EventPage.can_create_at(site_tree.news_index)
