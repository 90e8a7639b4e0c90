"""The offer directory: every filter narrows the list correctly, alone and combined, and pagination keeps filters."""

import re
from decimal import Decimal
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest

from offers.models.pages import OFFERS_PER_PAGE, OfferPage, Weekday

from ..factories import (
    CountyFactory,
    DistrictFactory,
    OfferKindFactory,
    OfferPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    meeting,
)


@pytest.fixture(scope="class")
def directory(class_site_tree):
    """Five offers that differ in every filterable way, plus a draft that must never show."""
    tree = class_site_tree
    bewegung = ThemeFactory(name="Bewegung", slug="bewegung")
    trauer = ThemeFactory(name="Trauer", slug="trauer")
    senioren = TargetGroupFactory(name="Seniorinnen und Senioren", slug="senioren")
    angehoerige = TargetGroupFactory(name="Angehörige", slug="angehoerige")
    county = CountyFactory(name="Kreis Soest", slug="kreis-soest")
    soest = DistrictFactory(name="Soest", slug="soest", parent=county)
    werl = DistrictFactory(name="Werl", slug="werl", parent=county)
    arnsberg = DistrictFactory(name="Arnsberg", slug="arnsberg")
    treffpunkt = OfferKindFactory(name="Treffpunkt", slug="treffpunkt")
    selbsthilfe = OfferKindFactory(name="Selbsthilfegruppe", slug="selbsthilfe")
    index = tree.offer_index
    offers = {
        "walk": OfferPageFactory(
            parent=index, title="Spaziergruppe", themes=[bewegung], target_groups=[senioren], district=soest,
            kind=treffpunkt, meeting_times=[meeting(Weekday.MONDAY)], age_min=60,
            wheelchair_accessible=True, hearing_loop=True,
        ),
        "grief": OfferPageFactory(
            parent=index, title="Trauercafé", themes=[trauer], target_groups=[angehoerige], district=werl,
            kind=selbsthilfe, meeting_times=[meeting(Weekday.TUESDAY)], cost_type=OfferPage.CostType.DONATION,
            wheelchair_accessible=True,
        ),
        "phone": OfferPageFactory(
            parent=index, title="Telefonkette", themes=[trauer], target_groups=[senioren], is_in_person=False,
            is_by_phone=True, age_min=70, age_max=120, easy_language=True,
        ),
        "online": OfferPageFactory(
            parent=index, title="Online-Gesprächskreis", themes=[bewegung], district=county, kind=selbsthilfe,
            is_in_person=False, is_online=True, cost_type=OfferPage.CostType.AMOUNT, cost_amount=Decimal("3.00"),
            age_min=18, age_max=40, meeting_times=[meeting(Weekday.WEDNESDAY)],
        ),
        "arnsberg": OfferPageFactory(
            parent=index, title="Arnsberger Treff", district=arnsberg, meeting_times=[meeting(Weekday.MONDAY)],
        ),
    }
    OfferPageFactory(parent=index, title="Entwurf Bewegung", themes=[bewegung], district=soest, live=False)
    return SimpleNamespace(tree=tree, offers=offers, url=index.url)


def titles_for(client, directory, query):
    response = client.get(directory.url + query)
    assert response.status_code == 200
    return sorted(page.title for page in response.context["offers"]), response


def expected(directory, *keys):
    return sorted(directory.offers[key].title for key in keys)


ALL = ("walk", "grief", "phone", "online", "arnsberg")


