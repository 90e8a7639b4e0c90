"""Search fixtures: the fixed corpus once per test class, search engine servers, no state across tests."""

import os
import socket

import pytest

from search.vocabulary import vocabulary

from ..conftest import build_site_tree
from .corpus import build_corpus


@pytest.fixture(scope="class")
def corpus(class_db):
    vocabulary.reset()
    tree = build_site_tree()
    pages = build_corpus(tree)
    vocabulary.reset()
    return pages


def _reachable(url):
    from urllib.parse import urlparse

    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname, parsed.port or 9200), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def opensearch_url():
    url = os.environ.get("OPENSEARCH_TEST_URL")
    if url:
        if not _reachable(url):
            pytest.skip(f"OPENSEARCH_TEST_URL={url} is not reachable")
        yield url
        return
    try:
        from osmem_server import OsmemServer

        server = OsmemServer.start(japanese=False)
    except Exception as error:  # the bundled binary may not run on this platform
        pytest.skip(f"osmem-server could not start: {error}")
    yield server.url
    server.close()


@pytest.fixture(scope="session")
def elasticsearch_url():
    url = os.environ.get("ELASTICSEARCH_TEST_URL")
    if not url:
        pytest.skip("no Elasticsearch server: set ELASTICSEARCH_TEST_URL to an Elasticsearch 9 server to run these")
    if not _reachable(url):
        pytest.skip(f"ELASTICSEARCH_TEST_URL={url} is not reachable")
    return url
