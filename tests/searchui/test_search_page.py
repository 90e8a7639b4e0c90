"""The search page as people see it: results with type, marked excerpt and essentials; facets and filters;
the start page without a query; help when nothing is found; promoted results that never leak."""

from datetime import timedelta
from urllib.parse import urlencode

from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

import pytest

from home.models import NetworkSettings
from searchstats.models import SearchQueryDay

from ..factories import OfferPageFactory

pytestmark = pytest.mark.django_db


def get(client, **params):
    response = client.get(f"/suche/?{urlencode(params, doseq=True)}")
    assert response.status_code == 200
    return response


def section(html, css_class, end="</section>"):
    """The markup of the first element with this class, up to its end tag (enough for these templates)."""
    start = html.find(f'class="{css_class}')
    assert start >= 0, f"no {css_class} on the page"
    return html[start : html.find(end, start)]


def hit_markup(html, page):
    """The <li> of the result that links to this page (titles may have marked words in them)."""
    results = html[html.find('<ol class="search-results"') :]
    at = results.find(f'href="{page.url}"')
    assert at >= 0, f"{page.title} is not among the results"
    return results[results.rfind('<li class="search-result', 0, at) : results.find("</li>", at)]


def titles(response):
    return [hit.page.title for hit in response.context["hits"]]


class TestResults:
    def test_each_result_shows_type_title_marked_excerpt_and_essentials(self, client, network):
        html = get(client, q="Spaziergang").content.decode()
        offer = hit_markup(html, network.offer)
        assert 'class="search-result__type">Angebot' in offer
        assert f'href="{network.offer.url}"><mark>Spaziergang</mark> am Kurpark</a>' in offer
        # The summary does not mention walks ("spazieren"); the description does, so the excerpt comes from it.
        assert "Die <mark>Spaziergänge</mark> sind kostenlos." in offer
        slot = network.offer.meeting_times.get()
        assert str(slot.get_weekday_display()) in offer
        assert "<dd>Werl</dd>" in offer
        assert ">Anbieter</dt><dd>Nachbarschaftsverein Werl</dd>" in offer

        event = hit_markup(html, network.event)
        assert 'class="search-result__type">Veranstaltung' in event
        assert "Warum <mark>Spaziergänge</mark> gegen Einsamkeit helfen." in event
        assert "<dd>Stadthalle, Werl</dd>" in event
        assert "Veranstaltet von</dt><dd>Nachbarschaftsverein Werl</dd>" in event
        assert "<time datetime=" in event

        partner = hit_markup(html, network.partner)
        assert 'class="search-result__type">Partnerorganisation' in partner

    def test_results_are_an_ordered_list_with_headings_and_an_announced_count(self, client, network):
        html = get(client, q="Spaziergang").content.decode()
        status = section(html, "search-status", "</div>")
        assert 'role="status"' in status and "3 Ergebnisse gefunden" in status
        assert '<ol class="search-results" start="1">' in html
        assert html.count('<h3 class="search-result__title">') == 3

    def test_news_and_pages_show_their_type(self, client, network):
        html = get(client, q="Netzwerk verbindet Vereine").content.decode()
        assert 'class="search-result__type">Seite' in hit_markup(html, network.standard)
        html = get(client, q="Spaziergruppe").content.decode()
        news = hit_markup(html, network.news)
        assert 'class="search-result__type">Nachricht' in news
        assert "Von</dt><dd>Nachbarschaftsverein Werl</dd>" in news

    def test_never_shows_drafts_private_or_expired_pages(self, client, network):
        html = get(client, q="Spaziergang", past="1").content.decode()
        for page in (network.draft, network.private, network.expired):
            assert page.title not in html


