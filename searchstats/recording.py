"""Recording searches for the statistics, and the popular queries the search page may suggest.

Recording is one UPDATE per search (plus an INSERT for the first search of a query on a day), never raises,
and skips what is not a person's query or might identify one: empty or very long input, e-mail addresses and
phone numbers, and searches by logged-in editors (they test the search, they do not look for help).
"""

import logging
import re
from contextlib import nullcontext
from datetime import timedelta

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from .models import SearchQueryDay

logger = logging.getLogger(__name__)

# Real queries are a few words; longer input is pasted text or a robot's.
MAX_RECORDED_LENGTH = 100
MAX_RECORDED_WORDS = 10
# Six or more digits (with separators) look like a phone number; postcodes have five.
_PERSONAL = re.compile(r"@|(?:\d[\s/().+-]*){6,}")
_LETTER = re.compile(r"[^\W\d_]")


def normalize(query):
    """Lower case, single spaces: "  Kaffee  TREFF" and "kaffee treff" are one query."""
    return " ".join(str(query or "").lower().split())


def recordable(text):
    return (
        bool(text)
        and len(text) <= MAX_RECORDED_LENGTH
        and len(text.split()) <= MAX_RECORDED_WORDS
        and _LETTER.search(text) is not None
        and _PERSONAL.search(text) is None
    )


def _guarded():
    """A savepoint when a transaction is open (tests, ATOMIC_REQUESTS), where a failed statement would break it;
    under autocommit every statement stands alone and the UPDATE needs no transaction of its own."""
    return transaction.atomic() if transaction.get_connection().in_atomic_block else nullcontext()


def record_search(query, result_count, *, truncated=False):
    """Count one search of `query` today; `result_count` 0 counts it as a search without results."""
    text = normalize(query)
    if truncated or not recordable(text):
        return False
    today = timezone.localdate()
    missed = 1 if not result_count else 0
    rows = SearchQueryDay.objects.filter(query=text, date=today)
    try:
        with _guarded():
            if rows.update(searches=F("searches") + 1, misses=F("misses") + missed):
                return True
            try:
                with transaction.atomic():
                    SearchQueryDay.objects.create(query=text, date=today, searches=1, misses=missed)
            except IntegrityError:
                # Another request created the row in between.
                rows.update(searches=F("searches") + 1, misses=F("misses") + missed)
    except DatabaseError:
        # The statistics must never cost a person their search results.
        logger.warning("Could not record a search query", exc_info=True)
        return False
    return True


def popular_queries(*, limit=6, days=90, min_found=3, exclude=()):
    """Queries that were searched often lately and found something: ideas for a search that found nothing.

    Only queries that found results at least `min_found` times are offered, so a query someone typed a few
    times (or a robot typed to get it shown) never appears on the public site unless public content matches it.
    """
    since = timezone.localdate() - timedelta(days=days)
    excluded = {normalize(q) for q in exclude}
    rows = (
        SearchQueryDay.objects.filter(date__gte=since)
        .values("query")
        .annotate(found=Sum(F("searches") - F("misses")))
        .filter(found__gte=min_found)
        .order_by("-found", "query")[: limit + len(excluded)]
    )
    return [row["query"] for row in rows if row["query"] not in excluded][:limit]


def purge(months):
    """Delete the statistics of days older than `months` months; returns the number of rows deleted."""
    cutoff = timezone.localdate() - timedelta(days=round(months * 30.44))
    deleted, _detail = SearchQueryDay.objects.filter(date__lt=cutoff).delete()
    return deleted
