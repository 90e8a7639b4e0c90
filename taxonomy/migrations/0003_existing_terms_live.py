"""Every term that existed before the moderation workflow is published: the public already sees it."""

from django.db import migrations
from django.db.models import Q
from django.utils import timezone

MODELS = ["Theme", "TargetGroup", "District", "OfferKind"]


def publish_existing_terms(apps, schema_editor):
    now = timezone.now()
    for name in MODELS:
        model = apps.get_model("taxonomy", name)
        # AddField's default already made them live; this states it and gives them a publication date,
        # so the admin shows them as published rather than as never published.
        model.objects.filter(Q(live=False) | Q(first_published_at__isnull=True)).update(
            live=True, has_unpublished_changes=False, first_published_at=now, last_published_at=now
        )


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0002_term_workflow")]

    operations = [migrations.RunPython(publish_existing_terms, migrations.RunPython.noop)]
