"""/begrippen/: every term alphabetically, an A–Z list, an anchor per term."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Page

from core.tests.html import parse
from kennisbank.models import GlossaryPage, HomePage

from .factories import GlossaryPageFactory, TermFactory

pytestmark = pytest.mark.django_db

# An anonymous request: the site, Wagtail's route to the page (four
# queries, view restrictions included), one query for all the terms, one for
# their related pages (none here; see the related-pages test) and the site's
# root paths for the canonical URL (from the cache: a query with the database
# cache, none with Redis).
QUERIES = 9 if settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache") else 8


def get_glossary(client):
    response = client.get("/begrippen/")
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_terms_are_listed_alphabetically_with_anchors(client):
    GlossaryPageFactory()
    TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")
    TermFactory(abbreviation="BaO", full_term="basisonderwijs")
    TermFactory(abbreviation="Thuiszitter", full_term="")

    soup = get_glossary(client)

    terms = soup.find("main").find_all("dt")
    assert [term["id"] for term in terms] == ["bao", "thuiszitter", "tlv"]
    assert soup.find(id="tlv").abbr["title"] == "toelaatbaarheidsverklaring"
    assert soup.find(id="thuiszitter").abbr is None
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == ["Begrippen"]


def test_the_letter_list_links_only_letters_with_terms(client):
    GlossaryPageFactory()
    TermFactory(abbreviation="OPP", full_term="ontwikkelingsperspectiefplan")
    TermFactory(abbreviation="OT", full_term="ondersteuningsteam")

    soup = get_glossary(client)

    letters = soup.find("nav", attrs={"aria-label": "Begrippen per letter"})
    assert len(letters.find_all("li")) == 26
    assert [link["href"] for link in letters.find_all("a")] == ["#letter-o"]
    section = soup.find(id="letter-o").find_parent("section")
    assert [dt["id"] for dt in section.find_all("dt")] == ["opp", "ot"]


@pytest.mark.parametrize("count", [5, 40])
def test_the_page_makes_the_same_number_of_queries_for_any_number_of_terms(
    client, count, django_assert_num_queries
):
    GlossaryPageFactory()
    TermFactory.create_batch(count)
    client.get("/begrippen/")  # warms Wagtail's site root cache

    with django_assert_num_queries(QUERIES):
        soup = get_glossary(client)

    assert len(soup.find("main").find_all("dt")) == count



def test_there_is_one_glossary_under_the_home_page():
    home = HomePage.objects.get()
    assert GlossaryPage.can_create_at(home)
    assert not GlossaryPage.can_create_at(Page.get_first_root_node())

    GlossaryPageFactory()

    assert not GlossaryPage.can_create_at(home)


def test_two_terms_cannot_share_an_anchor():
    TermFactory(abbreviation="BaO", full_term="basisonderwijs")

    with pytest.raises(ValidationError) as error:
        TermFactory.build(abbreviation="BAO", full_term="basisonderwijs").full_clean()

    assert "abbreviation" in error.value.message_dict


def test_terms_link_the_pages_that_tell_more_that_the_reader_may_open(client, professional):
    from kennisbank.models import TermRelatedPage

    from .factories import GlossaryPageFactory, KnowledgeArticleFactory, ParentTopicFactory

    GlossaryPageFactory()
    term = TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")
    for order, page in enumerate([
        ParentTopicFactory(title="Wat is een TLV?"),
        KnowledgeArticleFactory(title="TLV aanvragen: werkwijze", visibility="professionals"),
        KnowledgeArticleFactory(title="Concept over de TLV", live=False),
    ]):
        TermRelatedPage.objects.create(term=term, page=page, sort_order=order)

    def related_titles():
        entry = parse(client.get("/begrippen/")).find("dt", id="tlv").find_next_sibling("dd")
        return [a.get_text() for a in entry.find_all("a")]

    assert related_titles() == ["Wat is een TLV?"]
    client.force_login(professional)
    assert related_titles() == ["Wat is een TLV?", "TLV aanvragen: werkwijze"]
