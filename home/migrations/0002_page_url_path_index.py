from django.db import migrations


class Migration(migrations.Migration):
    """home.routing finds the pages along a URL by their url_path in one query; this index keeps it a lookup."""

    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_url_path_idx ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS mitmenschen_page_url_path_idx",
        ),
    ]
