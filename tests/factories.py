"""Factories for taxonomy terms, images and every page type, built on wagtail-factories."""

from datetime import time, timedelta

from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Collection

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from events.models import EventIndexPage, EventPage, EventSpeaker
from home.models import HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, OfferMeetingTime, OfferPage
from partners.models import PartnerIndexPage, PartnerPage
from taxonomy.models import District, OfferKind, TargetGroup, Theme


class TaxonomyTermFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Begriff {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))

    class Meta:
        abstract = True
        django_get_or_create = ["slug"]


class ThemeFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Thema {n}")

    class Meta:
        model = Theme


class TargetGroupFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Zielgruppe {n}")

    class Meta:
        model = TargetGroup


class DistrictFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Ort {n}")
    kind = District.Kind.TOWN

    class Meta:
        model = District


class CountyFactory(DistrictFactory):
    name = factory.Sequence(lambda n: f"Kreis {n}")
    kind = District.Kind.COUNTY


class OfferKindFactory(TaxonomyTermFactory):
    name = factory.Sequence(lambda n: f"Angebotsart {n}")

    class Meta:
        model = OfferKind


class ImageFactory(wagtail_factories.ImageFactory):
    # The stock factory makes a new root collection per image; real images live in the one root.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    title = factory.Sequence(lambda n: f"Bild {n}")
    description = "Menschen sitzen bei Kaffee und Kuchen zusammen"
    file = factory.django.ImageField(width=64, height=48, color="green")


class BasePageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True


class HomePageFactory(BasePageFactory):
    title = "Startseite"
    slug = "start"
    intro = "Hier finden Sie Angebote gegen Einsamkeit im Kreis Soest."

    class Meta:
        model = HomePage


class StandardPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = "Wer wir sind und was wir tun."

    class Meta:
        model = StandardPage


class OfferIndexPageFactory(BasePageFactory):
    title = "Angebote"
    slug = "angebote"
    intro = "Alle Angebote des Netzwerks."

    class Meta:
        model = OfferIndexPage


class EventIndexPageFactory(BasePageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = EventIndexPage


class PartnerIndexPageFactory(BasePageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnerIndexPage


class NewsIndexPageFactory(BasePageFactory):
    title = "Aktuelles"
    slug = "aktuelles"
    intro = "Neuigkeiten aus dem Netzwerk."

    class Meta:
        model = NewsIndexPage


class PartnerPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")
    summary = "Ein Verein, der Begegnungen im Quartier organisiert."
    kind = PartnerPage.Kind.CLUB

    class Meta:
        model = PartnerPage


def meeting(weekday, start="15:00", end="17:00", rhythm=OfferMeetingTime.Rhythm.WEEKLY):
    """An unsaved meeting time to pass as `meeting_times=[...]`; the page saves it with itself."""
    start_time = time.fromisoformat(start)
    end_time = time.fromisoformat(end) if end else None
    return OfferMeetingTime(weekday=weekday, start_time=start_time, end_time=end_time, rhythm=rhythm)


class OfferPageFactory(BasePageFactory):
    """An offer; pass themes=[...], target_groups=[...] and meeting_times=[meeting(...)] as plain lists."""

    title = factory.Sequence(lambda n: f"Angebot {n}")
    summary = "Wir treffen uns zum Reden, Spielen und Kaffeetrinken."

    class Meta:
        model = OfferPage


class EventPageFactory(BasePageFactory):
    """An event a week from now; pass organisers=[...] and speakers=[EventSpeaker(...)] as plain lists."""

    title = factory.Sequence(lambda n: f"Vortrag {n}")
    summary = "Ein Fachvortrag über Einsamkeit im Alter."
    starts_at = factory.LazyFunction(lambda: timezone.now() + timedelta(days=7))

    class Meta:
        model = EventPage


def speaker(name, role=""):
    return EventSpeaker(name=name, role=role)


class NewsPageFactory(BasePageFactory):
    title = factory.Sequence(lambda n: f"Nachricht {n}")
    teaser = "Das Netzwerk hat einen neuen Treffpunkt eröffnet."

    class Meta:
        model = NewsPage
