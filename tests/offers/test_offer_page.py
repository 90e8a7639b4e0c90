"""The offer detail page shows what a person needs to decide and to go there."""

from datetime import date
from decimal import Decimal

from offers.models import OfferPage
from offers.models.pages import Weekday

from ..factories import (
    DistrictFactory,
    ImageFactory,
    OfferKindFactory,
    OfferPageFactory,
    PartnerPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    meeting,
)


def test_full_offer_shows_everything_needed(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest")
    offer = OfferPageFactory(
        parent=partner,
        title="Erzählcafé am Dom",
        summary="Bei Kaffee und Kuchen erzählen wir von früher.",
        first_steps="Kommen Sie einfach vorbei, Frau Meier begrüßt Sie.",
        kind=OfferKindFactory(name="Treffpunkt"),
        themes=[ThemeFactory(name="Begegnung")],
        target_groups=[TargetGroupFactory(name="Seniorinnen und Senioren")],
        meeting_times=[meeting(Weekday.TUESDAY, "15:00", "17:00")],
        venue_name="Gemeindehaus St. Patrokli",
        street="Propst-Nübel-Straße 2",
        postcode="59494",
        town="Soest",
        district=DistrictFactory(name="Soest"),
        cost_type=OfferPage.CostType.AMOUNT,
        cost_amount=Decimal("2.50"),
        cost_note="Kaffee und Kuchen inklusive",
        wheelchair_accessible=True,
        hearing_loop=True,
        contact_name="Maria Meier",
        contact_phone="02921 123456",
        image=ImageFactory(),
        image_alt="Ältere Menschen am Kaffeetisch",
        last_reviewed_date=date(2025, 9, 15),
    )
    response = client.get(offer.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Erzählcafé am Dom",
        "Bei Kaffee und Kuchen erzählen wir von früher.",
        "Kommen Sie einfach vorbei, Frau Meier begrüßt Sie.",
        "Treffpunkt",
        "Begegnung",
        "Seniorinnen und Senioren",
        "Dienstag",
        "15:00",
        "17:00",
        "Gemeindehaus St. Patrokli",
        "Propst-Nübel-Straße 2",
        "59494",
        "2,50",
        "Kaffee und Kuchen inklusive",
        "Caritas Soest",
        "Maria Meier",
        "02921 123456",
        'alt="Ältere Menschen am Kaffeetisch"',
        "15.09.2025",
    ):
        assert text in html, text
    assert "zuletzt geprüft" in html.lower()
    for feature in offer.accessibility_features:
        assert str(feature) in html or str(feature).capitalize() in html
    assert partner.url in html
    assert "Tuesday" not in html


def test_minimal_offer_renders_without_optional_fields(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, title="Nur ein Titel")
    response = client.get(offer.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nur ein Titel" in html
    assert "<img" not in html.split("<main", 1)[1]
    assert "zuletzt geprüft" in html.lower()


def test_offer_contact_via_office(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, contact_via_office=True, contact_name="Geheime Gruppe")
    response = client.get(offer.url)
    assert response.status_code == 200
    assert "Geheime Gruppe" not in response.content.decode()


def test_free_offer_says_free(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index)
    assert str(OfferPage.CostType.FREE.label) in client.get(offer.url).content.decode()


def test_draft_offer_is_not_public(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index, live=False)
    assert client.get(offer.url).status_code == 404


def test_offer_moved_to_draft_disappears(client, site_tree):
    offer = OfferPageFactory(parent=site_tree.offer_index)
    assert client.get(offer.url).status_code == 200
    offer.unpublish()
    assert client.get(offer.url).status_code == 404
