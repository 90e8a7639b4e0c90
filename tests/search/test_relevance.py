"""Relevance: German queries as people type them, and the pages they must find in the top 5.

Runs on the database the suite runs on (SQLite or PostgreSQL); test_opensearch.py runs the same cases
against OpenSearch.
"""

import pytest

from search import engine

from .corpus import NEVER_FOUND

# (query, titles that must all be among the first five results)
CASES = [
    ("Spaziergänge für Senioren in Lippstadt", ["Spaziergang für Seniorinnen und Senioren"]),
    ("Selbsthilfegruppe Depression", ["Depressions-Selbsthilfegruppe Lippstadt"]),
    ("Kafee treff", ["Kaffeetreff im Quartier"]),
    ("Spazirgang", ["Spaziergang für Seniorinnen und Senioren"]),
    ("Kafee", ["Kaffeetreff im Quartier"]),
    ("Selbsthilfe", ["Depressions-Selbsthilfegruppe Lippstadt", "Selbsthilfegruppe Alkohol"]),
    ("Gruppe Depression", ["Depressions-Selbsthilfegruppe Lippstadt"]),
    ("Senioren Treff", ["Seniorentreff am Markt"]),
    ("Senioren einkaufen", ["Einkaufsbegleitung"]),
    ("Lange Strasse", ["Radtour für Ältere"]),
    ("Gruen Weiss", ["Tanzcafé Grün-Weiß"]),
    ("Trauer", ["Trauercafé Werl"]),
    ("Trauercafe", ["Trauercafé Werl"]),
    ("Demenz Angehörige", ["Angehörigengruppe Demenz"]),
    ("Angehoerige Demenz", ["Angehörigengruppe Demenz"]),
    ("Handy Hilfe", ["Handysprechstunde für Ältere"]),
    ("Smartphone", ["Handysprechstunde für Ältere"]),
    ("wandern", ["Wandergruppe Haarstrang"]),
    ("Mittagessen", ["Offener Mittagstisch"]),
    ("Einsamkeit", ["Telefonkette gegen Einsamkeit"]),
    ("einsam", ["Besuchsdienst der Nachbarschaftshilfe"]),
    ("Nachbarschaftshilfe", ["Besuchsdienst der Nachbarschaftshilfe"]),
    ("Chor singen", ["Chor Spätlese"]),
    ("Männer Werkstatt", ["Männerschuppen Soest"]),
    ("Maenner", ["Männerschuppen Soest"]),
    ("Gymnastik Rollator", ["Gymnastik im Sitzen"]),
    ("Alleinerziehende Frühstück", ["Alleinerziehenden-Frühstück"]),
    ("Angst", ["Gesprächskreis Angst und Panik"]),
    ("Schach", ["Schachclub am Abend"]),
    ("Garten", ["Gartenprojekt Grünes Band"]),
    ("Deutsch lernen", ["Sprachcafé Deutsch"]),
    ("Vortrag Depression", ["Vortrag: Depression im Alter"]),
    ("Caritas", ["Caritas Lippstadt"]),
    ("Netzwerk Vereine", ["Über das Netzwerk"]),
    ("Kaffeetreff", ["Kaffeetreff im Quartier", "Kaffeetreff zieht um"]),
    ("Sucht Alkohol", ["Selbsthilfegruppe Alkohol"]),
    ("Romane lesen", ["Lesekreis in der Stadtbücherei"]),
    ("Fahrrad Touren", ["Radtour für Ältere"]),
    ("Trauernde begleiten", ["Trauercafé Werl", "Workshop Trauerbegleitung"]),
    ("Gymnastk", ["Gymnastik im Sitzen"]),
]


def top_titles(query, n=5, **kwargs):
    response = engine.search(query, per_page=n, **kwargs)
    return [page.title for page in response.results]


@pytest.mark.django_db
@pytest.mark.usefixtures("corpus")
class TestRelevance:
    @pytest.mark.parametrize(("query", "expected"), CASES, ids=[case[0] for case in CASES])
    def test_query_finds_pages_in_top_five(self, query, expected):
        titles = top_titles(query)
        missing = [title for title in expected if title not in titles]
        assert not missing, f"{query!r}: {missing} not in top 5 {titles}"

    def test_case_count(self):
        assert len(CASES) >= 30

    @pytest.mark.parametrize("query", ["Schachturnier", "Interne Notizen", "Malkurs", "Kaffeetreff", "Schach"])
    def test_never_finds_drafts_private_or_expired_pages(self, query):
        response = engine.search(query, per_page=50, include_past_events=True)
        titles = [page.title for page in response.results]
        assert not set(titles) & set(NEVER_FOUND)
        assert response.suggestion == "" or not any(w in response.suggestion for w in ("Schachturnier", "Malkurs"))
