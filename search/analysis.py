"""German text analysis in Python, for the places where a search backend cannot do it itself.

SQLite's FTS5 knows no German: the index and the queries are stemmed here, the same way on both sides.
PostgreSQL, Elasticsearch and OpenSearch stem on their own, but none of them splits German compounds
without a dictionary they would have to ship, so `expansions()` adds the parts of compounds
("Selbsthilfegruppe" → "Selbsthilfe", "Gruppe") and the base of feminine forms ("Seniorin" → "Senior")
to the indexed text of every backend. See docs/search.md.
"""

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import snowballstemmer

# Longer "words" are hashes, URLs or glued garbage: they are never searched for and would bloat the index.
MAX_WORD_LENGTH = 40
# Compounds shorter than this are rarely compounds ("Angebot", "Termin") and splitting them invents words.
MIN_COMPOUND_LENGTH = 7
MIN_PART_LENGTH = 4
# A part that is not a known word must be longer, or every word would split somewhere.
MIN_UNKNOWN_PART_LENGTH = 5
# Linking elements (Fugenelemente) that may sit between the parts of a compound: Lebens-freude, Senioren-treff.
LINKS = ("", "s", "es", "n", "en", "e", "er", "ns")

_WORD_RE = re.compile(r"[^\W_]+")
# Letters whose accents carry no meaning in German text; ä, ö, ü and ß are handled by the stemmer.
_KEEP = set("äöüß")