class TestFacetsAndFilters:
    def test_facets_count_each_type(self, client, network):
        response = get(client, q="Spaziergang")
        html = response.content.decode()
        facets = section(html, "field field--choices search-facets", "</fieldset>")
        assert "<legend" in facets
        assert 'value="offer" id="search-type-offer">' in facets
        assert 'Angebote <span class="search-facets__count">(1)</span>' in facets
        assert 'Veranstaltungen <span class="search-facets__count">(1)</span>' in facets
        assert 'Partner <span class="search-facets__count">(1)</span>' in facets
        assert 'Seiten <span class="search-facets__count">(0)</span>' in facets
        tabs = section(html, "search-tabs", "</nav>")
        assert 'aria-current="page">Alle <span class="search-tabs__count">(3)</span>' in tabs
        assert 'href="?q=Spaziergang&amp;type=offer"' in tabs
        assert "Seiten" not in tabs  # types without results get no link

    def test_type_filter_keeps_the_counts_of_the_other_types(self, client, network):
        response = get(client, q="Spaziergang", type="offer")
        assert titles(response) == ["Spaziergang am Kurpark"]
        html = response.content.decode()
        assert 'value="offer" id="search-type-offer" checked>' in html
        assert 'Veranstaltungen <span class="search-facets__count">(1)</span>' in html
        assert 'aria-current="page">Angebote' in section(html, "search-tabs", "</nav>")

    def test_district_theme_and_target_group(self, client, network):
        assert titles(get(client, q="Kaffee Spaziergang", district="soest")) == ["Sonntagscafé Soest"]
        assert titles(get(client, q="Kaffee Spaziergang", theme="begegnung")) == ["Sonntagscafé Soest"]
        assert titles(get(client, q="Kaffee Spaziergang", target_group="senioren")) == ["Spaziergang am Kurpark"]
        html = get(client, q="Kaffee", district="soest").content.decode()
        assert '<option value="soest" selected>Soest</option>' in html
        assert 'href="/suche/?q=Kaffee">Filter zurücksetzen</a>' in html

    def test_events_are_upcoming_unless_past_ones_are_asked_for(self, client, network):
        assert network.past_event.title not in titles(get(client, q="Spaziergang"))
        response = get(client, q="Spaziergang", past="1")
        assert titles(response)[-1] == network.past_event.title
        html = response.content.decode()
        assert 'name="past" value="1" id="search-past" checked' in html
        assert "hat bereits stattgefunden" in hit_markup(html, network.past_event)
        assert "hat bereits stattgefunden" not in hit_markup(html, network.event)

    def test_unknown_filters_are_ignored_with_a_notice(self, client, network):
        response = get(client, q="Spaziergang", district="atlantis", type="nonsense")
        assert len(titles(response)) == 3
        assert response.context["search"].notices
        assert '<div class="notice notice--warning">' in response.content.decode()


class TestWithoutQuery:
    def test_shows_the_ways_in_and_the_directories(self, client, network):
        home = network.tree.home
        home.entry_points = [
            ("entry_point", {"title": "Ich suche Kontakt", "text": "Treffpunkte in Ihrer Nähe",
                             "theme": network.begegnung}),
        ]
        home.save()
        response = get(client, q="")
        html = response.content.decode()
        assert "Ich suche Kontakt" in html
        assert f'href="{network.tree.offer_index.url}?theme=begegnung"' in html
        assert f'href="{network.tree.event_index.url}"' in html
        assert "search-results" not in html and "search-status" not in html
        assert not SearchQueryDay.objects.exists()

    def test_blank_query_without_entry_points_still_leads_on(self, client, network):
        html = get(client, q="   ").content.decode()
        assert f'href="{network.tree.offer_index.url}"' in html
        assert "Wonach suchen Sie?" in html


