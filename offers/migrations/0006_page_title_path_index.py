from django.db import migrations


class Migration(migrations.Migration):
    """Directories sort by (title, path): path is unique and, unlike the child table's page_ptr_id, lives in
    wagtailcore_page, so one index yields the rows in order and a page of 20 needs no sort of all offers."""

    dependencies = [
        ("offers", "0005_page_title_index"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_title_path_idx ON wagtailcore_page (title, path)",
            "DROP INDEX IF EXISTS mitmenschen_page_title_path_idx",
        ),
        migrations.RunSQL(
            "DROP INDEX IF EXISTS mitmenschen_page_title_id_idx",
            "CREATE INDEX IF NOT EXISTS mitmenschen_page_title_id_idx ON wagtailcore_page (title, id)",
        ),
    ]
