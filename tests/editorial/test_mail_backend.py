"""The after-commit mail backend: nothing before the commit, delivery off the request thread, failures only logged."""

import logging
import time

from django.core import mail
from django.core.mail import EmailMessage

import pytest

from editorial.mail import AfterCommitEmailBackend

LOCMEM = {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}


def message():
    return EmailMessage("Betreff", "Text", "noreply@example.org", ["moderation@example.org"])


@pytest.mark.django_db
def test_background_delivery_after_commit(django_capture_on_commit_callbacks):
    backend = AfterCommitEmailBackend(mailer=LOCMEM, background=True, alias="default")
    with django_capture_on_commit_callbacks(execute=True):
        assert backend.send_messages([message()]) == 1
        assert mail.outbox == []
    deadline = time.monotonic() + 5
    while not mail.outbox and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [sent.subject for sent in mail.outbox] == ["Betreff"]


@pytest.mark.django_db
def test_failure_is_logged_not_raised(django_capture_on_commit_callbacks, caplog):
    broken = {"BACKEND": "tests.editorial.broken_mail.BrokenEmailBackend"}
    backend = AfterCommitEmailBackend(mailer=broken, background=False, alias="default")
    with caplog.at_level(logging.ERROR, logger="editorial.mail"), django_capture_on_commit_callbacks(execute=True):
        backend.send_messages([message()])
    assert "Sending 1 e-mail(s) failed: Betreff" in caplog.text
    assert "mail server unreachable" in caplog.text
