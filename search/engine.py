"""The site search: one call for the search page, one for autocomplete. See docs/search.md for the API.

    from search.engine import search, autocomplete
    response = search("Kafee treff", types=["offer"], district="lippstadt", page=2)
    response.page_obj.object_list   # specific pages, best first
    response.facets                 # counts per content type
    autocomplete("Selbsth")         # [{"title": …, "url": …, "type": …, "type_label": …}, …]

Only live, public, unexpired pages are ever searched; events are upcoming ones unless past ones are asked
for, and then come after the upcoming ones. Typing errors are forgiven through the indexed vocabulary.
"""

import logging
import re
import time
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from modelsearch.backends import get_search_backend
from modelsearch.query import And, Or, PlainText
from wagtail.models import Page

from . import analysis
from .vocabulary import max_distance, vocabulary

logger = logging.getLogger(__name__)

RESULTS_PER_PAGE = 10
MAX_PER_PAGE = 50
AUTOCOMPLETE_LIMIT = 8
AUTOCOMPLETE_MIN_LENGTH = 2
# After the engine failed, the database answers for this long before the engine is tried again.
ENGINE_RETRY_SECONDS = 30
# At most this many words of a query are searched; the rest cannot make the result better, only slower.
MAX_QUERY_WORDS = 12
# When fewer pages than this contain every word, pages with only some of the words are listed after them.
SUPPLEMENT_BELOW = 10
# Facet counts stop here ("500+"): counting every match of a common word costs more than the number tells.
FACET_CAP = 500
# PostgreSQL cancels a search statement after this long (settings.SEARCH_STATEMENT_TIMEOUT_MS overrides): one
# pathological query must not tie up a database connection the rest of the site needs.
STATEMENT_TIMEOUT_MS = 3000
AUTOCOMPLETE_TIMEOUT_MS = 1000


def _type_registry():
    from events.models import EventPage
    from home.models import StandardPage
    from news.models import NewsPage
    from offers.models import OfferPage
    from partners.models import PartnerPage

    return {
        "offer": (OfferPage, gettext_lazy("Offers")),
        "event": (EventPage, gettext_lazy("Events")),
        "partner": (PartnerPage, gettext_lazy("Partners")),
        "news": (NewsPage, gettext_lazy("News")),
        "page": (StandardPage, gettext_lazy("Pages")),
    }


TYPE_KEYS = ("offer", "event", "partner", "news", "page")


def types():
    """{key: (model, label)} of the content types the search covers, in display order."""
    return _type_registry()


@dataclass
class Facet:
    key: str
    label: str
    count: int
    selected: bool
    # There are more than `count` (the count was capped at FACET_CAP).
    more: bool = False


@dataclass
class SearchResponse:
    query: str
    page_obj: object
    facets: list
    backend: str
    fell_back: bool = False
    suggestion: str = ""
    corrections: dict = field(default_factory=dict)
    notices: list = field(default_factory=list)
    filters: dict = field(default_factory=dict)
    ignored_filters: list = field(default_factory=list)
    truncated: bool = False
    matched_all_words: bool = True
    # More pages match than were ranked and counted: the count is a lower bound.
    more_results: bool = False
    # The search took too long and was stopped; the response holds no results.
    timed_out: bool = False

    @property
    def count(self):
        return self.page_obj.paginator.count

    @property
    def results(self):
        return self.page_obj.object_list


# Query cleaning ------------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_query(raw):
    """The query as the person meant it: no control characters, single spaces, at most the allowed length."""
    text = unicodedata.normalize("NFC", str(raw or ""))
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    limit = getattr(settings, "SEARCH_MAX_QUERY_LENGTH", 200)
    truncated = len(text) > limit
    return text[:limit].strip(), truncated


# Backends ------------------------------------------------------------------------------------------------

_engine_down_until = 0.0


def backend_name(backend):
    vendor = getattr(backend, "vendor", None)
    if vendor:
        return vendor
    name = type(backend).__module__
    for known in ("opensearch", "elasticsearch"):
        if known in name:
            return known
    return "database"


