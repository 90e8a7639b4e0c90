"""Approval with a go-live date schedules the page; `publish_scheduled` carries out go-live and expiry."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

import pytest

from offers.models import OfferPage

from .workflow_steps import moderate, submit

pytestmark = pytest.mark.django_db


def test_approval_with_go_live_date_schedules_instead_of_publishing(client, editorial):
    go_live = (timezone.localtime() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editorial.caritas_editor)
    submit(client, editorial.draft_offer, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    client.force_login(editorial.moderator)
    moderate(client, editorial.draft_offer, "approve")
    page = OfferPage.objects.get(pk=editorial.draft_offer.pk)
    assert not page.live
    assert page.get_latest_revision().approved_go_live_at == go_live


def test_publish_scheduled_makes_a_due_page_live(editorial):
    page = editorial.draft_offer
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    # An hour later: the approved go-live time has passed when the periodic command runs.
    an_hour_ago = timezone.now() - timedelta(hours=1)
    revision.refresh_from_db()
    revision.content["go_live_at"] = an_hour_ago.isoformat()
    revision.approved_go_live_at = an_hour_ago
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert page.live_revision_id == revision.pk


def test_publish_scheduled_unpublishes_expired_pages(editorial):
    page = editorial.live_offer
    OfferPage.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired
