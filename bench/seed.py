"""Fill a database with benchmark content fast: thousands of live offers, events and news in seconds.

Wagtail's add_child + publish manages about ten pages a second, so this writes the page tree directly:
materialised paths are computed here, the wagtailcore_page rows go in with bulk_create and the
specific rows (offers_offerpage, …) with one batched INSERT per table. Run it on a fresh database
after `migrate` (and `demo_network`, if you want the demo pages too):

    DJANGO_SETTINGS_MODULE=mitmenschen.settings.dev DATABASE_URL=sqlite:////tmp/bench.sqlite3 \
        .venv/bin/python bench/seed.py --offers 10000 --events 2000

The same --seed gives the same content. `manage.py fixtree` reports no problems afterwards.
"""

import argparse
import os
import random
import sys
import time
import uuid
from collections import Counter
from datetime import time as clock
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mitmenschen.settings.dev")

import django

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import F, Q  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.text import slugify  # noqa: E402

from wagtail.models import Locale, Page, Site  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from events.models import EventIndexPage, EventPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from offers.models import OfferIndexPage, OfferMeetingTime, OfferPage  # noqa: E402
from partners.models import PartnerIndexPage, PartnerPage  # noqa: E402
from taxonomy.models import District, OfferKind, TargetGroup, Theme  # noqa: E402

ALPHABET = Page.alphabet
STEPLEN = Page.steplen

# Towns of the Kreis Soest with a weight roughly proportional to population, so filters hit realistic shares.
TOWNS = [
    ("Lippstadt", 68), ("Soest", 48), ("Werl", 31), ("Warstein", 25), ("Geseke", 21), ("Erwitte", 16),
    ("Lippetal", 12), ("Bad Sassendorf", 12), ("Ense", 12), ("Rüthen", 11), ("Wickede (Ruhr)", 12),
    ("Anröchte", 10), ("Möhnesee", 12), ("Welver", 12),
]
POSTCODES = {"Lippstadt": "59555", "Soest": "59494", "Werl": "59457", "Warstein": "59581", "Geseke": "59590"}
THEMES = [
    "Begegnung", "Bewegung", "Trauer", "Seelische Gesundheit", "Pflege", "Digitales", "Kultur", "Ehrenamt",
    "Kochen und Essen", "Natur", "Glaube", "Beratung",
]
TARGET_GROUPS = [
    "Seniorinnen und Senioren", "Angehörige", "Alleinerziehende", "Junge Erwachsene", "Menschen mit Behinderung",
    "Zugewanderte", "Trauernde", "Alle",
]
OFFER_KINDS = ["Treffpunkt", "Selbsthilfegruppe", "Beratung", "Kurs", "Besuchsdienst", "Telefonkette", "Ausflug"]
OFFER_NAMES = [
    "Erzählcafé", "Spaziergruppe", "Mittagstisch", "Trauercafé", "Spielenachmittag", "Handy-Sprechstunde",
    "Singkreis", "Besuchsdienst", "Gesprächskreis", "Frühstückstreff", "Strickcafé", "Telefonpatenschaft",
    "Radtour", "Gedächtnistraining", "Repair-Café", "Kochgruppe", "Literaturkreis", "Sitztanz",
]
EVENT_NAMES = [
    "Einsamkeit im Alter erkennen", "Wenn der Partner stirbt", "Digital verbunden bleiben",
    "Nachbarschaft stärken", "Pflegende Angehörige entlasten", "Gesund älter werden", "Engagiert im Ehrenamt",
]
PARTNER_PREFIXES = [
    "Caritasverband", "Diakonie", "AWO Ortsverein", "DRK Ortsverein", "Heimatverein", "Kirchengemeinde",
    "Seniorenbeirat", "Bürgertreff", "Familienzentrum", "Sportverein",
]
WORDS = [
    "wir", "treffen", "uns", "in", "gemütlicher", "Runde", "bei", "Kaffee", "und", "Kuchen", "sprechen", "über",
    "alles", "was", "bewegt", "jeder", "ist", "willkommen", "auch", "ohne", "Anmeldung", "neue", "Gesichter",
    "freuen", "besonders", "die", "Räume", "sind", "gut", "erreichbar", "mit", "Bus", "Bahn", "Begleitung",
]


