"""What every visitor gets on a kennisbank page: abbreviations explained once,
a title and description for search engines and social media, valid feeds."""

import json
import xml.etree.ElementTree as ET

import pytest

from core.tests.html import parse

from .factories import (
    GlossaryPageFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ParentTopicFactory,
    TermFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def glossary():
    GlossaryPageFactory()
    return TermFactory(abbreviation="TLV", full_term="toelaatbaarheidsverklaring")


def _body(*blocks):
    return json.dumps([{"type": t, "value": v} for t, v in blocks])


def test_first_use_in_the_body_is_explained_once_across_blocks(client, glossary):
    page = ParentTopicFactory(body=_body(
        ("heading", {"text": "Wat is een TLV?", "level": "h2"}),
        ("text", "<p>Voor het speciaal onderwijs is een TLV nodig.</p>"),
        ("text", "<p>De TLV vraagt de school aan.</p>"),
        ("questions", {"title": "", "items": [
            {"question": "Wie geeft de TLV?", "answer": "<p>Het SWV geeft de TLV.</p>"}]}),
    ))

    body = parse(client.get(page.url)).find(class_="prose")

    abbrs = body.find_all("abbr")
    assert len(abbrs) == 1
    assert abbrs[0]["title"] == "toelaatbaarheidsverklaring"
    assert abbrs[0].parent.name == "a" and abbrs[0].parent["href"] == "/begrippen/#tlv"
    assert abbrs[0].find_parent("p").get_text() == "Voor het speciaal onderwijs is een TLV nodig."
    assert not body.find("h2").find("abbr")
    assert not body.find("summary").find("abbr")  # a link inside <summary> would be invalid


def test_an_abbreviation_in_the_page_title_is_explained_in_the_one_h1(client, glossary):
    page = KnowledgeArticleFactory(title="Een TLV aanvragen", intro="Zo gaat het.")

    soup = parse(client.get(page.url))

    [h1] = soup.find_all("h1")
    assert h1.get_text() == "Een TLV aanvragen"
    assert h1.find("abbr")["title"] == "toelaatbaarheidsverklaring"
    assert soup.title.get_text().startswith("Een TLV aanvragen | ")


def test_listing_cards_explain_the_first_use_of_an_abbreviation_on_the_page(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    TermFactory(abbreviation="OPP", full_term="ontwikkelingsperspectiefplan")
    KnowledgeArticleFactory(title="Het OPP bespreken", intro="Met ouders, elk half jaar.")
    KnowledgeArticleFactory(title="Lezen in groep 3", intro="Wanneer komt er een OPP?")

    with CaptureQueriesContext(connection) as queries:
        soup = parse(client.get("/kennisbank/"))

    abbrs = soup.select(".card abbr")
    assert [(a.get_text(), a["title"]) for a in abbrs] == [("OPP", "ontwikkelingsperspectiefplan")]
    assert len(soup.find_all("h1")) == 1
    term_table = '"kennisbank_term"'
    assert sum(term_table in q["sql"] for q in queries.captured_queries) == 1


def test_article_has_title_description_and_social_tags(client):
    article = KnowledgeArticleFactory(
        title="Wat is basisondersteuning?", intro="Wat elke school in de regio biedt.",
    )

    soup = parse(client.get(article.url))

    assert soup.title.get_text().startswith("Wat is basisondersteuning? | ")
    meta = {tag.get("property") or tag.get("name"): tag["content"] for tag in soup.find_all("meta")
            if tag.get("content")}
    assert meta["description"] == "Wat elke school in de regio biedt."
    assert meta["og:title"] == "Wat is basisondersteuning?"
    assert meta["og:description"] == "Wat elke school in de regio biedt."
    assert meta["og:url"].endswith(article.url)
    assert meta["og:type"] == "website"
    assert soup.find("link", rel="canonical")["href"].endswith(article.url)


def test_seo_fields_win_and_news_is_an_article(client):
    item = NewsItemFactory(title="Nieuws", seo_title="Nieuwe wijkbijeenkomsten",
                           search_description="Data en plaatsen van de nieuwe ronde.")

    soup = parse(client.get(item.url))

    assert soup.title.get_text().startswith("Nieuwe wijkbijeenkomsten | ")
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "Data en plaatsen van de nieuwe ronde.")
    assert soup.find("meta", property="og:type")["content"] == "article"


def test_professionals_page_asks_search_engines_to_stay_away(client, professional):
    article = KnowledgeArticleFactory(visibility="professionals")
    client.force_login(professional)

    soup = parse(client.get(article.url))

    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert not soup.find("link", rel="canonical")


def test_rss_feed_is_valid_and_newest_first(client):
    NewsItemFactory(title="Oud bericht", date="2026-05-01", intro="Eerder.")
    NewsItemFactory(title="Nieuw bericht", date="2026-10-01", intro="Later.")

    response = client.get("/actueel/feed/")

    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link").endswith("/actueel/")
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Nieuw bericht", "Oud bericht"]
    assert items[0].findtext("description") == "Later."
    assert items[0].findtext("link").endswith("/actueel/nieuw-bericht/")


def test_atom_feed_is_valid(client):
    NewsItemFactory(title="Nieuw bericht")

    response = client.get("/actueel/feed/atom/")

    root = ET.fromstring(response.content)
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    assert [e.findtext("atom:title", namespaces=ns) for e in root.findall("atom:entry", ns)] == [
        "Nieuw bericht"]


def test_news_listing_links_its_feeds(client):
    soup = parse(client.get("/actueel/"))

    assert soup.find("link", type="application/rss+xml")["href"] == "/actueel/feed/"
    assert soup.find("link", type="application/atom+xml")["href"] == "/actueel/feed/atom/"


@pytest.mark.parametrize("path", ["/actueel/feed/", "/actueel/feed/atom/"])
def test_a_stored_control_character_does_not_break_the_news_feeds(client, path):
    # Page titles from the CMS's JSON or an import never passed the site's forms.
    NewsItemFactory(title="Nieuws\x0bmet\x01 stuurtekens", intro="Kort\x1b verhaal.")

    response = client.get(path)

    assert response.status_code == 200
    assert b"Nieuws\nmet stuurtekens" in response.content
    assert b"\x01" not in response.content and b"\x1b" not in response.content
