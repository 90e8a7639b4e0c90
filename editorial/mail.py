"""Durable mail: queued in the database with the request's transaction, delivered after the commit, retried.

`AfterCommitEmailBackend` writes each message to the `OutgoingMail` table inside the current transaction, so a
rolled-back request leaves no mail behind, and a committed one cannot lose its mail to a crash or restart. After
the commit a background thread delivers the rows through the configured mailer (the request never waits for
the mail server) and deletes them; a failure is logged and the row retried with growing pauses, by the next
mail's thread or by `manage.py send_queued_mail` (run it every few minutes, like publish_scheduled).

Why not Django 6's tasks framework: Django ships only the immediate backend (which would send inside the
request) and a dummy one; a database backend (django-tasks-db) adds a dependency and a worker process
(`db_worker`) that must run beside the web server, also for `make run`. One table and one periodic command give
the same guarantees with less to run.
"""

import base64
import email
import email.policy
import logging
import threading
import uuid
from datetime import timedelta

from django.core.mail import EmailMessage, EmailMultiAlternatives, MailerDoesNotExist, mailers
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connections, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

# Pauses before the 2nd, 3rd … attempt; after the last one (about a day after the first) we give up.
RETRY_DELAYS = [timedelta(minutes=minutes) for minutes in (1, 5, 15, 60, 180, 360, 720)]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A claimed row whose deliverer died (restart mid-send) becomes free again after this.
CLAIM_LEASE = timedelta(minutes=10)
# How long undeliverable mail is kept for the operator (it holds personal data).
DEAD_MAIL_RETENTION = timedelta(days=30)
# Older due mail a background thread takes along after its own messages.
BACKLOG_BATCH = 20


class AfterCommitEmailBackend(BaseEmailBackend):
    """Queues messages in the outbox; after the commit they go to the wrapped mailer (`mailer`, a MAILERS entry)."""

    def __init__(self, *, mailer, background=True, alias=None, **kwargs):
        super().__init__(alias=alias, **kwargs)
        self.mailer = mailer
        self.background = background

    def send_messages(self, email_messages):
        from .models import OutgoingMail

        messages = [message for message in email_messages or [] if message.recipients()]
        if not messages:
            return 0
        try:
            # A savepoint: should the insert fail, the request's own transaction stays usable.
            with transaction.atomic():
                rows = OutgoingMail.objects.bulk_create(
                    OutgoingMail(mailer=self.alias or "default", message=serialize(message),
                                 next_attempt_at=timezone.now())
                    for message in messages
                )
        except Exception:
            logger.exception("Queueing %d e-mail(s) failed: %s", len(messages), subjects(messages))
            return 0
        ids = [row.pk for row in rows]
        transaction.on_commit(lambda: self._dispatch(ids), robust=True)
        return len(messages)

    def transport(self):
        """The real mailer this backend wraps."""
        backend_class = import_string(self.mailer["BACKEND"])
        return backend_class(alias=self.alias, **self.mailer.get("OPTIONS", {}))

    def _dispatch(self, ids):
        if self.background:
            # A slow or unreachable mail server must not hold up the response.
            threading.Thread(target=self._deliver_in_background, args=(ids,), daemon=True).start()
        else:
            deliver(ids=ids, transport=self.transport())

    def _deliver_in_background(self, ids):
        try:
            deliver(ids=ids, transport=self.transport())
            deliver(limit=BACKLOG_BATCH)
        except Exception:
            logger.exception("Delivering queued e-mail failed")
        finally:
            # This thread's own database connections; the request's are untouched.
            connections.close_all()


def deliver(ids=None, limit=None, transport=None):
    """Claim due outbox rows (those in `ids`, or the oldest `limit`), send them, and record the outcome.

    They go through `transport`, or else the real mailer behind each row's MAILERS alias.

    Claiming is one conditional UPDATE, so two deliverers (a thread and the command) never send the same row.
    Returns (sent, failed).
    """
    from .models import OutgoingMail

    now = timezone.now()
    free = OutgoingMail.objects.filter(next_attempt_at__isnull=False).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    )
    candidates = free.filter(pk__in=ids) if ids is not None else free.filter(next_attempt_at__lte=now)
    candidate_ids = list(candidates.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit])
    if not candidate_ids:
        return 0, 0
    claim = uuid.uuid4().hex
    free.filter(pk__in=candidate_ids).update(claim=claim, claimed_until=now + CLAIM_LEASE)
    rows = list(OutgoingMail.objects.filter(claim=claim, claimed_until__gt=now))
    sent = failed = 0
    for alias in {row.mailer for row in rows}:
        batch = [row for row in rows if row.mailer == alias]
        done, errors = _send_batch(transport or transport_for(alias), batch)
        OutgoingMail.objects.filter(pk__in=done).delete()
        for row in batch:
            if row.pk in errors:
                _record_failure(row, errors[row.pk])
        sent += len(done)
        failed += len(errors)
    return sent, failed


