"""The date line of an event, in German and in Berlin time, with machine-readable <time> elements."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from django.utils import translation

import pytest

from home.templatetags.site_tags import event_when

UTC = ZoneInfo("UTC")


@pytest.mark.parametrize(
    "starts, ends, expected",
    [
        (datetime(2026, 12, 3, 17, 0, tzinfo=UTC), datetime(2026, 12, 3, 18, 30, tzinfo=UTC),
         '<time datetime="2026-12-03T18:00:00+01:00">Donnerstag, 3. Dezember 2026, 18:00</time>'
         '–<time datetime="2026-12-03T19:30:00+01:00">19:30</time>&nbsp;Uhr'),
        (datetime(2026, 3, 29, 0, 30, tzinfo=UTC), None,
         '<time datetime="2026-03-29T01:30:00+01:00">Sonntag, 29. März 2026, 01:30</time>&nbsp;Uhr'),
        # Across the change from summer to winter time: each end keeps its own offset.
        (datetime(2026, 10, 24, 22, 0, tzinfo=UTC), datetime(2026, 10, 25, 9, 5, tzinfo=UTC),
         '<time datetime="2026-10-25T00:00:00+02:00">Sonntag, 25. Oktober 2026, 00:00</time>'
         '–<time datetime="2026-10-25T10:05:00+01:00">10:05</time>&nbsp;Uhr'),
        (datetime(2026, 5, 1, 7, 0, tzinfo=UTC), datetime(2026, 5, 3, 15, 0, tzinfo=UTC),
         '<time datetime="2026-05-01T09:00:00+02:00">Freitag, 1. Mai 2026, 09:00&nbsp;Uhr</time> bis '
         '<time datetime="2026-05-03T17:00:00+02:00">Sonntag, 3. Mai 2026, 17:00&nbsp;Uhr</time>'),
    ],
)
def test_event_when(starts, ends, expected):
    with translation.override("de"):
        assert event_when(SimpleNamespace(starts_at=starts, ends_at=ends)) == expected
