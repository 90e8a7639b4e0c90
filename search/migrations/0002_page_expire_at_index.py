from django.db import migrations


class Migration(migrations.Migration):
    """Every search leaves out expired pages by a subquery on expire_at; without an index that subquery reads
    the whole page table (20 ms at 100,000 pages, for each of a search's statements). Few pages ever expire,
    so a partial index stays small. Wagtail's page table has none on this column."""

    dependencies = [
        ("search", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_expire_at_idx ON wagtailcore_page (expire_at) "
            "WHERE expire_at IS NOT NULL",
            "DROP INDEX IF EXISTS mitmenschen_page_expire_at_idx",
        ),
    ]
