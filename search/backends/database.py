"""Wagtail's database search with German analysis: SQLite FTS5 or PostgreSQL, whichever the site runs on.

Use as WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.backends.database".
"""

from django.db import connection


def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .postgres import GermanPostgresSearchBackend

        return GermanPostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends import database

        # Wagtail's own check: FTS5 compiled in and its table migrated.
        if database.USE_SQLITE_FTS is None:
            from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

            database.USE_SQLITE_FTS = fts5_available() and fts_table_exists()
        if database.USE_SQLITE_FTS:
            from .sqlite import GermanSQLiteSearchBackend

            return GermanSQLiteSearchBackend(params)
    from modelsearch.backends.database.fallback import DatabaseSearchBackend

    return DatabaseSearchBackend(params)
