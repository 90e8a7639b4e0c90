"""Marking the searched words in titles and excerpts: German word forms, and never unescaped text."""

import pytest

from search.highlight import EXCERPT_LENGTH, Matcher, excerpt, highlight, plain_text


def marked(text, query):
    return str(highlight(text, Matcher(query)))


def test_text_is_escaped_and_only_mark_is_added():
    assert marked('<b>Kaffee</b> & "Kuchen"', "kaffee") == (
        "&lt;b&gt;<mark>Kaffee</mark>&lt;/b&gt; &amp; &quot;Kuchen&quot;"
    )


def test_markup_in_the_query_cannot_reach_the_page():
    html = marked("Ein <script>alert(1)</script> Test", "<script>alert(1)</script>")
    assert "<script>" not in html
    assert html == "Ein &lt;<mark>script</mark>&gt;<mark>alert</mark>(<mark>1</mark>)&lt;/<mark>script</mark>&gt; Test"


@pytest.mark.parametrize(
    ("query", "text", "word"),
    [
        ("Spaziergang", "Unsere Spaziergänge am Fluss", "Spaziergänge"),
        ("spaziergaenge", "Ein Spaziergang", "Spaziergang"),
        ("gruen", "Der grüne Treffpunkt", "grüne"),
        ("Strasse", "An der Hauptstraße 3", "Hauptstraße"),
        ("Cafe", "Das Café im Park", "Café"),
        ("Treff", "Der Seniorentreff am Markt", "Seniorentreff"),
        ("Selbsthilfe", "Die Selbsthilfegruppe trifft sich", "Selbsthilfegruppe"),
        ("KAFFEE", "kaffee und kuchen", "kaffee"),
    ],
)
def test_word_forms_are_marked(query, text, word):
    assert f"<mark>{word}</mark>" in marked(text, query)


def test_short_stems_only_match_whole_words():
    assert "<mark>" not in marked("Beratung und Ratgeber", "Rat")
    assert marked("Rat und Tat", "Rat") == "<mark>Rat</mark> und Tat"


def test_stop_words_are_not_marked():
    assert "<mark>" not in marked("Die Gruppe und der Verein", "und der die")


def test_excerpt_is_taken_around_the_first_match_and_cut_at_words():
    body = "Einleitung " * 40 + "Hier beginnt der Spaziergang am Kurpark. " + "Weiterer Text " * 40
    html = str(excerpt(["Kurz und ohne Treffer.", body], Matcher("Spaziergang")))
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>Spaziergang</mark>" in html
    text = html.replace("<mark>", "").replace("</mark>", "")
    assert len(text) <= EXCERPT_LENGTH + 4
    assert "Einleitu …" not in text and not text[2:].startswith("inleitung")


def test_excerpt_prefers_the_first_text_with_a_match():
    html = str(excerpt(["Kaffee und Kuchen", "Ein Spaziergang"], Matcher("Spaziergang")))
    assert html == "Ein <mark>Spaziergang</mark>"


def test_excerpt_without_match_shows_the_first_text():
    assert str(excerpt(["", None, "Kaffee und Kuchen"], Matcher("Schach"))) == "Kaffee und Kuchen"
    assert excerpt([None, ""], Matcher("Schach")) == ""


def test_plain_text_of_rich_text_keeps_words_apart():
    assert plain_text("<p>Erster&nbsp;Absatz.</p><p>Zweiter &amp; letzter</p>") == "Erster Absatz. Zweiter & letzter"


def test_plain_text_of_stream_data_reads_only_text():
    class Stream:
        raw_data = [
            {"type": "heading", "value": {"text": "Wie kann ich teilnehmen?", "level": "h2"}, "id": "a"},
            {"type": "paragraph", "value": "<p>Einfach <b>vorbeikommen</b>.</p>", "id": "b"},
            {"type": "image", "value": {"image": 7, "alt_text": "Foto", "caption": "Im Garten"}, "id": "c"},
        ]

    assert plain_text(Stream()) == "Wie kann ich teilnehmen? Einfach vorbeikommen. Im Garten"
