"""The search contract: Dutch matching, synonyms, facets, access, drift.

Runs on every backend (see conftest.py). Documents are indexed into every
backend the site keeps (`select.indexing()`); the service asks the one that
answers.
"""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from search import registry, service, synonyms
from search.backends import select
from search.documents import Document
from search.tests.searchers import Searcher

pytestmark = pytest.mark.django_db

WHEN = datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC)


ANONYMOUS = AnonymousUser()
PROFESSIONAL = Searcher("professionals")
MEMBER = Searcher("professionals", "group:7")
OWNER = Searcher("professionals", pk=5)


def doc(object_id, title, body="", token="public", type="kennis", **extra):
    return Document(type=type, object_id=object_id, title=title, url=f"/t/{object_id}/",
                    access_token=token, body=body, date=extra.pop("date", WHEN), **extra)


def index(*documents):
    for backend in select.indexing():
        backend.index(list(documents))


def keys(text, user=ANONYMOUS, **options):
    return [hit.key for hit in service.search(text, user, per_page=50, **options).hits]


@pytest.fixture
def types(clean_registry):
    for name, label in (("kennis", "Kennis"), ("bericht", "Berichten"), ("ouders", "Ouders")):
        registry.register_type(registry.SearchableType(
            name, label, model=object, queryset=None, to_document=None))


# --- Dutch -------------------------------------------------------------------

def test_stemming_finds_other_forms(search_backend, types):
    index(doc(1, "Scholen in de wijk Meerzicht"), doc(2, "Over de zorg"))
    assert keys("school") == ["kennis:1"]
    assert keys("scholen") == ["kennis:1"]


def test_accents_are_folded_both_ways(search_backend, types):
    index(doc(1, "De coördinator van het zorgteam"), doc(2, "Een gewone titel"))
    assert keys("coordinator") == ["kennis:1"]
    index(doc(3, "Zonder accent: cooperatie"))
    assert keys("coöperatie") == ["kennis:3"]


def test_stop_words_alone_find_nothing(search_backend, types):
    index(doc(1, "De weg naar de school"))
    assert keys("de") == []
    assert keys("de school") == ["kennis:1"]


def test_compound_found_by_its_parts_and_the_other_way(search_backend, types):
    index(doc(1, "Vraag het de jeugdhulpverlener"),
          doc(2, "Problemen met lezen in groep 3"),
          doc(3, "Leesproblemen herkennen"),
          doc(4, "Hulp bij rekenen"),
          doc(5, "Problemen in de klas", body="Daarna gaan de kinderen samen lezen."))
    assert keys("jeugd hulp") == ["kennis:1"]
    # The parts must stand close together: kennis:5 has both words, far apart.
    assert set(keys("leesproblemen")) == {"kennis:2", "kennis:3"}
    assert "kennis:3" in keys("problemen met lezen")


def test_all_words_but_one_come_before_any_word(search_backend, types):
    index(doc(1, "Kind leest thuis", body="Lezen met uw kind."),
          doc(2, "Een kind in de klas"), doc(3, "Slecht weer"))
    results = service.search("kind leest slecht", ANONYMOUS)
    assert results.partial
    assert [hit.key for hit in results.hits] == ["kennis:1"]  # kind and lezen, not slecht
    assert {hit.key for hit in service.search("kind fiets slecht", ANONYMOUS).hits} == {
        "kennis:1", "kennis:2", "kennis:3"}  # no two words together: any word


def test_everyday_words_find_the_page_with_some_words(search_backend, types):
    index(doc(1, "Als uw kind moeite heeft met lezen", body="Dyslexie en leesproblemen."),
          doc(2, "Rekenen in groep 8"))
    results = service.search("mijn kind leest slecht", ANONYMOUS)
    assert [hit.key for hit in results.hits] == ["kennis:1"]
    assert results.partial  # "slecht" is in no document


# --- synonyms ------------------------------------------------------------------

