"""What editors are told before review: the quality panel (abbreviations the
glossary lacks, vague link texts, B1 readability on pages for parents) and
the extended content checker."""

import json

import pytest
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from core.tests.html import parse
from kennisbank.content_checker import EXTRA_RULES
from kennisbank.quality import vague_links
from kennisbank.readability import measure, syllables

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
    assert hard.long_sentences == [HARD]
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
    from kennisbank.quality import page_texts

    from .factories import SocialMapEntryFactory

    article = KnowledgeArticleFactory(title="Titel", intro="Eén samenvatting.")
    entry = SocialMapEntryFactory(title="Opvoedlijn", summary="Bel ons gerust.",
                                  how_to_reach="<p>Bellen kan.</p>")

    assert page_texts(article)[0].count("Eén samenvatting.") == 1
    assert page_texts(entry)[0].split("\n") == ["Opvoedlijn", "Bel ons gerust.", "Bellen kan."]
