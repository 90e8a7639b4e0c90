"""Wagtail's PostgreSQL backend with the project's German text search configuration.

PostgreSQL stems with `mitmenschen_german` (german_stem behind unaccent, created by search/migrations/0001).
Python adds what PostgreSQL cannot know: compound parts and feminine bases appended to the indexed text,
and "ae/oe/ue" written as umlauts on both sides, because PostgreSQL's german_stem predates Snowball's
handling of those transliterations ("Gruen" must find "Grün").
"""

import re
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import IntegerField
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres import postgres as base
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import Fuzzy, MatchAll, Not, Phrase, PlainText
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
    prefetch_for_indexing,
    prune,
    record_parts,
    record_vocabulary,
)

SEARCH_CONFIG = "mitmenschen_german"
# PostgreSQL's tsvector weights, from Wagtail's boosts (modelsearch's get_weight).
WEIGHTS = ("A", "B", "C", "D")


class GermanObjectIndexer(base.ObjectIndexer):
    def __init__(self, obj, backend, known):
        super().__init__(obj, backend)
        self.known = known
        self._prepared = {}

    def texts(self, field_class):
        return [
            value.strip()
            for field in self.search_fields
            for current, _weight, value in self.prepare_field(self.obj, field)
            if isinstance(current, field_class) and value.strip()
        ]

    def texts_by_weight(self, title):
        """{weight: [text, …]} of the title fields (title=True) or the other search fields, as Wagtail splits them."""
        by_weight = {weight: [] for weight in WEIGHTS}
        for field in self.search_fields:
            for current, weight, value in self.prepare_field(self.obj, field):
                if isinstance(current, SearchField) and (current.field_name == "title") == title and value.strip():
                    by_weight[weight].append(value.strip())
        return by_weight

    def raw_texts(self):
        return [
            value
            for field in self.search_fields
            for current, _weight, value in super().prepare_field(self.obj, field)
            if isinstance(current, SearchField)
        ]

    def prepare_field(self, obj, field):
        # Wagtail walks every field once for each of title, body, autocomplete, title_text and body_text;
        # the German analysis of a field's text runs once and is reused by the other four walks.
        if obj is not self.obj:
            yield from self._prepare_field(obj, field)
            return
        if id(field) not in self._prepared:
            self._prepared[id(field)] = list(self._prepare_field(obj, field))
        yield from self._prepared[id(field)]

    def _prepare_field(self, obj, field):
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
        prefetch_for_indexing(model, objs)
        published = record_vocabulary([(obj, GermanObjectIndexer(obj, self.backend, None).raw_texts()) for obj in objs])
        known = vocabulary.known()
        indexers = [GermanObjectIndexer(obj, self.backend, known) for obj in objs]
        self._write(model, indexers)
        record_parts(published, known)

    def _write(self, model, indexers):
        """Wagtail's upsert, fed by the German indexer, as one statement over arrays.

        Wagtail builds a Django expression per text and a VALUES row per object; compiling those expressions
        and psycopg parsing the resulting statement cost more than PostgreSQL's own work. Here each object
        contributes its texts grouped by weight, and PostgreSQL builds the vectors.
        """
        columns = {name: [] for name in ("object_id", "title_text", "body_text", "autocomplete")}
        for part in ("title", "body"):
            for weight in WEIGHTS:
                columns[f"{part}_{weight}"] = []
        for indexer in indexers:
            columns["object_id"].append(indexer.id)
            columns["title_text"].append(indexer.title_text)
            columns["body_text"].append(indexer.body_text)
            columns["autocomplete"].append(" ".join(indexer.texts(AutocompleteField)))
            for part in ("title", "body"):
                by_weight = indexer.texts_by_weight(title=part == "title")
                for weight in WEIGHTS:
                    columns[f"{part}_{weight}"].append(" ".join(by_weight[weight]))

        def vector(part):
            return " || ".join(
                f"setweight(to_tsvector(%(config)s::regconfig, u.{part}_{weight}), '{weight}')" for weight in WEIGHTS
            )

        names = list(columns)
        table = base.IndexEntry._meta.db_table
        sql = (
            f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body, title_norm, "  # noqa: S608
            "title_text, body_text) "
            f"SELECT %(content_type)s, u.object_id, {vector('title')}, "
            "setweight(to_tsvector(%(autocomplete_config)s::regconfig, u.autocomplete), 'D'), "
            f"{vector('body')}, 1.0, u.title_text, u.body_text "
            f"FROM unnest({', '.join(f'%({n})s::text[]' for n in names)}) AS u({', '.join(names)}) "
            "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, title_norm = 1.0, "
            "autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, title_text = EXCLUDED.title_text, "
            "body_text = EXCLUDED.body_text"
        )
        params = {
            **columns,
            "content_type": get_content_type_pk(model),
            "config": self.backend.config,
            "autocomplete_config": self.backend.autocomplete_config,
        }
        with self.write_connection.cursor() as cursor:
            cursor.execute(sql, params)
        if len(indexers) == 1:
            # A single save (publish, edit). During update_index the rebuilder refreshes all norms once at
            # the end instead: refreshing after every chunk re-reads the whole table each time.
            self._refresh_title_norms()


