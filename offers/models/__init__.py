from .pages import OfferIndexPage, OfferMeetingTime, OfferPage, OfferPageTag
from .queries import OfferPageQuerySet

__all__ = ["OfferIndexPage", "OfferMeetingTime", "OfferPage", "OfferPageQuerySet", "OfferPageTag"]
