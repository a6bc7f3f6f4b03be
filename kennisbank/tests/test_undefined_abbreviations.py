"""Editors see abbreviations in their text that the glossary does not explain."""

from kennisbank.glossary.abbreviations import undefined_abbreviations
from kennisbank.glossary.current import TermSnapshot

TERMS = [
    TermSnapshot("TLV", "toelaatbaarheidsverklaring", "tlv"),
    TermSnapshot("BaO", "basisonderwijs", "bao"),
]


def test_unknown_abbreviations_are_listed_once_in_order_of_appearance():
    text = "<p>Na de BaO vraagt de IB een TLV aan bij het SWV. De IB belt.</p>"

    assert undefined_abbreviations(text, TERMS) == ["IB", "SWV"]


def test_a_lower_case_letter_inside_counts():
    assert undefined_abbreviations("Het CvB, de BaO en de HaVo.", TERMS) == ["CvB"]


def test_ordinary_words_numbers_and_long_capitals_do_not_count():
    text = "Het Kind ging 2OT naar OT2 en riep HEELLANG, of Thuiszitter, of tlv."

    assert undefined_abbreviations(text, TERMS) == []


def test_two_to_six_letters():
    assert undefined_abbreviations("A, AB, ABCDEF en ABCDEFG", TERMS) == ["AB", "ABCDEF"]


def test_markup_is_ignored_but_the_text_is_read():
    text = '<p class="NOTE"><a href="/XYZ/" title="ABC">De OPP-bespreking</a></p>'

    assert undefined_abbreviations(text, TERMS) == ["OPP"]
