"""A SQL query budget per public page, checked with little and with much content so N+1 queries fail.

Each page is requested once to create what the first visit creates (image renditions, the settings row),
then the cache is emptied and the second request is counted. So both sizes are measured alike, and a
lookup per item that a warm cache would hide (e.g. one rendition query per image) still shows.
"""

import re
from collections import Counter
from contextlib import contextmanager
from datetime import date, timedelta
from types import SimpleNamespace

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.rich_text import RichText
from wagtail.signal_handlers import disable_reference_index_auto_update

import pytest

from offers.models.pages import Weekday

from ..factories import (
    DistrictFactory,
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OfferKindFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    meeting,
    speaker,
)

FEW = 2
MANY = 30

# Most queries a page may make with an empty cache (the site chrome is built, home/chrome.py): the larger of
# the counts measured on SQLite and PostgreSQL (with FEW and with MANY items), without headroom. Both databases
# count alike except search (with FEW items SQLite 25-26, PostgreSQL 27; with MANY SQLite 21, PostgreSQL 24).
# Raise a number only for a new feature that needs it, never to hide a query that grows with content.
QUERY_BUDGETS = {
    "home": 18,
    "offer_index": 18,
    "offer_index_filtered": 19,
    "offer_detail": 14,
    "event_index": 14,
    "event_archive": 14,
    "event_detail": 15,
    "partner_index": 12,
    "partner_detail": 21,
    "news_index": 13,
    "news_detail": 19,
    "standard_page": 13,
    "search": 27,
    "sitemap": 18,
    "news_feed": 9,
}


