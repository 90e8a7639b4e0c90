"""Bot and flood protection for the public forms: honeypot, minimum fill time and a per-address rate limit."""

import hashlib
import time

from django.core import signing
from django.core.cache import cache

from . import conf

HONEYPOT_FIELD = "homepage"
TOKEN_FIELD = "formular_start"  # noqa: S105 - a field name, not a secret


def make_token(form_name, started=None):
    """A signed note of when the form was handed out; the client cannot make it look older."""
    return signing.dumps(time.time() if started is None else started, salt=f"submissions.{form_name}")


def token_start(form_name, token):
    """When the form carrying this token was handed out, or None for a missing, forged or expired token."""
    max_age = conf.get("SUBMISSION_MAX_FORM_AGE_SECONDS")
    try:
        started = signing.loads(token or "", salt=f"submissions.{form_name}", max_age=max_age)
    except signing.BadSignature:
        return None
    if not isinstance(started, int | float) or not 0 <= time.time() - started <= max_age:
        return None
    return started


def filled_in_time(form_name, token):
    """True when the token is genuine and at least the minimum fill time has passed since it was issued."""
    started = token_start(form_name, token)
    return started is not None and time.time() - started >= conf.get("SUBMISSION_MIN_FILL_SECONDS")


def honeypot_filled(data):
    return bool(data.get(HONEYPOT_FIELD, ""))


def client_address(request):
    """The visitor's address; behind SUBMISSION_PROXY_COUNT proxies, the one they added to X-Forwarded-For."""
    proxies = conf.get("SUBMISSION_PROXY_COUNT")
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def address_key(scope, request):
    """A cache key per visitor address within `scope`, hashed: the cache must tell addresses apart, not know them."""
    address = hashlib.sha256(client_address(request).encode()).hexdigest()[:32]
    return f"{scope}:{address}"


def count_request(key, window):
    """Add one to the count under `key` and return it; the window starts with the first request."""
    # add() leaves a running count alone; incr() fails only if the entry expired in between.
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:
        cache.set(key, 1, window)
        return 1


def _rate_key(form_name, request):
    return address_key(f"submissions:rate:{form_name}", request)


def rate_limited(form_name, request):
    return cache.get(_rate_key(form_name, request), 0) >= conf.get("SUBMISSION_RATE_LIMIT")


def count_submission(form_name, request):
    count_request(_rate_key(form_name, request), conf.get("SUBMISSION_RATE_WINDOW_SECONDS"))
