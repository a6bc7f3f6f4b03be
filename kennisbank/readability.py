"""A readability indicator for Dutch text, for editors who write for parents (B1).

The Flesch-Douma score adapts Flesch's reading ease to Dutch:
206.84 - 0.93 x (words per sentence) - 77 x (syllables per word). Higher is
easier; about 60 or more fits language level B1. Syllables are counted as
vowel groups ("ui", "eeu" and "ij" are one sound), which is close enough
for an indicator: it points editors at long sentences and long words, it
does not grade them.
"""

import re
from dataclasses import dataclass

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# A sentence ends at . ! ? or a line break; abbreviations such as "bijv."
# split too early, which errs on the side of shorter sentences.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# A diaeresis starts a new syllable ("ruïne", "geïnteresseerd").
VOWEL_GROUP = re.compile(r"[aeiouyáéíóúàèâêôû]+|[äëïöü]")

LONG_SENTENCE = 20  # words
LONG_WORD = 4  # syllables

LEVELS = [
    (70, "Makkelijk: goed te lezen voor de meeste ouders (B1 of lager)"),
    (60, "Redelijk makkelijk: ongeveer taalniveau B1"),
    (50, "Vrij moeilijk: hoger dan B1. Maak zinnen korter en kies kortere woorden."),
    (float("-inf"), "Moeilijk: veel te moeilijk voor B1. Maak zinnen korter en kies kortere "
                    "woorden."),
]


def syllables(word):
    return max(1, len(VOWEL_GROUP.findall(word.lower())))


@dataclass(frozen=True)
class Readability:
    """Figures about a text; `score` is the Flesch-Douma reading ease."""

    sentences: int
    words: int
    words_per_sentence: float
    long_word_share: float
    score: float
    long_sentences: list

    @property
    def verdict(self):
        return next(text for floor, text in LEVELS if self.score >= floor)

    @property
    def fits_b1(self):
        return self.score >= 60


def measure(text):
    """Readability of plain `text`, or None when it has no words."""
    sentences = [s for s in SENTENCE_END.split(text) if WORD.search(s)]
    words = WORD.findall(text)
    if not words:
        return None
    counts = [syllables(word) for word in words]
    per_sentence = len(words) / len(sentences)
    per_word = sum(counts) / len(words)
    return Readability(
        sentences=len(sentences),
        words=len(words),
        words_per_sentence=round(per_sentence, 1),
        long_word_share=round(100 * sum(c >= LONG_WORD for c in counts) / len(words)),
        score=round(206.84 - 0.93 * per_sentence - 77 * per_word, 1),
        long_sentences=[s.strip() for s in sentences if len(WORD.findall(s)) > LONG_SENTENCE],
    )