@contextmanager
def unindexed():
    """Skip the search index while making images and terms that nobody searches for here (it is slow)."""
    backends = {"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield


def add_content(tree, size, word):
    """`size` items of every kind, fully dressed (images, themes, meeting times, organisers …).

    Returns the detail pages whose own related lists have `size` entries.
    """
    with unindexed():
        themes = [ThemeFactory() for _ in range(size)]
        groups = [TargetGroupFactory() for _ in range(size)]
        districts = [DistrictFactory() for _ in range(size)]
        kind = OfferKindFactory()
        # Every item gets its own image, so a rendition lookup per item would show as a repeated query.
        images = iter([ImageFactory() for _ in range(9 * size + 5)])
    partners = [
        PartnerPageFactory(parent=tree.partner_index, title=f"{word} Partner {n}", logo=next(images),
                           district=districts[n], town="Soest", districts_served=districts[:3])
        for n in range(size)
    ]
    partner = PartnerPageFactory(parent=tree.partner_index, title=f"{word} Hauptpartner", logo=next(images),
                                 districts_served=districts, street="Markt 1", town="Soest", phone="02921 1")
    now = timezone.now()
    offers = [
        OfferPageFactory(
            parent=partner if n % 2 else tree.offer_index, title=f"{word} Angebot {n}", image=next(images),
            themes=themes[:3], target_groups=groups[:2], kind=kind, district=districts[n], town="Werl",
            meeting_times=[meeting(Weekday.MONDAY), meeting(Weekday.THURSDAY, "10:00")], is_featured=True,
            provider=partners[n],
        )
        for n in range(size)
    ]
    offer = OfferPageFactory(
        parent=partner, title=f"{word} Detailangebot", image=next(images), themes=themes, target_groups=groups,
        kind=kind, district=districts[0], street="Markt 2", town="Soest",
        meeting_times=[meeting(n % 7, f"{8 + n % 10:02d}:00") for n in range(size)],
        tags=[f"{word.lower()}-tag-{n}" for n in range(size)],
    )
    events = [
        EventPageFactory(
            parent=partner if n % 2 else tree.event_index, title=f"{word} Vortrag {n}", image=next(images),
            starts_at=now + timedelta(days=n + 1), themes=themes[:3], organisers=[partner, partners[n]],
            district=districts[n], speakers=[speaker("Dr. A"), speaker("Dr. B")],
        )
        for n in range(size)
    ]
    events += [
        EventPageFactory(parent=tree.event_index, title=f"{word} Archiv {n}", image=next(images),
                         starts_at=now - timedelta(days=n + 1), themes=themes[:2], organisers=partners[:2])
        for n in range(size)
    ]
    event = EventPageFactory(
        parent=partner, title=f"{word} Detailvortrag", image=next(images), organisers=[partner, *partners],
        speakers=[speaker(f"Person {n}", "Fachkraft") for n in range(size)], themes=themes, target_groups=groups,
        related_offers=offers, street="Markt 3", town="Soest",
    )
    for n in range(size):
        NewsPageFactory(parent=partner if n % 2 else tree.news_index, title=f"{word} Meldung {n}",
                        image=next(images), publication_date=date(2025, 1, 1) + timedelta(days=n))
    body = []
    for n in range(size):
        body.append(("heading", {"text": f"Abschnitt {n}", "level": "h2"}))
        body.append(("paragraph", RichText(f'<p>Siehe <a linktype="page" id="{offers[n].pk}">Angebot</a>.</p>')))
        body.append(("image", {"image": next(images), "alt_text": "Bild", "caption": ""}))
    item = NewsPageFactory(
        parent=partner, title=f"{word} Detailmeldung", image=next(images), body=body, related_offers=offers,
        related_events=events[:size], tags=[f"{word}-{n}" for n in range(size)],
    )
    standard = StandardPageFactory(parent=tree.home, title=f"{word} Seite", body=body)
    for n in range(size):
        StandardPageFactory(parent=standard, title=f"{word} Unterseite {n}")
    entry_points = [
        ("entry_point", {"title": f"Weg {n}", "text": "Text", "theme": themes[n], "target_group": groups[n]})
        for n in range(min(size, 6))
    ]
    tree.home.entry_points = entry_points
    tree.home.save()
    for section in (tree.offer_index, tree.event_index, tree.partner_index, tree.news_index):
        section.show_in_menus = True
        section.save()
    return SimpleNamespace(offer=offer, event=event, partner=partner, news=item, standard=standard,
                           theme=themes[0].slug)


def urls_for(tree, details, word):
    return {
        "home": "/",
        "offer_index": tree.offer_index.url,
        "offer_index_filtered": f"{tree.offer_index.url}?theme={details.theme}&weekday=montag&format=vor-ort",
        "offer_detail": details.offer.url,
        "event_index": tree.event_index.url,
        "event_archive": tree.event_index.url + "?zeit=archiv",
        "event_detail": details.event.url,
        "partner_index": tree.partner_index.url,
        "partner_detail": details.partner.url,
        "news_index": tree.news_index.url,
        "news_detail": details.news.url,
        "standard_page": details.standard.url,
        "search": f"/suche/?q={word}",
        "sitemap": "/sitemap.xml",
        "news_feed": tree.news_index.url + "feed/",
    }


def measure(urls):
    client = Client()
    results = {}
    for name, url in urls.items():
        assert client.get(url).status_code == 200, url
        cache.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, url
        results[name] = [query["sql"] for query in captured.captured_queries]
    return results


@pytest.fixture(scope="class")
def measured(class_site_tree):
    tree = class_site_tree
    # Two words so the "few" detail pages and search hits stay distinct from the "many" ones. Neither may be a
    # stop word ("viel" is one): a search for it would find nothing and measure no results.
    # The reference index serves the admin's usage counts only; building it would just slow this down.
    with disable_reference_index_auto_update():
        few_details = add_content(tree, FEW, "Wenig")
    few = measure(urls_for(tree, few_details, "Wenig"))
    with disable_reference_index_auto_update():
        many_details = add_content(tree, MANY - FEW, "Zahlreich")
    many_details.theme = few_details.theme
    # Detail pages of the "many" set carry MANY - FEW related items; listings now hold MANY items.
    many = measure(urls_for(tree, many_details, "Zahlreich"))
    return SimpleNamespace(few=few, many=many)


def shape(sql):
    """The query with its literal values blanked, so repeats of one query look alike."""
    sql = re.sub(r"\b\d+\b|'[^']*'", "?", sql)
    return re.sub(r"IN \([?, ]+\)", "IN (...)", sql)


def query_summary(queries):
    counts = Counter(map(shape, queries))
    return "\n".join(f"  {count}x {sql[:300]}" for sql, count in counts.items())


def growth_report(few, many):
    few_shapes, many_shapes = Counter(map(shape, few)), Counter(map(shape, many))
    grown = [(many_shapes[s] - few_shapes[s], s) for s in many_shapes if many_shapes[s] > few_shapes[s]]
    return "\n".join(f"  +{extra}x {sql[:400]}" for extra, sql in sorted(grown, reverse=True))


@pytest.mark.django_db
class TestQueryBudgets:
    @pytest.mark.parametrize("name", QUERY_BUDGETS)
    def test_query_count_does_not_grow_with_content(self, measured, name):
        few, many = measured.few[name], measured.many[name]
        assert len(many) <= len(few), (
            f"{name}: {len(few)} queries with {FEW} items, {len(many)} with {MANY}. Repeated queries:\n"
            + growth_report(few, many)
        )

    @pytest.mark.parametrize("name", QUERY_BUDGETS)
    def test_query_count_within_budget(self, measured, name):
        count = max(len(measured.few[name]), len(measured.many[name]))
        assert count <= QUERY_BUDGETS[name], (
            f"{name}: {count} queries, budget {QUERY_BUDGETS[name]}:\n" + query_summary(measured.many[name])
        )
