from django.db import migrations


class Migration(migrations.Migration):
    """The directories sort pages by title; without this index every listing sorts the whole page table."""

    dependencies = [
        ("offers", "0004_offerpage_offer_featured_idx"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_title_id_idx ON wagtailcore_page (title, id)",
            "DROP INDEX IF EXISTS mitmenschen_page_title_id_idx",
        ),
    ]
