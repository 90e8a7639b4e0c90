"""Wagtail's SQLite FTS5 backend with German analysis done in Python (FTS5 has no German stemmer).

The index stores Snowball stems instead of the raw text, and queries are stemmed the same way, so
"Spaziergänge" finds "Spaziergang" and "Gruen" finds "Grün". Titles, summaries and teasers go to the
`title` column, which BM25 weighs higher than the body.
"""

from functools import reduce

from django.db import connection
from django.db.models import F, FloatField, Func, IntegerField
from django.utils.functional import cached_property

from modelsearch.backends.database.sqlite import sqlite as base
from modelsearch.backends.database.sqlite.query import Lexeme, MatchExpression, SearchQueryExpression, normalize
from modelsearch.index import AutocompleteField, SearchField
from modelsearch.query import MatchAll, Not, Phrase, PlainText
from modelsearch.utils import get_content_type_pk

from .. import analysis
from ..vocabulary import vocabulary
from . import common
from .common import (
    CANDIDATES,
    RankedResults,
    autocomplete_query_words,
    autocomplete_text,
    capped_count,
    content_types_of,
    is_title_field,
    prefetch_for_indexing,
    prune,
    record_parts,
    record_vocabulary,
)

# bm25() weights per FTS5 column, in the table's column order: autocomplete, body, title.
TITLE_WEIGHT = 4.0
BODY_WEIGHT = 1.0


class WeightedBM25(Func):
    output_field = FloatField()

    def __init__(self, weights=(0.0, BODY_WEIGHT, TITLE_WEIGHT)):
        self.weights = weights
        super().__init__()

    def as_sql(self, compiler, connection, function=None, template=None):
        table = base.SQLiteFTSIndexEntry._meta.db_table
        weights = ", ".join(str(float(w)) for w in self.weights)
        return f"bm25({table}, {weights})", []


class GermanObjectIndexer(base.ObjectIndexer):
    def __init__(self, obj, backend, known):
        super().__init__(obj, backend)
        self.known = known

    @cached_property
    def _prepared(self):
        return [pair for field in self.search_fields for pair in self.prepare_field(self.obj, field)]

    def _values(self):
        # One walk over the fields serves title, body and autocomplete.
        return self._prepared

    def texts(self):
        return [value for field, value in self._values() if isinstance(field, SearchField)]

    def _terms(self, title):
        terms = []
        for field, value in self._values():
            if isinstance(field, SearchField) and is_title_field(field) == title:
                terms.extend(analysis.index_terms(value, self.known))
        return " ".join(terms)

    @property
    def title(self):
        return self._terms(title=True)

    @property
    def body(self):
        return self._terms(title=False)

    @property
    def autocomplete(self):
        return " ".join(
            autocomplete_text(value, self.known)
            for field, value in self._values()
            if isinstance(field, AutocompleteField)
        )


class GermanSQLiteIndex(base.SQLiteIndex):
    def add_items(self, model, objs):
        search_fields = model.get_search_fields()
        if not search_fields or not objs:
            return
        objs = list(objs)
        prefetch_for_indexing(model, objs)
        published = record_vocabulary([(obj, GermanObjectIndexer(obj, self.backend, None).texts()) for obj in objs])
        known = vocabulary.known()
        content_type_pk = get_content_type_pk(model)
        data = {}
        for obj in objs:
            indexer = GermanObjectIndexer(obj, self.backend, known)
            data[indexer.id] = (indexer.title, indexer.autocomplete, indexer.body)

        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = list(entries.filter(object_id__in=data.keys()).only("id", "object_id"))
        for entry in existing:
            entry.title, entry.autocomplete, entry.body = data[entry.object_id]
        # One statement per batch, not one per page: update_index re-indexes every page that was indexed before.
        self.entries.bulk_update(existing, ["title", "autocomplete", "body"], batch_size=500)
        existing = {entry.object_id for entry in existing}
        self.entries.bulk_create(
            [
                base.IndexEntry(
                    content_type_id=content_type_pk, object_id=object_id, title=title, autocomplete=autocomplete,
                    body=body,
                )
                for object_id, (title, autocomplete, body) in data.items()
                if object_id not in existing
            ],
            batch_size=500,
        )
        record_parts(published, known)
        # title_norm is not used by the weighted BM25 ranking below, so it is not refreshed per save.


