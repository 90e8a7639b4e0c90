"""What the one-query routing and the per-request memo of restricted pages must keep exactly as before.

The router hands the page shown the pages above it (`route_ancestors`, home/routing.py) for the breadcrumbs;
the site chrome gives Wagtail the home page without its own fields (home/chrome.py); and which pages carry a
view restriction is asked once per request (home.chrome.restricted_pages), shared by the page view's own check
and every listing. None of that may change what a visitor sees or what stays private.
"""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page, PageViewRestriction
from wagtail.views import serve

import pytest

from home.chrome import SiteChromeMiddleware, restricted_pages
from home.models import HomePage
from offers.models import OfferPage

from ..factories import OfferPageFactory, PartnerPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest", slug="caritas")
    return {
        "partner": partner,
        "nested_offer": OfferPageFactory(parent=partner, title="Sprechstunde", slug="sprechstunde",
                                         summary="Beratung jeden Dienstag im Pfarrheim.", is_featured=True),
        "offer": OfferPageFactory(parent=site_tree.offer_index, title="Kaffeeklatsch", slug="kaffeeklatsch",
                                  summary="Kaffee und Kuchen am Markt.", is_featured=True),
        "site": site_tree,
    }


def breadcrumbs(html):
    """(href, label) of every link in the breadcrumbs, in order; the last one is the page itself."""
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S)
    assert nav, "no breadcrumbs on the page"
    return [(href, re.sub(r"\s+", " ", label).strip())
            for href, label in re.findall(r'<a href="([^"]*)"[^>]*>(.*?)</a>', nav.group(0), re.S)]


def expected_breadcrumbs(page):
    """What the template showed before the router's ancestors: page.get_ancestors() below the tree's root."""
    with translation.override("de"):
        home_label = translation.gettext("Home")
    crumbs = [(ancestor.url, home_label if ancestor.depth == 2 else ancestor.title)
              for ancestor in page.get_ancestors() if ancestor.depth > 1]
    return [*crumbs, (page.url, page.title)]


# Breadcrumbs


@pytest.mark.parametrize("key", ["nested_offer", "offer", "partner"])
def test_breadcrumbs_list_the_ancestors_in_order_with_links(client, pages, key):
    page = pages[key]
    response = client.get(page.url)
    assert response.status_code == 200
    crumbs = breadcrumbs(response.content.decode())
    assert crumbs == expected_breadcrumbs(page)
    assert crumbs[0][0] == "/"
    if key == "nested_offer":
        assert crumbs[1:] == [("/partner/", "Partner"), ("/partner/caritas/", "Caritas Soest"),
                              ("/partner/caritas/sprechstunde/", "Sprechstunde")]


@pytest.mark.parametrize("key", ["nested_offer", "offer"])
def test_router_hands_the_shown_page_its_ancestors(client, pages, key):
    # The breadcrumbs must come from the routing query, not from a second one (and match it exactly).
    page = pages[key]
    shown = client.get(page.url).context["page"]
    assert [p.pk for p in shown.route_ancestors] == [p.pk for p in page.get_ancestors() if p.depth > 1]
    with CaptureQueriesContext(connection) as captured:
        client.get(page.url)
    # page.get_ancestors() asks for the pages whose path is a prefix of the page's (Page.objects.ancestor_of).
    ancestor_queries = [q["sql"] for q in captured.captured_queries if '"wagtailcore_page"."path" IN (' in q["sql"]]
    assert ancestor_queries == []


def test_breadcrumbs_of_a_nested_standard_page(client, site_tree):
    parent = StandardPageFactory(parent=site_tree.home, title="Über uns", slug="ueber-uns")
    child = StandardPageFactory(parent=parent, title="Team", slug="team")
    grandchild = StandardPageFactory(parent=child, title="Vorstand", slug="vorstand")
    response = client.get("/ueber-uns/team/vorstand/")
    assert breadcrumbs(response.content.decode()) == expected_breadcrumbs(grandchild)


