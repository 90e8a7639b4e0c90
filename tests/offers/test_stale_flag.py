"""An offer not reviewed for the review period is stale: the queryset finds it and its page says so politely."""

from datetime import date

from django.test import override_settings

from offers.models import OfferPage
from offers.stale import is_stale, months_before, stale_before

from ..factories import OfferPageFactory
from .factories_review import months_ago, stale_offer

STALE_NOTICE = "Diese Angaben wurden seit über einem Jahr nicht geprüft."


def test_months_before_clamps_to_the_end_of_the_month():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_stale_means_older_than_the_period():
    today = date(2026, 5, 10)
    assert stale_before(today) == date(2025, 5, 10)
    assert not is_stale(date(2025, 5, 10), today)
    assert is_stale(date(2025, 5, 9), today)
    assert not is_stale(None, today)


@override_settings(OFFER_REVIEW_PERIOD_MONTHS=6)
def test_the_period_is_a_setting():
    assert stale_before(date(2026, 5, 10)) == date(2025, 11, 10)


def test_queryset_finds_only_stale_offers(site_tree):
    old = stale_offer(site_tree.offer_index, months=13)
    OfferPageFactory(parent=site_tree.offer_index, last_reviewed_date=months_ago(11))
    assert list(OfferPage.objects.stale()) == [old]
    # Moving "today" forward makes the younger one stale too.
    assert OfferPage.objects.stale(today=date.today().replace(year=date.today().year + 1)).count() == 2


def test_stale_offer_page_shows_a_polite_notice(client, site_tree):
    offer = stale_offer(site_tree.offer_index, months=13)
    html = client.get(offer.url).content.decode()
    assert offer.is_stale
    assert STALE_NOTICE in html
    assert html.count(offer.last_reviewed_date.strftime("%d.%m.%Y")) == 2  # in the notice and the footer
    assert "zuletzt geprüft am" in html.lower()


def test_fresh_offer_page_has_no_notice(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, last_reviewed_date=months_ago(11))
    html = client.get(offer.url).content.decode()
    assert not offer.is_stale
    assert STALE_NOTICE not in html
    assert offer.last_reviewed_date.strftime("%d.%m.%Y") in html
