"""The first use of a known abbreviation in body text is explained with <abbr> and a link."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils.safestring import mark_safe

from kennisbank.glossary.abbreviations import mark_abbreviations
from kennisbank.glossary.current import TermSnapshot

from .factories import GlossaryPageFactory, TermFactory

TERMS = [
    TermSnapshot("TLV", "toelaatbaarheidsverklaring", "tlv"),
    TermSnapshot("OT", "ondersteuningsteam", "ot"),
    TermSnapshot("SO", "speciaal onderwijs", "so"),
    TermSnapshot("VSO", "voortgezet speciaal onderwijs", "vso"),
    TermSnapshot("BaO", "basisonderwijs", "bao"),
    TermSnapshot("Thuiszitter", "", "thuiszitter"),
]
TLV = '<a href="/begrippen/#tlv"><abbr title="toelaatbaarheidsverklaring">TLV</abbr></a>'


def mark(html):
    return mark_abbreviations(html, TERMS, "/begrippen/")


def test_only_the_first_use_is_explained():
    html = mark("<p>Een TLV vraagt de school aan.</p><p>Met een TLV mag uw kind naar het SO.</p>")

    assert html.count("<abbr") == 2
    assert html.startswith(f"<p>Een {TLV} vraagt de school aan.</p><p>Met een TLV mag")


def test_only_whole_words_and_exact_case():
    html = mark("<p>OTTO, VOTE, Bao en so blijven zoals ze zijn, maar het OT niet.</p>")

    soup = BeautifulSoup(html, "html.parser")
    assert [abbr.get_text() for abbr in soup.find_all("abbr")] == ["OT"]
    assert html.startswith("<p>OTTO, VOTE, Bao en so blijven")


def test_the_longer_abbreviation_wins():
    soup = BeautifulSoup(mark("<p>Na het VSO komt geen SO meer.</p>"), "html.parser")

    assert [abbr.get_text() for abbr in soup.find_all("abbr")] == ["VSO", "SO"]


def test_a_lower_case_letter_inside_is_kept():
    soup = BeautifulSoup(mark("<p>Na de BaO gaat uw kind naar het VO.</p>"), "html.parser")

    assert soup.abbr["title"] == "basisonderwijs"
    assert soup.a["href"] == "/begrippen/#bao"


def test_links_headings_and_code_are_untouched():
    original = (
        '<h2 id="tlv-aanvragen" title="TLV">De TLV aanvragen</h2>'
        '<p><a href="/tlv/">Alles over de TLV</a> en <code>TLV</code>.</p>'
    )

    html = mark(original + "<p>Daarna de TLV.</p>")

    assert html == original + f"<p>Daarna de {TLV}.</p>"


def test_html_escaping_is_kept():
    html = mark("<p>Ouders &amp; school: &lt;script&gt;TLV&lt;/script&gt;</p>")

    assert html == f"<p>Ouders &amp; school: &lt;script&gt;{TLV}&lt;/script&gt;</p>"


def test_the_rest_of_the_html_stays_as_written():
    html = mark('<p data-block-key="k1" class="intro">Het OT<br>en <img src="a.png" alt="TLV"></p>')

    assert html == (
        '<p data-block-key="k1" class="intro">Het <a href="/begrippen/#ot">'
        '<abbr title="ondersteuningsteam">OT</abbr></a><br>en <img src="a.png" alt="TLV"></p>'
    )


def test_marking_twice_changes_nothing():
    once = mark("<p>De TLV en het OT.</p><p>Weer de TLV.</p>")

    assert mark(once) == once
    assert once.count("<abbr") == 2


def test_words_that_are_not_abbreviations_are_not_marked():
    assert mark("<p>Een Thuiszitter krijgt hulp.</p>") == "<p>Een Thuiszitter krijgt hulp.</p>"


def test_without_a_glossary_page_only_the_abbr_is_added():
    html = mark_abbreviations("<p>De TLV.</p>", TERMS)

    assert html == '<p>De <abbr title="toelaatbaarheidsverklaring">TLV</abbr>.</p>'


@pytest.mark.django_db
def test_the_template_filter_uses_the_glossary_and_escapes_unsafe_text():
    GlossaryPageFactory()
    TermFactory(abbreviation="OPP", full_term="ontwikkelingsperspectiefplan")
    template = Template("{% load abbreviations %}{{ safe|explain_abbreviations }}|"
                        "{{ unsafe|explain_abbreviations }}")

    html = template.render(Context({
        "safe": mark_safe("<p>Het OPP.</p>"), "unsafe": "<b>OPP</b>",
    }))

    safe, unsafe = html.split("|")
    assert safe == ('<p>Het <a href="/begrippen/#opp">'
                    '<abbr title="ontwikkelingsperspectiefplan">OPP</abbr></a>.</p>')
    assert unsafe.startswith("&lt;b&gt;<a href=\"/begrippen/#opp\">")


@pytest.mark.django_db
def test_the_filter_loads_the_glossary_once_and_sees_changed_terms(
    django_assert_num_queries,
):
    from kennisbank.glossary.current import current_glossary, forget_glossary

    forget_glossary()
    TermFactory(abbreviation="OPP", full_term="ontwikkelingsperspectiefplan")
    current_glossary()

    with django_assert_num_queries(0):
        assert [term.abbreviation for term in current_glossary().terms] == ["OPP"]

    TermFactory(abbreviation="IB", full_term="intern begeleider")
    assert [term.abbreviation for term in current_glossary().terms] == ["IB", "OPP"]