def _send_batch(transport, rows):
    """Send each row on its own over one connection; returns the delivered ids and {id: error} of the rest."""
    done, errors = [], {}
    try:
        transport.open()
    except Exception as error:
        return done, {row.pk: error for row in rows}
    try:
        for row in rows:
            try:
                message = deserialize(row.message)
                if not transport.send_messages([message]):
                    raise RuntimeError("the mailer reported nothing sent")
            except Exception as error:
                errors[row.pk] = error
            else:
                done.append(row.pk)
    finally:
        try:
            transport.close()
        except Exception:
            logger.warning("Closing the mail connection failed", exc_info=True)
    return done, errors


def _record_failure(row, error):
    from .models import OutgoingMail

    attempts = row.attempts + 1
    gave_up = attempts >= MAX_ATTEMPTS
    next_attempt_at = None if gave_up else timezone.now() + RETRY_DELAYS[attempts - 1]
    subject = row.message.get("subject", "")
    logger.error(
        "Sending 1 e-mail(s) failed: %s (attempt %d of %d; %s)", subject, attempts, MAX_ATTEMPTS,
        "giving up" if gave_up else f"next attempt at {next_attempt_at:%Y-%m-%d %H:%M}",
        exc_info=(type(error), error, error.__traceback__),
    )
    OutgoingMail.objects.filter(pk=row.pk).update(
        attempts=attempts, next_attempt_at=next_attempt_at, claim="", claimed_until=None,
        last_error=f"{type(error).__name__}: {error}"[:2000],
    )


def delete_dead_mail(now=None):
    """Undeliverable mail older than DEAD_MAIL_RETENTION goes (it holds addresses and texts)."""
    from .models import OutgoingMail

    cutoff = (now or timezone.now()) - DEAD_MAIL_RETENTION
    deleted, _ = OutgoingMail.objects.filter(next_attempt_at__isnull=True, created_at__lt=cutoff).delete()
    return deleted


def transport_for(alias):
    """The real mailer behind a MAILERS alias: the wrapped one of an outbox backend, otherwise the alias itself."""
    try:
        backend = mailers[alias]
    except MailerDoesNotExist:
        backend = mailers.default
    return backend.transport() if isinstance(backend, AfterCommitEmailBackend) else backend


def subjects(messages):
    return ", ".join(str(message.subject) for message in messages)


def _content(value):
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode("ascii")}
    return {"text": str(value)}


def _from_content(data):
    return base64.b64decode(data["base64"]) if "base64" in data else data["text"]


def _attachment(attachment):
    if isinstance(attachment, (tuple, list)):
        filename, content, mimetype = attachment
        return {"filename": filename, "content": _content(content), "mimetype": mimetype}
    # A ready MIME part (or a legacy MIMEBase): stored as its bytes.
    return {"mime": base64.b64encode(attachment.as_bytes()).decode("ascii")}


def serialize(message):
    """The message as JSON: every part an EmailMessage or EmailMultiAlternatives is built from."""
    return {
        "multi": isinstance(message, EmailMultiAlternatives),
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(name): str(value) for name, value in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "encoding": message.encoding,
        "alternatives": [[_content(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": [_attachment(attachment) for attachment in message.attachments],
    }


def deserialize(data):
    cls = EmailMultiAlternatives if data["multi"] else EmailMessage
    message = cls(data["subject"], data["body"], data["from_email"], data["to"], cc=data["cc"], bcc=data["bcc"],
                  reply_to=data["reply_to"], headers=data["headers"])
    message.content_subtype = data["content_subtype"]
    message.encoding = data["encoding"]
    if data["multi"]:
        for content, mimetype in data["alternatives"]:
            message.attach_alternative(_from_content(content), mimetype)
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(email.message_from_bytes(base64.b64decode(attachment["mime"]), policy=email.policy.default))
        else:
            message.attach(attachment["filename"], _from_content(attachment["content"]), attachment["mimetype"])
    return message
