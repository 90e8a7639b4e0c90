from .pages import OfferIndexPage, OfferMeetingTime, OfferPage, OfferPageTag
from .queries import OfferPageQuerySet
from .reminders import OfferReviewReminder

__all__ = [
    "OfferIndexPage", "OfferMeetingTime", "OfferPage", "OfferPageQuerySet", "OfferPageTag", "OfferReviewReminder",
]