@pytest.mark.django_db
class TestFilters:
    @pytest.mark.parametrize(
        ("query", "keys"),
        [
            ("", ALL),
            ("?theme=bewegung", ("walk", "online")),
            ("?theme=trauer", ("grief", "phone")),
            ("?target_group=senioren", ("walk", "phone")),
            ("?target_group=angehoerige", ("grief",)),
            ("?district=soest", ("walk",)),
            ("?district=arnsberg", ("arnsberg",)),
            # A county includes its own offers and those of its towns, but not other towns.
            ("?district=kreis-soest", ("walk", "grief", "online")),
            ("?kind=selbsthilfe", ("grief", "online")),
            ("?kind=treffpunkt", ("walk",)),
            ("?format=vor-ort", ("walk", "grief", "arnsberg")),
            ("?format=von-zuhause", ("phone", "online")),
            ("?format=online", ("online",)),
            ("?format=telefon", ("phone",)),
            ("?weekday=montag", ("walk", "arnsberg")),
            ("?weekday=dienstag", ("grief",)),
            ("?weekday=sonntag", ()),
            ("?age=65", ("walk", "grief", "arnsberg")),
            ("?age=30", ("grief", "online", "arnsberg")),
            ("?age=75", ("walk", "grief", "phone", "arnsberg")),
            ("?cost=kostenlos", ("walk", "phone", "arnsberg")),
            ("?cost=spende", ("grief",)),
            ("?cost=gebuehr", ("online",)),
            ("?access=rollstuhl", ("walk", "grief")),
            ("?access=rollstuhl&access=hoeranlage", ("walk",)),
            ("?access=leichte-sprache", ("phone",)),
            ("?access=gebaerdensprache", ()),
        ],
    )
    def test_filter_narrows_results(self, client, directory, query, keys):
        titles, response = titles_for(client, directory, query)
        assert titles == expected(directory, *keys)
        assert response.context["filter_form"].invalid_fields == []

    @pytest.mark.parametrize(
        ("query", "keys"),
        [
            ("?theme=trauer&format=von-zuhause", ("phone",)),
            ("?theme=bewegung&district=kreis-soest&weekday=mittwoch", ("online",)),
            ("?district=kreis-soest&access=rollstuhl&cost=spende", ("grief",)),
            ("?theme=bewegung&age=30", ("online",)),
            ("?theme=trauer&weekday=montag", ()),
        ],
    )
    def test_filters_combine(self, client, directory, query, keys):
        titles, _ = titles_for(client, directory, query)
        assert titles == expected(directory, *keys)

    def test_empty_values_mean_no_filter(self, client, directory):
        titles, response = titles_for(
            client, directory, "?theme=&target_group=&district=&kind=&format=&weekday=&age=&cost="
        )
        assert titles == expected(directory, *ALL)
        assert response.context["filter_form"].active_count == 0

    def test_drafts_never_listed(self, client, directory):
        titles, _ = titles_for(client, directory, "?theme=bewegung&district=soest")
        assert "Entwurf Bewegung" not in titles

    def test_result_count_is_shown(self, client, directory):
        _, response = titles_for(client, directory, "?theme=trauer")
        assert response.context["page_obj"].paginator.count == 2
        html = response.content.decode()
        assert "2 Angebote" in html
        assert "Trauercafé" in html
        assert "Telefonkette" in html
        assert "Spaziergruppe" not in html

    def test_active_filter_count(self, client, directory):
        _, response = titles_for(client, directory, "?theme=trauer&weekday=montag&access=rollstuhl")
        assert response.context["filter_form"].active_count == 3

    def test_invalid_filter_is_ignored_and_named(self, client, directory):
        titles, response = titles_for(client, directory, "?theme=does-not-exist&weekday=dienstag")
        # The valid filter still applies; the broken one is dropped, not fatal.
        assert titles == expected(directory, "grief")
        form = response.context["filter_form"]
        assert [str(label) for label in form.invalid_fields] == [str(form.fields["theme"].label)]
        assert str(form.fields["theme"].label) in response.content.decode()


@pytest.fixture(scope="class")
def many_offers(class_site_tree):
    theme = ThemeFactory(name="Begegnung", slug="begegnung")
    index = class_site_tree.offer_index
    for number in range(2 * OFFERS_PER_PAGE + 3):
        OfferPageFactory(parent=index, title=f"Treffen {number:03d}", themes=[theme])
    OfferPageFactory(parent=index, title="Ohne Thema")
    return SimpleNamespace(url=index.url, total=2 * OFFERS_PER_PAGE + 4, themed=2 * OFFERS_PER_PAGE + 3)


@pytest.mark.django_db
class TestPagination:
    def test_first_page_is_full(self, client, many_offers):
        response = client.get(many_offers.url)
        assert len(response.context["offers"]) == OFFERS_PER_PAGE
        assert response.context["page_obj"].number == 1
        assert response.context["page_obj"].paginator.count == many_offers.total

    def test_second_page_continues_the_list(self, client, many_offers):
        first = [p.pk for p in client.get(many_offers.url).context["offers"]]
        response = client.get(many_offers.url + "?seite=2")
        second = [p.pk for p in response.context["offers"]]
        assert response.context["page_obj"].number == 2
        assert len(second) == OFFERS_PER_PAGE
        assert not set(first) & set(second)

    def test_last_page_holds_the_rest(self, client, many_offers):
        response = client.get(many_offers.url + "?seite=3")
        assert response.context["page_obj"].number == 3
        assert len(response.context["offers"]) == many_offers.total - 2 * OFFERS_PER_PAGE
        assert not response.context["page_obj"].has_next()

    @pytest.mark.parametrize("value", ["999999", "0", "-1", "abc", "1e9"])
    def test_out_of_range_page_falls_back(self, client, many_offers, value):
        response = client.get(many_offers.url + f"?seite={value}")
        assert response.status_code in (200, 404)
        if response.status_code == 200:
            assert response.context["page_obj"].number in (1, 3)
            assert len(response.context["offers"]) > 0

    def test_filter_is_kept_in_pagination_links(self, client, many_offers):
        response = client.get(many_offers.url + "?theme=begegnung")
        assert response.context["page_obj"].paginator.count == many_offers.themed
        links = pagination_links(response.content.decode())
        assert links, "no link to another page of results"
        for link in links:
            params = parse_qs(urlsplit(link).query)
            assert params["theme"] == ["begegnung"]
        assert any(parse_qs(urlsplit(link).query).get("seite") == ["2"] for link in links)

    def test_filtered_second_page(self, client, many_offers):
        response = client.get(many_offers.url + "?theme=begegnung&seite=3")
        titles = [p.title for p in response.context["offers"]]
        assert len(titles) == many_offers.themed - 2 * OFFERS_PER_PAGE
        assert "Ohne Thema" not in titles


def pagination_links(html):
    """The hrefs in the page that ask for another result page."""
    hrefs = [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]*)"', html)]
    return [href for href in hrefs if "seite=" in href]
