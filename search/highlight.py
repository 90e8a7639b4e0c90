"""Result excerpts with the searched words marked: the text is escaped piece by piece, only <mark> is added.

Matching uses the engine's German analysis (search/analysis.py), so "Spaziergang" marks "Spaziergänge",
"gruen" marks "Grün", and "Treff" marks "Seniorentreff": a text word matches when its stem equals a query
word's stem, or when it contains the stem of a query word of at least five letters (compounds).
"""

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from . import analysis

EXCERPT_LENGTH = 240
# Context kept before the first match, so the excerpt does not start mid-thought right at the word.
LEAD = 70
# Shorter stems only match whole words: "rat" must not mark "Beratung".
MIN_INFIX_STEM = 5

_WORD = re.compile(r"[^\W_]+")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})
# Keys of StreamField block values that hold no readable text.
_SKIP_KEYS = {"id", "type", "level", "image", "page", "alt_text", "theme", "target_group"}


def fold(word):
    """The form stems are compared in: normalized, "ae" read as "ä", umlauts and ß spelled out (as Snowball does)."""
    return analysis.umlaut_form(analysis.normalize(word)).translate(_FOLD).replace("ß", "ss")


def key(word):
    return analysis.stem(analysis.umlaut_form(analysis.normalize(word)))


class Matcher:
    """Decides which words of a text were searched for."""

    def __init__(self, query, extra_words=()):
        words = analysis.query_words(query)
        for extra in extra_words:
            words.extend(analysis.query_words(extra))
        self.stems = {key(word) for word in words if word}
        self.infixes = {stem for stem in self.stems if len(stem) >= MIN_INFIX_STEM}

    def __bool__(self):
        return bool(self.stems)

    def matches(self, word):
        if len(word) > analysis.MAX_WORD_LENGTH:
            return False
        if key(word) in self.stems:
            return True
        if self.infixes:
            folded = fold(word)
            return any(stem in folded for stem in self.infixes)
        return False

    def spans(self, text):
        """(start, end) of each matching word in `text`."""
        if not self.stems:
            return []
        return [m.span() for m in _WORD.finditer(text) if self.matches(m.group())]


def highlight(text, matcher):
    """`text` escaped, with each matching word wrapped in <mark>; safe to put in a template."""
    text = str(text or "")
    out = []
    position = 0
    for start, end in matcher.spans(text):
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of the text went through escape()


def plain_text(value):
    """Readable text of a field: rich text without tags, a StreamField's words, whitespace collapsed."""
    if value is None:
        return ""
    raw = getattr(value, "raw_data", None)
    if raw is not None:  # a StreamValue: read the stored JSON, so no block fetches images or pages
        pieces = []
        _collect(list(raw), pieces)
        text = " ".join(pieces)
    else:
        text = str(value)
    if "<" in text or "&" in text:
        # Block ends become spaces, so words of neighbouring paragraphs do not run together.
        text = html.unescape(strip_tags(re.sub(r"<(/p|br|/li|/h\d)\b[^>]*>", " ", text)))
    return " ".join(text.split())


def _collect(value, pieces):
    if isinstance(value, str):
        pieces.append(value)
    elif isinstance(value, dict):
        if "type" in value and "value" in value:
            _collect(value["value"], pieces)
            return
        for name, item in value.items():
            if name not in _SKIP_KEYS:
                _collect(item, pieces)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, pieces)


def _window(text, spans, length):
    """A stretch of about `length` characters around the first match, cut at word boundaries."""
    if len(text) <= length:
        return text, 0, False, False
    first = spans[0][0] if spans else 0
    start = max(0, first - LEAD)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space < LEAD + 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > first:
            end = space
    return text[start:end].strip(" ,;:-–"), start, start > 0, end < len(text)


def excerpt(texts, matcher, length=EXCERPT_LENGTH):
    """The best short passage of the first text that mentions a searched word (else of the first text),
    escaped, with the matches marked and "…" where it was cut."""
    texts = [t for t in (plain_text(t) for t in texts) if t]
    if not texts:
        return ""
    chosen, spans = texts[0], []
    for text in texts:
        found = matcher.spans(text)
        if found:
            chosen, spans = text, found
            break
    passage, _start, cut_before, cut_after = _window(chosen, spans, length)
    marked = highlight(passage, matcher)
    return mark_safe(("… " if cut_before else "") + marked + (" …" if cut_after else ""))  # noqa: S308