def base36(number):
    """Treebeard's step for the number-th child: base 36 over 0-9A-Z, zero-padded to the step length."""
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = ALPHABET[rest] + digits
    return digits.rjust(STEPLEN, "0")


def german_slug(text):
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
    return slugify(text.translate(table))


class TreeWriter:
    """Appends pages under existing parents the way treebeard would, without its per-node queries."""

    def __init__(self, rng):
        self.rng = rng
        self.locale = Locale.get_default()
        self.next_step = {}
        self.slugs = {}
        self.added = Counter()

    def _prepare(self, parent):
        if parent.pk in self.next_step:
            return
        children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        last = children.order_by("-path").values_list("path", flat=True).first()
        self.next_step[parent.pk] = int(last[-STEPLEN:], 36) + 1 if last else 1
        self.slugs[parent.pk] = set(children.values_list("slug", flat=True))

    def page(self, parent, model, title, published_at, **fields):
        """An unsaved Page row for `model` under `parent`, with path, url_path and a sibling-unique slug."""
        self._prepare(parent)
        step = self.next_step[parent.pk]
        self.next_step[parent.pk] += 1
        slug = base_slug = german_slug(title)[:200]
        counter = 2
        while slug in self.slugs[parent.pk]:
            slug = f"{base_slug}-{counter}"
            counter += 1
        self.slugs[parent.pk].add(slug)
        self.added[parent.pk] += 1
        return Page(
            title=title,
            draft_title=title,
            slug=slug,
            path=parent.path + base36(step),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            content_type=ContentType.objects.get_for_model(model),
            locale=self.locale,
            translation_key=uuid.UUID(int=self.rng.getrandbits(128), version=4),
            live=True,
            has_unpublished_changes=False,
            first_published_at=published_at,
            last_published_at=published_at,
            **fields,
        )

    def fix_numchild(self):
        for parent_pk, count in self.added.items():
            Page.objects.filter(pk=parent_pk).update(numchild=F("numchild") + count)
        self.added.clear()


def insert_specific(model, base_pages, specifics):
    """Write the page rows, then the model's own table in batches (Django won't bulk_create MTI children)."""
    Page.objects.bulk_create(base_pages, batch_size=500)
    for page, specific in zip(base_pages, specifics, strict=True):
        specific.page_ptr_id = page.pk
    fields = list(model._meta.local_concrete_fields)
    batch = max(1, connection.ops.bulk_batch_size(fields, specifics))
    for start in range(0, len(specifics), batch):
        model._base_manager._insert(specifics[start : start + batch], fields=fields, using=connection.alias)
    # The base rows carry path, depth and url_path, which is what later children need from a parent.
    return base_pages


def term(model, name, **extra):
    """Reuse a taxonomy term the demo content already made (matched by slug or name), or create it."""
    slug = german_slug(name)
    found = model.objects.filter(Q(slug=slug) | Q(name=name)).first()
    return found or model.objects.create(name=name, slug=slug, **extra)


