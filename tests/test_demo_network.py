"""The demo network command: enough believable content, a proper site tree, demo roles, and safe to re-run."""

from io import StringIO

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from django.utils import timezone

from wagtail.models import GroupPagePermission, Page, Revision, Site

import pytest

from events.models import EventIndexPage, EventPage
from home.demo.accounts import DEMO_USERS
from home.models import HomePage, NetworkSettings, StandardPage
from news.models import NewsIndexPage, NewsPage
from offers.models import OfferIndexPage, OfferPage
from partners.models import PartnerIndexPage, PartnerPage
from taxonomy.models import District, OfferKind, TargetGroup, Theme

COUNTED_MODELS = [Page, HomePage, StandardPage, PartnerPage, OfferPage, EventPage, NewsPage, Revision,
                  District, Theme, TargetGroup, OfferKind, Group, GroupPagePermission, get_user_model()]


def snapshot():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Run the command twice once for the whole module; everything is rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        first_output = StringIO()
        call_command("demo_network", stdout=first_output)
        after_first = snapshot()
        second_output = StringIO()
        call_command("demo_network", stdout=second_output)
        yield {"first": after_first, "second": snapshot(), "first_output": first_output.getvalue(),
               "second_output": second_output.getvalue()}
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def test_builds_the_required_minimums(demo):
    offers = OfferPage.objects.all()
    assert PartnerPage.objects.live().count() >= 15
    assert offers.live().count() >= 60
    assert offers.values("district").distinct().count() >= 8
    assert not offers.filter(latitude__isnull=True).exists()
    assert not offers.filter(longitude__isnull=True).exists()
    assert EventPage.objects.live().count() >= 12
    assert EventPage.objects.upcoming().exists()
    assert EventPage.objects.past().exists()
    assert NewsPage.objects.live().count() >= 10
    assert not Page.objects.filter(depth__gt=1).not_live().exists()


def test_offers_vary_like_a_real_directory(demo):
    offers = OfferPage.objects.all()
    assert offers.from_home().count() >= 8
    assert offers.filter(provider__isnull=True).exists()
    assert all(offer.get_parent().specific_class is OfferIndexPage for offer in offers.filter(provider__isnull=True))
    assert offers.filter(contact_via_office=True).exists()
    assert 4 <= offers.filter(is_featured=True).count() <= 8
    year_ago = timezone.localdate().replace(year=timezone.localdate().year - 1)
    assert offers.filter(last_reviewed_date__lt=year_ago).exists()
    assert offers.filter(last_reviewed_date__gte=year_ago).exists()
    assert {"free", "amount", "donation"} <= set(offers.values_list("cost_type", flat=True))
    assert offers.filter(image__isnull=False, image__description__gt="").exists()
    assert offers.values("kind").distinct().count() >= 6
    assert not offers.filter(meeting_times__isnull=True, schedule_note="").exists()


def test_site_root_is_the_home_page(demo):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("localhost", 80)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(depth=2).exclude(pk=site.root_page.pk).exists()
    home = site.root_page.specific
    for model, slug in [(OfferIndexPage, "angebote"), (EventIndexPage, "veranstaltungen"),
                        (PartnerIndexPage, "partner"), (NewsIndexPage, "neuigkeiten")]:
        index = model.objects.child_of(home).get(slug=slug)
        assert index.live and index.show_in_menus
    assert StandardPage.objects.child_of(home).filter(
        slug__in=["ueber-das-netzwerk", "impressum", "datenschutz", "barrierefreiheit"]).count() == 4
    assert len(home.entry_points) >= 4


def test_network_settings_are_filled(demo):
    settings = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.network_name == "MitMenschen – Netzwerk für Gemeinschaft"
    assert settings.office_email == "koordination@example.org"
    assert settings.logo is not None
    assert [link.label for link in settings.footer_link_list] == ["Impressum", "Datenschutz", "Barrierefreiheit"]


def test_second_run_creates_nothing(demo):
    assert demo["first"] == demo["second"]
    for model in [PartnerPage, OfferPage, EventPage, NewsPage]:
        assert not model.objects.values("slug").annotate(n=Count("pk")).filter(n__gt=1).exists()
    assert "Demo network ready" in demo["second_output"]


def test_demo_users_are_in_their_groups(demo):
    users = get_user_model().objects.in_bulk([row[0] for row in DEMO_USERS], field_name="username")
    assert users["admin"].is_superuser
    assert users["moderation"].groups.filter(name="Moderation").exists()
    assert users["redaktion-caritas"].groups.filter(name="Redaktion Caritas Soest").exists()
    assert users["redaktion-awo"].groups.filter(name="Redaktion AWO Lippstadt").exists()
    for username, *_, password, _group in DEMO_USERS:
        assert users[username].check_password(password)
        validate_password(password, users[username])
        assert password in demo["first_output"]


def test_partner_editors_may_edit_only_their_partner(demo):
    caritas = PartnerPage.objects.get(slug="caritas-soest")
    permissions = GroupPagePermission.objects.filter(group__name="Redaktion Caritas Soest")
    assert {permission.page_id for permission in permissions} == {caritas.pk}
    assert {permission.permission.codename for permission in permissions} == {"add_page", "change_page"}

    editor = get_user_model().objects.get(username="redaktion-caritas")
    own_offer = OfferPage.objects.child_of(caritas).first()
    assert own_offer.permissions_for_user(editor).can_edit()
    assert not own_offer.permissions_for_user(editor).can_publish()
    other_partner = PartnerPage.objects.get(slug="awo-lippstadt")
    assert not other_partner.permissions_for_user(editor).can_edit()


def test_moderation_may_publish_everywhere(demo):
    moderator = get_user_model().objects.get(username="moderation")
    assert moderator.has_perm("wagtailadmin.access_admin")
    assert OfferPage.objects.first().permissions_for_user(moderator).can_publish()


def test_quiet_prints_nothing(demo):
    output = StringIO()
    call_command("demo_network", "--quiet", stdout=output)
    assert output.getvalue() == ""


def test_editors_can_open_the_demo_pages_in_the_admin(demo, client):
    """The rich text the demo writes must be what Wagtail's editor reads back: a bare <br> made the editor fail."""
    client.force_login(get_user_model().objects.get(username="admin"))
    pages = [*StandardPage.objects.all(), HomePage.objects.get()]
    for model in [PartnerIndexPage, OfferIndexPage, EventIndexPage, NewsIndexPage]:
        pages.append(model.objects.get())
    for model in [PartnerPage, OfferPage, EventPage, NewsPage]:
        pages.extend(model.objects.order_by("pk")[:3])
    for page in pages:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page.url_path
