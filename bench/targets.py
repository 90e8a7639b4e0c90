"""Print the URLs each benchmark scenario requests, as JSON, read from the seeded database."""

import json
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mitmenschen.settings.dev")

import django

django.setup()

from django.utils import timezone  # noqa: E402

from events.models import EventIndexPage, EventPage  # noqa: E402
from offers.models import OfferIndexPage, OfferPage  # noqa: E402
from taxonomy.models import TargetGroup, Theme  # noqa: E402

DETAIL_SAMPLE = 500


def sample_urls(queryset, rng):
    """Many different detail pages, so the figures are not those of one page sitting hot in every cache."""
    pks = sorted(queryset.values_list("pk", flat=True))
    chosen = rng.sample(pks, min(DETAIL_SAMPLE, len(pks)))
    return [page.get_url() for page in queryset.model.objects.filter(pk__in=chosen).order_by("path")]


def targets(seed=1):
    rng = random.Random(seed)
    offers = OfferIndexPage.objects.live().get().get_url()
    events = EventIndexPage.objects.live().get().get_url()
    theme = Theme.objects.order_by("slug").first()
    group = TargetGroup.objects.order_by("slug").first()
    return {
        "home": ["/"],
        "offer list": [offers],
        # What people combine in practice: a place with a way of taking part, a theme on a weekday,
        # the whole county with cost and access, and a later page of a broad filter.
        "offer list, filtered": [
            f"{offers}?district=soest&format=von-zuhause",
            f"{offers}?theme={theme.slug}&weekday=dienstag",
            f"{offers}?district=kreis-soest&cost=kostenlos&access=rollstuhl",
            f"{offers}?target_group={group.slug}&seite=3",
        ],
        "offer detail": sample_urls(OfferPage.objects.live(), rng),
        "event list": [events],
        "event detail": sample_urls(EventPage.objects.live().filter(starts_at__gte=timezone.now()), rng),
    }


if __name__ == "__main__":
    print(json.dumps(targets(), ensure_ascii=False, indent=1))