def test_admin_preview_shows_the_breadcrumbs(client, pages):
    # A preview is not routed, so the page has no route_ancestors: the breadcrumbs ask for the ancestors.
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "geheim")
    client.force_login(admin)
    page = pages["nested_offer"]
    response = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    assert breadcrumbs(response.content.decode()) == expected_breadcrumbs(page)


def test_breadcrumbs_of_a_page_that_was_not_routed(rf, pages):
    page = OfferPage.objects.get(pk=pages["nested_offer"].pk)
    assert not hasattr(page, "route_ancestors")
    html = render_to_string("components/breadcrumbs.html", {"page": page}, request=rf.get("/"))
    assert breadcrumbs(html) == expected_breadcrumbs(page)


# The home page, handed to Wagtail without its own fields


def test_home_page_shows_its_own_fields(client, site_tree):
    home = site_tree.home
    home.intro_heading = "Willkommen im Netzwerk"
    home.intro = "Ein eigener Begrüßungstext."
    home.save()
    assert client.get("/").status_code == 200  # the site chrome (with the home page) is now cached
    # Changed behind the signals' back, the cached chrome keeps the old row: the page shown must be read afresh.
    HomePage.objects.filter(pk=home.pk).update(intro="Ein geänderter Begrüßungstext.")
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/")
    html = response.content.decode()
    assert "Willkommen im Netzwerk" in html
    assert "Ein geänderter Begrüßungstext." in html
    shown = response.context["page"]
    assert type(shown) is HomePage and shown.pk == home.pk
    assert shown.get_deferred_fields() == set()  # no field fetched one query at a time
    assert sum('FROM "home_homepage"' in q["sql"] for q in captured.captured_queries) == 1


def test_page_below_home_does_not_read_the_home_page_fields(client, pages):
    client.get(pages["offer"].url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(pages["offer"].url).status_code == 200
    assert not [q["sql"] for q in captured.captured_queries if 'FROM "home_homepage"' in q["sql"]]


# Private pages


def test_password_protected_offer_is_private_everywhere(client, pages):
    offer = pages["offer"]
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.PASSWORD, password="pw")
    response = client.get(offer.url)
    html = response.content.decode()
    assert 'name="password"' in html
    assert offer.summary not in html
    assert offer.title not in client.get("/angebote/").content.decode()
    assert offer.title not in client.get("/").content.decode()  # featured offers on the home page
    assert offer.url not in client.get("/sitemap.xml").content.decode()
    # Everything else is still public.
    assert pages["nested_offer"].title in client.get("/angebote/").content.decode()
    assert pages["nested_offer"].url in client.get("/sitemap.xml").content.decode()


def test_login_restricted_partner_hides_its_whole_section(client, pages):
    PageViewRestriction.objects.create(page=pages["partner"], restriction_type=PageViewRestriction.LOGIN)
    for key in ("partner", "nested_offer"):
        response = client.get(pages[key].url)
        assert response.status_code == 302 and "login" in response["Location"], key
    assert pages["partner"].title not in client.get("/partner/").content.decode()
    offers = client.get("/angebote/").content.decode()
    assert pages["nested_offer"].title not in offers
    assert pages["offer"].title in offers
    sitemap = client.get("/sitemap.xml").content.decode()
    assert pages["partner"].url not in sitemap and pages["nested_offer"].url not in sitemap
    assert pages["offer"].url in sitemap


