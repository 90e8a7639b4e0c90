"""The words the index knows: recorded while indexing, used for compound splitting, typos and "Meinten Sie".

One process-wide copy of the known stems is kept in memory for indexing (splitting compounds needs a set
lookup per candidate part). Other processes learn about new words through a version number in the cache.
Typo candidates come from PostgreSQL's pg_trgm index on PostgreSQL and from rapidfuzz over the in-memory
word list elsewhere; both are checked with the exact edit distance.
"""

import threading
import time

from django.core.cache import cache
from django.db import connection

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from . import analysis

VERSION_KEY = "search:vocabulary:version"
# How often a process asks the cache whether another process added words.
CHECK_INTERVAL = 10.0
# Words shorter than this are not corrected: too many real words are one letter away from them.
MIN_CORRECTABLE_LENGTH = 5


def max_distance(word):
    """One wrong letter up to seven letters, two in longer words ("Kafee" → "Kaffee", "Spazirgang" → "Spaziergang")."""
    if len(word) < MIN_CORRECTABLE_LENGTH:
        return 0
    return 1 if len(word) <= 7 else 2


def is_recordable(word):
    return len(word) >= 3 and word.isalpha()


class Vocabulary:
    def __init__(self):
        self._lock = threading.Lock()
        self.reset()

    def reset(self):
        """Forget the in-memory copy (tests call this after rolling back the database)."""
        with self._lock:
            self._stems = None
            self._terms = None
            self._version = None
            self._checked_at = 0.0

    # In-memory copy -------------------------------------------------------------------------------------

    def _maybe_reload(self):
        now = time.monotonic()
        if self._stems is not None and now - self._checked_at < CHECK_INTERVAL:
            return
        version = cache.get(VERSION_KEY)
        self._checked_at = now
        if self._stems is not None and version == self._version:
            return
        from .models import SearchTerm

        rows = list(SearchTerm.objects.values_list("term", "stem", "display", "doc_count", "standalone"))
        self._stems = {row[1] for row in rows if row[4]}
        self._terms = {row[0]: (row[2], row[3], row[4]) for row in rows}
        self._version = version

    def known(self):
        """A KnownWords view for compound splitting (the base lexicon plus every word seen on its own)."""
        with self._lock:
            self._maybe_reload()
            return analysis.KnownWords(self._stems)

    def terms(self):
        with self._lock:
            self._maybe_reload()
            return self._terms

    # Recording ------------------------------------------------------------------------------------------

    def record(self, texts):
        """Record the words of published texts. `texts` is an iterable of strings."""
        counts = {}
        display = {}
        for text in texts:
            for raw in analysis._WORD_RE.findall(str(text or "")):
                word = analysis.normalize(raw)
                if word in analysis.STOPWORDS or not is_recordable(word) or len(word) > 40:
                    continue
                counts[word] = counts.get(word, 0) + 1
                display.setdefault(word, raw)
        self._save(counts, display, standalone=True)

    def record_parts(self, parts):
        """Record compound parts that occur in published texts: searchable, never suggested."""
        counts = {}
        for word in parts:
            if is_recordable(word) and len(word) <= 40:
                counts[word] = counts.get(word, 0) + 1
        self._save(counts, {w: w for w in counts}, standalone=False)

    def _save(self, counts, display, standalone):
        from .models import SearchTerm

        if not counts:
            return
        with self._lock:
            self._maybe_reload()
            new = [word for word in counts if word not in self._terms]
            promoted = [w for w in counts if standalone and w in self._terms and not self._terms[w][2]]
            if not new and not promoted:
                return
            SearchTerm.objects.bulk_create(
                [
                    SearchTerm(term=w, stem=analysis.stem(w), display=display[w][:40], doc_count=counts[w],
                               standalone=standalone)
                    for w in new
                ],
                ignore_conflicts=True,
                batch_size=500,
            )
            if promoted:
                SearchTerm.objects.filter(term__in=promoted).update(standalone=True)
            for word in new + promoted:
                self._terms[word] = (display[word], counts[word], standalone)
                if standalone:
                    self._stems.add(analysis.stem(word))
            self._version = self._bump()

    def clear(self):
        from .models import SearchTerm

        SearchTerm.objects.all().delete()
        with self._lock:
            self._stems = set()
            self._terms = {}
            self._version = self._bump()

    def _bump(self):
        try:
            return cache.incr(VERSION_KEY)
        except ValueError:
            cache.set(VERSION_KEY, 1, None)
            return 1

    # Query time -----------------------------------------------------------------------------------------

    def known_stems(self, stems):
        """Which of these stems occur in published content (one query, no in-memory copy needed)."""
        from .models import SearchTerm

        stems = set(stems)
        if not stems:
            return set()
        return set(SearchTerm.objects.filter(stem__in=stems).values_list("stem", flat=True).distinct())

    def corrections(self, word, limit=3, allowed=None):
        """Recorded words within the allowed edit distance of `word`, closest and most frequent first.

        Returns (term, display) pairs; empty when the word is too short to correct.
        """
        if allowed is None:
            allowed = max_distance(word)
        if not allowed:
            return []
        if connection.vendor == "postgresql":
            candidates = self._trigram_candidates(word)
        else:
            candidates = self._fuzzy_candidates(word, allowed)
        scored = []
        for term, display, count in candidates:
            distance = Levenshtein.distance(word, term, score_cutoff=allowed)
            if 0 < distance <= allowed:
                scored.append((distance, -count, term, display))
        scored.sort()
        return [(term, display) for _d, _c, term, display in scored[:limit]]

    def _trigram_candidates(self, word):
        from .models import SearchTerm

        # `%` uses the GIN trigram index (search.0001); the threshold is pg_trgm's similarity default, 0.3.
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT term, display, doc_count FROM {SearchTerm._meta.db_table} "  # noqa: S608 (table name only)
                "WHERE term %% %s AND standalone AND length(term) BETWEEN %s AND %s "
                "ORDER BY similarity(term, %s) DESC LIMIT 50",
                [word, len(word) - 3, len(word) + 3, word],
            )
            return cursor.fetchall()

    def _fuzzy_candidates(self, word, allowed):
        terms = self.terms()
        if not terms:
            return []
        matches = process.extract(word, list(terms), scorer=Levenshtein.distance, score_cutoff=allowed, limit=50)
        return [(term, terms[term][0], terms[term][1]) for term, _score, _key in matches if terms[term][2]]


vocabulary = Vocabulary()
