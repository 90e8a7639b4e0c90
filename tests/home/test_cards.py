"""Teaser cards read only what their listing query fetched (for_listing() names the columns with only()).

A column a card reads but the query deferred costs one query per card; these tests fill in every field a card
can show, render the cards without a database and check that each fact is on the card.
"""

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from events.models import EventPage
from news.models import NewsPage
from offers.models import OfferPage
from offers.models.pages import Weekday
from partners.models import PartnerPage

from ..factories import (
    DistrictFactory,
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OfferKindFactory,
    OfferPageFactory,
    PartnerPageFactory,
    meeting,
)

pytestmark = pytest.mark.django_db


def cards(items, kind, site):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    request._wagtail_site = site
    return render_to_string("components/card_list.html", {"items": items, "kind": kind, "request": request})


def render_without_queries(queryset, kind, site):
    cards(list(queryset.all()), kind, site)  # the first rendering creates the image renditions
    items = list(queryset.all())  # fresh objects: the first rendering loaded any deferred field into its own
    with CaptureQueriesContext(connection) as queries:
        html = cards(items, kind, site)
    assert [q["sql"] for q in queries.captured_queries] == []
    return html


@pytest.fixture
def district():
    return DistrictFactory(name="Bad Sassendorf", slug="bad-sassendorf")


@pytest.fixture
def partner(site_tree, district):
    return PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest", summary="Beratung und Begleitung.",
                              kind=PartnerPage.Kind.WELFARE, town="Soest", district=district)


def test_offer_card(site_tree, partner, district):
    OfferPageFactory(
        parent=partner, title="Kaffeeklatsch", summary="Kuchen und Gespräche.", image=ImageFactory(),
        kind=OfferKindFactory(name="Treffpunkt", slug="treffpunkt"), provider=partner, district=district,
        town="Ostinghausen", is_in_person=True, is_online=True, is_by_phone=True,
        cost_type="amount", cost_amount=Decimal("2.50"), meeting_times=[meeting(Weekday.TUESDAY)],
    )
    OfferPageFactory(parent=site_tree.offer_index, title="Sorgentelefon", summary="Jemand hört zu.",
                     is_in_person=True, district=district, schedule_note="nach Absprache")
    html = render_without_queries(OfferPage.objects.live().for_listing(), "offers", site_tree.site)
    for fact in ("Kaffeeklatsch", "Kuchen und Gespräche.", "Treffpunkt · Caritas Soest", "Ostinghausen", "online",
                 "am Telefon", "2,50", "Dienstag", "15:00", "<img", "/partner/caritas-soest/kaffeeklatsch/",
                 "Sorgentelefon", "Bad Sassendorf", "nach Absprache"):
        assert fact in html


def test_event_card(site_tree, partner, district):
    berlin = ZoneInfo("Europe/Berlin")
    EventPageFactory(
        parent=partner, title="Vortrag Einsamkeit", summary="Was hilft?", kind=EventPage.Kind.LECTURE,
        starts_at=datetime(2031, 3, 4, 18, 0, tzinfo=berlin), ends_at=datetime(2031, 3, 4, 19, 30, tzinfo=berlin),
        venue_name="Bürgerhaus", street="Markt 1", town="Werl", is_online=True, cost_type="donation",
        organisers=[partner],
    )
    EventPageFactory(parent=site_tree.event_index, title="Sommerfest", summary="Für alle.", district=district,
                     starts_at=timezone.now() - timedelta(days=3))
    html = render_without_queries(EventPage.objects.live().for_listing(), "events", site_tree.site)
    for fact in ("Vortrag Einsamkeit", "Was hilft?", "Fachvortrag", "Bürgerhaus, Werl", "auch online",
                 "Spende erwünscht", "4. März 2031", "18:00", "19:30", "Caritas Soest", "Sommerfest",
                 "Bad Sassendorf", "hat bereits stattgefunden"):
        assert fact in html


def test_news_card(site_tree, partner):
    NewsPageFactory(parent=partner, title="Neuer Treffpunkt", teaser="Jetzt auch in Werl.", image=ImageFactory(),
                    publication_date=date(2026, 11, 2), author_organisation=partner)
    NewsPageFactory(parent=site_tree.news_index, title="Jahresbericht", teaser="Ein Rückblick.",
                    publication_date=date(2026, 10, 1))
    html = render_without_queries(NewsPage.objects.live().for_listing(), "news", site_tree.site)
    for fact in ("Neuer Treffpunkt", "Jetzt auch in Werl.", "2. November 2026", "Caritas Soest", "<img",
                 "Jahresbericht", "Koordinierungsstelle"):
        assert fact in html


def test_partner_card(site_tree, partner, district):
    PartnerPageFactory(parent=site_tree.partner_index, title="Selbsthilfe-Kontaktstelle", district=district,
                       kind=PartnerPage.Kind.SELF_HELP, summary="Gruppen finden.")
    html = render_without_queries(PartnerPage.objects.live().for_listing(), "partners", site_tree.site)
    for fact in ("Caritas Soest", "Beratung und Begleitung.", "Wohlfahrtsverband", "Soest",
                 "Selbsthilfe-Kontaktstelle", "Selbsthilfe-Kontaktstelle", "Bad Sassendorf", "/partner/caritas-soest/"):
        assert fact in html
