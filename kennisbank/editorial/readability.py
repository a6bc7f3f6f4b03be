"""A readability indicator for Dutch text, for editors who write for parents (B1).

The Flesch-Douma score adapts Flesch's reading ease to Dutch:
206.84 - 0.93 x (words per sentence) - 77 x (syllables per word). Higher is
easier; about 60 or more fits language level B1. Syllables are counted as
vowel groups ("ui", "eeu" and "ij" are one sound), which is close enough
for an indicator: it points editors at long sentences and long words, it
does not grade them.

An average hides the one sentence a parent gets lost in, so the verdict is
the worst of three: the score, the longest sentence (over 20 words is hard
for B1, over 25 too hard) and the share of long words (four syllables or
more) and of very long words (more than five).
"""

import re
from dataclasses import dataclass
from typing import NamedTuple

from django.utils.translation import gettext as _

WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# A sentence ends at . ! ? or a line break; abbreviations such as "bijv."
# split too early, which errs on the side of shorter sentences.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# A diaeresis starts a new syllable ("ruïne", "geïnteresseerd").
VOWEL_GROUP = re.compile(r"[aeiouyáéíóúàèâêôû]+|[äëïöü]")

LONG_SENTENCE = 20  # words: hard for B1
TOO_LONG_SENTENCE = 25  # words: too hard for B1
LONG_WORD = 4  # syllables
VERY_LONG_WORD = 6  # syllables: more than five
LONG_WORD_SHARE = 10  # percent of the words
VERY_LONG_WORD_SHARE = 5  # percent of the words

# Verdicts from easy to hard, with the lowest score each one needs.
LEVELS = [
    (70, "Makkelijk: goed te lezen voor de meeste ouders (B1 of lager)"),
    (60, "Redelijk makkelijk: ongeveer taalniveau B1"),
    (50, "Vrij moeilijk: hoger dan B1. Maak zinnen korter en kies kortere woorden."),
    (float("-inf"), "Moeilijk: veel te moeilijk voor B1. Maak zinnen korter en kies kortere "
                    "woorden."),
]
FAIRLY_EASY, FAIRLY_HARD = 1, 2  # positions in LEVELS


def syllables(word):
    return max(1, len(VOWEL_GROUP.findall(word.lower())))


class Sentence(NamedTuple):
    """A sentence as written, with its number of words."""

    text: str
    words: int


@dataclass(frozen=True)
class Readability:
    """Figures about a text; `score` is the Flesch-Douma reading ease.

    `long_sentences` are those over LONG_SENTENCE words, longest first.
    """

    sentences: int
    words: int
    words_per_sentence: float
    long_word_share: float
    very_long_word_share: float
    very_long_words: list
    score: float
    longest_sentence: int
    long_sentences: list

    @property
    def verdict(self):
        return LEVELS[self.level][1]

    @property
    def fits_b1(self):
        return self.level <= FAIRLY_EASY

    @property
    def level(self):
        """Position in LEVELS: the worst of the score, the sentences and the words."""
        by_score = next(i for i, (floor, _text) in enumerate(LEVELS) if self.score >= floor)
        if (self.longest_sentence > TOO_LONG_SENTENCE
                or self.very_long_word_share > VERY_LONG_WORD_SHARE):
            return max(by_score, FAIRLY_HARD)
        if self.longest_sentence > LONG_SENTENCE or self.long_word_share > LONG_WORD_SHARE:
            return max(by_score, FAIRLY_EASY)
        return by_score

    @property
    def advice(self):
        """What keeps the text from being easy, in Dutch, for the editor to fix."""
        advice = [self._sentence_advice()] if self.longest_sentence > LONG_SENTENCE else []
        if self.very_long_word_share > VERY_LONG_WORD_SHARE:
            advice.append(_(
                "%(n)s%% van de woorden heeft meer dan vijf lettergrepen. Kies kortere woorden "
                "of leg ze uit."
            ) % {"n": self.very_long_word_share})
        if self.long_word_share > LONG_WORD_SHARE:
            advice.append(_(
                "%(n)s%% van de woorden heeft vier of meer lettergrepen; meer dan %(limit)s%% is "
                "moeilijk voor taalniveau B1."
            ) % {"n": self.long_word_share, "limit": LONG_WORD_SHARE})
        return advice

    def _sentence_advice(self):
        if self.longest_sentence > TOO_LONG_SENTENCE:
            text = _("De langste zin heeft %(n)s woorden. Meer dan %(limit)s woorden is te "
                     "moeilijk voor taalniveau B1: maak er twee of drie zinnen van.")
            limit = TOO_LONG_SENTENCE
        else:
            text = _("De langste zin heeft %(n)s woorden. Meer dan %(limit)s woorden is "
                     "moeilijk voor taalniveau B1: maak er liever twee zinnen van.")
            limit = LONG_SENTENCE
        return text % {"n": self.longest_sentence, "limit": limit}


def measure(text):
    """Readability of plain `text`, or None when it has no words."""
    sentences = [
        Sentence(s.strip(), len(WORD.findall(s))) for s in SENTENCE_END.split(text)
        if WORD.search(s)
    ]
    words = WORD.findall(text)
    if not words:
        return None
    counts = [syllables(word) for word in words]
    per_sentence = len(words) / len(sentences)
    per_word = sum(counts) / len(words)
    very_long = [word for word, count in zip(words, counts, strict=True)
                 if count >= VERY_LONG_WORD]
    return Readability(
        sentences=len(sentences),
        words=len(words),
        words_per_sentence=round(per_sentence, 1),
        long_word_share=_percent(sum(c >= LONG_WORD for c in counts), len(words)),
        very_long_word_share=_percent(len(very_long), len(words)),
        very_long_words=list(dict.fromkeys(very_long)),
        score=round(206.84 - 0.93 * per_sentence - 77 * per_word, 1),
        longest_sentence=max(s.words for s in sentences),
        long_sentences=sorted((s for s in sentences if s.words > LONG_SENTENCE),
                              key=lambda s: s.words, reverse=True),
    )


def _percent(part, whole):
    return round(100 * part / whole)
