"""Moderators manage wishes in the Wagtail admin: listing, filters, status changes and CSV export."""

import csv
import io

from django.contrib.auth import get_user_model

import pytest

from submissions.models import OfferProposal, Wish
from tests.factories import DistrictFactory, ThemeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def wishes(world):
    other_district = DistrictFactory(name="Soest", slug="soest")
    other_theme = ThemeFactory(name="Trauer", slug="trauer")
    return [
        Wish.objects.create(what="Spaziergruppe mit Rollator", district=world.district, theme=world.theme,
                            target_group=world.target_group, contact_email="karl@example.org"),
        Wish.objects.create(what="Trauercafé am Abend", district=other_district, theme=other_theme,
                            status=Wish.Status.IN_PROGRESS),
        Wish.objects.create(what="=HYPERLINK(\"http://evil.example\")", district=other_district),
    ]


def whats(response):
    return [wish.what for wish in response.context["object_list"]]


def test_listing_and_filters(moderator_client, world, wishes):
    response = moderator_client.get("/admin/wuensche/")
    assert response.status_code == 200
    assert len(whats(response)) == 3
    assert whats(moderator_client.get("/admin/wuensche/", {"status": "in_progress"})) == ["Trauercafé am Abend"]
    assert whats(moderator_client.get("/admin/wuensche/", {"district": world.district.pk})) == [
        "Spaziergruppe mit Rollator"]
    assert whats(moderator_client.get("/admin/wuensche/", {"theme": world.theme.pk})) == [
        "Spaziergruppe mit Rollator"]
    assert whats(moderator_client.get("/admin/wuensche/", {"target_group": world.target_group.pk})) == [
        "Spaziergruppe mit Rollator"]
    assert whats(moderator_client.get("/admin/wuensche/", {"q": "Trauercafé"})) == ["Trauercafé am Abend"]


def test_csv_export_follows_the_filter_and_defuses_formulas(moderator_client, world, wishes):
    response = moderator_client.get("/admin/wuensche/", {"export": "csv", "district": wishes[1].district_id})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="wuensche.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Eingegangen am", "Was fehlt", "Für wen"]
    assert sorted(row[1] for row in rows[1:]) == ["'=HYPERLINK(\"http://evil.example\")", "Trauercafé am Abend"]


def test_xlsx_export(moderator_client, wishes):
    response = moderator_client.get("/admin/wuensche/", {"export": "xlsx"})
    assert response.status_code == 200
    assert "spreadsheetml" in response["Content-Type"]


def test_moderator_changes_status_and_note(moderator_client, wishes):
    wish = wishes[0]
    assert moderator_client.get(f"/admin/wuensche/edit/{wish.pk}/").status_code == 200
    response = moderator_client.post(f"/admin/wuensche/edit/{wish.pk}/", {
        "status": "realised", "moderator_note": "Die AWO startet im Mai eine Gruppe.",
        # Read-only fields the admin shows but does not take: a forged value must not change them.
        "what": "verändert",
    })
    assert response.status_code == 302
    wish.refresh_from_db()
    assert wish.status == Wish.Status.REALISED
    assert wish.moderator_note == "Die AWO startet im Mai eine Gruppe."
    assert wish.what == "Spaziergruppe mit Rollator"
    assert wish.closed_at is not None


def test_people_without_moderation_rights_are_kept_out(client, wishes):
    editor = get_user_model().objects.create_user(username="redakteur", password="ein-sicheres-passwort-2026")
    client.force_login(editor)
    assert client.get("/admin/wuensche/").status_code in {302, 403}
    assert client.get("/admin/wuensche/", {"export": "csv"}).status_code in {302, 403}


def test_proposals_are_listed_read_only(moderator_client, world):
    proposal = OfferProposal.objects.create(organisation="Wandergruppe", name="Erika", email="erika@example.org",
                                            consent_at="2026-01-01T10:00:00Z")
    assert moderator_client.get("/admin/angebotsvorschlaege/").status_code == 200
    assert moderator_client.get(f"/admin/angebotsvorschlaege/inspect/{proposal.pk}/").status_code == 200
    assert moderator_client.get(f"/admin/angebotsvorschlaege/edit/{proposal.pk}/").status_code in {302, 403}
    assert moderator_client.get("/admin/angebotsvorschlaege/new/").status_code in {302, 403}