class TestNothingFound:
    @pytest.fixture(autouse=True)
    def _office(self, network):
        settings = NetworkSettings.for_site(network.tree.site)
        settings.office_name = "Koordinierungsstelle MitMenschen"
        settings.office_phone = "02921 30-1234"
        settings.save()

    def test_help_with_wish_form_and_office_contact(self, client, network):
        html = get(client, q="Quargelbrot").content.decode()
        help_box = section(html, "empty-state search-help", '<div class="contact-list">')
        assert "Quargelbrot" in help_box
        assert 'href="/angebot-wuenschen/"' in help_box
        assert 'href="tel:02921301234"' in html
        assert "search-results" not in html

    def test_did_you_mean(self, client, network):
        response = get(client, q="Spaazirgangg")
        assert titles(response) == []
        html = response.content.decode()
        assert 'Meinten Sie <a href="/suche/?q=Spaziergang">„Spaziergang“</a>?' in html

    def test_corrected_results_say_which_spelling_they_include(self, client, network):
        response = get(client, q="Spazirgang")
        assert "Spaziergang am Kurpark" in titles(response)
        assert "Die Ergebnisse enthalten die Schreibweise „Spaziergang“." in response.content.decode()

    def test_filters_can_be_dropped_in_one_click(self, client, network):
        html = get(client, q="Kaffee", district="werl").content.decode()
        assert '<a href="/suche/?q=Kaffee">Noch einmal alles durchsuchen, ohne Filter</a>' in html

    def test_suggests_popular_searches_that_found_something(self, client, network):
        today = timezone.localdate()
        SearchQueryDay.objects.create(query="spaziergang", date=today, searches=5, misses=0)
        SearchQueryDay.objects.create(query="kaffee", date=today - timedelta(days=3), searches=2, misses=0)
        SearchQueryDay.objects.create(query="kaffee", date=today, searches=2, misses=1)
        SearchQueryDay.objects.create(query="schimpfwort", date=today, searches=50, misses=50)
        SearchQueryDay.objects.create(query="altes thema", date=today - timedelta(days=200), searches=9, misses=0)
        html = get(client, q="Quargelbrot").content.decode()
        chips = section(html, "search-chips", "</ul>")
        assert '<a href="/suche/?q=spaziergang">spaziergang</a>' in chips
        assert '<a href="/suche/?q=kaffee">kaffee</a>' in chips
        assert "schimpfwort" not in html  # never found anything: not shown to the public
        assert "altes thema" not in html


class TestPromotions:
    @pytest.fixture
    def pinned(self, network):
        promotion = SearchPromotion.objects.create(
            query=Query.get("Kaffee"), page=network.standard, description="Wer wir sind", sort_order=0,
        )
        SearchPromotion.objects.create(
            query=Query.get("kaffee"), external_link_url="https://example.org/kaffee",
            external_link_text="Kaffeeklatsch im Kreis", sort_order=1,
        )
        return promotion

    def promoted(self, client, query="  KAFFEE "):
        html = get(client, q=query).content.decode()
        if 'class="search-promotions"' not in html:
            return ""
        return section(html, "search-promotions")

    def test_shown_above_the_results_for_the_query(self, client, network, pinned):
        html = get(client, q="Kaffee").content.decode()
        box = self.promoted(client)
        assert f'href="{network.standard.url}">Über das Netzwerk</a>' in box
        assert "Wer wir sind" in box
        assert 'href="https://example.org/kaffee">Kaffeeklatsch im Kreis</a>' in box
        assert box.index("Über das Netzwerk") < box.index("Kaffeeklatsch im Kreis")
        assert html.index('class="search-promotions"') < html.index('class="search-results"')
        assert self.promoted(client, "Spaziergang") == ""

    def test_unpublished_page_is_not_shown(self, client, network, pinned):
        network.standard.unpublish()
        box = self.promoted(client)
        assert "Über das Netzwerk" not in box and "Kaffeeklatsch im Kreis" in box

    def test_private_page_is_not_shown(self, client, network, pinned):
        PageViewRestriction.objects.create(page=network.standard, restriction_type=PageViewRestriction.LOGIN)
        assert "Über das Netzwerk" not in self.promoted(client)

    def test_page_below_a_private_page_is_not_shown(self, client, network, pinned):
        PageViewRestriction.objects.create(page=network.partner, restriction_type=PageViewRestriction.LOGIN)
        pinned.page = network.offer
        pinned.save()
        assert "Spaziergang am Kurpark" not in self.promoted(client)

    def test_expired_page_is_not_shown(self, client, network, pinned):
        network.standard.expire_at = timezone.now() - timedelta(minutes=1)
        network.standard.save()
        assert "Über das Netzwerk" not in self.promoted(client)

    def test_draft_changes_are_not_shown(self, client, network, pinned):
        page = network.standard
        page.title = "Geheimer neuer Titel"
        page.save_revision()
        assert "Geheimer neuer Titel" not in get(client, q="Kaffee").content.decode()
        assert "Über das Netzwerk" in self.promoted(client)

    def test_not_repeated_on_later_pages(self, client, network, pinned):
        for number in range(11):
            OfferPageFactory(parent=network.tree.offer_index, title=f"Kaffeerunde {number}", summary="Kaffee")
        response = get(client, q="Kaffee", seite="2")
        assert response.context["page_obj"].number == 2
        html = response.content.decode()
        assert 'class="search-promotions"' not in html
