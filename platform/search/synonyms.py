"""Synonyms from data editors keep: the glossary's abbreviations (TLV <->
toelaatbaarheidsverklaring) and synonyms on taxonomy terms (autisme <->
ASS). They are applied when a query is read, not when documents are
indexed, so a new glossary entry works at once: no rebuild, no redeploy.

Sources register through `registry.register_synonyms`. The table is kept
per process and dropped when `forget()` is called (a save of a glossary
term or a taxonomy term does that, through the cache version below, so
every process sees it).
"""

import uuid

from django.core.cache import cache
from django.db import transaction

from . import registry
from .analysis import lemma, stop_words, words

MAX_PHRASE = 6
_VERSION_KEY = "search:synonyms:version"
_table = {"version": None, "phrases": {}}


def forget():
    """Call after a synonym source changed; every process reloads once the
    change is committed (before, another process could load the old terms
    under the new version). A fresh random version, not a counter: a counter
    the cache lost would start again at a number some process holds."""
    _table["version"] = None  # this process: at once, it sees its own change
    transaction.on_commit(lambda: cache.set(_VERSION_KEY, uuid.uuid4().hex, None))


def phrase_words(text):
    """A synonym as a tuple of folded lemmas, stop words kept out."""
    stops = stop_words()
    return tuple(lemma(w) for w in words(text) if w not in stops)


def _load():
    phrases = {}
    for source in registry.synonym_sources():
        for group in source():
            forms = {phrase_words(term) for term in group} - {()}
            for form in forms:
                phrases.setdefault(form, set()).update(forms - {form})
    return phrases


def table():
    """{phrase (tuple of words): {equivalent phrases}}, current for this process."""
    version = cache.get(_VERSION_KEY)
    if version is None:
        # Lost (a restart, an eviction): start a version nobody holds yet.
        cache.add(_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(_VERSION_KEY)
    if _table["version"] != version:
        _table["phrases"] = _load()
        _table["version"] = version
    return _table["phrases"]


def longest_match(tokens, start):
    """The longest synonym phrase that starts at tokens[start]: (length,
    equivalents) or (0, set())."""
    phrases = table()
    for length in range(min(MAX_PHRASE, len(tokens) - start), 0, -1):
        candidate = tuple(tokens[start:start + length])
        if candidate in phrases:
            return length, phrases[candidate]
    return 0, set()
