"""Moderation e-mails: moderators on submission, the editor on approval or rejection; sent after commit."""

import logging

from django.core import mail
from django.db import transaction
from django.test import override_settings

import pytest

from editorial.models import OutgoingMail
from offers.models import OfferPage

from .workflow_steps import moderate, submit

pytestmark = pytest.mark.django_db

LOCMEM = {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
AFTER_COMMIT = {"default": {"BACKEND": "editorial.mail.AfterCommitEmailBackend",
                            "OPTIONS": {"mailer": LOCMEM, "background": False}}}
BROKEN = {"default": {"BACKEND": "editorial.mail.AfterCommitEmailBackend",
                      "OPTIONS": {"mailer": {"BACKEND": "tests.editorial.broken_mail.BrokenEmailBackend"},
                                  "background": False}}}


def test_submission_mails_the_moderators_after_commit(client, editorial_fresh, django_capture_on_commit_callbacks):
    world = editorial_fresh
    client.force_login(world.caritas_editor)
    with override_settings(MAILERS=AFTER_COMMIT):
        with django_capture_on_commit_callbacks() as callbacks:
            response = submit(client, world.draft_offer, title="Spieletreff am Mittwoch")
            assert response.status_code == 302
            assert mail.outbox == []  # nothing leaves before the transaction commits
        assert OutgoingMail.objects.count() == 1  # but it is safely queued with the submission
        for callback in callbacks:
            callback()
    assert not OutgoingMail.objects.exists()  # delivered mail is not kept
    assert [message.to for message in mail.outbox] == [[world.moderator.email]]
    message = mail.outbox[0]
    assert message.subject == "Zur Prüfung: „Spieletreff am Mittwoch“"
    assert "zur Prüfung eingereicht" in message.body
    assert f"http://testserver/admin/pages/{world.draft_offer.pk}/edit/" in message.body
    assert world.draft_offer.revisions.count() == 2
    assert not OfferPage.objects.get(pk=world.draft_offer.pk).live


def test_rolled_back_submission_sends_nothing(editorial_fresh, django_capture_on_commit_callbacks):
    world = editorial_fresh
    with (override_settings(MAILERS=AFTER_COMMIT), django_capture_on_commit_callbacks(execute=True),
          transaction.atomic()):
        world.draft_offer.save_revision(user=world.caritas_editor)
        world.draft_offer.get_workflow().start(world.draft_offer, world.caritas_editor)
        transaction.set_rollback(True)
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


def test_approval_mails_the_editor(client, editorial):
    client.force_login(editorial.caritas_editor)
    submit(client, editorial.draft_offer)
    client.force_login(editorial.moderator)
    mail.outbox.clear()
    response = moderate(client, editorial.draft_offer, "approve")
    assert response.status_code in {200, 302}
    assert OfferPage.objects.get(pk=editorial.draft_offer.pk).live
    assert [message.to for message in mail.outbox] == [[editorial.caritas_editor.email]]
    assert mail.outbox[0].subject == "Freigegeben: „Neuer Spieletreff“"
    assert "jetzt öffentlich sichtbar" in mail.outbox[0].body


def test_rejection_mails_the_editor_with_the_comment(client, editorial):
    client.force_login(editorial.caritas_editor)
    submit(client, editorial.draft_offer)
    client.force_login(editorial.moderator)
    mail.outbox.clear()
    moderate(client, editorial.draft_offer, "reject", comment="Bitte die Uhrzeit ergänzen.")
    assert not OfferPage.objects.get(pk=editorial.draft_offer.pk).live
    assert [message.to for message in mail.outbox] == [[editorial.caritas_editor.email]]
    body = mail.outbox[0].body
    assert mail.outbox[0].subject == "Bitte überarbeiten: „Neuer Spieletreff“"
    assert "Bitte die Uhrzeit ergänzen." in body
    assert f"/admin/pages/{editorial.draft_offer.pk}/edit/" in body


def test_failing_mail_server_does_not_break_the_submission(client, editorial_fresh, caplog,
                                                            django_capture_on_commit_callbacks):
    world = editorial_fresh
    client.force_login(world.caritas_editor)
    with (override_settings(MAILERS=BROKEN), caplog.at_level(logging.ERROR, logger="editorial.mail"),
          django_capture_on_commit_callbacks(execute=True)):
        response = submit(client, world.draft_offer)
    assert response.status_code == 302
    page = OfferPage.objects.get(pk=world.draft_offer.pk)
    assert page.workflow_in_progress
    assert "Sending 1 e-mail(s) failed" in caplog.text
    # Not lost: the mail waits in the outbox for the next attempt.
    queued = OutgoingMail.objects.get()
    assert queued.attempts == 1
    assert queued.message["to"] == [world.moderator.email]
