"""Builds the whole demo network in order: vocabulary, site skeleton, partners, offers, events, news, roles."""

import time
from dataclasses import dataclass, field

from django.conf import settings
from django.urls import reverse

from . import accounts, events_news, partners_offers, skeleton
from .images import ensure_images
from .publishing import Counts, deferred_search_index


@dataclass
class DemoResult:
    counts: Counts
    logins: list = field(default_factory=list)
    admin_url: str = ""
    seconds: float = 0.0


def build_demo(hostname="localhost", port=80):
    """Create whatever part of the demo network is missing; safe to run again."""
    started = time.monotonic()
    counts = Counts()
    with deferred_search_index():
        vocab = skeleton.ensure_taxonomy(counts)
        images = ensure_images(counts)
        site, home = skeleton.ensure_home(counts, hostname, port)
        sections = skeleton.ensure_sections(counts, home)
        skeleton.ensure_entry_points(home, vocab, sections)
        skeleton.ensure_settings(counts, site, sections, images["logo"])

        partners = partners_offers.ensure_partners(counts, sections["partner"], vocab, images)
        specs = partners_offers.offer_specs()
        partners_offers.ensure_offers(counts, sections["angebote"], partners, vocab, images, specs)
        offer_slugs = {spec["ref"]: spec["slug"] for spec in specs}
        events_news.ensure_events(counts, sections["veranstaltungen"], partners, vocab, images, offer_slugs)
        events_news.ensure_news(counts, sections["neuigkeiten"], partners, images, offer_slugs)

    accounts.setup_roles(home, partners)
    logins = accounts.ensure_users(counts)
    admin_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
    return DemoResult(counts=counts, logins=logins, admin_url=admin_url, seconds=time.monotonic() - started)
