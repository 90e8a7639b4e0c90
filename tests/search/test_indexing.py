"""Indexing costs a fixed number of queries per chunk, however many pages and related terms it holds."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from modelsearch.backends import get_search_backend

import pytest

from offers.models import OfferPage
from search import engine

from ..factories import OfferPageFactory, TargetGroupFactory, ThemeFactory


@pytest.mark.django_db
def test_a_chunk_of_offers_is_indexed_in_a_fixed_number_of_queries(site_tree):
    themes = [ThemeFactory(name="Bewegung", slug="bewegung"), ThemeFactory(name="Begegnung", slug="begegnung")]
    groups = [TargetGroupFactory(name="Senioren", slug="senioren")]
    offers = [
        OfferPageFactory(parent=site_tree.offer_index, title=f"Boulegruppe {n}", themes=themes, target_groups=groups)
        for n in range(12)
    ]
    index = get_search_backend("default").get_index_for_model(OfferPage)

    def queries(count):
        objs = list(OfferPage.get_indexed_objects().filter(pk__in=[offer.pk for offer in offers[:count]]))
        with CaptureQueriesContext(connection) as captured:
            index.add_items(OfferPage, objs)
        return len(captured)

    queries(12)  # the words are known from here on
    assert queries(2) == queries(12)


@pytest.mark.django_db
def test_related_terms_are_indexed(site_tree):
    theme = ThemeFactory(name="Gedächtnistraining", slug="gedaechtnis")
    OfferPageFactory(parent=site_tree.offer_index, title="Denksport am Dienstag", themes=[theme])
    index = get_search_backend("default").get_index_for_model(OfferPage)
    index.add_items(OfferPage, list(OfferPage.get_indexed_objects()))
    assert [page.title for page in engine.search("Gedächtnistraining", types=["offer"]).results] == [
        "Denksport am Dienstag"
    ]
