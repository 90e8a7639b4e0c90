"""The moderators' report lists stale offers with provider, review date and reminder; editors cannot open it."""

from django.urls import reverse
from django.utils import timezone

from offers.models import OfferReviewReminder

from ..factories import DistrictFactory, OfferPageFactory, PartnerPageFactory
from .factories_review import make_editor, make_moderator, months_ago, stale_offer

REPORT = reverse("offers_stale_report")


def test_moderator_sees_stale_offers_only(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest")
    stale = stale_offer(partner, title="Erzählcafé am Dom", months=14)
    reminded = stale_offer(site_tree.offer_index, title="Spaziergang im Park", months=13)
    OfferReviewReminder.objects.create(page=reminded, sent_at=timezone.now())
    OfferPageFactory(parent=partner, title="Frisch geprüft", last_reviewed_date=months_ago(2))
    client.force_login(make_moderator())

    response = client.get(REPORT)

    assert response.status_code == 200
    assert [page.pk for page in response.context["object_list"]] == [stale.pk, reminded.pk]
    html = response.content.decode()
    assert "Erzählcafé am Dom" in html
    assert "Caritas Soest" in html
    assert stale.last_reviewed_date.strftime("%d.%m.%Y") in html
    assert f"gesendet am {timezone.localdate():%d.%m.%Y}" in html
    assert "noch nicht gesendet" in html
    assert "Frisch geprüft" not in html


def test_report_filters_by_provider_and_district(client, site_tree):
    caritas = PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest")
    awo = PartnerPageFactory(parent=site_tree.partner_index, title="AWO Lippstadt")
    soest = DistrictFactory(name="Soest")
    mine = stale_offer(caritas, district=soest)
    stale_offer(awo)
    client.force_login(make_moderator())

    by_provider = client.get(REPORT, {"provider": caritas.pk})
    by_district = client.get(REPORT, {"district": soest.pk})

    assert [page.pk for page in by_provider.context["object_list"]] == [mine.pk]
    assert [page.pk for page in by_district.context["object_list"]] == [mine.pk]


def test_report_is_in_the_reports_menu_for_moderators(client, site_tree):
    client.force_login(make_moderator())
    assert REPORT in client.get(reverse("wagtailadmin_home")).content.decode()


def test_partner_editor_cannot_open_the_report(client, site_tree):
    partner = PartnerPageFactory(parent=site_tree.partner_index)
    stale_offer(partner)
    client.force_login(make_editor(partner))

    response = client.get(REPORT)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response.url == reverse("wagtailadmin_home")
    assert REPORT not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_anonymous_is_sent_to_login(client, site_tree):
    response = client.get(REPORT)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response.url
