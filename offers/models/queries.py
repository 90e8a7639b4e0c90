"""Listing logic for offers, kept in the queryset so views and templates stay thin."""

from django.db.models import Prefetch, Q

from wagtail.images import get_image_model

from home.queries import SitePageQuerySet

LISTING_IMAGE_FILTER = "fill-480x320"

# What a teaser card (components/offer_card.html) reads. With its provider, kind and district an offer has 146
# columns, and Django's cost of compiling and loading a row grows with each; a card reads 14 of them.
CARD_FIELDS = (
    "title", "url_path", "summary", "image", "schedule_note", "is_in_person", "is_online", "is_by_phone", "town",
    "cost_type", "cost_amount", "kind__name", "provider__title", "district__name",
)


class OfferPageQuerySet(SitePageQuerySet):
    def stale(self, today=None):
        """Offers whose details were not reviewed within the review period (see offers.stale)."""
        from offers.stale import stale_before

        return self.filter(last_reviewed_date__lt=stale_before(today))

    def featured(self):
        return self.filter(is_featured=True)

    def for_listing(self):
        """Everything a teaser card shows, fetched in a fixed number of queries."""
        images = get_image_model().objects.prefetch_renditions(LISTING_IMAGE_FILTER)
        return (
            self.select_related("provider", "kind", "district")
            .only(*CARD_FIELDS)
            .prefetch_related(
                "meeting_times",
                Prefetch("image", queryset=images),
            )
            # path, not pk, breaks ties: both columns are in wagtailcore_page, so the (title, path) index
            # delivers the rows in order (offers_offerpage.page_ptr_id would need a sort of every offer).
            .order_by("title", "path")
        )

    def from_home(self):
        """Offers a person can join without leaving home: online or by phone."""
        return self.filter(Q(is_online=True) | Q(is_by_phone=True))

    def for_age(self, age):
        return self.filter(Q(age_min__isnull=True) | Q(age_min__lte=age)).filter(
            Q(age_max__isnull=True) | Q(age_max__gte=age)
        )

    def on_weekday(self, weekday):
        # A subquery rather than a join + DISTINCT: keeps one row per offer on every database.
        from .pages import OfferMeetingTime

        return self.filter(pk__in=OfferMeetingTime.objects.filter(weekday=weekday).values("page_id"))
