"""The kennisbank's demo content files: complete, consistent, and made into pages in file order."""

import json

import pytest

from kennisbank import demo
from kennisbank.blocks import BODY_BLOCKS
from kennisbank.demo_pages import CONTENT, read, stream
from kennisbank.models import (
    GoodPracticePage,
    HomePage,
    KnowledgeArticlePage,
    KnowledgeIndexPage,
    LearningEnvironmentPage,
    NewsIndexPage,
    NewsItemPage,
    ParentsIndexPage,
    ParentTopicPage,
    ResourcePage,
    SocialMapEntryPage,
    SocialMapPage,
    Term,
)

PAGE = {"title", "slug", "intro", "body"}
REQUIRED = {
    "kennisbank": PAGE | {"themas", "visibility"},
    "actueel": PAGE | {"themas", "visibility", "date"},
    "rijke-leeromgeving/goede-praktijken": PAGE | {"themas", "sector", "provider", "results"},
    "rijke-leeromgeving/bronnen": PAGE | {"themas", "kind"},
    "sociale-kaart": {"title", "slug", "organisation", "level", "summary", "how_to_reach",
                      "themas", "doelgroepen"},
    "ouders": PAGE | {"themas", "who_can_help"},
    "ter-beoordeling": PAGE,
}
BLOCK_TYPES = {name for name, _block in BODY_BLOCKS}


def slugs(folder):
    return [item["slug"] for item in read(folder)]


@pytest.mark.parametrize("folder", REQUIRED)
def test_every_page_file_has_its_fields_and_known_blocks(folder):
    items = read(folder)

    assert len(items) == len(list((CONTENT / folder).glob("*.yaml"))) > 0
    for item in items:
        assert REQUIRED[folder] <= item.keys(), item.get("slug")
        for block in item.get("body", []):
            assert len(block) == 1 and block.keys() <= BLOCK_TYPES, item["slug"]
    assert len(set(slugs(folder))) == len(items)


def test_texts_are_stored_on_one_line():
    """A wrapped `|` block in a file becomes the one-line text the pages always had."""
    [start] = read("startpagina.yaml")

    assert "\n" not in start["intro"]
    assert "werken scholen, kinderopvang" in start["intro"]
    assert "</p><p>" in start["intro"]


def test_references_between_files_point_at_existing_pages():
    social_map = set(slugs("sociale-kaart"))
    pages = {f"{folder}/{slug}" for folder in ("kennisbank", "ouders") for slug in slugs(folder)}
    [glossary] = read("begrippen.yaml")

    for item in read("ouders"):
        assert set(item["who_can_help"]) <= social_map, item["slug"]
    for term in glossary["terms"]:
        assert set(term.get("related_pages", [])) <= pages, term["abbreviation"]


def test_a_body_becomes_streamfield_data_in_file_order():
    body = [{"heading": {"text": "Waar?", "level": "h2"}}, {"text": "<p>Hier.</p>"}]

    assert json.loads(stream(body)) == [
        {"type": "heading", "value": {"text": "Waar?", "level": "h2"}},
        {"type": "text", "value": "<p>Hier.</p>"},
    ]
    with pytest.raises(ValueError):
        stream([{"heading": {"text": "Waar?"}, "text": "<p>Twee in een.</p>"}])


@pytest.mark.django_db
def test_seed_makes_a_page_of_every_file_in_file_order():
    demo.seed(lambda message: None)

    def children(index_model):
        return list(index_model.objects.get().get_children().values_list("slug", flat=True))

    assert children(KnowledgeIndexPage) == slugs("kennisbank")
    assert children(NewsIndexPage) == slugs("actueel")
    assert children(LearningEnvironmentPage) == (
        slugs("rijke-leeromgeving/goede-praktijken") + slugs("rijke-leeromgeving/bronnen"))
    assert children(SocialMapPage) == slugs("sociale-kaart")
    assert children(ParentsIndexPage) == slugs("ouders")


@pytest.mark.django_db
def test_seed_takes_the_home_page_and_glossary_from_their_files():
    [start] = read("startpagina.yaml")
    [glossary] = read("begrippen.yaml")

    demo.seed(lambda message: None)

    home = HomePage.objects.get()
    assert (home.title, home.intro) == (start["title"], start["intro"])
    assert sorted(Term.objects.values_list("abbreviation", flat=True)) == sorted(
        term["abbreviation"] for term in glossary["terms"])


@pytest.mark.django_db
def test_seed_links_every_thema_and_wijk_the_files_name():
    """A misspelled name would be dropped without a word; every name must match one."""
    from taxonomy import demo as taxonomy_demo

    taxonomy_demo.seed(lambda message: None)
    demo.seed(lambda message: None)

    models = {"kennisbank": KnowledgeArticlePage, "actueel": NewsItemPage,
              "rijke-leeromgeving/goede-praktijken": GoodPracticePage,
              "rijke-leeromgeving/bronnen": ResourcePage, "sociale-kaart": SocialMapEntryPage,
              "ouders": ParentTopicPage}
    for folder, model in models.items():
        for item in read(folder):
            page = model.objects.get(slug=item["slug"])
            assert sorted(t.name for t in page.themas.all()) == sorted(item["themas"])
            if folder == "sociale-kaart":
                assert sorted(w.name for w in page.wijken.all()) == sorted(item.get("wijken", []))
            if "wijk" in item:
                assert page.wijk.name == item["wijk"]
