"""What editors are told before review: the quality panel (abbreviations the
glossary lacks, vague link texts, B1 readability on pages for parents) and
the extended content checker."""

import json

import pytest
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from core.tests.html import parse
from kennisbank.editorial.content_checker import EXTRA_RULES
from kennisbank.editorial.quality import vague_links
from kennisbank.editorial.readability import measure, syllables

from .factories import KnowledgeArticleFactory, ParentTopicFactory, TermFactory

pytestmark = pytest.mark.django_db

PLAIN = (
    "Uw kind krijgt hulp op school. De juf praat met u. Samen maakt u een plan. "
    "Na zes weken kijkt u of het helpt."
)
HARD = (
    "Indien de onderwijsondersteuningsbehoefte van de leerling de mogelijkheden van de "
    "basisondersteuning overstijgt, wordt in samenspraak met de ouders en de betrokken "
    "ketenpartners een ontwikkelingsperspectiefplan opgesteld, waarin de uitstroomverwachting "
    "en de benodigde ondersteuningsarrangementen nauwkeurig worden geformuleerd."
)


def test_dutch_syllables_count_vowel_groups():
    assert [syllables(w) for w in ["kind", "school", "ouders", "ruïne", "eeuw", "jeugdhulp"]] == [
        1, 1, 2, 3, 1, 2]


def test_plain_text_fits_b1_and_official_text_does_not():
    plain, hard = measure(PLAIN), measure(HARD)

    assert plain.fits_b1 and plain.words_per_sentence <= 6
    assert not hard.fits_b1
    assert [s.text for s in hard.long_sentences] == [HARD]
    assert hard.long_word_share > plain.long_word_share
    assert "Moeilijk" in hard.verdict


def test_text_without_words_has_no_figures():
    assert measure("  ...  ") is None


def test_vague_link_texts_are_found_and_clear_ones_pass():
    html = ('<p><a href="/a">Klik hier</a>, <a href="/b">lees meer</a> of '
            '<a href="/c">bekijk de sociale kaart</a>.</p>')

    assert vague_links([html]) == ["Klik hier", "lees meer"]


@pytest.fixture
def eddie_client(client):
    client.force_login(UserFactory(roles=[roles.EDDIE]))
    return client


def test_edit_screen_of_a_parents_page_shows_readability_and_missing_terms(eddie_client):
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")
    body = json.dumps([{"type": "text", "value": f"<p>{HARD} Vraag een TLV of een OPP aan. "
                                                 '<a href="/x">Klik hier</a>.</p>'}])
    page = ParentTopicFactory(title="Extra hulp", body=body)

    html = eddie_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "Kwaliteitscontrole" in html
    assert "Leesbaarheid (doel: taalniveau B1)" in html
    assert "Moeilijk" in html
    assert "<strong>OPP</strong>" in html  # TLV is in the glossary, OPP is not
    assert "<strong>Klik hier</strong>" in html


def test_knowledge_articles_get_the_checks_without_the_b1_indicator(eddie_client):
    page = KnowledgeArticleFactory(intro="Over de SOP van de school.")

    html = eddie_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()

    assert "<strong>SOP</strong>" in html
    assert "Leesbaarheid (doel" not in html


def test_content_checker_runs_the_extra_rules_with_dutch_messages(client):
    redacteur = UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR])
    log_in_with_mfa(client, redacteur)
    page = KnowledgeArticleFactory()

    soup = parse(client.get(page.url))

    config = json.loads(soup.find("script", id="checker-axe-configuration").string)
    assert set(EXTRA_RULES) <= set(config["options"]["runOnly"])
    assert "button-name" in config["options"]["runOnly"]  # Wagtail's own rules stay
    assert config["messages"]["image-alt"]["error_name"] == "Afbeelding zonder alternatieve tekst"


def test_each_text_of_a_page_is_read_once():
    from kennisbank.editorial.quality import page_texts

    from .factories import SocialMapEntryFactory

    article = KnowledgeArticleFactory(title="Titel", intro="Eén samenvatting.")
    entry = SocialMapEntryFactory(title="Opvoedlijn", summary="Bel ons gerust.",
                                  how_to_reach="<p>Bellen kan.</p>")

    assert page_texts(article)[0].count("Eén samenvatting.") == 1
    assert page_texts(entry)[0].split("\n") == ["Opvoedlijn", "Bel ons gerust.", "Bellen kan."]


LONG_SENTENCE = (
    "Als u denkt dat uw kind extra hulp nodig heeft op school, dan kunt u daarover "
    "praten met de juf of de meester van uw kind, en samen met hen kijken welke hulp er "
    "is en wie u daarbij kan helpen, hier in de buurt."
)


def test_one_very_long_sentence_keeps_easy_text_from_being_easy():
    text = f"{PLAIN} {LONG_SENTENCE} Bel ons gerust. Wij helpen u graag."

    result = measure(text)

    assert len(LONG_SENTENCE.split()) == 45
    assert result.score >= 70  # the average alone would call it easy
    assert "Makkelijk" not in result.verdict
    assert not result.fits_b1
    assert result.long_sentences == [(LONG_SENTENCE, 45)]
    assert "45 woorden" in " ".join(result.advice)


def test_easy_text_stays_easy():
    result = measure(f"{PLAIN} Bel ons gerust. Wij helpen u graag.")

    assert result.verdict.startswith("Makkelijk")
    assert result.fits_b1 and result.advice == []


def test_many_very_long_words_keep_short_sentences_from_being_easy():
    text = ("De ondersteuningsbehoefte is groot. Het samenwerkingsverband helpt. "
            "De jeugdverpleegkundige komt. Uw kind gaat naar school. U praat met de juf. "
            "Wij bellen u. Het plan is klaar. De school helpt ook.")

    result = measure(text)

    assert "Makkelijk" not in result.verdict
    assert result.very_long_words == ["ondersteuningsbehoefte", "samenwerkingsverband",
                                      "jeugdverpleegkundige"]


def test_list_items_count_as_separate_sentences():
    from kennisbank.editorial.quality import page_texts

    items = "".join(f"<li>Neem {thing} mee naar het gesprek met de school</li>"
                     for thing in ("het rapport", "de brief van de arts", "uw vragen", "een pen"))
    page = ParentTopicFactory(body=json.dumps([{"type": "text", "value": f"<ul>{items}</ul>"}]))

    assert measure(page_texts(page)[0]).longest_sentence < 20


def test_the_panel_names_the_longest_sentences(eddie_client):
    body = json.dumps([{"type": "text", "value": f"<p>{PLAIN} {LONG_SENTENCE}</p>"}])
    page = ParentTopicFactory(title="Extra hulp", body=body)

    response = eddie_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    panel = parse(response).find(class_="kwaliteitscontrole")

    assert "Makkelijk:" not in panel.get_text()
    assert LONG_SENTENCE in panel.get_text()
    assert "45 woorden" in panel.get_text()
