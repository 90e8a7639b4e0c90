"""A mail backend that sends after the database commit, off the request, and logs failures instead of raising."""

import logging
import threading
from functools import partial

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


class AfterCommitEmailBackend(BaseEmailBackend):
    """Hands messages to the wrapped mailer once the transaction commits; nothing is sent on rollback."""

    def __init__(self, *, mailer, background=True, alias=None, **kwargs):
        super().__init__(alias=alias, **kwargs)
        self.mailer = mailer
        self.background = background

    def send_messages(self, email_messages):
        messages = list(email_messages or [])
        if messages:
            transaction.on_commit(partial(self._dispatch, messages), robust=True)
        return len(messages)

    def _dispatch(self, messages):
        if self.background:
            # A slow or unreachable mail server must not hold up the response.
            threading.Thread(target=self.deliver, args=(messages,), daemon=True).start()
        else:
            self.deliver(messages)

    def deliver(self, messages):
        try:
            backend_class = import_string(self.mailer["BACKEND"])
            backend = backend_class(alias=self.alias, **self.mailer.get("OPTIONS", {}))
            backend.send_messages(messages)
        except Exception:
            logger.exception("Sending %d e-mail(s) failed: %s", len(messages),
                             ", ".join(message.subject for message in messages))
