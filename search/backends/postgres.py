"""Wagtail's PostgreSQL backend with the project's German text search configuration.

PostgreSQL stems with `mitmenschen_german` (german_stem behind unaccent, created by search/migrations/0001).
Python adds what PostgreSQL cannot know: compound parts and feminine bases appended to the indexed text,
and "ae/oe/ue" written as umlauts on both sides, because PostgreSQL's german_stem predates Snowball's
handling of those transliterations ("Gruen" must find "Grün").
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery

from modelsearch.backends.database.postgres import postgres as base
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from .. import analysis
from ..vocabulary import vocabulary
from .common import autocomplete_query_words, autocomplete_text, prune, record_parts, record_vocabulary

SEARCH_CONFIG = "mitmenschen_german"


class GermanObjectIndexer(base.ObjectIndexer):
    def __init__(self, obj, backend, known):
        super().__init__(obj, backend)
        self.known = known

    def raw_texts(self):
        return [
            value
            for field in self.search_fields
            for current, _weight, value in super().prepare_field(self.obj, field)
            if isinstance(current, SearchField)
        ]

    def prepare_field(self, obj, field):
        if self.known is None or isinstance(field, RelatedFields):
            # Related fields come back through this method one sub-field at a time.
            yield from super().prepare_field(obj, field)
            return
        for current, weight, value in super().prepare_field(obj, field):
            if isinstance(current, AutocompleteField):
                yield current, weight, autocomplete_text(value, self.known)
            else:
                yield current, weight, analysis.engine_text(value, self.known)


class GermanPostgresIndex(base.PostgresIndex):
    def add_items(self, model, objs):
        if not model.get_search_fields() or not objs:
            return
        objs = list(objs)
        published = record_vocabulary([(obj, GermanObjectIndexer(obj, self.backend, None).raw_texts()) for obj in objs])
        known = vocabulary.known()
        indexers = [GermanObjectIndexer(obj, self.backend, known) for obj in objs]
        self._write(model, indexers)
        record_parts(published, known)

    def _write(self, model, indexers):
        # The same upsert as Wagtail's PostgresIndex.add_items, fed by the German indexer.
        from django.db.models.sql.subqueries import InsertQuery

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(base.IndexEntry).get_compiler(connection=self.write_connection)
        rows = []
        params = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            sqls = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(base.IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, value_params = value.as_sql(compiler, self.write_connection)
                sqls.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {sqls[0]}, {sqls[1]}, {sqls[2]}, 1.0, %s, %s)")
        table = base.IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, "
                f"title_text, body_text) (VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, "
                "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, title_text = EXCLUDED.title_text, "
                "body_text = EXCLUDED.body_text",
                params,
            )
        if len(indexers) == 1:
            # A single save (publish, edit). During update_index the rebuilder refreshes all norms once at
            # the end instead: refreshing after every chunk re-reads the whole table each time.
            self._refresh_title_norms()


_SAFE_WORD = re.compile(r"^[^\W_]+$")


class GermanPostgresSearchQueryCompiler(base.PostgresSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pruned = prune(self.query)

    def _words(self, query_string):
        return [analysis.umlaut_form(w) for w in analysis.query_words(query_string)]

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, PlainText):
            # Only letters and digits reach to_tsquery: quotes, &, |, !, :, * and parentheses are gone.
            words = [w for w in self._words(query.query_string) if _SAFE_WORD.match(w)]
            if not words:
                return None
            lexemes = [Lexeme(w, invert=invert) for w in words]
            if self.LAST_TERM_IS_PREFIX:
                lexemes[-1] = Lexeme(words[-1], invert=invert, prefix=True)
            combine = (lambda a, b: a & b) if query.operator == "and" else (lambda a, b: a | b)
            return SearchQuery(reduce(combine, lexemes), search_type="raw", config=config)
        if isinstance(query, Phrase):
            words = self._words(query.query_string)
            return SearchQuery(" ".join(words), search_type="phrase", config=config) if words else None
        return super().build_tsquery_content(query, config=config, invert=invert)

    def search(self, config, start, stop, score_field=None, backend=None):
        if self.pruned is None:
            return self.queryset.none()
        self.query = self.pruned
        return super().search(config, start, stop, score_field=score_field, backend=backend)


class GermanPostgresAutocompleteQueryCompiler(GermanPostgresSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True
    TARGET_SEARCH_FIELD_TYPE = AutocompleteField

    def _words(self, query_string):
        return autocomplete_query_words(query_string)

    def get_config(self, backend):
        return backend.autocomplete_config

    def get_search_fields_for_model(self):
        return self.queryset.model.get_autocomplete_search_fields()

    def get_index_vectors(self, search_query):
        return [(base.F("index_entries__autocomplete"), 1.0)]

    def get_fields_vectors(self, search_query):
        return base.PostgresAutocompleteQueryCompiler.get_fields_vectors(self, search_query)


class GermanPostgresSearchBackend(base.PostgresSearchBackend):
    query_compiler_class = GermanPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = GermanPostgresAutocompleteQueryCompiler
    index_class = GermanPostgresIndex
    vendor = "postgresql"

    def __init__(self, params):
        params = {"SEARCH_CONFIG": SEARCH_CONFIG, **params}
        super().__init__(params)


SearchBackend = GermanPostgresSearchBackend
