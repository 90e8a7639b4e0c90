"""Forget an offer's review reminder once a reviewed version goes live."""

from django.dispatch import receiver

from wagtail.signals import page_published

from .models import OfferPage
from .review import clear_reminder


@receiver(page_published, sender=OfferPage, dispatch_uid="offers_clear_review_reminder")
def offer_published(sender, instance, **kwargs):
    clear_reminder(instance)
