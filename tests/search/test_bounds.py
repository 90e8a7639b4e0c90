"""The database search stays bounded however many pages match: ranked candidates, capped counts and facets,
on PostgreSQL a time limit and a clean index table after update_index.

The bounds are lowered here so that a handful of pages exceeds them; the code paths are the ones that
100,000 offers take (docs/benchmarks.md, "Search").
"""

from django.db import OperationalError, connection
from django.test import Client

from modelsearch.backends import get_search_backend

import pytest

from search import engine

from ..factories import DistrictFactory, OfferPageFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's search backend only")


@pytest.fixture
def small_bounds(monkeypatch):
    # Each backend module can only be imported on its own database (the SQLite one needs its FTS table).
    if connection.vendor == "postgresql":
        from search.backends import postgres as backend

        prefix = "GermanPostgres"
    else:
        from search.backends import sqlite as backend

        prefix = "GermanSQLite"
    for kind in ("Search", "Autocomplete"):
        monkeypatch.setattr(getattr(backend, f"{prefix}{kind}QueryCompiler"), "CANDIDATES", 3)
    monkeypatch.setattr(engine, "FACET_CAP", 3)


@pytest.fixture
def many_offers(site_tree):
    """Eight offers that mention Boule in the body only, then one with Boule in its title, created last."""
    body_only = [
        OfferPageFactory(parent=site_tree.offer_index, title=f"Treffpunkt {n}",
                         summary="Wir spielen Boule im Park und trinken danach Kaffee.")
        for n in range(8)
    ]
    titled = OfferPageFactory(parent=site_tree.offer_index, title="Boule am Kanal", summary="Jeden Freitag.")
    return body_only, titled


@pytest.mark.usefixtures("small_bounds")
class TestBoundedRanking:
    def test_the_count_is_a_lower_bound_when_more_match(self, many_offers):
        response = engine.search("Boule")
        assert response.more_results is True
        assert response.count == 3

    def test_a_title_match_is_ranked_even_when_matches_are_cut_off(self, many_offers):
        _body_only, titled = many_offers
        assert engine.search("Boule").results[0].pk == titled.pk

    def test_exact_below_the_bound(self, many_offers):
        response = engine.search("Kanal")
        assert response.more_results is False
        assert [page.title for page in response.results] == ["Boule am Kanal"]

    def test_facets_are_capped_and_marked(self, many_offers):
        offers = next(facet for facet in engine.search("Boule").facets if facet.key == "offer")
        assert (offers.count, offers.more) == (3, True)

    def test_the_page_says_more_than(self, many_offers):
        html = Client().get("/suche/", {"q": "Boule"}).content.decode()
        assert "Mehr als" in html
        assert "(3+)" in html

    def test_a_narrow_filter_still_finds_the_page_beyond_the_first_candidates(self, site_tree, many_offers):
        # The index hands out the first matching rows; none of them is in Werl, so the database must search on.
        werl = DistrictFactory(name="Werl", slug="werl")
        OfferPageFactory(parent=site_tree.offer_index, title="Boule in Werl", summary="Boule für alle.", district=werl)
        response = engine.search("Boule", district="werl")
        assert [page.title for page in response.results] == ["Boule in Werl"]
        assert response.more_results is False

    def test_a_narrow_filter_shows_what_the_first_rows_hold_as_a_lower_bound(self, site_tree, monkeypatch):
        from search.backends import common

        monkeypatch.setattr(common, "ENOUGH", 1)
        werl = DistrictFactory(name="Werl", slug="werl")
        for n in range(2):
            OfferPageFactory(parent=site_tree.offer_index, title=f"Boule in Werl {n}", district=werl,
                             summary="Boule, Boule und noch einmal Boule.")
        for n in range(8):
            OfferPageFactory(parent=site_tree.offer_index, title=f"Boule {n}", summary="Treffen im Park.")
        OfferPageFactory(parent=site_tree.offer_index, title="Boule in Werl, später", district=werl,
                         summary="Treffen im Park.")
        # The first 8 matches read (PostgreSQL: in index order; SQLite: the best by bm25) hold two Werl offers:
        # enough to show, with "more than", without reading all matches.
        response = engine.search("Boule", district="werl")
        assert response.more_results is True
        assert sorted(page.title for page in response.results) == ["Boule in Werl 0", "Boule in Werl 1"]
        offers = next(facet for facet in response.facets if facet.key == "offer")
        assert (offers.count, offers.more) == (2, True)

    def test_autocomplete_ranks_a_bounded_set(self, many_offers):
        suggestions = engine.autocomplete("Treffp")
        assert 1 <= len(suggestions) <= 4
        assert all(s["title"].startswith("Treffpunkt") for s in suggestions)


@postgres_only
class TestTimeLimit:
    def test_a_slow_statement_is_cancelled_and_recognised(self):
        backend = get_search_backend("default")
        with pytest.raises(OperationalError) as caught, engine._time_limit(backend, 50), connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(2)")
        assert engine._is_timeout(caught.value)

    def test_the_limit_ends_with_the_search(self):
        backend = get_search_backend("default")
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            before = cursor.fetchone()[0]
        with engine._time_limit(backend, 50), connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "50ms"
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == before

    def test_the_setting_overrides_the_default(self, settings):
        settings.SEARCH_STATEMENT_TIMEOUT_MS = 1234
        with engine._time_limit(get_search_backend("default"), 50), connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "1234ms"


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_update_index_leaves_the_index_table_vacuumed_and_analysed(site_tree):
    from io import StringIO

    from django.core.management import call_command

    OfferPageFactory(parent=site_tree.offer_index, title="Boule am Kanal")
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT last_vacuum IS NOT NULL, last_analyze IS NOT NULL FROM pg_stat_user_tables "
            "WHERE relname = 'wagtailsearch_indexentry'"
        )
        assert cursor.fetchone() == (True, True)
    assert [page.title for page in engine.search("Boule").results] == ["Boule am Kanal"]


def test_a_search_reads_only_the_index_rows_of_the_types_it_may_return():
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    from events.models import EventPage
    from search.backends.common import content_types_of

    event = ContentType.objects.get_for_model(EventPage).pk
    assert content_types_of(Page.objects.filter(content_type__in=[event])) == [event]
    every_type = content_types_of(Page.objects.all())
    assert event in every_type and len(every_type) > 5
    # A subquery cannot be read in Python: all types stay.
    subquery = ContentType.objects.filter(pk=event).values("pk")
    assert content_types_of(Page.objects.filter(content_type__in=subquery)) == every_type


@postgres_only
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_search_stopped_by_the_time_limit_gives_a_notice_and_no_statistics(site_tree, settings):
    """A second connection locks the index table; the search waits for it until its time limit cancels it."""
    import psycopg

    from searchstats.models import SearchQueryDay

    OfferPageFactory(parent=site_tree.offer_index, title="Boule am Kanal")
    settings.SEARCH_STATEMENT_TIMEOUT_MS = 300
    params = connection.get_connection_params()
    with psycopg.connect(**params) as other:
        other.execute("LOCK TABLE wagtailsearch_indexentry IN ACCESS EXCLUSIVE MODE")
        response = Client().get("/suche/", {"q": "Boule"})
        other.rollback()
    assert response.status_code == 200
    assert response.context["search"].timed_out is True
    assert "zu lange gedauert" in response.content.decode()
    assert not SearchQueryDay.objects.filter(query="boule").exists()
    # Without the lock the same search finds the offer again.
    assert [page.title for page in engine.search("Boule").results] == ["Boule am Kanal"]