def scope_lookup(scope_sql):
    """A lateral subquery: is the page of index row `e` in scope? Looked up by primary key, row by row.

    As a plain join, PostgreSQL hashes every page in scope (it cannot know that only a few hundred rows come
    from the index); LIMIT 1 keeps the subquery from being flattened into such a join.
    """
    return f"SELECT s.scope_pk FROM ({scope_sql}) s WHERE s.scope_pk = e.page_ref LIMIT 1"  # noqa: S608


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

    def _ranks_itself(self):
        return self.order_by_relevance and not isinstance(self.query, (MatchAll, Not, Fuzzy))

    # The index columns a query is matched against: all text, then, when matches were cut off, the title alone,
    # so that pages matching in their title are ranked whatever else is cut off. (title || body) is the
    # expression search/migrations/0001 indexes.
    COLUMNS = (("title", "body"), ("title",))
    CANDIDATES = CANDIDATES

    def prepared_query(self, config):
        """The tsquery of the (pruned) query, or None when nothing searchable is left."""
        if self.pruned is None:
            return None
        self.query = self.pruned
        return self.build_tsquery(self.query, config=config)

    def entry_vectors(self):
        """Wagtail's ranking vectors, read from the index table itself instead of through the page join."""
        return [(base.F("title"), base.F("title_norm")), (base.F("body"), 1.0)]

    def _content_types(self):
        if getattr(self, "_content_type_ids", None) is None:
            self._content_type_ids = content_types_of(self.queryset)
        return self._content_type_ids

    def entries(self, names, search_query, content_type_ids=None):
        """Index rows matching the query in the columns `names`, with the page id as `page_ref` (unscoped)."""
        column = base.F(names[0])
        for name in names[1:]:
            column = column._combine(base.F(name), "||", False)
        return (
            base.IndexEntry.objects.filter(content_type_id__in=content_type_ids or self._content_types())
            .annotate(_vector_=column, page_ref=Cast("object_id", IntegerField()))
            .filter(_vector_=search_query)
        )

    def scope_sql(self):
        """SQL (and params) of the queryset's pks, for joining the index rows against."""
        pks = self.queryset.order_by().annotate(scope_pk=base.F("pk")).values("scope_pk")
        sql, params = pks.query.sql_with_params()
        return sql, list(params)

    def scoped(self, names, search_query, limit, config, exhaustive=True):
        """Up to `limit` (page id, rank) pairs of pages in scope matching in the columns `names`.

        The index is read first, through its GIN index, up to twice `limit` rows, and only those rows' pages are
        checked against the queryset's filters, by primary key. Wagtail joins the other way round, from pages
        to the index by a text object_id, and PostgreSQL then reads every live page (tens of milliseconds at
        100,000 pages, in each statement). The rows are fenced in a materialized CTE, or the planner would
        hash the whole page table all the same.

        Returns the pairs and whether more may match than were found. When the filters leave few of the rows
        read (a narrow district or theme), what was found is shown as a lower bound if it fills a few result
        pages (ENOUGH); only below that is the join left to the planner, which then starts from the filtered
        pages (60 ms at 100,000 offers, hence not always).
        """
        rank = self._build_rank_expression(self.entry_vectors(), config)
        entries = self.entries(names, search_query).annotate(_rank_=rank).values_list("page_ref", "_rank_")
        entries_sql, entries_params = entries[: 2 * limit].query.sql_with_params()
        scope_sql, scope_params = self.scope_sql()
        sql = (
            f"WITH e AS MATERIALIZED ({entries_sql}) "  # noqa: S608 (Django-compiled SQL, values are parameters)
            f"SELECT e.page_ref, e._rank_::float8 FROM e CROSS JOIN LATERAL ({scope_lookup(scope_sql)}) s "
            "UNION ALL SELECT NULL, count(*)::float8 FROM e"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*entries_params, *scope_params])
            rows = cursor.fetchall()
        read = int(rows.pop()[1])
        if len(rows) < limit and read == 2 * limit:
            if len(rows) >= common.ENOUGH or not exhaustive:
                return rows, True
            rank = self._build_rank_expression(self.get_search_vectors(search_query), config)
            joined = self.scoped_by_join(names, search_query).annotate(_rank_=rank)
            return list(joined.values_list("pk", "_rank_")[:limit]), False
        return rows[:limit], False

    def scoped_by_join(self, names, search_query, content_type_id=None):
        """The queryset's pages matching in the columns `names`, joined Wagtail's way (for narrow filters)."""
        column = base.F("index_entries__" + names[0])
        for name in names[1:]:
            column = column._combine(base.F("index_entries__" + name), "||", False)
        queryset = self.queryset.order_by()
        if content_type_id is not None:
            queryset = queryset.filter(content_type_id=content_type_id)
        return queryset.annotate(_vector_=column).filter(_vector_=search_query)

    def ranked_pks(self, config):
        """Matching pks, best first; None where Wagtail's way must be used. Sets `capped` when some were cut off.

        Ranking every match with ts_rank costs a second at 100,000 matches ("Kaffee" in the benchmark). At
        most CANDIDATES matches, and as many title matches, are ranked; below that number (any network's real
        content) the ranking is exact.
        """
        if not self._ranks_itself() or self.fields is not None:
            return None
        if getattr(self, "_ranked", None) is None:
            self._ranked, self.capped = [], False
            search_query = self.prepared_query(config)
            if search_query is None:
                return self._ranked
            scores = {}
            for n, names in enumerate(self.COLUMNS):
                # The title pass only adds to what the first found: it never reads all matches.
                found, partial = self.scoped(names, search_query, self.CANDIDATES + 1, config, exhaustive=n == 0)
                scores.update(found)
                if partial:
                    self.capped = True
                    break
                if len(found) <= self.CANDIDATES:
                    break
                self.capped = True
            ranked = sorted(scores, key=lambda pk: (-scores[pk], -pk))
            self._ranked = ranked[: self.CANDIDATES] if self.capped else ranked
        return self._ranked


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

    COLUMNS = (("autocomplete",),)
    # A handful of suggestions is shown: ranking a few dozen prefix matches is enough, and cheap per keystroke.
    CANDIDATES = 50

    def entry_vectors(self):
        return [(base.F("autocomplete"), 1.0)]


