"""Builds the demo events (relative to today, in Berlin time) and the news items."""

import random
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from events.models import EventPage, EventSpeaker
from news.models import NewsPage
from offers.models import OfferPage

from .events_data import EVENTS
from .news_data import NEWS
from .partners_offers import TOWN, paragraphs
from .publishing import coordinate, ensure_page
from .skeleton import body_blocks

BERLIN = ZoneInfo("Europe/Berlin")


def at(day, clock):
    return datetime.combine(day, time.fromisoformat(clock), tzinfo=BERLIN)


def related_offers(refs, offer_slugs):
    slugs = [offer_slugs[ref] for ref in refs if ref in offer_slugs]
    return list(OfferPage.objects.filter(slug__in=slugs))


def ensure_events(counts, event_index, partners, vocab, images, offer_slugs, today=None):
    today = today or date.today()
    pages = {}
    for spec in EVENTS:
        parent = partners[spec["organisers"][0]] if spec["organisers"] else event_index
        pages[spec["slug"]] = ensure_page(
            counts, "events", EventPage, spec["slug"], parent,
            lambda spec=spec: build_event(spec, partners, vocab, images, offer_slugs, today),
        )
    return pages


def build_event(spec, partners, vocab, images, offer_slugs, today):
    day = today + timedelta(days=spec["days"])
    cost_type, *cost = spec["cost"]
    page = EventPage(
        title=spec["title"], kind=spec["kind"], summary=spec["summary"], body=paragraphs(spec["body"]),
        starts_at=at(day, spec["start"]), ends_at=at(day, spec["end"]),
        is_online=spec.get("online", False), online_note=spec.get("online_note", ""),
        registration=spec.get("registration", "none"), capacity=spec.get("capacity"),
        registration_note=spec.get("registration_note", ""),
        cost_type=cost_type,
        cost_amount=Decimal(cost[0]) if cost_type == "amount" else None,
        cost_note=cost[-1] if cost else "",
        image=images.get(spec.get("image")),
    )
    if spec.get("town"):
        town = TOWN[spec["town"]]
        # A fixed generator per event keeps the pin in the same place on every run.
        rng = random.Random(spec["slug"])  # noqa: S311 - map pin jitter, not security
        page.venue_name, page.street = spec["venue"], spec["street"]
        page.postcode, page.town = town["postcode"], town["name"]
        page.district = vocab["districts"][spec["town"]]
        page.latitude = coordinate(town["lat"] + rng.uniform(-0.004, 0.004))
        page.longitude = coordinate(town["lon"] + rng.uniform(-0.006, 0.006))
    page.organisers.set([partners[slug] for slug in spec["organisers"]])
    page.themes.set([vocab["themes"][slug] for slug in spec["themes"]])
    page.target_groups.set([vocab["target_groups"][slug] for slug in spec["groups"]])
    page.related_offers.set(related_offers(spec.get("related_offers", []), offer_slugs))
    page.speakers = [EventSpeaker(name=name, role=role) for name, role in spec["speakers"]]
    return page


def ensure_news(counts, news_index, partners, images, offer_slugs, today=None):
    today = today or date.today()
    pages = {}
    for spec in NEWS:
        parent = partners[spec["author"]] if spec["author"] else news_index
        pages[spec["slug"]] = ensure_page(
            counts, "news", NewsPage, spec["slug"], parent,
            lambda spec=spec: build_news(spec, partners, images, offer_slugs, today),
        )
    return pages


def build_news(spec, partners, images, offer_slugs, today):
    page = NewsPage(
        title=spec["title"], teaser=spec["teaser"], publication_date=today - timedelta(days=spec["days"]),
        author_organisation=partners[spec["author"]] if spec["author"] else None,
        body=body_blocks(spec["body"], images), image=images.get(spec.get("image")),
    )
    page.tags.add(*spec["tags"])
    page.related_offers.set(related_offers(spec.get("related_offers", []), offer_slugs))
    page.related_events.set(list(EventPage.objects.filter(slug__in=spec.get("related_events", []))))
    return page
