"""Snippets for the database backends: a short piece of the text around the
words that matched, with those words in <mark>. Text is escaped first; only
the <mark> tags are ours."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from .analysis import WORD_RE, fold, lemma, parts_of, stem

SNIPPET_CHARS = 220
# Only the start of a long text is searched for the best window: enough for
# a snippet, and a 20,000-character post costs no more than a short one.
SCAN_CHARS = 8000


@lru_cache(maxsize=100_000)
def _analysed(written):
    """A word as written -> (its lemma, the stems it matches: its own and
    its compound parts'). Cached, since every hit's text is read per search
    and the same words come back all the time."""
    word = lemma(fold(written))
    return word, frozenset([stem(word), *(stem(part) for part in parts_of(word))])


def _matches(text, stems, prefix):
    """(start, end) of the words in `text` that were searched for: by stem,
    by a compound part ("leesproblemen" when "lezen" was asked), or by the
    prefix being typed."""
    spans = []
    for match in WORD_RE.finditer(text):
        word, matched_by = _analysed(match.group())
        if not stems.isdisjoint(matched_by) or (prefix and word.startswith(prefix)):
            spans.append(match.span())
    return spans


def snippet(text, query_words, prefix="", length=SNIPPET_CHARS):
    """The part of `text` with the most matched words, marked; the start of
    the text when nothing matches."""
    text = re.sub(r"\s+", " ", text or "").strip()
    stems = {stem(w) for w in query_words}
    spans = _matches(text[:SCAN_CHARS], stems, prefix)
    if not spans:
        cut = text[:length]
        return mark_safe(escape(cut) + ("…" if len(text) > length else ""))
    best = _densest(spans, length)
    start = max(0, spans[best][0] - 40)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[best][0] else start
    end = min(len(text), start + length)
    parts, position = [], start
    for begin, finish in spans:
        if begin < start or finish > end:
            continue
        parts.append(escape(text[position:begin]))
        parts.append(f"<mark>{escape(text[begin:finish])}</mark>")
        position = finish
    parts.append(escape(text[position:end]))
    before = "…" if start else ""
    after = "…" if end < len(text) else ""
    return mark_safe(before + "".join(parts) + after)


def _densest(spans, length):
    """The index of the span that starts the window of `length` characters
    holding the most matches (two pointers: linear in the matches)."""
    best, best_count, end = 0, 0, 0
    for start in range(len(spans)):
        end = max(end, start)
        while end < len(spans) and spans[end][0] - spans[start][0] < length:
            end += 1
        if end - start > best_count:
            best, best_count = start, end - start
    return best


def mark_title(title, query_words, prefix=""):
    return snippet(title, query_words, prefix, length=len(title or "") + 1)
