"""OfferPage rules: provider from the parent partner, validation, queryset helpers and structured data."""

import json
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext

import pytest

from offers.models import OfferPage
from offers.models.pages import Weekday

from ..factories import DistrictFactory, OfferKindFactory, OfferPageFactory, PartnerPageFactory, meeting


@pytest.fixture
def partner(site_tree):
    return PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest")


def test_offer_under_partner_gets_partner_as_provider(partner):
    offer = OfferPageFactory(parent=partner)
    offer.refresh_from_db()
    assert offer.provider_id == partner.pk


def test_offer_under_partner_keeps_explicit_provider(site_tree, partner):
    other = PartnerPageFactory(parent=site_tree.partner_index)
    offer = OfferPageFactory(parent=partner, provider=other)
    offer.refresh_from_db()
    assert offer.provider_id == other.pk


def test_independent_offer_has_no_provider(site_tree, partner):
    offer = OfferPageFactory(parent=site_tree.offer_index)
    offer.refresh_from_db()
    assert offer.provider_id is None


def test_age_max_below_age_min_is_rejected(site_tree):
    offer = OfferPageFactory.build(age_min=60, age_max=50)
    with pytest.raises(ValidationError) as excinfo:
        site_tree.offer_index.add_child(instance=offer)
    assert "age_max" in excinfo.value.message_dict


def test_equal_ages_are_accepted(site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, age_min=60, age_max=60)
    assert offer.pk


def test_cost_amount_without_amount_is_rejected(site_tree):
    offer = OfferPageFactory.build(cost_type=OfferPage.CostType.AMOUNT, cost_amount=None)
    with pytest.raises(ValidationError) as excinfo:
        site_tree.offer_index.add_child(instance=offer)
    assert "cost_amount" in excinfo.value.message_dict


def test_cost_amount_with_amount_is_accepted(site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, cost_type=OfferPage.CostType.AMOUNT,
                             cost_amount=Decimal("2.50"))
    assert offer.pk


@pytest.mark.django_db
class TestQuerySet:
    @pytest.fixture(scope="class")
    @classmethod
    def offers(cls, class_site_tree):
        index = class_site_tree.offer_index
        return {
            "local": OfferPageFactory(parent=index, is_in_person=True),
            "online": OfferPageFactory(parent=index, is_in_person=False, is_online=True),
            "phone": OfferPageFactory(parent=index, is_in_person=False, is_by_phone=True),
            "young": OfferPageFactory(parent=index, age_min=18, age_max=30),
            "old": OfferPageFactory(parent=index, age_min=60),
            "tuesday": OfferPageFactory(parent=index, meeting_times=[meeting(Weekday.TUESDAY),
                                                                     meeting(Weekday.TUESDAY, "18:00")]),
            "friday": OfferPageFactory(parent=index, meeting_times=[meeting(Weekday.FRIDAY),
                                                                    meeting(Weekday.SUNDAY)]),
        }

    @staticmethod
    def titles(qs):
        return sorted(page.title for page in qs)

    def test_from_home(self, offers):
        expected = self.titles([offers["online"], offers["phone"]])
        assert self.titles(OfferPage.objects.from_home()) == expected

    @pytest.mark.parametrize(
        ("age", "included", "excluded"),
        [
            (17, [], ["young", "old"]),
            (18, ["young"], ["old"]),
            (30, ["young"], ["old"]),
            (31, [], ["young", "old"]),
            (60, ["old"], ["young"]),
            (99, ["old"], ["young"]),
        ],
    )
    def test_for_age_boundaries(self, offers, age, included, excluded):
        titles = self.titles(OfferPage.objects.for_age(age))
        for key in included:
            assert offers[key].title in titles
        for key in excluded:
            assert offers[key].title not in titles
        # Offers without an age range are open to everyone.
        assert offers["local"].title in titles

    def test_on_weekday_lists_each_offer_once(self, offers):
        tuesday = list(OfferPage.objects.on_weekday(Weekday.TUESDAY))
        assert [page.pk for page in tuesday] == [offers["tuesday"].pk]

    def test_on_weekday_matches_any_meeting_time(self, offers):
        assert [p.pk for p in OfferPage.objects.on_weekday(Weekday.SUNDAY)] == [offers["friday"].pk]
        assert not OfferPage.objects.on_weekday(Weekday.MONDAY).exists()

    def test_featured(self, offers):
        star = OfferPageFactory(parent=offers["local"].get_parent(), is_featured=True)
        assert list(OfferPage.objects.featured()) == [star]

    def test_for_listing_orders_by_title_and_keeps_one_row_each(self, offers):
        listed = list(OfferPage.objects.for_listing())
        assert [p.title for p in listed] == sorted(p.title for p in listed)
        assert len(listed) == len({p.pk for p in listed}) == len(offers)


class TestStructuredData:
    def test_minimal_offer_is_a_service(self, site_tree):
        offer = OfferPageFactory(parent=site_tree.offer_index, title="Erzählcafé")
        data = offer.get_structured_data()
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "Service"
        assert data["name"] == "Erzählcafé"
        assert data["description"] == offer.summary
        assert data["url"].endswith(offer.url)
        assert data["isAccessibleForFree"] is True
        assert "provider" not in data
        assert "availableChannel" not in data
        json.dumps(data)

    def test_full_offer_names_provider_place_and_area(self, partner):
        district = DistrictFactory(name="Werl")
        offer = OfferPageFactory(
            parent=partner,
            kind=OfferKindFactory(name="Treffpunkt"),
            venue_name="Gemeindehaus",
            street="Markt 1",
            postcode="59457",
            town="Werl",
            district=district,
            latitude=Decimal("51.55"),
            longitude=Decimal("7.91"),
            cost_type=OfferPage.CostType.DONATION,
        )
        offer.refresh_from_db()
        data = offer.get_structured_data()
        assert data["provider"] == {"@type": "Organization", "name": "Caritas Soest"}
        assert data["serviceType"] == "Treffpunkt"
        assert data["areaServed"] == "Werl"
        assert data["isAccessibleForFree"] is False
        place = data["availableChannel"]["serviceLocation"]
        assert place["@type"] == "Place"
        assert place["name"] == "Gemeindehaus"
        assert place["address"]["streetAddress"] == "Markt 1"
        assert place["address"]["postalCode"] == "59457"
        assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 51.55, "longitude": 7.91}
        json.dumps(data)


def test_formats_and_accessibility_labels(site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, is_in_person=True, is_by_phone=True,
                             wheelchair_accessible=True, sign_language=True)
    assert [str(label) for label in offer.formats] == [gettext("in person"), gettext("by phone")]
    assert [str(label) for label in offer.accessibility_features] == [
        str(OfferPage._meta.get_field("wheelchair_accessible").verbose_name),
        str(OfferPage._meta.get_field("sign_language").verbose_name),
    ]
