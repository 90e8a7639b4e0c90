"""Shared fixtures: a clean cache and media folder per run, and the site's page tree."""

from types import SimpleNamespace

from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from wagtail.models import Page, Site

import pytest

from search import engine
from search.vocabulary import vocabulary

from .factories import (
    EventIndexPageFactory,
    HomePageFactory,
    NewsIndexPageFactory,
    OfferIndexPageFactory,
    PartnerIndexPageFactory,
)


def pytest_configure(config):
    # WhiteNoise looks for collected static files, which tests never build; the templates find them anyway.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    # Uploaded images and renditions go to a throwaway folder, never into the project's media/.
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    # Wagtail caches site root paths; after a rollback they would point at pages that no longer exist.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _fresh_search_state():
    # The search vocabulary keeps an in-memory copy that would otherwise hold words of rolled-back pages.
    vocabulary.reset()
    engine.reset_engine_state()
    yield
    vocabulary.reset()
    engine.reset_engine_state()


def build_site_tree():
    """HomePage under the root as the default site's root, with one of each index page beneath it."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.site_name = "MitMenschen"
    site.save()
    # The welcome page that Wagtail's migrations create would otherwise sit beside the home page.
    for page in Page.objects.filter(depth=2).exclude(pk=home.pk):
        page.delete()
    return SimpleNamespace(
        root=root,
        site=site,
        home=home,
        offer_index=OfferIndexPageFactory(parent=home),
        event_index=EventIndexPageFactory(parent=home),
        partner_index=PartnerIndexPageFactory(parent=home),
        news_index=NewsIndexPageFactory(parent=home),
    )


@pytest.fixture
def site_tree(db):
    return build_site_tree()


@pytest.fixture(scope="class")
def class_db(django_db_setup, django_db_blocker):
    """Data made once per test class (like setUpTestData), rolled back after the class's last test.

    Each test still runs in its own savepoint (through the `db` fixture), so a test's own changes vanish.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="class")
def class_site_tree(class_db):
    return build_site_tree()
