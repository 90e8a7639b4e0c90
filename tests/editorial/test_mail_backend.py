"""The durable mail outbox: queued with the transaction, nothing on rollback, delivered after commit off the
request thread, failures logged and retried, mail left behind by a crash sent by `send_queued_mail`."""

import logging
import time
from datetime import timedelta
from email.message import MIMEPart
from io import StringIO

from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

import pytest

from editorial.mail import MAX_ATTEMPTS, AfterCommitEmailBackend, deserialize, serialize
from editorial.models import OutgoingMail

LOCMEM = {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
BROKEN = {"BACKEND": "tests.editorial.broken_mail.BrokenEmailBackend"}


def message(subject="Betreff"):
    return EmailMessage(subject, "Text", "noreply@example.org", ["moderation@example.org"])


def send_queued():
    out = StringIO()
    call_command("send_queued_mail", stdout=out)
    return out.getvalue()


@pytest.fixture
def committing_db(django_db_setup, django_db_blocker):
    """Real commits (no test transaction around the test), as in production: the delivery thread has its own
    database connection and sees only committed rows. Only outbox rows are made; they are removed afterwards."""
    with django_db_blocker.unblock():
        yield
        OutgoingMail.objects.all().delete()


def wait_for(condition, seconds=5):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def test_background_delivery_after_commit(committing_db):
    backend = AfterCommitEmailBackend(mailer=LOCMEM, background=True, alias="default")
    with transaction.atomic():
        assert backend.send_messages([message()]) == 1
        assert OutgoingMail.objects.count() == 1  # queued in the same transaction
        assert mail.outbox == []  # nothing leaves before the commit
    assert wait_for(lambda: mail.outbox)
    assert [sent.subject for sent in mail.outbox] == ["Betreff"]
    assert wait_for(lambda: not OutgoingMail.objects.exists())  # delivered mail is not kept


@pytest.mark.django_db
def test_rollback_queues_and_sends_nothing(django_capture_on_commit_callbacks):
    backend = AfterCommitEmailBackend(mailer=LOCMEM, background=False, alias="default")
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        backend.send_messages([message()])
        transaction.set_rollback(True)
    assert mail.outbox == []
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db
def test_failure_is_logged_not_raised_and_retried(django_capture_on_commit_callbacks, caplog):
    backend = AfterCommitEmailBackend(mailer=BROKEN, background=False, alias="default")
    with caplog.at_level(logging.ERROR, logger="editorial.mail"), django_capture_on_commit_callbacks(execute=True):
        backend.send_messages([message()])
    assert "Sending 1 e-mail(s) failed: Betreff" in caplog.text
    assert "mail server unreachable" in caplog.text
    queued = OutgoingMail.objects.get()
    assert queued.attempts == 1
    assert "mail server unreachable" in queued.last_error
    assert timezone.now() < queued.next_attempt_at <= timezone.now() + timedelta(minutes=1)

    # Not due yet: the command leaves it alone.
    assert send_queued().startswith("0 e-mail(s) sent")
    # Due, and the mail server is back: it goes out and the row goes.
    OutgoingMail.objects.update(next_attempt_at=timezone.now())
    with override_settings(MAILERS={"default": {"BACKEND": "editorial.mail.AfterCommitEmailBackend",
                                                "OPTIONS": {"mailer": LOCMEM}}}):
        assert send_queued().startswith("1 e-mail(s) sent")
    assert [sent.subject for sent in mail.outbox] == ["Betreff"]
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db
def test_mail_of_a_crashed_process_is_sent_by_the_command(django_capture_on_commit_callbacks):
    backend = AfterCommitEmailBackend(mailer=LOCMEM, background=False, alias="default")
    # The process dies after the commit, before its on-commit delivery runs.
    with django_capture_on_commit_callbacks(execute=False):
        backend.send_messages([message("Zur Prüfung"), message("Freigegeben")])
    assert mail.outbox == []
    assert send_queued().startswith("2 e-mail(s) sent")
    assert sorted(sent.subject for sent in mail.outbox) == ["Freigegeben", "Zur Prüfung"]
    assert send_queued().startswith("0 e-mail(s) sent")  # nothing twice
    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_a_claimed_mail_is_not_sent_twice_until_its_claim_expires(django_capture_on_commit_callbacks):
    backend = AfterCommitEmailBackend(mailer=LOCMEM, background=False, alias="default")
    with django_capture_on_commit_callbacks(execute=False):
        backend.send_messages([message()])
    # Another deliverer holds it (e.g. the request's thread is sending right now).
    OutgoingMail.objects.update(claim="other", claimed_until=timezone.now() + timedelta(minutes=5))
    send_queued()
    assert mail.outbox == []
    # That deliverer died mid-send: once its claim has run out, the mail is sent.
    OutgoingMail.objects.update(claimed_until=timezone.now() - timedelta(seconds=1))
    send_queued()
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_gives_up_after_the_last_attempt_and_deletes_dead_mail_later(django_capture_on_commit_callbacks, caplog):
    backend = AfterCommitEmailBackend(mailer=BROKEN, background=False, alias="default")
    with django_capture_on_commit_callbacks(execute=False):
        backend.send_messages([message()])
    broken = {"default": {"BACKEND": "editorial.mail.AfterCommitEmailBackend", "OPTIONS": {"mailer": BROKEN}}}
    with override_settings(MAILERS=broken), caplog.at_level(logging.ERROR, logger="editorial.mail"):
        for _ in range(MAX_ATTEMPTS):
            OutgoingMail.objects.filter(next_attempt_at__isnull=False).update(next_attempt_at=timezone.now())
            send_queued()
    dead = OutgoingMail.objects.get()
    assert dead.attempts == MAX_ATTEMPTS
    assert dead.next_attempt_at is None
    assert "giving up" in caplog.text
    send_queued()
    assert OutgoingMail.objects.get().attempts == MAX_ATTEMPTS  # no further attempts
    OutgoingMail.objects.update(created_at=timezone.now() - timedelta(days=31))
    assert "1 undeliverable e-mail(s) deleted" in send_queued()
    assert not OutgoingMail.objects.exists()


@pytest.mark.django_db
def test_queued_message_keeps_every_part():
    original = EmailMultiAlternatives(
        "Zur Prüfung: „Erzählcafé“", "Text mit Umlauten: äöü", "MitMenschen <noreply@example.org>",
        ["a@example.org"], cc=["b@example.org"], bcc=["c@example.org"], reply_to=["d@example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    original.attach_alternative("<p>Text</p>", "text/html")
    original.attach("liste.csv", "a;b\n", "text/csv")
    original.attach("bild.png", b"\x89PNG\x00\xff", "image/png")
    part = MIMEPart()
    part.set_content("Anhang als MIME-Teil")
    original.attach(part)
    stored = OutgoingMail.objects.create(message=serialize(original))
    stored.refresh_from_db()
    copy = deserialize(stored.message)
    assert isinstance(copy, EmailMultiAlternatives)
    for attribute in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to", "extra_headers"):
        assert getattr(copy, attribute) == getattr(original, attribute)
    assert list(copy.alternatives) == [("<p>Text</p>", "text/html")]
    assert [tuple(part) for part in copy.attachments[:2]] == [
        ("liste.csv", "a;b\n", "text/csv"), ("bild.png", b"\x89PNG\x00\xff", "image/png"),
    ]
    assert "Anhang als MIME-Teil" in copy.attachments[2].get_content()
    assert "Auto-Submitted: auto-generated" in copy.message().as_string()
