"""The search pages as a visitor uses them: /zoeken/, the parents' search,
the header box and its autocomplete. Documents are indexed directly, so
these tests hold for whatever the pillars register."""

import json

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from core.tests.html import parse
from core.tests.queries import page_queries
from search import registry
from search.backends import select
from search.documents import Document

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(clean_registry, settings):
    settings.ELASTICSEARCH_URL = ""
    for name, label in (("kennis", "Kennis"), ("ouders", "Voor ouders en jongeren")):
        registry.register_type(registry.SearchableType(
            name, label, model=object, queryset=None, to_document=None))
    documents = [
        Document("ouders", 1, "Thuiszitten: wat kunt u doen", "/ouders/thuiszitten/", "public",
                 body="Uw kind gaat al weken niet naar school.", parents=True,
                 themas=["Thuiszitters"], wijken=["Meerzicht"]),
        Document("kennis", 2, "Thuiszitters: de aanpak op school", "/kennis/thuiszitters/",
                 "public", body="Zo werkt de leerplichtambtenaar samen met school.",
                 themas=["Thuiszitters"], wijken=["Palenstein"]),
        Document("kennis", 3, "Thuiszitters in de werkgroep", "/kennis/werkgroep/",
                 "professionals", body="Alleen voor professionals: casusoverleg thuiszitters.",
                 themas=["Thuiszitters"], wijken=["Meerzicht"]),
    ]
    select.database().rebuild(documents)
    return documents


def test_search_page_shows_hits_facets_and_counts(client, indexed):
    page = parse(client.get(reverse("search"), {"q": "thuiszitten"}))
    assert page.select_one("[role=status]").get_text(" ", strip=True).startswith("2 resultaten")
    assert {a["href"] for a in page.select(".search-hit__title a")} == {
        "/ouders/thuiszitten/", "/kennis/thuiszitters/"}
    facets = page.select_one("nav.search-facets").get_text(" ", strip=True)
    assert "Meerzicht (1)" in facets and "Palenstein (1)" in facets
    assert "werkgroep" not in page.get_text()


def test_a_professional_finds_more_and_a_facet_narrows(client, indexed):
    client.force_login(ProfessionalFactory())
    page = parse(client.get(reverse("search"), {"q": "thuiszitten"}))
    assert "3 resultaten" in page.select_one("[role=status]").get_text()
    meerzicht = next(a for a in page.select("nav.search-facets a") if "Meerzicht" in a.text)
    narrowed = parse(client.get(reverse("search") + meerzicht["href"]))
    assert {a["href"] for a in narrowed.select(".search-hit__title a")} == {
        "/ouders/thuiszitten/", "/kennis/werkgroep/"}
    remove = narrowed.select_one(".search-facets__chosen a")
    assert "filter weghalen" in remove.text
    again = parse(client.get(reverse("search") + remove["href"]))
    assert "3 resultaten" in again.select_one("[role=status]").get_text()


def test_parents_search_is_public_parent_content_only(client, indexed):
    client.force_login(ProfessionalFactory())
    page = parse(client.get(reverse("parents_search"), {"q": "thuiszitten"}))
    assert [a["href"] for a in page.select(".search-hit__title a")] == ["/ouders/thuiszitten/"]


def test_bad_input_gets_a_dutch_message_and_keeps_the_text(client, indexed):
    long_text = "thuiszitten " * 30
    response = client.get(reverse("search"), {"q": long_text, "pagina": "x", "soort": "nope"})
    assert response.status_code == 200
    page = parse(response)
    assert "Uw zoekvraag is te lang" in page.get_text()
    assert page.select_one("#zoekpagina-q")["value"].strip() == long_text.strip()
    assert client.get(reverse("search"), {"q": "a\x00b", "pagina": "99999"}).status_code == 200
    odd_order = {"q": "thuiszitten", "volgorde": "raar"}
    assert client.get(reverse("search"), odd_order).status_code == 200


def test_empty_and_nothing_found_pages_help(client, indexed):
    assert client.get(reverse("search")).status_code == 200
    page = parse(client.get(reverse("search"), {"q": "thuiszittter"}))
    assert "Niets gevonden" in page.get_text()
    assert page.select_one(".search-suggestion a").text == "thuiszitters"


def test_autocomplete_gives_visible_titles_only(client, indexed):
    data = json.loads(client.get(reverse("search_suggestions"), {"q": "thuisz"}).content)
    assert {item["url"] for item in data["suggestions"]} == {
        "/ouders/thuiszitten/", "/kennis/thuiszitters/"}
    client.force_login(ProfessionalFactory())
    data = json.loads(client.get(reverse("search_suggestions"), {"q": "thuisz"}).content)
    assert "/kennis/werkgroep/" in {item["url"] for item in data["suggestions"]}
    assert json.loads(client.get(reverse("search_suggestions"), {"q": "t"}).content) == {
        "suggestions": []}


def test_every_page_has_the_search_box(client, indexed):
    page = parse(client.get(reverse("privacy")))
    box = page.select_one("header form[role=search]")
    assert box["action"] == reverse("search")
    assert box.select_one("label[for=site-search-q]")


def test_search_page_has_a_fixed_query_count(client, indexed):
    user = ProfessionalFactory()
    client.force_login(user)
    few = page_queries(client, reverse("search") + "?q=thuiszitten",
                       links=["/kennis/werkgroep/"])
    select.database().index([
        Document("kennis", 100 + i, f"Thuiszitters {i}", f"/kennis/t{i}/", "public",
                 themas=[f"Thema {i}"], wijken=[f"Wijk {i}"]) for i in range(12)])
    many = page_queries(client, reverse("search") + "?q=thuiszitten&volgorde=datum",
                        links=[f"/kennis/t{i}/" for i in range(5, 12)])
    assert few == many


def test_a_long_text_full_of_matches_gets_a_short_marked_snippet():
    from search.highlight import SNIPPET_CHARS, snippet

    text = "Over het kind. " * 4000
    marked = str(snippet(text, ["kind"]))
    assert marked.count("<mark>") >= 10
    assert len(marked.replace("<mark>", "").replace("</mark>", "")) <= SNIPPET_CHARS + 2


def test_a_filter_that_leaves_nothing_can_still_be_removed(client, indexed):
    page = parse(client.get(reverse("search"), {"q": "thuiszitten", "wijk": "Rokkeveen"}))
    assert "Niets gevonden" in page.get_text()
    remove = page.select_one(".search-facets__chosen a")
    assert "Wijk: Rokkeveen" in remove.text
    again = parse(client.get(reverse("search") + remove["href"]))
    assert "2 resultaten" in again.select_one("[role=status]").get_text()
