"""The demo seed fills the glossary with every term of the brief and publishes /begrippen/."""

import pytest

from kennisbank import demo
from kennisbank.models import GlossaryPage, Term

from .factories import TermFactory

pytestmark = pytest.mark.django_db

BRIEF_ABBREVIATIONS = [
    "AB", "BaO", "BOZ", "BPO", "CJG", "HB", "HGW", "IB", "IHI", "JGT", "JGZ", "JOS", "KDV",
    "LEA", "LWOO", "MBO", "MDO", "OPP", "OT", "OZA", "PO", "PRO", "SBO", "SLB", "SMW", "SO",
    "SOP", "SWV", "TAB", "TLV", "VO", "VSO", "VVE", "ZAT",
]
BRIEF_WORDS = ["Cluster 1", "Cluster 2", "Cluster 3", "Cluster 4", "Thuiszitter"]
# Used in the demo pages, so explained too.
DEMO_ABBREVIATIONS = ["ADHD", "ASS", "BSN", "EED", "GGZ", "ISK", "MR", "RMC"]


def test_seed_makes_every_term_of_the_brief():
    demo.seed(lambda message: None)

    terms = {term.abbreviation: term for term in Term.objects.all()}
    assert sorted(terms) == sorted(BRIEF_ABBREVIATIONS + BRIEF_WORDS + DEMO_ABBREVIATIONS)
    assert all(terms[abbreviation].full_term
               for abbreviation in BRIEF_ABBREVIATIONS + DEMO_ABBREVIATIONS)
    assert not any(terms[word].full_term for word in BRIEF_WORDS)
    assert terms["TLV"].full_term == "toelaatbaarheidsverklaring"
    assert all(len(term.explanation) > 20 for term in terms.values())


def test_seed_publishes_the_glossary_page(client):
    demo.seed(lambda message: None)

    page = GlossaryPage.objects.get()
    assert page.live and page.url == "/begrippen/"
    response = client.get("/begrippen/")
    assert response.status_code == 200
    assert 'id="tlv"' in response.content.decode()


def test_seed_is_idempotent_and_keeps_terms_editors_added():
    TermFactory(abbreviation="AVG", full_term="Algemene verordening gegevensbescherming")
    demo.seed(lambda message: None)
    messages = []

    demo.seed(messages.append)

    assert messages == []
    assert Term.objects.count() == (
        len(BRIEF_ABBREVIATIONS) + len(BRIEF_WORDS) + len(DEMO_ABBREVIATIONS) + 1
    )
    assert GlossaryPage.objects.count() == 1