def _backends():
    """(primary backend, database fallback or None)."""
    configured = getattr(settings, "WAGTAILSEARCH_BACKENDS", {})
    primary = get_search_backend("default")
    fallback = get_search_backend("database") if "database" in configured else None
    return primary, fallback


def _with_fallback(run):
    """Run `run(backend)` on the search engine; on failure, on the database index. Returns (value, backend, fell)."""
    global _engine_down_until
    primary, fallback = _backends()
    if fallback is None:
        return run(primary), primary, False
    if time.monotonic() >= _engine_down_until:
        try:
            return run(primary), primary, False
        except Exception:
            logger.warning("Search engine failed; answering from the database index", exc_info=True)
            _engine_down_until = time.monotonic() + ENGINE_RETRY_SECONDS
    return run(fallback), fallback, True


def reset_engine_state():
    """Forget that the engine was down (tests, and `update_index` after an outage)."""
    global _engine_down_until
    _engine_down_until = 0.0


@contextmanager
def _time_limit(backend, milliseconds):
    """On PostgreSQL, cancel the statements run inside after `milliseconds` (other engines time out themselves).

    Also switches off JIT compilation for them: the planner's cost estimates for the bounded search statements
    (search.backends.postgres) are high enough to trigger it, and compiling takes ten times longer than the
    statement itself.
    """
    if getattr(backend, "vendor", None) != "postgresql" or connection.vendor != "postgresql":
        yield
        return
    limit = getattr(settings, "SEARCH_STATEMENT_TIMEOUT_MS", None) or milliseconds
    nested = connection.in_atomic_block
    with transaction.atomic():
        with connection.cursor() as cursor:
            # SET LOCAL: the settings end with this transaction, or below are restored for an enclosing one.
            cursor.execute(
                "SELECT current_setting('statement_timeout'), current_setting('jit'), "
                "set_config('statement_timeout', %s, true), set_config('jit', 'off', true)",
                [f"{int(limit)}ms"],
            )
            timeout, jit = cursor.fetchone()[:2]
        yield
        if nested:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('statement_timeout', %s, true), set_config('jit', %s, true)",
                               [timeout, jit])


def _is_timeout(error):
    """True for PostgreSQL's "canceling statement due to statement timeout"."""
    cause = error.__cause__
    return type(cause).__name__ == "QueryCanceled" or getattr(cause, "sqlstate", None) == "57014"


# Filters -------------------------------------------------------------------------------------------------


def _resolve(model, value):
    if value in (None, ""):
        return None
    if isinstance(value, model):
        return value
    slug = str(value)[:80]
    if not slug or _CONTROL.search(slug):
        # Slugs never hold control characters, and PostgreSQL rejects a NUL in any text parameter.
        return None
    return model.objects.filter(slug=slug).first()


def _content_types(keys):
    registry = types()
    models = [registry[key][0] for key in keys]
    by_model = ContentType.objects.get_for_models(*models, for_concrete_models=False)
    return {by_model[registry[key][0]].pk: key for key in keys}


def _past_event_ids(now):
    from events.models import EventPage

    return EventPage.objects.filter(Q(ends_at__lt=now) | Q(ends_at__isnull=True, starts_at__lt=now)).values_list(
        "pk", flat=True
    )


def public_pages():
    """Live pages outside private sections.

    Read the way the directories read them (home.queries): Wagtail's own public() joins the restrictions to
    the page table, which SQLite plans as a scan of every page (10–20 ms at 100,000 pages, on every search).
    """
    from home.queries import SitePageQuerySet

    return SitePageQuerySet(model=Page).live().public()


