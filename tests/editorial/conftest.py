"""Editorial fixtures: two partner organisations with their editors, a moderator, live and draft content."""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import pytest

from editorial.roles import MODERATION_GROUP, editor_group_for
from tests.factories import OfferPageFactory, PartnerPageFactory


def make_user(username, *groups):
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="ein-sicheres-passwort-2026",
        first_name=username.title(),
    )
    user.groups.add(*groups)
    return user


def build_editorial(tree):
    caritas = PartnerPageFactory(parent=tree.partner_index, title="Caritas Soest", slug="caritas")
    awo = PartnerPageFactory(parent=tree.partner_index, title="AWO Lippstadt", slug="awo")
    return SimpleNamespace(
        tree=tree,
        caritas=caritas,
        awo=awo,
        caritas_editor=make_user("caritas-redaktion", editor_group_for(caritas)),
        awo_editor=make_user("awo-redaktion", editor_group_for(awo)),
        moderator=make_user("moderatorin", Group.objects.get(name=MODERATION_GROUP)),
        # A published offer and an unpublished draft in the Caritas subtree, each with a revision.
        live_offer=with_revision(OfferPageFactory(parent=caritas, title="Erzählcafé", provider=caritas)),
        draft_offer=with_revision(OfferPageFactory(parent=caritas, title="Neuer Spieletreff", live=False,
                                                   provider=caritas)),
    )


def with_revision(page):
    page.save_revision()
    return page


@pytest.fixture(scope="class")
def editorial(class_site_tree):
    return build_editorial(class_site_tree)


@pytest.fixture
def editorial_fresh(site_tree):
    """The same world for tests that change it beyond one test's savepoint (e.g. on_commit mail)."""
    return build_editorial(site_tree)