class GermanSQLiteSearchQueryCompiler(base.SQLiteSearchQueryCompiler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.pruned = prune(self.query)

    def _terms(self, query_string):
        return [analysis.stem(w) for w in analysis.query_words(query_string)]

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            # Stems contain only letters and digits, so they cannot break FTS5's query syntax.
            lexemes = [Lexeme(term) for term in self._terms(query.query_string)]
            if not lexemes:
                return None
            if self.LAST_TERM_IS_PREFIX:
                lexemes[-1] = Lexeme(lexemes[-1].value, prefix=True)
            combine = (lambda a, b: a & b) if query.operator.upper() == "AND" else (lambda a, b: a | b)
            return SearchQueryExpression(reduce(combine, lexemes), config=config)
        if isinstance(query, Phrase):
            terms = self._terms(query.query_string)
            return SearchQueryExpression(" ".join(terms)) if terms else None
        return super().build_search_query_content(query, config=config)

    rank_weights = (0.0, BODY_WEIGHT, TITLE_WEIGHT)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # FTS5 ranks the whole MATCH expression at once; composing per-term scores would flip bm25's sign.
        return WeightedBM25(self.rank_weights)

    def _build_rank_expression(self, vectors, config):
        return WeightedBM25(self.rank_weights)

    def search(self, config, start, stop, score_field=None):
        if self.pruned is None:
            return self.queryset.none()
        self.query = self.pruned
        return super().search(config, start, stop, score_field=score_field)

    CANDIDATES = CANDIDATES

    def fts_matches(self, config, content_type_ids=None):
        """The FTS5 rows matching the (pruned) query, of pages of the queryset's types; None if not applicable."""
        if self.pruned is None:
            return None
        query = normalize(self.pruned)
        if isinstance(query, (MatchAll, Not)):
            return None
        match = MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
        # SQLite's unary + keeps the planner off the content type index: with it, SQLite walked every index row
        # of a type and tested the MATCH on each (1.4 s at 100,000 offers for a word found nowhere).
        content_type = Func(
            F("index_entry__content_type_id"), template="(+%(expressions)s)", output_field=IntegerField()
        )
        return (
            base.SQLiteFTSIndexEntry.objects.filter(match)
            .annotate(plain_content_type=content_type)
            .filter(
                plain_content_type__in=content_type_ids or content_types_of(self.queryset)
            )
        )

    def in_scope(self, pks):
        return set(self.queryset.filter(pk__in=pks).order_by().values_list("pk", flat=True))

    def ranked_pks(self, config):
        """Matching pks, best first, or None where Wagtail's way must be used. Sets `capped`.

        Wagtail orders by a correlated subquery that repeats the full-text match for every result row,
        which takes seconds at a few thousand matches. Here FTS5 ranks the matches once and hands out the best
        2 × CANDIDATES; the queryset's filters are checked for those pages only, by primary key. Only when the
        filters leave too few of them (a narrow district or theme) are all matches read. (Ranking only the
        first matches in index order, as on PostgreSQL, is slower here: FTS5 re-runs the query per rowid.)
        """
        if not self.order_by_relevance:
            return None
        if getattr(self, "_ranked", None) is None:
            self.capped = False
            if self.pruned is None:
                self._ranked = []
                return self._ranked
            matches = self.fts_matches(config)
            if matches is None:
                return None
            best = (
                matches.annotate(score=WeightedBM25(self.rank_weights))
                .order_by("score")
                .values_list("index_entry__object_id", flat=True)
            )
            read = 2 * (self.CANDIDATES + 1)
            rows = [int(pk) for pk in best[:read]]
            ranked = list(dict.fromkeys(rows))
            allowed = self.in_scope(ranked)
            found = [pk for pk in ranked if pk in allowed]
            partial = len(found) <= self.CANDIDATES and len(rows) == read
            if partial and len(found) < common.ENOUGH:
                partial = False
                ranked = list(dict.fromkeys(int(pk) for pk in best))
                allowed = set(
                    self.queryset.filter(pk__in=matches.values("index_entry__object_id"))
                    .order_by()
                    .values_list("pk", flat=True)
                )
                found = [pk for pk in ranked if pk in allowed]
            self.capped = partial or len(found) > self.CANDIDATES
            self._ranked = found[: self.CANDIDATES]
        return self._ranked


class GermanSQLiteAutocompleteQueryCompiler(GermanSQLiteSearchQueryCompiler):
    LAST_TERM_IS_PREFIX = True
    TARGET_SEARCH_FIELD_TYPE = AutocompleteField
    FTS_TABLE_FIELDS = ["autocomplete"]
    rank_weights = (1.0, 0.0, 0.0)
    # A handful of suggestions is shown: ranking a few dozen prefix matches is enough, and cheap per keystroke.
    CANDIDATES = 50

    def _terms(self, query_string):
        return autocomplete_query_words(query_string)

    def get_config(self, backend):
        return backend.autocomplete_config

    def get_search_fields_for_model(self):
        return self.queryset.model.get_autocomplete_search_fields()

    def get_index_vectors(self):
        return [(None, 1.0)]


class GermanSQLiteSearchResults(RankedResults, base.SQLiteSearchResults):
    def capped_facet(self, field_name, values, cap):
        """{content type id: (count, more)} for the given page content types, each counted up to `cap`.

        Per content type, the first 2 × (cap + 1) FTS5 matches (in index order, so FTS5 stops early), then
        one check of their pages against the queryset's filters; a type whose pages the filters mostly exclude
        is counted over all its matches.
        """
        if field_name != "content_type_id":
            raise ValueError("Only content types are counted this way.")
        compiler = self.query_compiler
        config = compiler.get_config(self.backend)
        if compiler.fts_matches(config) is None or not values:
            return dict.fromkeys(values, (0, False))
        read = 2 * (cap + 1)
        parts, params = [], []
        for value in values:
            rows = compiler.fts_matches(config, [value]).values_list(
                "index_entry__content_type_id", "index_entry__object_id"
            )
            sql, part_params = rows[:read].query.sql_with_params()
            parts.append(f"SELECT * FROM ({sql})")  # noqa: S608 (Django-compiled SQL, values are parameters)
            params.extend(part_params)
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts), params)
            rows = [(ct, int(pk)) for ct, pk in cursor.fetchall()]
        allowed = compiler.in_scope([pk for _ct, pk in rows])

        def count_all(value):
            matching = compiler.fts_matches(config, [value]).values("index_entry__object_id")
            return compiler.queryset.filter(content_type_id=value, pk__in=matching)[: cap + 1].count()

        counts = {}
        for value in values:
            pks = [pk for ct, pk in rows if ct == value]
            in_scope = sum(1 for pk in pks if pk in allowed)
            counts[value] = capped_count(in_scope, len(pks), read, cap, lambda value=value: count_all(value))
        return counts


class GermanSQLiteSearchBackend(base.SQLiteSearchBackend):
    query_compiler_class = GermanSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = GermanSQLiteAutocompleteQueryCompiler
    index_class = GermanSQLiteIndex
    results_class = GermanSQLiteSearchResults
    vendor = "sqlite"


SearchBackend = GermanSQLiteSearchBackend
