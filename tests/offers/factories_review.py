"""Users in the editorial roles and stale offers, for the keeping-offers-current tests."""

from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from editorial.roles import MODERATION_GROUP, editor_group_for
from offers.stale import months_before

from ..factories import OfferPageFactory

PASSWORD = "ein-sicheres-passwort-2026"


def make_user(username, *groups, email=None):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org" if email is None else email, password=PASSWORD,
        first_name=username.title(),
    )
    user.groups.add(*groups)
    return user


def make_editor(partner, username=None):
    return make_user(username or f"redaktion-{partner.slug}", editor_group_for(partner))


def make_moderator(username="moderatorin"):
    return make_user(username, Group.objects.get(name=MODERATION_GROUP))


def months_ago(months, today=None):
    return months_before(today or date.today(), months)


def stale_offer(parent, months=13, **kwargs):
    """A live offer with a published revision, last reviewed `months` months ago."""
    offer = OfferPageFactory(parent=parent, last_reviewed_date=months_ago(months), **kwargs)
    offer.save_revision().publish()
    offer.refresh_from_db()
    return offer
