"""The cached site chrome (menu, settings, footer) follows every change editors make, at the next request."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page

import pytest

from home.models import NetworkSettings
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _sections_in_menu(site_tree):
    Page.objects.filter(depth=3).update(show_in_menus=True)


def nav(client):
    body = client.get("/").content.decode()
    return body.split('class="main-nav__list"', 1)[1].split("</ul>", 1)[0]


def test_published_section_appears_in_the_menu(site_tree, client, django_capture_on_commit_callbacks):
    assert "Mitmachen" not in nav(client)
    page = StandardPageFactory(parent=site_tree.home, title="Mitmachen", slug="mitmachen", live=False,
                               show_in_menus=True)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "Mitmachen" in nav(client)


def test_unpublished_or_deleted_section_leaves_the_menu(site_tree, client, django_capture_on_commit_callbacks):
    assert "Veranstaltungen" in nav(client)
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.event_index.unpublish()
    assert "Veranstaltungen" not in nav(client)
    assert "Aktuelles" in nav(client)
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.news_index.delete()
    assert "Aktuelles" not in nav(client)


def test_renamed_section_and_moved_page(site_tree, client, django_capture_on_commit_callbacks):
    nav(client)
    site_tree.offer_index.refresh_from_db()
    site_tree.offer_index.title = "Alle Angebote"
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.offer_index.save_revision().publish()
    assert "Alle Angebote" in nav(client)
    with django_capture_on_commit_callbacks(execute=True):
        site_tree.partner_index.move(site_tree.offer_index, pos="last-child")
    assert ">Partner<" not in nav(client)


def test_settings_and_footer_links_show_at_once(site_tree, client, django_capture_on_commit_callbacks):
    client.get("/")
    settings = NetworkSettings.for_site(site_tree.site)
    settings.network_name = "Miteinander Werl"
    with django_capture_on_commit_callbacks(execute=True):
        settings.save()
    assert "Miteinander Werl" in client.get("/").content.decode()


def test_chrome_costs_no_query_once_cached(site_tree, client):
    client.get("/angebote/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/angebote/")
    assert "Veranstaltungen" in response.content.decode()
    tables = " ".join(query["sql"] for query in queries.captured_queries)
    for table in ("wagtailcore_site", "home_networksettings", "home_footerlink"):
        assert table not in tables


def test_unknown_host_gets_the_default_site(site_tree, client):
    assert client.get("/", HTTP_HOST="other.example.org").status_code == 200
    assert client.get("/angebote/", HTTP_HOST="third.example.org").status_code == 200
