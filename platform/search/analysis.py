"""Dutch text analysis for the database backends and the query builder.

Text becomes a list of *index words*: folded (lower case, no accents),
without stop words, irregular forms replaced by their lemma
(dutch/word_forms.txt), and with the parts of compound words added
(dutch/compound_parts.txt). The backends stem those words the same way:
PostgreSQL with its `dutch` Snowball stemmer, SQLite through PyStemmer's
`dutch_porter`, which is that same algorithm (a test compares the two).
"""

import re
import threading
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

import Stemmer

DATA = Path(__file__).parent / "dutch"
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
# Compounds shorter than this are not split: "kind" is not "k" + "ind".
MIN_COMPOUND = 7
MIN_PART = 3
# A word longer than this is noise (a URL, a hash); it is not indexed.
MAX_WORD = 60

_local = threading.local()


def _data_lines(name):
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            yield line


def fold(text):
    """Lower case without accents: "Één" -> "een", "coördinator" -> "coordinator"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(text):
    """The folded words of `text`, stop words included."""
    return [w for w in WORD_RE.findall(fold(text or "")) if len(w) <= MAX_WORD]


@cache
def stop_words():
    return frozenset(w for line in _data_lines("stopwords.txt") for w in line.split())


@cache
def word_forms():
    """form -> lemma."""
    forms = {}
    for line in _data_lines("word_forms.txt"):
        variants, _, lemma = line.partition("=")
        for variant in variants.split():
            forms[fold(variant)] = fold(lemma.strip())
    return forms


@cache
def compound_parts():
    return frozenset(fold(line) for line in _data_lines("compound_parts.txt"))


def lemma(word):
    return word_forms().get(word, word)


@lru_cache(maxsize=50_000)
def parts_of(word):
    """The known parts inside a compound, as lemmas: "leesproblemen" ->
    ("lezen", "problemen"). Like a dictionary decompounder: every known part
    found inside a longer word counts, wherever it sits. Cached: it tries
    every known part, and snippets ask it for each word of every hit."""
    if len(word) < MIN_COMPOUND:
        return ()
    found = []
    for part in compound_parts():
        if len(part) >= MIN_PART and part != word and part in word:
            found.append(lemma(part))
    return tuple(sorted(set(found) - {word}))


# Letters that join the parts of a compound: "thuis-zitter", "jeugd-s-zorg".
LINKS = ("", "s", "e", "en")


@lru_cache(maxsize=20_000)
def cover(word):
    """The parts that make up a compound, in order, as lemmas, when known parts
    cover the whole word: "leesproblemen" -> ("lezen", "problemen"). The
    fewest parts win; () when the word is no compound of known parts."""
    if len(word) < MIN_COMPOUND:
        return ()
    known = compound_parts()
    best = {0: ()}
    for start in range(len(word)):
        if start not in best:
            continue
        for end in range(start + MIN_PART, len(word) + 1):
            if word[start:end] not in known:
                continue
            for link in LINKS:
                if link and not word.startswith(link, end):
                    continue
                after = end + len(link)
                parts = (*best[start], word[start:end])
                if after not in best or len(parts) < len(best[after]):
                    best[after] = parts
    found = best.get(len(word), ())
    return tuple(lemma(part) for part in found) if len(found) >= 2 else ()


@cache
def part_lemmas():
    return frozenset(lemma(part) for part in compound_parts())


def joined(parts):
    """One word for parts that belong together: "lezenproblemen" stands for
    "leesproblemen" and for "problemen met lezen" alike."""
    return "".join(parts)


def index_words(text):
    """The words a database backend indexes for `text`: lemmas of the
    non-stop words; after a compound its parts, their joined word and any
    other known part inside it ("hulp" in "jeugdhulpverlener"); after two
    known parts side by side (stop words between them do not count) their
    joined word in both orders. A query for a compound then asks one word,
    which a GIN index answers exactly, instead of a phrase."""
    out = []
    stops = stop_words()
    known = part_lemmas()
    previous = None
    for word in words(text):
        if word in stops:
            continue
        word = lemma(word)
        out.append(word)
        made_of = cover(word)
        if made_of:
            out.extend((*made_of, joined(made_of)))
        out.extend(part for part in parts_of(word) if part not in made_of)
        if previous in known and word in known and previous != word:
            out.extend((joined((previous, word)), joined((word, previous))))
        previous = word
    return out


def stem(word):
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("dutch_porter")
    return stemmer.stemWord(word)


def stems(index_word_list):
    return [stem(w) for w in index_word_list]
