"""The search engine's contract: facets, filters, events, ranking, suggestions, autocomplete, freshness."""

from datetime import timedelta

from django.db import connection
from django.utils import timezone

import pytest

from search import engine

from ..factories import EventPageFactory, OfferPageFactory


def titles(response):
    return [page.title for page in response.results]


@pytest.mark.django_db
@pytest.mark.usefixtures("corpus")
class TestContract:
    def test_reports_the_backend_it_used(self):
        response = engine.search("Kaffeetreff")
        assert response.backend == connection.vendor
        assert response.fell_back is False

    def test_facets_count_every_type_and_ignore_the_type_filter(self):
        response = engine.search("Kaffeetreff", types=["news"])
        counts = {facet.key: facet.count for facet in response.facets}
        assert counts["offer"] == 1
        assert counts["news"] == 1
        assert titles(response) == ["Kaffeetreff zieht um"]
        assert [facet.key for facet in response.facets if facet.selected] == ["news"]

    def test_type_filter(self):
        assert titles(engine.search("Selbsthilfe", types=["partner"])) == ["Selbsthilfe-Kontaktstelle Kreis Soest"]

    def test_district_filter_county_includes_its_towns(self):
        werl = titles(engine.search("Trauer", district="werl"))
        assert "Trauercafé Werl" in werl
        assert "Workshop Trauerbegleitung" not in werl  # the workshop is in Lippstadt
        county = titles(engine.search("Trauer", district="kreis-soest"))
        assert {"Trauercafé Werl", "Workshop Trauerbegleitung"} <= set(county)

    def test_theme_and_target_group_filters(self):
        seele = set(titles(engine.search("Gruppe", theme="seele", per_page=20)))
        assert "Depressions-Selbsthilfegruppe Lippstadt" in seele
        assert "Wandergruppe Haarstrang" not in seele
        seniors = set(titles(engine.search("Treffpunkt Spaziergang Gymnastik", target_group="senioren", per_page=20)))
        assert "Gymnastik im Sitzen" in seniors
        assert "Wandergruppe Haarstrang" not in seniors

    def test_unknown_filters_are_ignored_and_reported(self):
        response = engine.search("Schach", types=["nonsense"], district="atlantis", theme="<script>")
        assert "Schachclub am Abend" in titles(response)
        assert set(response.ignored_filters) == {"nonsense", "district", "theme"}
        assert response.notices

    def test_events_default_to_upcoming(self):
        found = titles(engine.search("Einsamkeit", per_page=20))
        assert "Vortrag: Einsamkeit überwinden" not in found

    def test_past_events_on_request_after_upcoming_ones(self):
        found = titles(engine.search("Spaziergang", include_past_events=True, per_page=20))
        assert "Spaziergang zum Tag der Nachbarn" in found
        assert found.index("Spaziergang für Seniorinnen und Senioren") < found.index(
            "Spaziergang zum Tag der Nachbarn"
        )
        assert found[-1] == "Spaziergang zum Tag der Nachbarn"

    def test_title_outweighs_body(self):
        found = titles(engine.search("Yoga"))
        assert found.index("Yoga am Morgen") < found.index("Offene Sprechstunde")

    def test_typo_is_corrected_and_suggested(self):
        response = engine.search("Kafee treff")
        assert "Kaffeetreff im Quartier" in titles(response)
        assert response.corrections == {"kafee": "Kaffee"}
        assert response.suggestion == "Kaffee treff"

    def test_suggestion_when_nothing_is_found(self):
        response = engine.search("Schahclbu")
        assert response.count == 0
        assert response.suggestion == "Schachclub"

    def test_no_suggestion_from_drafts(self):
        # "Schachturnier" exists only as a draft: no correction may point to it.
        response = engine.search("Schachturnir")
        assert "Schachturnier" not in response.suggestion
        assert "Geheimes Schachturnier" not in titles(response)

    def test_stop_words_only(self):
        response = engine.search("und für die")
        assert response.count == 0
        assert response.page_obj.number == 1

    def test_pagination_beyond_the_last_page(self):
        response = engine.search("Gruppe", page=10**12, per_page=2)
        assert response.page_obj.number == response.page_obj.paginator.num_pages

    def test_autocomplete(self):
        assert "Selbsthilfegruppe Alkohol" in [r["title"] for r in engine.autocomplete("Selbsth")]
        found_titles = [r["title"] for r in engine.autocomplete("Kaffeet")]
        assert "Kaffeetreff im Quartier" in found_titles
        # Compound parts complete too: "Treff" finds "Seniorentreff".
        assert "Seniorentreff am Markt" in [r["title"] for r in engine.autocomplete("Treff")]
        first = engine.autocomplete("Kaffeet")[0]
        assert first["url"].startswith("/") and first["type"] in engine.TYPE_KEYS and first["type_label"]

    def test_autocomplete_never_shows_drafts_or_private_pages(self):
        assert engine.autocomplete("Geheim") == []
        assert engine.autocomplete("Interne") == []

    @pytest.mark.parametrize("query", ["", "a", "   ", "\x00\x01"])
    def test_autocomplete_short_input(self, query):
        assert engine.autocomplete(query) == []


@pytest.mark.django_db
class TestFreshness:
    def test_publish_edit_unpublish_delete_show_at_once(self, site_tree):
        offer = OfferPageFactory(parent=site_tree.offer_index, title="Boulegruppe am Teich", live=False,
                                 summary="Kugeln werfen.")
        assert titles(engine.search("Boulegruppe")) == []
        offer.save_revision().publish()
        assert titles(engine.search("Boulegruppe")) == ["Boulegruppe am Teich"]
        assert titles(engine.search("Boule")) == ["Boulegruppe am Teich"]

        offer.refresh_from_db()
        offer.title = "Pétanque am Teich"
        offer.save_revision().publish()
        assert titles(engine.search("Petanque")) == ["Pétanque am Teich"]
        assert titles(engine.search("Boulegruppe")) == []

        offer.refresh_from_db()
        offer.unpublish()
        assert titles(engine.search("Petanque")) == []

        offer.refresh_from_db()
        offer.save_revision().publish()
        assert titles(engine.search("Petanque")) == ["Pétanque am Teich"]
        offer.refresh_from_db()
        offer.delete()
        assert titles(engine.search("Petanque")) == []

    def test_changes_in_moderation_stay_invisible(self, site_tree):
        offer = OfferPageFactory(parent=site_tree.offer_index, title="Lauftreff", summary="Wir laufen.")
        offer.title = "Geheimer Entwurfstitel"
        offer.save_revision()  # a draft revision, e.g. submitted for moderation: not published
        assert titles(engine.search("Entwurfstitel")) == []
        assert titles(engine.search("Lauftreff")) == ["Lauftreff"]

    def test_event_moves_to_the_past(self, site_tree):
        event = EventPageFactory(parent=site_tree.event_index, title="Erzählcafé", summary="Geschichten.",
                                 starts_at=timezone.now() + timedelta(days=1))
        assert titles(engine.search("Erzählcafé")) == ["Erzählcafé"]
        event.starts_at = timezone.now() - timedelta(days=1)
        event.save_revision().publish()
        assert titles(engine.search("Erzählcafé")) == []
        assert titles(engine.search("Erzählcafé", include_past_events=True)) == ["Erzählcafé"]
