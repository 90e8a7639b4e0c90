"""What the project's database backends share: query pruning and recording the published vocabulary."""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import prefetch_related_objects
from django.utils import timezone

from modelcluster.fields import ParentalManyToManyField
from modelsearch.index import RelatedFields
from modelsearch.query import And, Boost, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from .. import analysis
from ..vocabulary import vocabulary

# Fields with at least this boost rank with the title (summary, teaser); see docs/search.md.
TITLE_BOOST = 2
# At most this many matches of a query are ranked and counted; more are reported as "more than" this many.
# Ranking every match costs a second at 100,000 matches ("Kaffee" in the benchmark); below this number (any
# network's real content) results and counts are exact.
CANDIDATES = 500
# Found among the first matches read, this many pages within the filters (five result pages) are shown with
# "more than"; fewer make the search consider all matches of a narrow filter (a district, a theme).
ENOUGH = 50


def prune(query):
    """Drop the parts of a query that hold no searchable word (only stop words or punctuation).

    Returns the pruned query, or None when nothing searchable is left; the compilers then match nothing
    instead of sending an empty (and on SQLite, invalid) full-text expression.
    """
    if isinstance(query, (PlainText, Phrase)):
        return query if analysis.query_words(query.query_string) else None
    if isinstance(query, (And, Or)):
        kept = [q for q in (prune(sub) for sub in query.subqueries) if q is not None]
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else type(query)(kept)
    if isinstance(query, Not):
        inner = prune(query.subquery)
        return Not(inner) if inner is not None else None
    if isinstance(query, Boost):
        inner = prune(query.subquery)
        return Boost(inner, query.boost) if inner is not None else None
    return query


def content_types_of(queryset):
    """The content types whose index rows a search reads: the model's, narrowed by a content_type__in filter.

    A search over past events only must not read the index rows of every page type first, most of which its
    filters then drop.
    """
    ids = set(get_descendants_content_types_pks(queryset.model))
    for child in queryset.query.where.children:
        target = getattr(getattr(child, "lhs", None), "target", None)
        if (
            getattr(child, "lookup_name", None) == "in"
            and getattr(target, "name", None) == "content_type"
            and isinstance(child.rhs, (list, tuple, set))  # not a subquery
        ):
            ids &= {int(pk) for pk in child.rhs}
    return sorted(ids)


def capped_count(in_scope, read, limit, cap, count_all):
    """(count, more) of one facet, from the matches read (`read` of at most `limit`) of which `in_scope` pass.

    When the read stopped at its limit with few in scope (a narrow filter), those few are a lower bound ("37+");
    with none, count_all() counts over all matches, up to cap + 1.
    """
    if in_scope <= cap and read == limit:
        if in_scope:
            return in_scope, True
        in_scope = count_all()
    return min(in_scope, cap), in_scope > cap


class RankedResults:
    """Results of a compiler whose ranked_pks() ranks a bounded set of candidates (postgres.py, sqlite.py).

    Mixed in before Wagtail's results class; where ranked_pks() returns None, Wagtail's own way is used.
    """

    def _ranked(self):
        return self.query_compiler.ranked_pks(self.query_compiler.get_config(self.backend))

    @property
    def capped(self):
        """True when there are more matches than were counted: the count is a lower bound."""
        return self._ranked() is not None and self.query_compiler.capped

    def _do_search(self):
        ranked = self._ranked()
        if ranked is None or self._score_field is not None:
            return super()._do_search()
        pks = ranked[self.start:self.stop]
        by_pk = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=pks)}
        return [by_pk[pk] for pk in pks if pk in by_pk]

    def _do_count(self):
        ranked = self._ranked()
        if ranked is None:
            return super()._do_count()
        return len(ranked)


def is_title_field(field):
    return field.field_name == "title" or (getattr(field, "boost", None) or 0) >= TITLE_BOOST


class PublishedPaths:
    """Tells whether an object is published and public, with the view restrictions fetched once per batch."""

    def __init__(self):
        from wagtail.models import PageViewRestriction

        self.restricted = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        self.now = timezone.now()

    def is_public(self, obj):
        if not hasattr(obj, "live"):
            # Snippets such as taxonomy terms are public by nature.
            return True
        if not obj.live:
            return False
        if getattr(obj, "expire_at", None) and obj.expire_at <= self.now:
            return False
        path = getattr(obj, "path", "")
        return not any(path.startswith(p) for p in self.restricted)


def prefetch_for_indexing(model, objs):
    """Fetch the ParentalManyToManyFields the index reads (themes, target groups) for a whole chunk at once.

    modelsearch prefetches every other relation in get_indexed_objects() but leaves these out, which cost
    a query per page and relation during `update_index` (12 queries per offer). modelcluster can prefetch
    them; pages that already hold them (a page being published) are skipped by Django.
    """
    names = []
    for field in model.get_search_fields():
        if not isinstance(field, RelatedFields):
            continue
        try:
            model_field = model._meta.get_field(field.field_name)
        except FieldDoesNotExist:
            continue
        if isinstance(model_field, ParentalManyToManyField):
            names.append(field.field_name)
    if names:
        prefetch_related_objects(objs, *names)


def record_vocabulary(objs_and_texts):
    """Record the words of the published objects among (obj, [texts]) pairs; returns their texts."""
    published = PublishedPaths()
    texts = [text for obj, obj_texts in objs_and_texts if published.is_public(obj) for text in obj_texts]
    vocabulary.record(texts)
    return texts


def record_parts(texts, known):
    """After indexing with `known`: record the compound parts found in published texts as searchable words."""
    parts = set()
    for text in texts:
        for word in analysis.content_words(text):
            parts.update(analysis.expansions(word, known))
    vocabulary.record_parts(parts)


def autocomplete_text(text, known):
    """Normalized words plus compound parts, unstemmed, for prefix matching ("Treff" finds "Seniorentreff")."""
    base, extra = analysis.expanded_words(text, known)
    return " ".join(analysis.umlaut_form(w) for w in base + extra)


def autocomplete_query_words(query_string):
    """Words of a query typed so far; the last one is a prefix. Stop words are not indexed, so they go."""
    words = analysis.words(query_string)
    kept = [w for w in words if w not in analysis.STOPWORDS]
    return [analysis.umlaut_form(w) for w in kept]
