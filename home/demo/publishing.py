"""Small helpers the demo builders share: counting, German slugs, coordinates and publishing pages."""

from collections import defaultdict
from contextlib import contextmanager
from decimal import Decimal

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify

from wagtail.search import index, signal_handlers

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


class Counts:
    """How many objects of each kind the run created and how many it found already there."""

    def __init__(self):
        self.rows = defaultdict(lambda: {"created": 0, "existing": 0})

    def created(self, label, number=1):
        self.rows[label]["created"] += number

    def existing(self, label, number=1):
        self.rows[label]["existing"] += number

    def __getitem__(self, label):
        return self.rows[label]

    def items(self):
        return self.rows.items()


def slugify_de(text, max_length=80):
    """An ASCII slug that spells umlauts out ("Möhnesee" -> "moehnesee") instead of dropping them."""
    return slugify(text.translate(UMLAUTS))[:max_length].strip("-")


def coordinate(value):
    return Decimal(str(round(value, 6)))


def publish_child(parent, page):
    """Add page under parent and publish it, so it is live and has a revision."""
    with transaction.atomic():
        # treebeard computes the new path from the parent's child count; another instance may have added children.
        parent.refresh_from_db(fields=["numchild"])
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


def ensure_page(counts, label, model, slug, parent, build):
    """Return the page of this type with this slug, creating it under parent with build() if missing."""
    page = model.objects.filter(slug=slug).first()
    if page is not None:
        counts.existing(label)
        return page
    page = build()
    page.slug = slug
    publish_child(parent, page)
    counts.created(label)
    return page


@contextmanager
def deferred_search_index():
    """Index each saved object once at the end instead of after every save (a published page is saved 3 times)."""
    pending = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            pending[(sender, instance.pk)] = None

    paused = [model for model in index.get_indexed_models()
              if post_save.disconnect(signal_handlers.post_save_signal_handler, sender=model)]
    for model in paused:
        post_save.connect(remember, sender=model, weak=False)
    try:
        yield
    finally:
        for model in paused:
            post_save.disconnect(remember, sender=model)
            post_save.connect(signal_handlers.post_save_signal_handler, sender=model)
    for model, pk in pending:
        instance = model.objects.filter(pk=pk).first()
        if instance is not None:
            index.insert_or_update_object(instance)
