"""Partner profiles and the partner directory: what a visitor sees, filters and structured data."""

from datetime import date, timedelta
from types import SimpleNamespace

from django.utils import timezone

import pytest

from partners.models import PARTNERS_PER_PAGE, PartnerPage

from ..factories import (
    CountyFactory,
    DistrictFactory,
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OfferPageFactory,
    PartnerPageFactory,
)


@pytest.fixture(scope="class")
def partners(class_site_tree):
    tree = class_site_tree
    county = CountyFactory(name="Kreis Soest", slug="kreis-soest")
    soest = DistrictFactory(name="Soest", slug="soest", parent=county)
    werl = DistrictFactory(name="Werl", slug="werl", parent=county)
    caritas = PartnerPageFactory(
        parent=tree.partner_index, title="Caritas Soest", kind=PartnerPage.Kind.WELFARE,
        summary="Beratung und Begegnung für alle Generationen.", street="Thomästraße 15", postcode="59494",
        town="Soest", phone="02921 3590-0", email="info@caritas-soest.example", website="https://caritas.example",
        logo=ImageFactory(), districts_served=[soest, werl],
    )
    club = PartnerPageFactory(parent=tree.partner_index, title="Heimatverein Werl", kind=PartnerPage.Kind.CLUB,
                              districts_served=[werl])
    bare = PartnerPageFactory(parent=tree.partner_index, title="Initiative Ohne Adresse",
                              kind=PartnerPage.Kind.INITIATIVE)
    PartnerPageFactory(parent=tree.partner_index, title="Entwurfspartner", live=False, kind=PartnerPage.Kind.CLUB)
    OfferPageFactory(parent=caritas, title="Erzählcafé am Dom")
    OfferPageFactory(parent=caritas, title="Entwurfsangebot", live=False)
    OfferPageFactory(parent=tree.offer_index, title="Fremdes Angebot")
    EventPageFactory(parent=caritas, title="Vortrag Einsamkeit", organisers=[caritas])
    EventPageFactory(parent=caritas, title="Alter Vortrag", organisers=[caritas],
                     starts_at=timezone.now() - timedelta(days=20))
    NewsPageFactory(parent=caritas, title="Caritas eröffnet Treffpunkt", publication_date=date(2025, 4, 1))
    return SimpleNamespace(tree=tree, caritas=caritas, club=club, bare=bare)


@pytest.mark.django_db
class TestPartnerPage:
    def test_profile_shows_contact_and_address(self, client, partners):
        response = client.get(partners.caritas.url)
        assert response.status_code == 200
        html = response.content.decode()
        for text in ("Caritas Soest", "Beratung und Begegnung für alle Generationen.", "Thomästraße 15",
                     "59494", "02921 3590-0", "info@caritas-soest.example", "https://caritas.example"):
            assert text in html, text
        assert 'href="tel:0292135900"' in html
        assert 'href="mailto:info@caritas-soest.example"' in html

    def test_profile_lists_own_live_offers_events_and_news(self, client, partners):
        response = client.get(partners.caritas.url)
        html = response.content.decode()
        assert [o.title for o in response.context["offers"]] == ["Erzählcafé am Dom"]
        assert "Erzählcafé am Dom" in html
        assert "Entwurfsangebot" not in html
        assert "Fremdes Angebot" not in html
        assert "Vortrag Einsamkeit" in html
        assert "Alter Vortrag" not in html
        assert "Caritas eröffnet Treffpunkt" in html

    def test_profile_without_optional_fields(self, client, partners):
        response = client.get(partners.bare.url)
        assert response.status_code == 200
        assert "Initiative Ohne Adresse" in response.content.decode()
        assert list(response.context["offers"]) == []

    def test_draft_partner_is_not_public(self, client, partners):
        draft = PartnerPage.objects.get(title="Entwurfspartner")
        assert client.get(draft.url).status_code == 404

    def test_structured_data(self, partners):
        data = partners.caritas.get_structured_data()
        assert data["@type"] == "Organization"
        assert data["name"] == "Caritas Soest"
        assert data["address"]["streetAddress"] == "Thomästraße 15"
        assert data["telephone"] == "02921 3590-0"
        assert data["sameAs"] == ["https://caritas.example"]
        bare = partners.bare.get_structured_data()
        assert not {"address", "telephone", "email", "sameAs"} & set(bare)


@pytest.mark.django_db
class TestPartnerDirectory:
    def titles(self, client, url):
        response = client.get(url)
        assert response.status_code == 200
        return [p.title for p in response.context["partners"]], response

    def test_lists_live_partners_alphabetically(self, client, partners):
        titles, response = self.titles(client, partners.tree.partner_index.url)
        assert titles == ["Caritas Soest", "Heimatverein Werl", "Initiative Ohne Adresse"]
        assert "Entwurfspartner" not in response.content.decode()

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("?kind=welfare", ["Caritas Soest"]),
            ("?kind=club", ["Heimatverein Werl"]),
            ("?kind=authority", []),
            ("?district=werl", ["Caritas Soest", "Heimatverein Werl"]),
            ("?district=soest", ["Caritas Soest"]),
            ("?district=werl&kind=club", ["Heimatverein Werl"]),
        ],
    )
    def test_filters(self, client, partners, query, expected):
        titles, _ = self.titles(client, partners.tree.partner_index.url + query)
        assert titles == expected

    def test_invalid_filter_is_ignored(self, client, partners):
        titles, response = self.titles(client, partners.tree.partner_index.url + "?kind=bank&district=soest")
        assert titles == ["Caritas Soest"]
        form = response.context["filter_form"]
        assert [str(label) for label in form.invalid_fields] == [str(form.fields["kind"].label)]


def test_partner_directory_paginates(client, site_tree):
    for number in range(PARTNERS_PER_PAGE + 2):
        PartnerPageFactory(parent=site_tree.partner_index, title=f"Partner {number:03d}")
    first = client.get(site_tree.partner_index.url)
    assert len(first.context["partners"]) == PARTNERS_PER_PAGE
    second = client.get(site_tree.partner_index.url + "?seite=2")
    assert [p.title for p in second.context["partners"]] == [f"Partner {PARTNERS_PER_PAGE + n:03d}" for n in (0, 1)]
