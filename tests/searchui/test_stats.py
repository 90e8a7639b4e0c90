"""Search statistics: what is recorded (and what never is), the moderators' monthly report, and the purge."""

from datetime import date, timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest

from searchstats.models import SearchQueryDay
from searchstats.recording import record_search

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/search-queries/"


def counts():
    return {(row.query, row.date): (row.searches, row.misses) for row in SearchQueryDay.objects.all()}


def last_month(day):
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


class TestRecording:
    def test_each_search_counts_once_per_query_and_day(self, client, network):
        today = timezone.localdate()
        client.get("/suche/?q=Spaziergang")
        client.get("/suche/?q=%20%20SPAZIERGANG%20")
        client.get("/suche/?q=Quargelbrot")
        assert counts() == {("spaziergang", today): (2, 0), ("quargelbrot", today): (1, 1)}

    def test_only_what_is_needed_is_stored(self):
        # No address, no user, no session, no time of day: DSGVO data minimisation.
        assert {f.name for f in SearchQueryDay._meta.get_fields()} == {"id", "query", "date", "searches", "misses"}

    @pytest.mark.parametrize(
        "params",
        [
            {"q": ""},
            {"q": "   "},
            {"q": "Spaziergang", "seite": "2"},
            {"q": "Spaziergang", "type": "offer"},
            {"q": "Spaziergang", "district": "werl"},
            {"q": "Spaziergang", "past": "1"},
            {"q": "x" * 10_000},
            {"q": "wort " * 30},
            {"q": "erika.muster@example.org"},
            {"q": "0171 1234567"},
            {"q": "*** ### !!!"},
        ],
    )
    def test_not_recorded(self, client, network, params):
        assert client.get("/suche/", params).status_code == 200
        assert not SearchQueryDay.objects.exists()

    def test_postcodes_are_recorded(self, client, network):
        client.get("/suche/?q=59494 Soest")
        assert SearchQueryDay.objects.get().query == "59494 soest"

    def test_searches_by_logged_in_editors_are_not_counted(self, client, people):
        client.force_login(people.moderator)
        client.get("/suche/?q=Spaziergang")
        assert not SearchQueryDay.objects.exists()

    def test_recording_adds_to_the_day_and_counts_misses(self, network):
        today = timezone.localdate()
        SearchQueryDay.objects.create(query="kaffee", date=today, searches=4, misses=1)
        assert record_search("Kaffee", 0)
        assert counts() == {("kaffee", today): (5, 2)}


class TestReport:
    @pytest.fixture
    def stats(self, network):
        today = timezone.localdate()
        earlier = last_month(today)
        SearchQueryDay.objects.bulk_create([
            SearchQueryDay(query="spaziergang", date=today, searches=7, misses=0),
            SearchQueryDay(query="spaziergang", date=today.replace(day=1), searches=2, misses=0),
            SearchQueryDay(query="schach", date=today, searches=3, misses=3),
            SearchQueryDay(query="tanztee", date=today, searches=1, misses=1),
            SearchQueryDay(query="vormonat", date=earlier, searches=20, misses=20),
        ])
        return today, earlier

    def rows(self, response):
        return [(row["query"], row["searches"], row["misses"]) for row in response.context["object_list"]]

    def test_moderators_see_the_most_frequent_queries_of_the_month(self, client, people, stats):
        client.force_login(people.moderator)
        response = client.get(REPORT)
        assert response.status_code == 200
        assert self.rows(response) == [("spaziergang", 9, 0), ("schach", 3, 3), ("tanztee", 1, 1)]
        html = response.content.decode()
        assert 'href="/suche/?q=spaziergang"' in html
        assert "Suchanfragen" in html

    def test_queries_that_found_nothing(self, client, people, stats):
        client.force_login(people.moderator)
        response = client.get(REPORT, {"show": "none"})
        assert self.rows(response) == [("schach", 3, 3), ("tanztee", 1, 1)]

    def test_earlier_month(self, client, people, stats):
        _today, earlier = stats
        client.force_login(people.moderator)
        response = client.get(REPORT, {"month": f"{earlier:%Y-%m}"})
        assert self.rows(response) == [("vormonat", 20, 20)]
        assert f'value="{earlier:%Y-%m}"' in response.content.decode()

    def test_search_sort_and_export(self, client, people, stats):
        client.force_login(people.moderator)
        assert self.rows(client.get(REPORT, {"q": "schach"})) == [("schach", 3, 3)]
        assert [r[0] for r in self.rows(client.get(REPORT, {"ordering": "query"}))] == [
            "schach", "spaziergang", "tanztee",
        ]
        export = client.get(REPORT, {"export": "csv"})
        assert export.status_code == 200
        assert b"spaziergang,9,0" in b"".join(export.streaming_content)

    def test_bad_filter_values_fall_back_to_this_month(self, client, people, stats):
        client.force_login(people.moderator)
        for params in ({"month": "1999-99"}, {"month": "x" * 500}, {"show": "?"}, {"p": "999"}, {"ordering": "id"}):
            response = client.get(REPORT, params)
            assert response.status_code == 200, params

    def test_partner_editors_are_refused(self, client, people, stats):
        client.force_login(people.editor)
        response = client.get(REPORT)
        assert response.status_code in (302, 403)
        assert "spaziergang" not in response.content.decode()
        assert client.get(REPORT.rstrip("/") + "/results/").status_code in (302, 403)

    def test_anonymous_visitors_are_sent_to_the_login(self, client, stats):
        response = client.get(REPORT)
        assert response.status_code == 302
        assert "/admin/login/" in response["Location"]

    def test_menu_entry_only_for_moderators(self, client, people):
        client.force_login(people.moderator)
        assert REPORT in client.get("/admin/").content.decode()
        client.force_login(people.editor)
        assert REPORT not in client.get("/admin/").content.decode()

    def test_wagtails_empty_search_terms_report_is_replaced(self, client, admin_user):
        # The search page records into our statistics, not Wagtail's query hits: its report would stay empty.
        client.force_login(admin_user)
        html = client.get("/admin/").content.decode()
        assert REPORT in html
        assert "/admin/searchpicks/reports/search-terms/" not in html

    def test_moderators_manage_promoted_results(self, client, people):
        client.force_login(people.moderator)
        assert client.get("/admin/searchpicks/").status_code == 200
        assert client.get("/admin/searchpicks/add/").status_code == 200
        client.force_login(people.editor)
        assert client.get("/admin/searchpicks/").status_code == 302


def test_purge_deletes_old_statistics(db):
    today = timezone.localdate()
    SearchQueryDay.objects.create(query="neu", date=today, searches=1)
    SearchQueryDay.objects.create(query="alt", date=today - timedelta(days=800), searches=1)
    SearchQueryDay.objects.create(query="grenze", date=date(today.year - 1, today.month, 1), searches=1)
    call_command("purge_search_stats", verbosity=0)
    assert sorted(SearchQueryDay.objects.values_list("query", flat=True)) == ["grenze", "neu"]
    call_command("purge_search_stats", months=1, verbosity=0)
    assert list(SearchQueryDay.objects.values_list("query", flat=True)) == ["neu"]
