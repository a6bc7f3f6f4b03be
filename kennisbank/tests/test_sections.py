"""Every section exists after migrate, is in the menu and shows its pages."""

import pytest
from django.urls import reverse

from core.tests.html import main_nav_labels, parse
from kennisbank.sections import SECTIONS, ensure_sections
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .factories import (
    GoodPracticeFactory,
    KnowledgeArticleFactory,
    NewsItemFactory,
    ParentTopicFactory,
    ResourceFactory,
    SocialMapEntryFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("url_name", "slug", "title"), [s[:2] + (s[3],) for s in SECTIONS])
def test_section_page_exists_with_its_url_name(client, url_name, slug, title):
    response = client.get(reverse(url_name))

    assert reverse(url_name) == f"/{slug}/"
    assert response.status_code == 200
    assert parse(response).find("h1").get_text(strip=True) == title


def test_sections_are_in_the_main_menu(client):
    labels = main_nav_labels(parse(client.get("/privacy/")))

    for label in ["Actueel", "Kennis", "Ouders en jeugd", "Rijke leeromgeving", "Sociale kaart"]:
        assert label in labels


def test_ensure_sections_adds_nothing_twice():
    from wagtail.models import Page

    before = Page.objects.count()
    ensure_sections()

    assert Page.objects.count() == before


def test_knowledge_article_renders_body_and_thema(client):
    thema = ThemaFactory(name="Dyslexie")
    article = KnowledgeArticleFactory(
        title="Dyslexie in de klas", themas=[thema],
        body='[{"type": "heading", "value": {"text": "Wat werkt", "level": "h2"}},'
             ' {"type": "text", "value": "<p>Lees samen hardop.</p>"}]',
    )

    soup = parse(client.get(article.url))

    assert soup.find("h1").get_text() == "Dyslexie in de klas"
    assert soup.find("h2", string="Wat werkt")
    assert "Lees samen hardop." in soup.get_text()
    assert "Dyslexie" in soup.find(class_="tags").get_text()


def test_news_item_shows_its_date(client):
    item = NewsItemFactory(title="Nieuwe ronde wijkbijeenkomsten", date="2026-10-14")

    soup = parse(client.get(item.url))

    assert soup.find("time")["datetime"] == "2026-10-14"
    assert soup.find("time").get_text() == "14 oktober 2026"


def test_good_practice_shows_sector_wijk_provider_results_and_contact(client):
    practice = GoodPracticeFactory(
        title="Voorleesouders", wijk=WijkFactory(name="Meerzicht"),
        results="<p>Meer kinderen lezen thuis.</p>", contact_name="Sanne de Wit",
        contact_email="s.dewit@klimboom.wzn-demo.nl",
    )

    text = parse(client.get(practice.url)).get_text(" ")

    for expected in ["Primair onderwijs (PO)", "Meerzicht", "Basisschool De Klimboom",
                     "Meer kinderen lezen thuis.", "Sanne de Wit"]:
        assert expected in text


def test_learning_environment_lists_regelingen_and_kennisbronnen_apart(client):
    ResourceFactory(title="Leerplichtwet 1969", kind="regeling")
    ResourceFactory(title="Steunpunt passend onderwijs", kind="kennisbron")

    soup = parse(client.get("/rijke-leeromgeving/"))

    sections = {s.find("h2").get_text(): s.get_text(" ") for s in soup.find_all("section")}
    assert "Leerplichtwet 1969" in sections["Regelingen"]
    assert "Steunpunt passend onderwijs" in sections["Kennisbronnen"]
    assert soup.find("a", href=reverse("suggest_offer"))


def test_parent_page_links_the_places_that_can_help(client):
    entry = SocialMapEntryFactory(title="Schoolmaatschappelijk werk", phone="079 123 45 67")
    draft = SocialMapEntryFactory(title="Nog niet klaar", live=False)
    topic = ParentTopicFactory(title="Zorgen over je kind", who_can_help=[entry, draft])

    soup = parse(client.get(topic.url))

    helpers = soup.find("section", class_="who-can-help")
    assert helpers.find("a", href=entry.url)
    assert helpers.find("a", href="tel:0791234567")
    assert "Nog niet klaar" not in helpers.get_text()


def test_social_map_entry_says_how_to_reach_it(client):
    entry = SocialMapEntryFactory(
        title="Jeugd- en gezinsteam Noord", level=2, referral_needed=False,
        how_to_reach="<p>Bel zelf, ook zonder verwijzing.</p>",
    )

    text = parse(client.get(entry.url)).get_text(" ")

    assert "Zo komt u er terecht" in text
    assert "Bel zelf, ook zonder verwijzing." in text
    assert "U hebt geen verwijzing nodig." in text
    assert "Hele stad" in text
