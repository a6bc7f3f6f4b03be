"""A query as the backends receive it: clauses of alternatives.

"tlv aanvragen" becomes two clauses; the first has the alternatives
(tlv) and (toelaatbaarheidsverklaring), the second (aanvragen). A compound
adds its parts, which must stand close together: "leesproblemen" also
matches a document saying "problemen met lezen". Backends match every clause
(`mode="all"`); when that finds nothing, all clauses but one (`mode="most"`,
for three clauses or more), and then any (`mode="any"`). They rank by how
well the words match.
"""

from dataclasses import dataclass, field, replace

from . import synonyms
from .analysis import cover, lemma, stop_words, words

MAX_QUERY_WORDS = 12


@dataclass(frozen=True)
class Clause:
    # Each alternative is a tuple of index words that must all match.
    alternatives: tuple
    # The parts of a compound, one more alternative: they must stand close
    # together ("leesproblemen": "problemen met lezen"), not anywhere.
    near: tuple = ()


@dataclass(frozen=True)
class Query:
    text: str
    clauses: tuple = ()
    mode: str = "all"
    # The last word is a prefix (autocomplete): "hoogbeg" finds "hoogbegaafd".
    prefix: str = ""
    words: tuple = field(default=())

    @property
    def is_empty(self):
        return not self.clauses and not self.prefix

    def fewer_words(self):
        """The next, looser reading of the same words, or None after "any"."""
        if self.mode == "all" and len(self.clauses) >= 3:
            return replace(self, mode="most")
        if self.mode in ("all", "most") and len(self.clauses) >= 2:
            return replace(self, mode="any")
        return None


def parse(text, prefix=False):
    """Read what someone typed into a Query."""
    raw = words(text)[:MAX_QUERY_WORDS]
    last = ""
    if prefix and raw and text.rstrip() == text and not text.endswith(tuple(" ,.;")):
        last = raw.pop()
    stops = stop_words()
    tokens = [lemma(w) for w in raw if w not in stops]
    clauses = []
    position = 0
    while position < len(tokens):
        length, equivalents = synonyms.longest_match(tokens, position)
        if length:
            alternatives = [tuple(tokens[position:position + length]), *sorted(equivalents)]
            clauses.append(Clause(tuple(dict.fromkeys(alternatives))))
            position += length
        else:
            word = tokens[position]
            clauses.append(Clause(((word,),), near=cover(word)))
            position += 1
    if last in stops:
        last = ""
    # "kinderen" is indexed as its lemma "kind": a finished word form is
    # looked up by its lemma.
    last = lemma(last)
    all_words = tuple(dict.fromkeys(
        w for c in clauses for a in (*c.alternatives, c.near) for w in a))
    return Query(text=text.strip(), clauses=tuple(clauses), prefix=last, words=all_words)