def test_password_passed_opens_the_page(client, pages):
    offer = pages["offer"]
    restriction = PageViewRestriction.objects.create(
        page=offer, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    response = client.post(f"/_util/authenticate_with_password/{restriction.pk}/{offer.pk}/",
                           {"password": "pw", "return_url": offer.url})
    assert response.status_code == 302
    assert offer.summary in client.get(offer.url).content.decode()


def served_through_the_site_chrome(rf, path, view):
    """Run `view` as the view of a request to `path` behind SiteChromeMiddleware (the per-request memo)."""
    request = rf.get(path)
    request.user = AnonymousUser()
    request.session = SessionStore()
    response = SiteChromeMiddleware(view)(request)
    if hasattr(response, "render"):
        response.render()
    return response


def public_offer_titles():
    return set(OfferPage.objects.live().public().values_list("title", flat=True))


def test_restriction_created_during_the_request_is_respected(rf, pages):
    offer = pages["offer"]
    seen = {}

    def view(request):
        assert restricted_pages() == ()  # the memo now says: nothing is private
        seen["before"] = public_offer_titles()
        PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
        seen["after"] = public_offer_titles()
        return serve(request, request.path)

    response = served_through_the_site_chrome(rf, "/angebote/", view)
    assert offer.title in seen["before"]
    assert offer.title not in seen["after"]
    assert pages["nested_offer"].title in seen["after"]
    html = response.content.decode()
    assert offer.title not in html
    assert pages["nested_offer"].title in html


def test_restriction_created_during_the_request_protects_the_page_served(rf, pages):
    offer = pages["offer"]

    def view(request):
        assert restricted_pages() == ()
        PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
        return serve(request, request.path)

    response = served_through_the_site_chrome(rf, offer.url, view)
    assert response.status_code == 302 and "login" in response["Location"]


def test_restriction_deleted_during_the_request_opens_the_listing(rf, pages):
    offer = pages["offer"]
    restriction = PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    seen = {}

    def view(request):
        seen["before"] = public_offer_titles()
        restriction.delete()
        seen["after"] = public_offer_titles()
        return serve(request, request.path)

    response = served_through_the_site_chrome(rf, "/angebote/", view)
    assert offer.title not in seen["before"]
    assert offer.title in seen["after"]
    assert offer.title in response.content.decode()


def test_restricted_page_moved_during_the_request_stays_private(rf, pages):
    # The memo holds the restricted page's tree path; moving the page changes it.
    offer = pages["offer"]
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    seen = {}

    def view(request):
        seen["before"] = public_offer_titles()
        Page.objects.get(pk=offer.pk).specific.move(pages["partner"], pos="last-child")
        seen["after"] = public_offer_titles()
        return serve(request, "/angebote/")

    served_through_the_site_chrome(rf, "/angebote/", view)
    assert offer.title not in seen["before"]
    assert OfferPage.objects.get(pk=offer.pk).url == "/partner/caritas/kaffeeklatsch/"
    assert offer.title not in seen["after"]


def test_a_new_request_sees_a_restriction_made_since_the_last(client, pages):
    offer = pages["offer"]
    assert offer.title in client.get("/angebote/").content.decode()
    PageViewRestriction.objects.create(page=offer, restriction_type=PageViewRestriction.LOGIN)
    assert offer.title not in client.get("/angebote/").content.decode()
    assert client.get(offer.url).status_code == 302


def test_outside_a_request_listings_still_leave_private_pages_out(pages):
    PageViewRestriction.objects.create(page=pages["partner"], restriction_type=PageViewRestriction.LOGIN)
    assert restricted_pages() is None
    titles = public_offer_titles()
    assert pages["offer"].title in titles
    assert pages["nested_offer"].title not in titles


# Queries


def restriction_queries(captured):
    return [q["sql"] for q in captured.captured_queries if "wagtailcore_pageviewrestriction" in q["sql"]]


@pytest.mark.parametrize("key", ["nested_offer", "offer"])
def test_offer_detail_asks_for_restrictions_once(client, pages, key):
    # With no restriction anywhere, the memo's one query answers the page's own check and every listing on it.
    url = pages[key].url
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert len(restriction_queries(captured)) == 1, restriction_queries(captured)


def test_offer_listing_asks_for_restrictions_once(client, pages):
    client.get("/angebote/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/angebote/").status_code == 200
    assert len(restriction_queries(captured)) == 1, restriction_queries(captured)
