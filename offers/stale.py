"""When an offer counts as stale: its details were not reviewed within the review period."""

import calendar
from datetime import date

from django.conf import settings
from django.utils import timezone

DEFAULT_REVIEW_PERIOD_MONTHS = 12


def review_period_months():
    """How many months an offer's review stays valid; OFFER_REVIEW_PERIOD_MONTHS in the settings."""
    return getattr(settings, "OFFER_REVIEW_PERIOD_MONTHS", DEFAULT_REVIEW_PERIOD_MONTHS)


def months_before(day, months):
    """The same day `months` calendar months earlier, clamped to the month's end (31 March → 28/29 Feb)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def stale_before(today=None):
    """Offers last reviewed before this date are stale."""
    return months_before(today or timezone.localdate(), review_period_months())


def is_stale(last_reviewed_date, today=None):
    return last_reviewed_date is not None and last_reviewed_date < stale_before(today)