# The Snowball project's German stop word list (https://snowballstem.org/algorithms/german/stop.txt).
_STOPWORD_TEXT = """
aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes anderm andern
anderr anders auch auf aus bei bin bis bist da damit dann der den des dem die das dass daß derselbe derselben
denselben desselben demselben dieselbe dieselben dasselbe dazu dein deine deinem deinen deiner deines denn
derer dessen dich dir du dies diese diesem diesen dieser dieses doch dort durch ein eine einem einen einer
eines einig einige einigem einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer
eures für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren
ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein
keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher manches mein meine
meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem
seinen seiner seines selbst sich sie ihnen sind so solche solchem solchen solcher solches soll sollte sondern
sonst über um und uns unsere unserem unseren unser unseres unter viel vom von vor während war waren warst was
weg weil weiter welche welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo
wollen wollte würde würden zu zum zur zwar zwischen
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# "selbst" is a stop word in running text but the head of many compounds (Selbsthilfe): keep it searchable.
STOPWORDS = STOPWORDS - {"selbst"}

_stemmer = snowballstemmer.stemmer("german")
LEXICON_PATH = Path(__file__).with_name("lexicon_de.txt")


@lru_cache(maxsize=200_000)
def normalize(word):
    """Lower case, NFC, accents other than German umlauts removed ("Café" → "cafe", "Grün" stays "grün")."""
    word = unicodedata.normalize("NFC", word.casefold().replace("ẞ", "ß"))
    if word.isascii():
        return word
    out = []
    for char in word:
        if char in _KEEP:
            out.append(char)
            continue
        base = unicodedata.normalize("NFKD", char)
        out.append("".join(c for c in base if not unicodedata.combining(c)))
    return "".join(out)


def words(text):
    """The words of a text, normalized, in order; hyphens and punctuation separate words."""
    if not text:
        return []
    return [normalize(w) for w in _WORD_RE.findall(str(text)) if len(w) <= MAX_WORD_LENGTH]


def content_words(text):
    return [w for w in words(text) if w not in STOPWORDS]


@lru_cache(maxsize=200_000)
def stem(word):
    """Snowball German stem of a normalized word: "spaziergänge", "spaziergaenge" → "spaziergang"."""
    return _stemmer.stemWord(word)


_VOWELS = set("aeiouyäöü")


@lru_cache(maxsize=200_000)
def umlaut_form(word):
    """Write "ae", "oe", "ue" as ä, ö, ü the way Snowball's German stemmer reads them ("gruen" → "grün").

    PostgreSQL's german_stem (Snowball before 3.0) treats "gruen" and "grün" as different words; feeding it
    this form on both the indexing and the query side makes the transliterations match. A "u" between two
    vowels ("Feuer", "neue") and "qu" ("Quelle") are left alone, as in Snowball.
    """
    if not any(pair in word for pair in ("ae", "oe", "ue")):
        return word
    chars = list(word)
    protected = set()
    for i in range(1, len(chars) - 1):
        if chars[i] in "uy" and chars[i - 1] in _VOWELS and chars[i + 1] in _VOWELS:
            protected.add(i)
    out = []
    i = 0
    while i < len(chars):
        pair = "".join(chars[i:i + 2])
        if pair == "qu":
            out.append("qu")
            i += 2
        elif pair in ("ae", "oe", "ue") and i not in protected:
            out.append({"ae": "ä", "oe": "ö", "ue": "ü"}[pair])
            i += 2
        else:
            out.append(chars[i])
            i += 1
    return "".join(out)


@lru_cache(maxsize=1)
def lexicon_stems():
    """Stems of the shipped base lexicon: common words of the field that compounds are built from."""
    stems = set()
    if LEXICON_PATH.exists():
        for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            for word in words(line):
                stems.add(stem(word))
    return frozenset(stems)


class KnownWords:
    """Which stems count as words when splitting compounds: the base lexicon plus the indexed vocabulary."""

    def __init__(self, stems=()):
        self.stems = stems if isinstance(stems, set) else set(stems)
        self.expansions = {}  # word → expansions, valid as long as this view lives (one indexing batch)

    def __contains__(self, word):
        return stem(word) in self.stems or stem(word) in lexicon_stems()


def split_compound(word, known):
    """The parts of a German compound, or [] when it is not one made of known words.

    "selbsthilfegruppe" → ["selbsthilfe", "gruppe"]; parts are split again by `expansions`. The split with the
    fewest parts wins, then the one with the longest first part, so "seniorentreff" gives "senioren" + "treff".
    """
    if len(word) < MIN_COMPOUND_LENGTH or not word.isalpha():
        return []
    n = len(word)
    memo = {}

    def rest_parts(start):
        """Fewest known parts (joined by linking elements) that make up word[start:], or None."""
        if start in memo:
            return memo[start]
        result = None
        for end in range(n, start + MIN_PART_LENGTH - 1, -1):
            part = word[start:end]
            if part not in known:
                continue
            candidate = [part] if end == n else _join(part, end)
            if candidate is not None and (result is None or len(candidate) < len(result)):
                result = candidate
        memo[start] = result
        return result

    def _join(part, end):
        best = None
        for link in LINKS:
            if word.startswith(link, end) and end + len(link) < n:
                rest = rest_parts(end + len(link))
                if rest is not None and (best is None or len(rest) + 1 < len(best)):
                    best = [part, *rest]
        return best

    # The first part ends before the last MIN_PART_LENGTH letters: a word is no compound of itself.
    result = None
    for end in range(n - MIN_PART_LENGTH, MIN_PART_LENGTH - 1, -1):
        part = word[:end]
        if part in known:
            candidate = _join(part, end)
            if candidate is not None and (result is None or len(candidate) < len(result)):
                result = candidate
    if result:
        return result
    # Two parts where only one is known, both long enough to be words of their own:
    # "Garten|projekt", "Depressions|gruppe". Longest known part first.
    for end in range(n - MIN_UNKNOWN_PART_LENGTH, MIN_UNKNOWN_PART_LENGTH - 1, -1):
        head, tail = word[:end], word[end:]
        if head in known and tail.isalpha():
            return [head, tail]
    for end in range(MIN_UNKNOWN_PART_LENGTH, n - MIN_UNKNOWN_PART_LENGTH + 1):
        head, tail = word[:end], word[end:]
        if tail in known:
            for link in LINKS[1:]:
                if head.endswith(link) and len(head) - len(link) >= MIN_UNKNOWN_PART_LENGTH:
                    return [head[: -len(link)], tail]
            return [head, tail]
    return []


def feminine_base(word, known):
    """"seniorin" → "senior", "nachbarinnen" → "nachbar", when the base is a known word; else None."""
    for suffix in ("innen", "in"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            if len(base) >= MIN_PART_LENGTH and base in known and stem(base) != stem(word):
                return base
    return None


def expansions(word, known, _depth=0):
    """Extra words the index should hold for `word`: compound parts (recursively) and feminine bases."""
    cache = getattr(known, "expansions", None)
    if cache is not None and _depth == 0:
        if word not in cache:
            cache[word] = _expansions(word, known, 0)
        return cache[word]
    return _expansions(word, known, _depth)


def _expansions(word, known, _depth):
    extra = []
    base = feminine_base(word, known)
    if base:
        extra.append(base)
    parts = split_compound(base or word, known)
    for part in parts:
        extra.append(part)
        if _depth < 2:
            extra.extend(_expansions(part, known, _depth + 1))
    return extra


def expanded_words(text, known):
    """The words of `text` followed by their expansions (duplicates removed, order kept)."""
    base = content_words(text)
    seen = set(base)
    extra = []
    for word in base:
        for more in expansions(word, known):
            if more not in seen:
                seen.add(more)
                extra.append(more)
    return base, extra


def index_terms(text, known):
    """SQLite: the stems to store for a text, with the stems of compound parts and feminine bases."""
    base, extra = expanded_words(text, known)
    return [stem(w) for w in base + extra]


def engine_text(text, known):
    """PostgreSQL/Elasticsearch: the text with transliterations unified and expansions appended.

    The engine stems it with its own German configuration; only what it cannot know is added here.
    """
    if not text:
        return ""
    rewritten = _WORD_RE.sub(lambda m: umlaut_form(normalize(m.group())), str(text))
    _base, extra = expanded_words(text, known)
    if extra:
        rewritten += " " + " ".join(umlaut_form(w) for w in extra)
    return rewritten


def query_words(query):
    """The searchable words of a query: normalized, stop words dropped, each once, in order."""
    seen = []
    for word in content_words(query):
        if word not in seen:
            seen.append(word)
    return seen