class GermanPostgresSearchResults(RankedResults, base.PostgresSearchResults):
    """Results ranked from a bounded set of candidates, counted up to that bound (see ranked_pks)."""

    def capped_facet(self, field_name, values, cap):
        """{content type id: (count, more)} for the given page content types, each counted up to `cap`.

        Per content type, the matching index rows of pages in scope, counted up to cap + 1 the way
        `scoped()` reads them: all types in one statement.
        """
        if field_name != "content_type_id":
            raise ValueError("Only content types are counted this way.")
        compiler = self.query_compiler
        search_query = compiler.prepared_query(compiler.get_config(self.backend))
        if search_query is None or not values:
            return dict.fromkeys(values, (0, False))
        parts, params = [], []
        for value in values:
            rows = compiler.entries(compiler.COLUMNS[0], search_query, [value])
            rows = rows.values_list("content_type_id", "page_ref")
            sql, part_params = rows[: 2 * (cap + 1)].query.sql_with_params()
            parts.append(f"({sql})")
            params.extend(part_params)
        scope_sql, scope_params = compiler.scope_sql()
        sql = (
            f"WITH e AS MATERIALIZED ({' UNION ALL '.join(parts)}) "  # noqa: S608 (Django-compiled SQL)
            f"SELECT e.content_type_id, count(s.scope_pk), count(*) "
            f"FROM e LEFT JOIN LATERAL ({scope_lookup(scope_sql)}) s ON true GROUP BY e.content_type_id"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *scope_params])
            found = {ct: (in_scope, read) for ct, in_scope, read in cursor.fetchall()}

        def count_all(value):
            # The planner's join, which starts from the filtered pages.
            joined = compiler.scoped_by_join(compiler.COLUMNS[0], search_query, content_type_id=value)
            return len(joined.values_list("pk", flat=True)[: cap + 1])

        return {
            value: capped_count(*found.get(value, (0, 0)), 2 * (cap + 1), cap, lambda value=value: count_all(value))
            for value in values
        }


class AnalyzeAfterRebuild:
    """After `update_index`, clean the index table and refresh the planner's statistics of it.

    A rebuild writes every row twice (the upsert, then Wagtail's title_norm refresh), and until autovacuum gets
    to the table, every search reads the dead versions too: autocomplete at 100,000 offers took 50 ms instead
    of 3. Without fresh statistics PostgreSQL plans for the table as it was before (empty after a first build),
    and a search then took minutes. VACUUM cannot run inside a transaction (tests); ANALYZE alone then.
    """

    def finish(self):
        super().finish()
        database = self.index.write_connection
        command = "ANALYZE" if database.in_atomic_block else "VACUUM (ANALYZE)"
        with database.cursor() as cursor:
            cursor.execute(f"{command} {base.IndexEntry._meta.db_table}")


class Rebuilder(AnalyzeAfterRebuild, base.PostgresSearchRebuilder):
    pass


class AtomicRebuilder(AnalyzeAfterRebuild, base.PostgresSearchAtomicRebuilder):
    pass


class GermanPostgresSearchBackend(base.PostgresSearchBackend):
    rebuilder_class = Rebuilder
    atomic_rebuilder_class = AtomicRebuilder
    query_compiler_class = GermanPostgresSearchQueryCompiler
    autocomplete_query_compiler_class = GermanPostgresAutocompleteQueryCompiler
    index_class = GermanPostgresIndex
    results_class = GermanPostgresSearchResults
    vendor = "postgresql"

    def __init__(self, params):
        params = {"SEARCH_CONFIG": SEARCH_CONFIG, **params}
        super().__init__(params)


SearchBackend = GermanPostgresSearchBackend