def test_glossary_abbreviation_both_ways_and_a_new_entry_at_once(search_backend, types):
    index(doc(1, "Een toelaatbaarheidsverklaring aanvragen"),
          doc(2, "Wat doet het SWV met een TLV?"), doc(3, "Het OPP uitgelegd"))
    groups = [["TLV", "toelaatbaarheidsverklaring"]]
    registry.register_synonyms("test", lambda: groups)
    synonyms.forget()
    assert set(keys("TLV")) == {"kennis:1", "kennis:2"}
    assert set(keys("toelaatbaarheidsverklaring")) == {"kennis:1", "kennis:2"}
    assert keys("ontwikkelingsperspectiefplan") == []
    groups.append(["OPP", "ontwikkelingsperspectiefplan"])
    synonyms.forget()  # what saving a glossary term does: no reindex
    assert keys("ontwikkelingsperspectiefplan") == ["kennis:3"]


def test_taxonomy_synonym_with_a_phrase(search_backend, types):
    index(doc(1, "Begeleiding bij ASS"), doc(2, "Jeugd- en gezinsteam Palenstein"))
    registry.register_synonyms("test", lambda: [["ASS", "autisme", "autismespectrumstoornis"],
                                                ["JGT", "jeugd- en gezinsteam"]])
    synonyms.forget()
    assert keys("autisme") == ["kennis:1"]
    assert keys("JGT") == ["kennis:2"]


# --- access ------------------------------------------------------------------

ACCESS_DOCS = [
    ("public", "Dyslexie voor ouders"),
    ("professionals", "Dyslexie protocol voor professionals"),
    ("group:7", "Dyslexie pilot in de werkgroep"),
    ("group:8", "Dyslexie in een andere groep"),
    ("user:5", "Dyslexie: mijn eigen aantekening"),
]


@pytest.mark.parametrize("user, visible", [
    (ANONYMOUS, {"public"}),
    (PROFESSIONAL, {"public", "professionals"}),
    (MEMBER, {"public", "professionals", "group:7"}),
    (OWNER, {"public", "professionals", "user:5"}),
])
def test_only_what_the_user_may_see_in_hits_counts_facets_and_suggestions(
        search_backend, types, user, visible):
    index(*(doc(i, title, token=token, themas=[f"thema-{token}"])
            for i, (token, title) in enumerate(ACCESS_DOCS)))
    results = service.search("dyslexie", user, per_page=50)
    expected = {f"kennis:{i}" for i, (token, _) in enumerate(ACCESS_DOCS) if token in visible}
    assert {hit.key for hit in results.hits} == expected
    assert results.total == len(expected)
    themas = {v.value: v.count for f in results.facets if f.name == "thema" for v in f.values}
    assert themas == {f"thema-{token}": 1 for token in visible}
    suggested = {item["title"] for item in service.suggest("dysl", user)}
    assert suggested == {title for token, title in ACCESS_DOCS if token in visible}
    hidden_words = [t for token, t in ACCESS_DOCS if token not in visible]
    page_text = " ".join(f"{hit.title} {hit.snippet}" for hit in results.hits)
    assert not any(word in page_text for word in ("werkgroep", "andere groep", "aantekening")
                   if any(word in t for t in hidden_words))


def test_parents_search_shows_public_parent_pages_only(search_backend, types):
    index(doc(1, "Thuiszitten: wat kunt u doen", type="ouders", parents=True),
          doc(2, "Thuiszitters aanpak voor scholen", token="professionals"),
          doc(3, "Thuiszitters in het nieuws"))
    assert keys("thuiszitten", PROFESSIONAL, parents_only=True) == ["ouders:1"]


def test_a_correction_is_offered_only_when_it_finds_something_visible(search_backend, types):
    index(doc(1, "Dyslexie protocol", token="professionals"), doc(2, "Hoogbegaafdheid"))
    assert service.search("dislexie", PROFESSIONAL).suggestion == "dyslexie"
    assert service.search("dislexie", ANONYMOUS).suggestion == ""