class _Scope:
    """Which pages a search may return: live, public, unexpired, of the chosen types and filters."""

    def __init__(self, type_keys, district, theme, target_group, public=None):
        self.now = timezone.now()
        self.type_keys = type_keys
        # public() reads the view restrictions when called: once per search (or once per request, when the
        # caller shares its own), not once per result set.
        self.public = public if public is not None else public_pages()
        self.restrictions = []
        # Each filter is one subquery over the page table (a semi-join the database can hash), not an OR of
        # subqueries per page type, which PostgreSQL evaluates row by row.
        if district is not None:
            ids = [district.pk, *district.children.values_list("pk", flat=True)]
            self.restrictions.append(
                Q(offerpage__district__in=ids) | Q(eventpage__district__in=ids) | Q(partnerpage__district__in=ids)
                | Q(partnerpage__districts_served__in=ids)
            )
        if theme is not None:
            self.restrictions.append(Q(offerpage__themes=theme) | Q(eventpage__themes=theme))
        if target_group is not None:
            self.restrictions.append(
                Q(offerpage__target_groups=target_group) | Q(eventpage__target_groups=target_group)
            )

    def queryset(self, type_keys=None, past_events="exclude"):
        """past_events: "exclude" (default), "include" or "only"."""
        cts = _content_types(type_keys or self.type_keys)
        qs = self.public.filter(content_type__in=list(cts))
        expired = Page.objects.filter(expire_at__lte=self.now).values_list("pk", flat=True)
        qs = qs.exclude(pk__in=expired)
        for restriction in self.restrictions:
            qs = qs.filter(pk__in=Page.objects.filter(restriction).values("pk"))
        if past_events == "exclude":
            qs = qs.exclude(pk__in=_past_event_ids(self.now))
        elif past_events == "only":
            qs = qs.filter(pk__in=_past_event_ids(self.now))
        return qs


# Results -------------------------------------------------------------------------------------------------


