"""IdsFirstPaginator gives the same pages as Django's Paginator, in the same order; PublishedPagesPaginator
the same as Paginator over live() pages."""

from django.core.paginator import Paginator

import pytest

from home.pagination import IdsFirstPaginator, PublishedPagesPaginator
from offers.models import OfferPage
from tests.factories import OfferPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offers(site_tree):
    # Equal titles, so the tie-breaker decides the order.
    return [
        OfferPageFactory(parent=site_tree.offer_index, title=f"Treff {n % 4}", slug=f"treff-{n}") for n in range(23)
    ]


@pytest.mark.parametrize("orphans", [0, 3])
def test_pages_match_djangos_paginator(offers, orphans):
    listing = OfferPage.objects.live().for_listing()
    plain, mine = Paginator(listing, 5, orphans=orphans), IdsFirstPaginator(listing, 5, orphans=orphans)
    assert mine.num_pages == plain.num_pages
    for number in plain.page_range:
        assert list(mine.page(number)) == list(plain.page(number))


def test_bad_page_numbers_fall_back_like_get_page(offers):
    paginator = IdsFirstPaginator(OfferPage.objects.live().for_listing(), 10)
    assert paginator.get_page("9999").number == 3
    assert paginator.get_page("x").number == 1
    assert len(paginator.get_page(3)) == 3


def test_rows_keep_their_prefetches(offers, django_assert_num_queries):
    page = IdsFirstPaginator(OfferPage.objects.live().for_listing(), 10).page(1)
    with django_assert_num_queries(0):
        for offer in page:
            list(offer.meeting_times.all())
            offer.kind, offer.district, offer.provider  # noqa: B018 - select_related, no query


def test_published_pages_leave_out_the_unpublished(offers, site_tree):
    drafts = [OfferPageFactory(parent=site_tree.offer_index, title=f"Treff {n}", slug=f"entwurf-{n}", live=False)
              for n in range(4)]
    offers[0].unpublish()
    listed = OfferPage.objects.for_listing()
    plain = Paginator(listed.live(), 5)
    mine = PublishedPagesPaginator(listed, 5)
    assert mine.count == plain.count == 22
    assert mine.num_pages == plain.num_pages
    for number in plain.page_range:
        assert list(mine.page(number)) == list(plain.page(number))
    shown = {offer.pk for number in mine.page_range for offer in mine.page(number)}
    assert shown.isdisjoint({draft.pk for draft in drafts} | {offers[0].pk})


def test_published_count_reads_the_page_types_table_alone(offers, django_assert_num_queries):
    with django_assert_num_queries(1) as context:
        PublishedPagesPaginator(OfferPage.objects.for_listing(), 5).count  # noqa: B018 - the count is the query
    (count_sql,) = [query["sql"] for query in context.captured_queries]
    # The whole point: no join with the page table, which made the count walk every page.
    assert "JOIN" not in count_sql.upper()
