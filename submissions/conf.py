"""The public forms' settings, each with a default; read at call time so tests can override them."""

from django.conf import settings

DEFAULTS = {
    # Submissions per form and IP address within the window; the next one gets status 429.
    "SUBMISSION_RATE_LIMIT": 5,
    "SUBMISSION_RATE_WINDOW_SECONDS": 60 * 60,
    # Faster than this (from page load to submit) only a bot fills in a form.
    "SUBMISSION_MIN_FILL_SECONDS": 3,
    # A form left open longer than this gets a fresh timestamp instead of being accepted.
    "SUBMISSION_MAX_FORM_AGE_SECONDS": 24 * 60 * 60,
    # Personal data of a proposal (or a wish's contact) is deleted this long after the decision.
    "SUBMISSION_PERSONAL_DATA_RETENTION_DAYS": 30,
    # How many reverse proxies in front of the site append to X-Forwarded-For (0: use REMOTE_ADDR).
    "SUBMISSION_PROXY_COUNT": 0,
}


def get(name):
    return getattr(settings, name, DEFAULTS[name])
