"""The start page and plain content pages render what editors put in, and nothing that is not public."""

from datetime import timedelta
from html import unescape

from django.utils import timezone

from wagtail.rich_text import RichText

from ..factories import (
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OfferPageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
)


def test_empty_home_page_renders(client, site_tree):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert site_tree.home.intro_heading in html
    assert list(response.context["featured_offers"]) == []


def test_home_page_shows_featured_offers_next_events_and_news(client, site_tree):
    OfferPageFactory(parent=site_tree.offer_index, title="Empfohlenes Café", is_featured=True, image=ImageFactory())
    OfferPageFactory(parent=site_tree.offer_index, title="Gewöhnliches Angebot")
    OfferPageFactory(parent=site_tree.offer_index, title="Empfohlener Entwurf", is_featured=True, live=False)
    EventPageFactory(parent=site_tree.event_index, title="Nächster Vortrag")
    EventPageFactory(parent=site_tree.event_index, title="Vergangener Vortrag",
                     starts_at=timezone.now() - timedelta(days=1))
    NewsPageFactory(parent=site_tree.news_index, title="Neueste Meldung")
    html = client.get("/").content.decode()
    assert "Empfohlenes Café" in html
    assert "Gewöhnliches Angebot" not in html
    assert "Empfohlener Entwurf" not in html
    assert "Nächster Vortrag" in html
    assert "Vergangener Vortrag" not in html
    assert "Neueste Meldung" in html


def test_home_page_caps_its_lists(client, site_tree):
    for _ in range(8):
        OfferPageFactory(parent=site_tree.offer_index, is_featured=True)
        EventPageFactory(parent=site_tree.event_index)
        NewsPageFactory(parent=site_tree.news_index)
    context = client.get("/").context
    assert len(context["featured_offers"]) == 6
    assert len(context["upcoming_events"]) == 3
    assert len(context["latest_news"]) == 3


def test_entry_point_links_to_filtered_directory(client, site_tree):
    theme = ThemeFactory(name="Kontakt", slug="kontakt")
    home = site_tree.home
    home.entry_points = [
        ("entry_point", {"title": "Ich suche Kontakt", "text": "Treffpunkte in Ihrer Nähe", "theme": theme}),
    ]
    home.save()
    html = client.get("/").content.decode()
    assert "Ich suche Kontakt" in html
    assert f'href="{site_tree.offer_index.url}?theme=kontakt"' in html


def test_menu_lists_sections(client, site_tree):
    for page in (site_tree.offer_index, site_tree.event_index):
        page.show_in_menus = True
        page.save()
    html = client.get("/").content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{site_tree.offer_index.url}"' in nav
    assert f'href="{site_tree.event_index.url}"' in nav
    assert f'href="{site_tree.news_index.url}"' not in nav


def test_standard_page_renders_body_blocks(client, site_tree):
    walk = OfferPageFactory(parent=site_tree.offer_index, title="Spaziergang")
    cafe = OfferPageFactory(parent=site_tree.offer_index, title="Café")
    page = StandardPageFactory(
        parent=site_tree.home,
        title="Über das Netzwerk",
        intro="Wer wir sind.",
        body=[
            ("heading", {"text": "Unsere Ziele", "level": "h2"}),
            ("paragraph", RichText(f'<p>Nie <b>allein</b> sein: <a linktype="page" id="{walk.pk}">gehen</a></p>')),
            ("quote", {"text": "Hier habe ich Freunde gefunden.", "attribution": "Eine Teilnehmerin"}),
            ("image", {"image": ImageFactory(), "alt_text": "Gruppe beim Spaziergang", "caption": "Im Park"}),
            ("paragraph", RichText(f'<p>Oder <a linktype="page" id="{cafe.pk}">Kaffee trinken</a>.</p>')),
        ],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Über das Netzwerk", "Wer wir sind.", "Unsere Ziele</h2>", "<b>allein</b>",
                 "Hier habe ich Freunde gefunden.", "Eine Teilnehmerin", 'alt="Gruppe beim Spaziergang"', "Im Park",
                 f'<a href="{walk.url}">gehen</a>', f'<a href="{cafe.url}">Kaffee trinken</a>'):
        assert text in html, text
    # Blocks keep their order.
    assert html.index("Unsere Ziele") < html.index("allein") < html.index("Freunde") < html.index("Kaffee trinken")


def test_nested_standard_page(client, site_tree):
    parent = StandardPageFactory(parent=site_tree.home, title="Über uns")
    child = StandardPageFactory(parent=parent, title="Team")
    response = client.get(child.url)
    assert response.status_code == 200
    assert child.url == "/uber-uns/team/"


def test_draft_standard_page_is_not_public(client, site_tree):
    page = StandardPageFactory(parent=site_tree.home, live=False)
    assert client.get(page.url).status_code == 404


def test_unknown_address_is_404(client, site_tree):
    assert client.get("/gibt-es-nicht/").status_code == 404


def test_entry_points_with_terms_pages_and_a_term_chosen_twice(client, site_tree):
    """The entry points' choosers load only slug/URL (home.blocks.NarrowChooserMixin); every link still works."""
    theme = ThemeFactory(name="Trauer", slug="trauer")
    group = TargetGroupFactory(name="Angehörige", slug="angehoerige")
    about = StandardPageFactory(parent=site_tree.home, title="Über das Netzwerk", slug="ueber")
    home = site_tree.home
    home.entry_points = [
        ("entry_point", {"title": "Ich trauere", "text": "Trauercafés", "theme": theme, "target_group": group}),
        ("entry_point", {"title": "Ich bin neu hier", "text": "Wer wir sind", "page": about}),
        ("entry_point", {"title": "Nochmals Trauer", "text": "Gesprächskreise", "theme": theme}),
    ]
    home.save()
    html = client.get("/").content.decode()
    directory = site_tree.offer_index.url
    assert f'href="{directory}?theme=trauer&amp;target_group=angehoerige"' in html
    assert 'href="/ueber/"' in html
    assert f'href="{directory}?theme=trauer"' in html
    values = [block.value for block in type(home).objects.get(pk=home.pk).entry_points]
    assert values[0]["theme"] is not values[2]["theme"]  # chosen twice, two objects, as Wagtail does


def test_admin_edit_view_shows_the_chosen_entry_points(admin_client, site_tree):
    """Fields the narrow choosers leave out still load when the admin reads them (the page title, its parent)."""
    about = StandardPageFactory(parent=site_tree.home, title="Über das Netzwerk", slug="ueber")
    home = site_tree.home
    home.entry_points = [("entry_point", {"title": "Ich bin neu hier", "text": "Wer wir sind", "page": about,
                                          "theme": ThemeFactory(name="Begegnung", slug="begegnung")})]
    home.save_revision().publish()
    response = admin_client.get(f"/admin/pages/{home.pk}/edit/")
    assert response.status_code == 200
    # The block state travels as JSON in an HTML attribute.
    state = unescape(response.content.decode()).replace("\\u00dc", "Ü")
    assert f'"page": {{"id": {about.pk}, "parentId": {home.pk}, "adminTitle": "Über das Netzwerk"' in state
    assert "Begegnung" in state
