"""The search vocabulary, and on PostgreSQL the German text search setup (no-op on SQLite).

PostgreSQL: unaccent and pg_trgm extensions, the `mitmenschen_german` text search configuration
(german_stem behind unaccent), the f_unaccent() wrapper Wagtail's fuzzy search expects, a trigram index
on the vocabulary for typo candidates, and a GIN index on title || body, the expression Wagtail's
backend matches against. Creating extensions needs a superuser or the extensions already installed.
"""

from django.db import migrations, models

FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """
    DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'mitmenschen_german') THEN
            CREATE TEXT SEARCH CONFIGURATION mitmenschen_german (COPY = pg_catalog.german);
            ALTER TEXT SEARCH CONFIGURATION mitmenschen_german
                ALTER MAPPING FOR word, hword, hword_part WITH unaccent, german_stem;
        END IF;
    END $$
    """,
    """
    CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS
    $func$ SELECT public.unaccent('public.unaccent', $1) $func$
    """,
    "CREATE INDEX IF NOT EXISTS search_searchterm_term_trgm ON search_searchterm USING gin (term gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_indexentry_title_body ON wagtailsearch_indexentry USING gin ((title || body))",
]

BACKWARD = [
    "DROP INDEX IF EXISTS search_indexentry_title_body",
    "DROP INDEX IF EXISTS search_searchterm_term_trgm",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS mitmenschen_german",
]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for statement in statements:
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("term", models.CharField(max_length=40, unique=True, verbose_name="word")),
                ("stem", models.CharField(db_index=True, max_length=40, verbose_name="stem")),
                ("display", models.CharField(max_length=40, verbose_name="spelling")),
                ("doc_count", models.PositiveIntegerField(default=1, verbose_name="documents")),
                ("standalone", models.BooleanField(default=True, verbose_name="seen on its own")),
            ],
            options={"verbose_name": "search term", "verbose_name_plural": "search terms"},
        ),
        migrations.RunPython(run(FORWARD), run(BACKWARD)),
    ]