def ensure_site():
    """The HomePage and the four index pages; reuses what `demo_network` made, creates the rest."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        for site in Site.objects.all():
            site.delete()
        for welcome in root.get_children().exact_type(Page):
            welcome.delete()
        root.refresh_from_db()
        home = root.add_child(instance=HomePage(title="MitMenschen", slug="home", intro="Gemeinsam statt einsam."))
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True,
                            site_name="MitMenschen")
    indexes = {}
    for model, title, slug in [
        (OfferIndexPage, "Angebote", "angebote"),
        (EventIndexPage, "Veranstaltungen", "veranstaltungen"),
        (PartnerIndexPage, "Netzwerkpartner", "partner"),
        (NewsIndexPage, "Aktuelles", "aktuelles"),
    ]:
        page = model.objects.first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug))
        indexes[model] = page
    return home, indexes


def ensure_taxonomy():
    """The demo vocabulary if `demo_network` made one, else a small one of our own."""
    county = term(District, "Kreis Soest", kind=District.Kind.COUNTY)
    towns = list(District.objects.filter(kind=District.Kind.TOWN))
    if not towns:
        towns = [term(District, name, kind=District.Kind.TOWN, parent=county) for name, _ in TOWNS]
    weights = dict(TOWNS)

    def terms(model, names):
        return list(model.objects.all()) or [term(model, name) for name in names]

    return {
        "towns": towns,
        "town_weights": [weights.get(town.name, 10) for town in towns],
        "themes": terms(Theme, THEMES),
        "target_groups": terms(TargetGroup, TARGET_GROUPS),
        "kinds": terms(OfferKind, OFFER_KINDS),
    }


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def address(rng, tax):
    town = rng.choices(tax["towns"], weights=tax["town_weights"])[0]
    return {
        "venue_name": rng.choice(["Gemeindehaus", "Bürgerhaus", "Begegnungsstätte", "Stadtbücherei"]) + " " + town.name,
        "street": f"{rng.choice(['Markt', 'Kirchplatz', 'Bahnhofstraße', 'Lange Straße'])} {rng.randint(1, 80)}",
        "postcode": POSTCODES.get(town.name, "59" + str(rng.randint(400, 599))),
        "town": town.name,
        "district": town,
    }


def seed_partners(writer, rng, tax, parent, count, now):
    base, specific = [], []
    for n in range(count):
        town = rng.choices(tax["towns"], weights=tax["town_weights"])[0]
        title = f"{rng.choice(PARTNER_PREFIXES)} {town.name} {n + 1}"
        published = now - timedelta(days=rng.randint(30, 900))
        base.append(writer.page(parent, PartnerPage, title, published))
        specific.append(PartnerPage(
            kind=rng.choice(PartnerPage.Kind.values), summary=sentence(rng, 12),
            description=f"<p>{sentence(rng, 40)}</p>", phone=f"02921 {rng.randint(10000, 99999)}",
            email=f"kontakt{n}@example.org", **address(rng, tax),
        ))
    partners = insert_specific(PartnerPage, base, specific)
    through = PartnerPage.districts_served.through
    through.objects.bulk_create(
        [through(partnerpage_id=p.pk, district_id=d.pk) for p in partners for d in rng.sample(tax["towns"], 2)],
        batch_size=1000,
    )
    return partners


def seed_offers(writer, rng, tax, offer_index, partners, count, now):
    base, specific = [], []
    for _n in range(count):
        parent = rng.choice(partners) if partners and rng.random() < 0.85 else offer_index
        place = address(rng, tax)
        title = f"{rng.choice(OFFER_NAMES)} {place['town']}"
        published = now - timedelta(days=rng.randint(1, 700))
        channel = rng.random()
        base.append(writer.page(parent, OfferPage, title, published))
        specific.append(OfferPage(
            summary=sentence(rng, 16), body=f"<p>{sentence(rng, 60)}</p><p>{sentence(rng, 40)}</p>",
            first_steps=sentence(rng, 20), kind=rng.choice(tax["kinds"]),
            provider_id=parent.pk if parent is not offer_index else None,
            is_in_person=channel < 0.8, is_online=0.7 < channel < 0.9, is_by_phone=channel > 0.85,
            cost_type=rng.choices(["free", "donation", "amount"], weights=[6, 3, 1])[0],
            cost_amount=5 if rng.random() < 0.1 else None,
            wheelchair_accessible=rng.random() < 0.5, hearing_loop=rng.random() < 0.1,
            easy_language=rng.random() < 0.2, sign_language=rng.random() < 0.03,
            age_min=rng.choice([None, None, None, 18, 60]), is_featured=rng.random() < 0.01,
            contact_name="Frau Beispiel", contact_phone=f"02941 {rng.randint(10000, 99999)}",
            last_reviewed_date=(now - timedelta(days=rng.randint(0, 400))).date(),
            **place,
        ))
    offers = insert_specific(OfferPage, base, specific)

    times, themes, groups = [], [], []
    for offer in offers:
        for order in range(rng.choice([0, 1, 1, 1, 2])):
            start = rng.randint(9, 18)
            times.append(OfferMeetingTime(
                page_id=offer.pk, sort_order=order, weekday=rng.randint(0, 6), start_time=clock(start),
                end_time=clock(start + 2), rhythm=rng.choice(OfferMeetingTime.Rhythm.values),
            ))
        themes += [(offer.pk, theme.pk) for theme in rng.sample(tax["themes"], rng.randint(1, 3))]
        groups += [(offer.pk, group.pk) for group in rng.sample(tax["target_groups"], rng.randint(1, 2))]
    OfferMeetingTime.objects.bulk_create(times, batch_size=1000)
    through = OfferPage.themes.through
    through.objects.bulk_create([through(offerpage_id=o, theme_id=t) for o, t in themes], batch_size=1000)
    through = OfferPage.target_groups.through
    through.objects.bulk_create([through(offerpage_id=o, targetgroup_id=g) for o, g in groups], batch_size=1000)
    return offers


def seed_events(writer, rng, tax, event_index, partners, count, now):
    base, specific, organisers = [], [], []
    for _n in range(count):
        under_partner = partners and rng.random() < 0.3
        parent = rng.choice(partners) if under_partner else event_index
        # A year back and a year ahead: about half is upcoming, half fills the archive.
        starts = (now + timedelta(days=rng.randint(-365, 365))).replace(hour=rng.choice([10, 15, 18]), minute=0,
                                                                          second=0, microsecond=0)
        title = rng.choice(EVENT_NAMES)
        base.append(writer.page(parent, EventPage, title, starts - timedelta(days=30)))
        specific.append(EventPage(
            kind=rng.choice(EventPage.Kind.values), summary=sentence(rng, 16), body=f"<p>{sentence(rng, 60)}</p>",
            starts_at=starts, ends_at=starts + timedelta(hours=2), is_online=rng.random() < 0.15,
            cost_type=rng.choices(["free", "donation", "amount"], weights=[7, 2, 1])[0],
            **address(rng, tax),
        ))
        organisers.append([parent] if under_partner else rng.sample(partners, rng.randint(0, 2)) if partners else [])
    events = insert_specific(EventPage, base, specific)
    through = EventPage.organisers.through
    through.objects.bulk_create(
        [through(eventpage_id=e.pk, partnerpage_id=p.pk) for e, ps in zip(events, organisers, strict=True)
         for p in ps],
        batch_size=1000,
    )
    through = EventPage.themes.through
    through.objects.bulk_create(
        [through(eventpage_id=e.pk, theme_id=t.pk) for e in events for t in rng.sample(tax["themes"], 2)],
        batch_size=1000,
    )
    return events


def seed_news(writer, rng, news_index, partners, count, now):
    base, specific = [], []
    for n in range(count):
        parent = rng.choice(partners) if partners and rng.random() < 0.4 else news_index
        published = now - timedelta(days=rng.randint(0, 700))
        base.append(writer.page(parent, NewsPage, f"Neues aus dem Netzwerk {n + 1}", published))
        specific.append(NewsPage(
            publication_date=published.date(), teaser=sentence(rng, 16),
            author_organisation_id=parent.pk if parent is not news_index else None,
            body=[("paragraph", RichText(f"<p>{sentence(rng, 50)}</p>"))],
        ))
    return insert_specific(NewsPage, base, specific)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--partners", type=int, default=300)
    parser.add_argument("--news", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    # Fixed to the hour so that a rerun with the same seed on the same day gives the same rows.
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    started = time.monotonic()
    with transaction.atomic():
        home, indexes = ensure_site()
        tax = ensure_taxonomy()
        writer = TreeWriter(rng)
        partners = seed_partners(writer, rng, tax, indexes[PartnerIndexPage], args.partners, now)
        seed_offers(writer, rng, tax, indexes[OfferIndexPage], partners, args.offers, now)
        seed_events(writer, rng, tax, indexes[EventIndexPage], partners, args.events, now)
        seed_news(writer, rng, indexes[NewsIndexPage], partners, args.news, now)
        writer.fix_numchild()
    # Planner statistics, as PostgreSQL's autovacuum would gather them soon after such a load (and
    # `PRAGMA optimize` on SQLite): without them both pick poor plans for the listings.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    elapsed = time.monotonic() - started
    print(f"Seeded {args.partners} partners, {args.offers} offers, {args.events} events, {args.news} news "
          f"in {elapsed:.1f} s.")


if __name__ == "__main__":
    main()