def test_a_changed_token_follows_at_once(search_backend, types):
    index(doc(1, "Pilot leesbevordering", token="public"))
    assert keys("leesbevordering") == ["kennis:1"]
    index(doc(1, "Pilot leesbevordering", token="group:7"))  # the group turned secret
    assert keys("leesbevordering") == []
    assert keys("leesbevordering", MEMBER) == ["kennis:1"]
    for backend in select.indexing():
        backend.delete(["kennis:1"])
    assert keys("leesbevordering", MEMBER) == []


# --- facets, order, pages ------------------------------------------------------

def test_facets_count_and_narrow(search_backend, types):
    index(doc(1, "Taalontwikkeling peuters", themas=["Taal"], wijken=["Meerzicht"]),
          doc(2, "Taal op school", themas=["Taal", "Onderwijs"], wijken=["Palenstein"]),
          doc(3, "Taalcafé voor ouders", type="bericht", themas=["Taal"], wijken=["Meerzicht"]))
    results = service.search("taal", ANONYMOUS)
    counts = {f.name: {v.value: v.count for v in f.values} for f in results.facets}
    assert counts["type"] == {"kennis": 2, "bericht": 1}
    assert counts["thema"] == {"Taal": 3, "Onderwijs": 1}
    assert counts["wijk"] == {"Meerzicht": 2, "Palenstein": 1}
    narrowed = service.search("taal", ANONYMOUS, facets=(("wijk", "Meerzicht"),), types=("kennis",))
    assert [hit.key for hit in narrowed.hits] == ["kennis:1"]


def test_title_weighs_more_than_body_and_date_order(search_backend, types):
    old = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    index(doc(1, "Nieuws uit de wijk", body="Iets over meldcode in de tekst.", date=WHEN),
          doc(2, "Meldcode kindermishandeling", body="Stappen.", date=old))
    assert keys("meldcode") == ["kennis:2", "kennis:1"]
    assert keys("meldcode", order="datum") == ["kennis:1", "kennis:2"]


def test_pages_and_snippets(search_backend, types):
    index(*(doc(i, f"Training {i}", body=f"Een training over gedrag, deel {i}.")
            for i in range(23)))
    first = service.search("training", ANONYMOUS, per_page=10)
    third = service.search("training", ANONYMOUS, per_page=10, page=3)
    assert first.total == 23 and first.pages == 3
    assert len(third.hits) == 3
    assert "<mark>" in str(first.hits[0].title)


def test_snippets_escape_the_text(search_backend, types):
    index(doc(1, "Gedrag <script>alert(1)</script>", body="Gedrag & <b>meer</b>"))
    hit = service.search("gedrag", ANONYMOUS).hits[0]
    assert "<script>" not in str(hit.title) and "&lt;script&gt;" in str(hit.title)
    assert "<b>" not in str(hit.snippet)


def test_rebuild_replaces_everything(search_backend, types):
    index(doc(1, "Oud document over zorg"))
    for backend in select.indexing():
        assert backend.rebuild([doc(2, "Nieuw document over zorg")]) == 1
    assert keys("zorg") == ["kennis:2"]
    for backend in select.indexing():
        assert set(backend.fingerprints()) == {"kennis:2"}


def test_a_page_past_the_end_shows_the_last_page(search_backend, types):
    index(*(doc(i, f"Voorlezen {i}") for i in range(12)))
    results = service.search("voorlezen", ANONYMOUS, per_page=10, page=7)
    assert results.page == 2 and len(results.hits) == 2


def test_autocomplete_finds_a_finished_word_form_by_its_lemma(search_backend, types):
    index(doc(1, "Elk kind telt"))
    assert [item["url"] for item in service.suggest("kinderen", ANONYMOUS)] == ["/t/1/"]
