"""home.routing resolves URLs in one query; it must answer exactly as Wagtail's segment-by-segment walk."""

from django.http import Http404
from django.test import RequestFactory

from wagtail.models import Page, PageViewRestriction

import pytest

from tests.factories import NewsPageFactory, OfferPageFactory, PartnerPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, slug="caritas")
    hidden_partner = PartnerPageFactory(parent=site_tree.partner_index, slug="entwurf", live=False)
    return {
        "partner": partner,
        "offer": OfferPageFactory(parent=partner, slug="sprechstunde"),
        "draft": OfferPageFactory(parent=partner, slug="entwurf-angebot", live=False),
        "under_hidden": OfferPageFactory(parent=hidden_partner, slug="unter-entwurf"),
        "independent": OfferPageFactory(parent=site_tree.offer_index, slug="kaffeeklatsch"),
        "news": NewsPageFactory(parent=site_tree.news_index, slug="neuer-treffpunkt"),
        "standard": StandardPageFactory(parent=site_tree.home, slug="impressum"),
        "site": site_tree,
    }


PATHS = [
    [],
    ["partner"],
    ["partner", "caritas"],
    ["partner", "caritas", "sprechstunde"],
    ["partner", "caritas", "sprechstunde", "zu-viel"],
    ["partner", "caritas", "entwurf-angebot"],
    ["partner", "entwurf"],
    ["partner", "entwurf", "unter-entwurf"],
    ["partner", "gibt-es-nicht", "sprechstunde"],
    ["angebote", "kaffeeklatsch"],
    ["angebote", "sprechstunde"],
    ["aktuelles"],
    ["aktuelles", "feed"],
    ["aktuelles", "atom"],
    ["aktuelles", "neuer-treffpunkt"],
    ["aktuelles", "neuer-treffpunkt", "feed"],
    ["impressum"],
    ["gibt-es-nicht"],
    ["Partner", "caritas"],
]


def outcome(route, home, path):
    try:
        result = route(home, RequestFactory().get("/"), path)
    except Http404:
        return "404"
    page, args, kwargs = result
    # A RoutablePageMixin page passes its view as a bound method: compare the function, not the instance.
    args = tuple(getattr(arg, "__func__", arg) for arg in args)
    return (type(page), page.pk, args, tuple(sorted(kwargs)))


@pytest.mark.parametrize("path", PATHS, ids="/".join)
def test_same_answer_as_wagtails_walk(tree, path):
    home = tree["site"].home
    mine = outcome(type(home).route, home, path)
    wagtails = outcome(Page.route, home, path)
    assert mine == wagtails


def test_deep_url_takes_two_queries(tree, django_assert_num_queries):
    home = tree["site"].home
    with django_assert_num_queries(2):  # the pages along the URL, then the offer itself
        page, _args, _kwargs = home.route(RequestFactory().get("/"), ["partner", "caritas", "sprechstunde"])
    assert page == tree["offer"]
    assert page.kind is None or page.kind.name  # fetched with the offer (routing_queryset)


def test_private_page_found_by_the_router_still_asks_for_login(tree, client):
    restriction = PageViewRestriction.objects.create(
        page=tree["partner"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get("/partner/caritas/sprechstunde/")
    assert response.status_code == 302
    assert "login" in response["Location"]
    restriction.delete()
    assert client.get("/partner/caritas/sprechstunde/").status_code == 200


def test_private_section_is_left_out_of_listings(tree, client):
    PageViewRestriction.objects.create(page=tree["partner"], restriction_type=PageViewRestriction.LOGIN)
    body = client.get("/angebote/").content.decode()
    assert tree["independent"].title in body
    assert tree["offer"].title not in body


def test_alias_of_a_private_page_is_private_too(tree, client):
    PageViewRestriction.objects.create(page=tree["independent"], restriction_type=PageViewRestriction.LOGIN)
    tree["independent"].create_alias(parent=tree["site"].home, update_slug="kaffee-alias")
    assert client.get("/kaffee-alias/").status_code == 302
