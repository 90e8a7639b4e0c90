from django.db import migrations


class Migration(migrations.Migration):
    """The unpublished pages, usually few, in an index of their own: a directory counts its published pages as
    "not among the unpublished ones" (home.pagination.PublishedPagesPaginator)."""

    dependencies = [
        ("home", "0003_entry_points_narrow_choosers"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_not_live_idx ON wagtailcore_page (id) WHERE live = false",
            "DROP INDEX IF EXISTS mitmenschen_page_not_live_idx",
        ),
    ]
