"""Wagtail's Elasticsearch 9 backend (the pinned client is elasticsearch 9) with German analysis.

Use as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.elasticsearch" (set ELASTICSEARCH_URL).
"""

from modelsearch.backends import elasticsearch9 as base

from .engines import german_backend

SearchBackend = german_backend(
    base.Elasticsearch9SearchBackend, base.Elasticsearch9Mapping, base.Elasticsearch9SearchQueryCompiler,
    base.Elasticsearch9AutocompleteQueryCompiler, "elasticsearch",
)
