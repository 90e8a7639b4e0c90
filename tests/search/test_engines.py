"""The search test suite against OpenSearch and Elasticsearch, and the fallback when the engine is down.

OpenSearch runs in-process through the PyPI package osmem-server (an OpenSearch-compatible test server);
set OPENSEARCH_TEST_URL to use a real server instead, ELASTICSEARCH_TEST_URL for Elasticsearch 9.
Without a reachable server these tests are skipped, with the reason.
"""

import socket
import uuid
from io import StringIO

from django.core.management import call_command
from django.test import override_settings

import pytest

from search import engine
from search.vocabulary import vocabulary

from ..conftest import build_site_tree
from ..factories import OfferPageFactory
from .corpus import NEVER_FOUND, build_corpus
from .test_relevance import CASES


def engine_settings(backend, url):
    return {
        "default": {
            "BACKEND": backend, "URLS": [url], "INDEX_PREFIX": f"test_{uuid.uuid4().hex[:8]}_", "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 0},
        },
        "database": {"BACKEND": "search.backends.database"},
    }


def build_engine_corpus(backends):
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        vocabulary.reset()
        engine.reset_engine_state()
        tree = build_site_tree()
        pages = build_corpus(tree)
        # The engine's index with its German mapping is made by update_index, as on a real site.
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        vocabulary.reset()
    return pages


class EngineRelevance:
    @pytest.mark.parametrize(("query", "expected"), CASES, ids=[case[0] for case in CASES])
    def test_query_finds_pages_in_top_five(self, query, expected):
        response = engine.search(query, per_page=5)
        assert response.backend == self.backend_name and not response.fell_back
        titles = [page.title for page in response.results]
        missing = [title for title in expected if title not in titles]
        assert not missing, f"{query!r}: {missing} not in top 5 {titles}"

    @pytest.mark.parametrize("query", ["Schachturnier", "Interne Notizen", "Malkurs", "Kaffeetreff"])
    def test_never_finds_drafts_private_or_expired_pages(self, query):
        titles = [page.title for page in engine.search(query, per_page=50, include_past_events=True).results]
        assert not set(titles) & set(NEVER_FOUND)

    def test_facets_and_past_events(self):
        response = engine.search("Kaffeetreff")
        counts = {facet.key: facet.count for facet in response.facets}
        assert counts["offer"] == 1 and counts["news"] == 1
        found = [p.title for p in engine.search("Spaziergang", include_past_events=True, per_page=20).results]
        assert found[-1] == "Spaziergang zum Tag der Nachbarn"

    def test_autocomplete(self):
        assert "Kaffeetreff im Quartier" in [r["title"] for r in engine.autocomplete("Kaffeet")]
        assert engine.autocomplete("Geheim") == []


@pytest.mark.django_db
class TestOpenSearch(EngineRelevance):
    backend_name = "opensearch"

    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def engine_corpus(cls, class_db, opensearch_url):
        backends = engine_settings("search.backends.opensearch", opensearch_url)
        pages = build_engine_corpus(backends)
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            yield pages


@pytest.mark.django_db
class TestElasticsearch(EngineRelevance):
    backend_name = "elasticsearch"

    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def engine_corpus(cls, class_db, elasticsearch_url):
        backends = engine_settings("search.backends.elasticsearch", elasticsearch_url)
        pages = build_engine_corpus(backends)
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            yield pages


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_engine_down_publishing_works_search_falls_back_and_update_index_catches_up(site_tree, opensearch_url):
    down = engine_settings("search.backends.opensearch", f"http://127.0.0.1:{_closed_port()}")
    with override_settings(WAGTAILSEARCH_BACKENDS=down):
        offer = OfferPageFactory(parent=site_tree.offer_index, title="Kegelabend", live=False, summary="Alle neune.")
        offer.save_revision().publish()  # must not fail while the engine is down
        response = engine.search("Kegelabend")
        assert response.fell_back is True
        assert response.backend == "sqlite" or response.backend == "postgresql"
        assert [page.title for page in response.results] == ["Kegelabend"]
        assert response.notices

    up = engine_settings("search.backends.opensearch", opensearch_url)
    with override_settings(WAGTAILSEARCH_BACKENDS=up):
        engine.reset_engine_state()
        call_command("update_index", stdout=StringIO(), stderr=StringIO())
        response = engine.search("Kegelabend")
        assert response.fell_back is False and response.backend == "opensearch"
        assert [page.title for page in response.results] == ["Kegelabend"]
