"""Admin login throttling with django-axes: a German lockout page and an audit trail of lockouts."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.dispatch import receiver
from django.shortcuts import render

from wagtail.log_actions import log

from axes.signals import user_locked_out

logger = logging.getLogger(__name__)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out login gets: what happened, how long to wait, whom to ask (status 429)."""
    cooloff = settings.AXES_COOLOFF_TIME
    minutes = int(cooloff.total_seconds() // 60) if cooloff else None
    return render(request, "editorial/lockout.html", {"cooloff_minutes": minutes},
                  status=settings.AXES_HTTP_RESPONSE_CODE)


@receiver(user_locked_out, dispatch_uid="editorial_log_lockout")
def log_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    logger.warning("Admin login locked out after repeated failures: user %r from %s", username, ip_address)
    user = get_user_model().objects.filter(username=username).first() if username else None
    if user is not None:
        log(instance=user, action="editorial.login_locked_out", data={"ip_address": ip_address})
