"""Search page fixtures: a small network with one page of each type, plus pages that must never be found."""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from editorial.roles import MODERATION_GROUP, editor_group_for
from editorial.setup import setup_editorial
from search.vocabulary import vocabulary
from searchstats.roles import grant_search_permissions

from ..factories import (
    DistrictFactory,
    EventPageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    meeting,
)

PASSWORD = "ein-sicheres-passwort-2026"




def build_network(tree):
    werl = DistrictFactory(name="Werl", slug="werl")
    soest = DistrictFactory(name="Soest", slug="soest")
    begegnung = ThemeFactory(name="Begegnung", slug="begegnung")
    bewegung = ThemeFactory(name="Bewegung", slug="bewegung")
    senioren = TargetGroupFactory(name="Seniorinnen und Senioren", slug="senioren")
    partner = PartnerPageFactory(
        parent=tree.partner_index, title="Nachbarschaftsverein Werl", town="Werl", district=werl,
        summary="Der Verein organisiert Begegnungen und Spaziergänge in der Nachbarschaft.",
    )
    offer = OfferPageFactory(
        parent=partner, title="Spaziergang am Kurpark", provider=partner, district=werl, town="Werl",
        summary="Wir gehen jeden Dienstag gemeinsam eine Stunde spazieren und reden dabei.",
        body="<p>Treffpunkt ist der Eingang am Kurpark. Die Spaziergänge sind kostenlos.</p>",
        themes=[bewegung], target_groups=[senioren], meeting_times=[meeting(2, "15:00", "16:00")],
    )
    cafe = OfferPageFactory(
        parent=tree.offer_index, title="Sonntagscafé Soest", district=soest, town="Soest",
        summary="Kaffee, Kuchen und gute Gespräche am Sonntagnachmittag.", themes=[begegnung],
        schedule_note="jeden 1. Sonntag im Monat",
    )
    event = EventPageFactory(
        parent=tree.event_index, title="Vortrag: Gemeinsam unterwegs", organisers=[partner],
        summary="Warum Spaziergänge gegen Einsamkeit helfen.", venue_name="Stadthalle", town="Werl",
        district=werl, themes=[bewegung],
    )
    past_event = EventPageFactory(
        parent=tree.event_index, title="Spaziergang im Frühling (vorbei)",
        starts_at=timezone.now() - timedelta(days=30), summary="Ein Spaziergang, der schon stattfand.",
    )
    news = NewsPageFactory(
        parent=tree.news_index, title="Neue Spaziergruppe in Werl", author_organisation=partner,
        teaser="Ab sofort gibt es eine Spaziergruppe für alle, die nicht allein gehen wollen.",
    )
    standard = StandardPageFactory(
        parent=tree.home, title="Über das Netzwerk",
        intro="Das Netzwerk verbindet Vereine, Kirchen und Beratungsstellen.",
    )
    # Never to be found: a draft, a private page, an expired offer.
    draft = OfferPageFactory(parent=tree.offer_index, title="Geheimer Spaziergang Entwurf", live=False,
                             summary="Ein Spaziergang, der noch nicht veröffentlicht ist.")
    private = OfferPageFactory(parent=tree.offer_index, title="Privater Spaziergang Intern",
                               summary="Ein Spaziergang nur für angemeldete Personen.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = OfferPageFactory(parent=tree.offer_index, title="Abgelaufener Spaziergang",
                               summary="Ein Spaziergang, dessen Angebot abgelaufen ist.",
                               expire_at=timezone.now() - timedelta(days=1))
    vocabulary.reset()
    return SimpleNamespace(
        tree=tree, werl=werl, soest=soest, begegnung=begegnung, bewegung=bewegung, senioren=senioren,
        partner=partner, offer=offer, cafe=cafe, event=event, past_event=past_event, news=news,
        standard=standard, draft=draft, private=private, expired=expired,
    )


@pytest.fixture
def network(site_tree):
    return build_network(site_tree)


@pytest.fixture
def people(network):
    """A moderator (coordination office) and an editor of a partner organisation."""
    setup_editorial()
    grant_search_permissions()
    users = get_user_model().objects
    moderator = users.create_user(username="moderatorin", email="mod@example.org", password=PASSWORD)
    moderator.groups.add(Group.objects.get(name=MODERATION_GROUP))
    editor = users.create_user(username="redakteur", email="red@example.org", password=PASSWORD)
    editor.groups.add(editor_group_for(network.partner))
    return SimpleNamespace(moderator=moderator, editor=editor)
