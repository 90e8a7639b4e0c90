"""Public form fixtures: the site tree with the moderation workflow, a moderator, taxonomy terms, form data."""

import time
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from editorial.roles import MODERATION_GROUP
from editorial.setup import setup_editorial
from submissions import antispam
from tests.factories import DistrictFactory, OfferKindFactory, TargetGroupFactory, ThemeFactory

PROPOSAL_URL = "/angebot-melden/"
WISH_URL = "/angebot-wuenschen/"
FORM_NAMES = {PROPOSAL_URL: "angebot-melden", WISH_URL: "angebot-wuenschen"}


def aged_token(url, seconds=10):
    """A genuine form token issued `seconds` ago, as if a person had taken that long to fill in the form."""
    return antispam.make_token(FORM_NAMES[url], started=time.time() - seconds)


def post(client, url, data, seconds=10, **extra):
    return client.post(url, {antispam.TOKEN_FIELD: aged_token(url, seconds), **data}, **extra)


@pytest.fixture
def world(site_tree):
    setup_editorial()
    moderator = get_user_model().objects.create_user(
        username="moderatorin", email="moderation@example.org", password="ein-sicheres-passwort-2026",
        first_name="Mona",
    )
    moderator.groups.add(Group.objects.get(name=MODERATION_GROUP))
    return SimpleNamespace(
        tree=site_tree,
        moderator=moderator,
        theme=ThemeFactory(name="Bewegung", slug="bewegung"),
        target_group=TargetGroupFactory(name="Seniorinnen und Senioren", slug="senioren"),
        district=DistrictFactory(name="Werl", slug="werl"),
        kind=OfferKindFactory(name="Treffpunkt", slug="treffpunkt"),
    )


@pytest.fixture
def proposal_data(world):
    return {
        "title": "Spaziergang am Kurpark",
        "summary": "Wir gehen jeden Dienstag gemeinsam eine Stunde spazieren.",
        "description": "Treffpunkt ist der Eingang am Kurpark.\nBitte an feste Schuhe denken.",
        "kind": world.kind.pk,
        "themes": [world.theme.pk],
        "target_groups": [world.target_group.pk],
        "schedule": "jeden Dienstag 15 bis 16 Uhr",
        "venue_name": "Kurpark",
        "street": "Parkstraße 1",
        "postcode": "59457",
        "town": "Werl",
        "district": world.district.pk,
        "cost_type": "free",
        "cost_amount": "",
        "cost_note": "",
        "contact_name": "Gruppe Kurpark",
        "contact_phone": "02922 1234",
        "contact_email": "kurpark@example.org",
        "organisation": "Wandergruppe Werl e. V.",
        "submitter_name": "Erika Muster",
        "submitter_email": "erika@example.org",
        "submitter_phone": "0171 123456",
        "consent": "on",
    }


@pytest.fixture
def wish_data(world):
    return {
        "what": "Eine Spaziergruppe für Menschen mit Rollator",
        "target_group": world.target_group.pk,
        "age_group": "elderly",
        "district": world.district.pk,
        "theme": world.theme.pk,
        "contact_name": "Karl Beispiel",
        "contact_email": "karl@example.org",
        "contact_phone": "",
        "consent": "on",
    }


@pytest.fixture
def moderator_client(client, world):
    from django.test import Client

    moderator_client = Client()
    moderator_client.force_login(world.moderator)
    return moderator_client
