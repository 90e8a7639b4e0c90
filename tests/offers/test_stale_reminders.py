"""`remind_stale_offers` mails each stale offer's editors once, and again only after a review went stale."""

import logging
from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest

from editorial.roles import editor_group_for
from offers.models import OfferReviewReminder

from ..factories import OfferPageFactory, PartnerPageFactory
from .factories_review import make_editor, make_moderator, make_user, months_ago, stale_offer


def remind():
    call_command("remind_stale_offers", stdout=StringIO())


@pytest.fixture
def caritas(site_tree):
    return PartnerPageFactory(parent=site_tree.partner_index, title="Caritas Soest", slug="caritas")


def test_one_mail_to_the_providers_editors_then_none(site_tree, caritas):
    editor = make_editor(caritas)
    make_moderator()
    other_partner = PartnerPageFactory(parent=site_tree.partner_index, title="AWO Lippstadt")
    make_editor(other_partner)
    offer = stale_offer(caritas, title="Erzählcafé am Dom")
    OfferPageFactory(parent=caritas, title="Frisch", last_reviewed_date=months_ago(3))

    remind()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [editor.email]
    assert message.subject == "Bitte prüfen Sie Ihr Angebot „Erzählcafé am Dom“"
    assert f"http://testserver/admin/pages/{offer.pk}/edit/" in message.body
    assert f"zuletzt am {offer.last_reviewed_date:%d.%m.%Y} geprüft" in message.body
    assert "Angaben sind aktuell" in message.body
    assert OfferReviewReminder.objects.filter(page=offer).exists()

    remind()
    assert len(mail.outbox) == 1


def test_each_editor_gets_their_own_mail(caritas):
    first, second = make_editor(caritas, "anna"), make_editor(caritas, "bernd")
    make_user("ohne-adresse", editor_group_for(caritas), email="")
    stale_offer(caritas)

    remind()

    assert sorted(message.to[0] for message in mail.outbox) == [first.email, second.email]


def test_independent_offers_go_to_the_moderators(site_tree):
    moderator = make_moderator()
    stale_offer(site_tree.offer_index, title="Spaziergang im Park")

    remind()

    assert [message.to for message in mail.outbox] == [[moderator.email]]


def test_partner_without_editors_falls_back_to_the_moderators(caritas):
    moderator = make_moderator()
    stale_offer(caritas)

    remind()

    assert [message.to for message in mail.outbox] == [[moderator.email]]


def test_drafts_and_fresh_offers_are_left_alone(site_tree, caritas):
    make_editor(caritas)
    OfferPageFactory(parent=caritas, live=False, last_reviewed_date=months_ago(20))
    OfferPageFactory(parent=caritas, last_reviewed_date=months_ago(11))

    remind()

    assert mail.outbox == []


def test_a_failing_recipient_does_not_stop_the_others(caritas, monkeypatch, caplog):
    make_editor(caritas, "anna")
    make_editor(caritas, "bernd")
    stale_offer(caritas)
    real_send = EmailBackend.send_messages

    def flaky_send(self, messages):
        if messages[0].to == ["anna@example.org"]:
            raise OSError("mail server said no")
        return real_send(self, messages)

    monkeypatch.setattr(EmailBackend, "send_messages", flaky_send)
    with caplog.at_level(logging.ERROR, logger="offers.review"):
        remind()

    assert [message.to for message in mail.outbox] == [["bernd@example.org"]]
    assert "failed" in caplog.text
    assert OfferReviewReminder.objects.count() == 1


def test_nothing_delivered_means_try_again_next_run(caritas, monkeypatch):
    make_editor(caritas)
    stale_offer(caritas)

    def broken_send(self, messages):
        raise OSError("mail server down")

    monkeypatch.setattr(EmailBackend, "send_messages", broken_send)
    remind()

    assert not OfferReviewReminder.objects.exists()


def test_reminded_again_only_after_a_review_went_stale_again(caritas):
    make_editor(caritas)
    offer = stale_offer(caritas)
    remind()
    assert len(mail.outbox) == 1

    # The offer is confirmed and published: the reminder record goes.
    offer.last_reviewed_date = timezone.localdate()
    offer.save_revision().publish()
    assert not OfferReviewReminder.objects.exists()
    remind()
    assert len(mail.outbox) == 1

    # A year later it is stale again, and its editors hear of it once more.
    offer.refresh_from_db()
    offer.last_reviewed_date = months_ago(13)
    offer.save_revision().publish()
    remind()
    assert len(mail.outbox) == 2


def test_dry_run_sends_nothing(caritas, capsys):
    editor = make_editor(caritas)
    stale_offer(caritas, title="Erzählcafé")

    call_command("remind_stale_offers", "--dry-run")

    assert mail.outbox == []
    output = capsys.readouterr().out
    assert "Erzählcafé" in output
    assert editor.email in output
    assert not OfferReviewReminder.objects.exists()


def test_reminder_time_is_recorded(caritas):
    make_editor(caritas)
    offer = stale_offer(caritas)
    before = timezone.now()
    remind()
    assert OfferReviewReminder.objects.get(page=offer).sent_at >= before - timedelta(seconds=1)


def test_sent_right_away_past_the_after_commit_wrapper(caritas):
    from mitmenschen.settings.base import after_commit

    make_editor(caritas)
    stale_offer(caritas)
    wrapped = after_commit({"BACKEND": "django.core.mail.backends.locmem.EmailBackend"})

    with override_settings(MAILERS={"default": wrapped}):
        remind()

    # Inside the test's transaction the wrapper would still be waiting for the commit.
    assert len(mail.outbox) == 1