class ChainedResults:
    """Several ranked result sets one after the other (upcoming events before past ones), sliceable."""

    def __init__(self, *parts):
        self.parts = parts

    @cached_property
    def _counts(self):
        return [part.count() for part in self.parts]

    def count(self):
        return sum(self._counts)

    @property
    def capped(self):
        return any(getattr(part, "capped", False) for part in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            return self[key:key + 1][0]
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        out = []
        offset = 0
        for part, size in zip(self.parts, self._counts, strict=True):
            lo, hi = max(start - offset, 0), min(stop - offset, size)
            if lo < hi:
                out.extend(part[lo:hi])
            offset += size
        return out


def _query_object(groups, operator):
    """And/Or over the words; each word is an Or of its spellings (the word, its base, its corrections)."""
    parts = [PlainText(alts[0]) if len(alts) == 1 else Or([PlainText(a) for a in alts]) for alts in groups]
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


def _word_groups(words):
    """For each query word, the spellings to search for, and the corrections applied ({word: display})."""
    known = analysis.KnownWords()
    bases = {w: analysis.feminine_base(w, _AlwaysKnown()) for w in words}
    stems = {analysis.stem(w) for w in words} | {analysis.stem(b) for b in bases.values() if b}
    known.stems = vocabulary.known_stems(stems)
    groups = []
    corrections = {}
    for word in words:
        alts = [word]
        base = bases[word]
        if base and base in known:
            alts.append(base)
        if analysis.stem(word) not in known.stems and not word.isdigit():
            # An unknown compound may be known in parts: "Mittagessen" finds "zu Mittag essen".
            parts = analysis.split_compound(word, vocabulary.known())
            if parts:
                alts.append(" ".join(parts))
            fixes = vocabulary.corrections(word, limit=2)
            for term, _display in fixes:
                if term not in alts:
                    alts.append(term)
            if fixes:
                corrections[word] = fixes[0][1]
        groups.append(alts)
    return groups, corrections


class _AlwaysKnown:
    def __contains__(self, word):
        return True


def _suggestion(query, corrections):
    """The query with each corrected word replaced by its most likely spelling ("Kafee treff" → "Kaffee treff")."""
    if not corrections:
        return ""

    def replace(match):
        word = analysis.normalize(match.group())
        return corrections.get(word, match.group())

    return analysis._WORD_RE.sub(replace, query)


def search(query, *, types=None, district=None, theme=None, target_group=None, include_past_events=False,
           page=1, per_page=RESULTS_PER_PAGE, public=None):
    """Search all public content. Never raises for bad input: unknown filters are ignored and reported.

    types: iterable of keys from TYPE_KEYS (others are ignored); district/theme/target_group: a slug or an
    instance; include_past_events: also past events, ranked after upcoming ones; page: number or string
    (out-of-range pages give the last page, like Paginator.get_page); public: the caller's
    Page.objects.live().public(), to share its reading of the view restrictions.
    """
    from taxonomy.models import District, TargetGroup, Theme

    text, truncated = clean_query(query)
    notices = []
    if truncated:
        notices.append(_("Your search was shortened to %(limit)s characters.")
                       % {"limit": getattr(settings, "SEARCH_MAX_QUERY_LENGTH", 200)})
    ignored = []
    wanted = [str(t) for t in (types or []) if t]
    type_keys = [key for key in TYPE_KEYS if key in wanted]
    ignored.extend(t for t in wanted if t not in TYPE_KEYS)
    filters = {}
    for name, model, value in (("district", District, district), ("theme", Theme, theme),
                               ("target_group", TargetGroup, target_group)):
        obj = _resolve(model, value)
        if obj is not None:
            filters[name] = obj
        elif value not in (None, ""):
            ignored.append(name)
    if ignored:
        notices.append(_("Some filters were not understood and are ignored."))
    try:
        per_page = max(1, min(int(per_page), MAX_PER_PAGE))
    except (TypeError, ValueError):
        per_page = RESULTS_PER_PAGE

    words = analysis.query_words(text)[:MAX_QUERY_WORDS]
    response = SearchResponse(query=text, page_obj=None, facets=[], backend="", truncated=truncated,
                              notices=notices, filters=filters, ignored_filters=ignored)
    if not words:
        response.page_obj = Paginator([], per_page).get_page(1)
        response.facets = [Facet(k, str(types_label(k)), 0, k in type_keys) for k in TYPE_KEYS]
        response.backend = backend_name(_backends()[0])
        return response

    # Built only for a search that runs: it reads the view restrictions (unless the caller shares its reading).
    scope = _Scope(type_keys or list(TYPE_KEYS), filters.get("district"), filters.get("theme"),
                   filters.get("target_group"), public=public)
    groups, corrections = _word_groups(words)

    def run(backend):
        with _time_limit(backend, STATEMENT_TIMEOUT_MS):
            query_obj = _query_object(groups, "and")
            results = _results(backend, scope, query_obj, include_past_events)
            count = results.count()
            matched_all = count > 0 or len(groups) == 1
            if len(groups) > 1 and count < SUPPLEMENT_BELOW:
                # Few pages have every word: the pages with some of the words follow them, best matches first.
                exclude = [page.pk for page in results[:count]] if count else []
                query_obj = _query_object(groups, "or")
                more = _results(backend, scope, query_obj, include_past_events, exclude=exclude)
                results = ChainedResults(results, more) if count else more
            facets = _facets(backend, scope, query_obj, include_past_events, type_keys)
            paged = Paginator(results, per_page).get_page(page)
            list(paged.object_list)  # evaluate here, inside the fallback guard
            return paged, facets, matched_all, getattr(results, "capped", False)

    try:
        (paged, facets, matched_all, capped), backend, fell_back = _with_fallback(run)
    except OperationalError as error:
        if not _is_timeout(error):
            raise
        logger.warning("Search statement timed out for a query of %s words", len(words))
        response.page_obj = Paginator([], per_page).get_page(1)
        response.facets = [Facet(k, str(types_label(k)), 0, k in type_keys) for k in TYPE_KEYS]
        response.backend = backend_name(_backends()[0])
        response.timed_out = True
        response.notices.append(_("This search took too long and was stopped. Please search more precisely, "
                                  "for example with another word or a filter."))
        return response
    response.page_obj = paged
    response.facets = facets
    response.backend = backend_name(backend)
    response.fell_back = fell_back
    response.matched_all_words = matched_all
    response.more_results = capped
    if fell_back:
        response.notices.append(_("The search service is not available right now; these results come from a "
                                  "simpler search."))
    if corrections and paged.paginator.count:
        # The results prove that the corrected words exist in public content.
        response.corrections = corrections
        response.suggestion = _suggestion(text, corrections)
    elif not paged.paginator.count:
        response.suggestion = _zero_result_suggestion(text, words, scope, include_past_events, backend)
    return response


def types_label(key):
    return types()[key][1]


def _results(backend, scope, query_obj, include_past_events, exclude=()):
    def queryset(*args, **kwargs):
        qs = scope.queryset(*args, **kwargs)
        return (qs.exclude(pk__in=list(exclude)) if exclude else qs).specific()

    if include_past_events:
        upcoming = backend.search(query_obj, queryset(past_events="exclude"))
        if "event" not in scope.type_keys:
            return upcoming
        past = backend.search(query_obj, queryset(["event"], past_events="only"))
        return ChainedResults(upcoming, past)
    return backend.search(query_obj, queryset())


def _facets(backend, scope, query_obj, include_past_events, selected):
    counts = dict.fromkeys(TYPE_KEYS, 0)
    cts = _content_types(TYPE_KEYS)
    past = "include" if include_past_events else "exclude"
    more = dict.fromkeys(TYPE_KEYS, False)
    results = backend.search(query_obj, scope.queryset(list(TYPE_KEYS), past_events=past), order_by_relevance=False)
    capped_facet = getattr(results, "capped_facet", None)
    if capped_facet is not None:
        # PostgreSQL: each type counted up to FACET_CAP (see search.backends.postgres).
        for ct_id, (count, over) in capped_facet("content_type_id", list(cts), FACET_CAP).items():
            counts[cts[ct_id]], more[cts[ct_id]] = count, over
    else:
        for ct_id, count in results.facet("content_type_id").items():
            key = cts.get(int(ct_id)) if ct_id is not None else None
            if key:
                counts[key] = count
    return [Facet(key, str(types_label(key)), counts[key], key in selected, more[key]) for key in TYPE_KEYS]


def _zero_result_suggestion(text, words, scope, include_past_events, backend):
    """A spelling that finds something, allowing one more wrong letter than the automatic correction."""
    replacements = {}
    for word in words:
        allowed = max_distance(word) + 1 if max_distance(word) else 0
        if not allowed:
            continue
        fixes = vocabulary.corrections(word, limit=1, allowed=allowed)
        if fixes:
            replacements[word] = fixes[0][1]
    if not replacements:
        return ""
    groups = [[replacements.get(w, w)] for w in words]
    try:
        found = _results(backend, scope, _query_object(groups, "or"), include_past_events).count()
    except Exception:
        logger.warning("Checking a spelling suggestion failed", exc_info=True)
        return ""
    return _suggestion(text, replacements) if found else ""


# Autocomplete --------------------------------------------------------------------------------------------


def autocomplete(query, *, limit=AUTOCOMPLETE_LIMIT, request=None):
    """A few pages whose titles start with what was typed so far: [{"title", "url", "type", "type_label"}].

    Cheap by design (one index lookup, no facets, no corrections): meant to be called on every keystroke.
    """
    text, _truncated = clean_query(query)
    text = text[:100]
    words = [w for w in analysis.words(text) if w not in analysis.STOPWORDS]
    if not words or len(words[-1]) < AUTOCOMPLETE_MIN_LENGTH:
        return []
    limit = max(1, min(int(limit), 20))
    scope = _Scope(list(TYPE_KEYS), None, None, None)
    cts = _content_types(TYPE_KEYS)

    def run(backend):
        with _time_limit(backend, AUTOCOMPLETE_TIMEOUT_MS):
            qs = scope.queryset().only("id", "title", "url_path", "content_type_id")
            return list(backend.autocomplete(text, qs)[:limit])

    try:
        pages, _backend, _fell = _with_fallback(run)
    except OperationalError as error:
        if not _is_timeout(error):
            raise
        logger.warning("Autocomplete statement timed out")
        return []
    out = []
    for page in pages:
        key = cts.get(page.content_type_id)
        out.append({
            "title": page.title,
            "url": page.get_url(request=request),
            "type": key,
            "type_label": str(types_label(key)) if key else "",
        })
    return out
