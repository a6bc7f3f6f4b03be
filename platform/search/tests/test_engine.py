"""The engine backend (backends/engine.py) against a real engine.

These tests need a running Elasticsearch or OpenSearch at ELASTICSEARCH_URL
(SEARCH_ENGINE=opensearch for search-engine/run, as .ci/run does); without
it they are skipped. Each test has its own alias and index, deleted after.
The degradation tests at the end need no engine (they use a URL where none
answers) and always run.
"""

import os
import threading
import uuid
from datetime import UTC, datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from access.tests.testapp.models import Note
from access.visibility import PUBLIC_TOKEN, Visibility, group_token
from search import indexing, registry, service, synonyms
from search.backends import select
from search.backends.base import Criteria
from search.backends.database import DatabaseBackend
from search.backends.engine import BULK_CHUNK, EngineBackend
from search.documents import Document
from search.query import parse

ENGINE_URL = os.environ.get("ELASTICSEARCH_URL", "")
needs_engine = pytest.mark.skipif(
    not ENGINE_URL,
    reason="ELASTICSEARCH_URL is not set: no search engine to test against "
           "(start search-engine/run and set ELASTICSEARCH_URL and SEARCH_ENGINE=opensearch)")
# Port 9 (discard) on this machine: nothing listens, a connection is refused at once.
UNREACHABLE = "http://127.0.0.1:9"
MEMBER = group_token(4242)
PUBLIC = frozenset({PUBLIC_TOKEN})
MEMBER_TOKENS = frozenset({PUBLIC_TOKEN, MEMBER})


def doc(object_id, title, body="", *, type="kennis", token=PUBLIC_TOKEN, summary="",
        date=None, themas=(), wijken=(), doelgroepen=(), parents=False):
    return Document(type=type, object_id=object_id, title=title, url=f"/{type}/{object_id}/",
                    access_token=token, summary=summary, body=body, date=date,
                    themas=list(themas), wijken=list(wijken), doelgroepen=list(doelgroepen),
                    parents=parents)


def keys(page):
    return [hit.key for hit in page.hits]


def find(backend, text, tokens=PUBLIC, prefix=False, **criteria):
    return backend.search(parse(text, prefix=prefix), Criteria(tokens=tokens, **criteria))


@pytest.fixture
def engine(settings):
    backend = EngineBackend(
        ENGINE_URL, prefix=f"{settings.SEARCH_INDEX_PREFIX}-{uuid.uuid4().hex[:8]}")
    yield backend
    backend.drop()


@pytest.fixture
def fresh_select():
    """The engine choice is kept per process; start and end without one."""
    select._state.update(engine=None, down_since=None, reason="")
    yield
    select._state.update(engine=None, down_since=None, reason="")


# --- writing and reading ---------------------------------------------------------

@needs_engine
@pytest.mark.django_db
def test_a_document_is_found_as_soon_as_index_returns(engine):
    engine.index([doc(1, "Wachtlijsten in de jeugdzorg",
                      "Wat doe je <script>alert(1)</script> tijdens de wachtlijst?")])

    page = find(engine, "wachtlijst")

    assert keys(page) == ["kennis:1"]
    assert page.total == 1
    hit = page.hits[0]
    assert (hit.title, hit.url) == ("Wachtlijsten in de jeugdzorg", "/kennis/1/")
    # Highlighted fragments: <mark> around the match, the text escaped.
    assert any("<mark>wachtlijst</mark>" in f for f in hit.highlights)
    assert "&lt;script&gt;" in " ".join(hit.highlights)
    assert "<script>" not in " ".join(hit.highlights)


@needs_engine
@pytest.mark.django_db
def test_fingerprints_follow_index_and_delete(engine):
    first, second = doc(1, "Een", "tekst"), doc(2, "Twee", "tekst")
    engine.index([first, second])
    assert engine.fingerprints() == {"kennis:1": first.fingerprint(),
                                     "kennis:2": second.fingerprint()}

    changed = doc(1, "Een, veranderd", "tekst")
    engine.index([changed])
    engine.delete(["kennis:2", "kennis:404"])  # a key that is not there is fine

    assert engine.fingerprints() == {"kennis:1": changed.fingerprint()}
    assert keys(find(engine, "tekst")) == ["kennis:1"]
    engine.clear()
    assert engine.fingerprints() == {}
    assert find(engine, "tekst").total == 0


@needs_engine
@pytest.mark.django_db
def test_access_filter_holds_for_hits_counts_and_facets(engine):
    engine.index([
        doc(1, "Wachtlijst logopedie", type="kennis", themas=["Taal"], wijken=["Noord"],
            doelgroepen=["Ouders"], parents=True),
        doc(2, "Wachtlijst in onze groep", type="bericht", token=MEMBER,
            themas=["Geheim thema"], wijken=["Zuid"], doelgroepen=["Leden"]),
    ])

    public = find(engine, "wachtlijst")
    assert keys(public) == ["kennis:1"]
    assert public.total == 1
    assert public.facets == {"type": {"kennis": 1}, "thema": {"Taal": 1},
                             "wijk": {"Noord": 1}, "doelgroep": {"Ouders": 1}}

    member = find(engine, "wachtlijst", MEMBER_TOKENS)
    assert sorted(keys(member)) == ["bericht:2", "kennis:1"]
    assert member.facets["thema"] == {"Taal": 1, "Geheim thema": 1}
    assert member.facets["type"] == {"kennis": 1, "bericht": 1}

    # A facet value of a hidden document finds nothing, and counts nothing.
    hidden_facet = find(engine, "wachtlijst", facets=(("thema", "Geheim thema"),))
    assert (hidden_facet.total, hidden_facet.hits) == (0, [])
    assert all(not values for values in hidden_facet.facets.values())
    # Without tokens nothing at all.
    assert find(engine, "wachtlijst", frozenset()).total == 0

    # The other criteria narrow as filters.
    assert keys(find(engine, "wachtlijst", MEMBER_TOKENS, types=("bericht",))) == ["bericht:2"]
    assert keys(find(engine, "wachtlijst", MEMBER_TOKENS, parents_only=True)) == ["kennis:1"]
    narrowed = find(engine, "wachtlijst", MEMBER_TOKENS, facets=(("wijk", "Zuid"),))
    assert keys(narrowed) == ["bericht:2"]
    assert narrowed.facets["wijk"] == {"Zuid": 1}


@needs_engine
@pytest.mark.django_db
def test_order_and_paging(engine):
    engine.index([
        doc(1, "Over iets anders", "Een lange tekst die ook over de ouderavond gaat.",
            date=datetime(2025, 3, 1, tzinfo=UTC)),
        doc(2, "Ouderavond", "Kom langs.", date=datetime(2024, 1, 1, tzinfo=UTC)),
        doc(3, "Nog een ouderavond", "Zonder datum."),
    ])

    by_score = find(engine, "ouderavond")
    assert keys(by_score)[-1] == "kennis:1"  # in the title counts more than in the body
    by_date = find(engine, "ouderavond", order="datum")
    assert keys(by_date) == ["kennis:1", "kennis:2", "kennis:3"]  # newest first, none last
    assert by_date.hits[0].date == datetime(2025, 3, 1, tzinfo=UTC)
    second_page = engine.search(parse("ouderavond"), Criteria(tokens=PUBLIC, order="datum"),
                                offset=1, limit=1)
    assert (keys(second_page), second_page.total) == (["kennis:2"], 3)
    assert engine.search(parse("ouderavond"), Criteria(tokens=PUBLIC),
                         facets=False).facets == {}


# --- Dutch ------------------------------------------------------------------------

DUTCH = [
    doc(1, "Leesproblemen herkennen", "Signalen in de klas."),
    doc(2, "Jeugdzorg in de wijk", "Begeleiders van het wijkteam."),
    doc(3, "Coördinator passend onderwijs", "Gesprekken met ouders over behandelingen."),
    doc(4, "Hoogbegaafdheid", "Wat als een kind snel leert?"),
    doc(5, "Nieuwe scholen", "Drie kinderen vertellen."),
]


@needs_engine
@pytest.mark.django_db
@pytest.mark.parametrize(("text", "expected"), [
    ("problemen", {"kennis:1"}),          # a part of a compound
    ("lezen", {"kennis:1"}),              # "lees" in "leesproblemen" is "lezen"
    ("leesproblemen", {"kennis:1"}),
    ("zorg", {"kennis:2"}),
    ("jeugd", {"kennis:2"}),
    ("wijkteam", {"kennis:2"}),
    ("coordinator", {"kennis:3"}),        # accents folded, both ways
    ("COÖRDINATOR", {"kennis:3"}),
    ("gesprek", {"kennis:3"}),            # stemming
    ("behandeling", {"kennis:3"}),
    ("begeleider", {"kennis:2"}),
    ("school", {"kennis:5"}),             # a word form: scholen -> school
    ("kind", {"kennis:4", "kennis:5"}),   # kinderen -> kind
    ("zorg klas", set()),                 # every word must match
    ("de het een", set()),                # stop words only: nothing to match
])
def test_dutch_matching(engine, text, expected):
    engine.index(DUTCH)
    assert set(keys(find(engine, text))) == expected


@needs_engine
@pytest.mark.django_db
def test_any_word_mode_and_prefix(engine):
    engine.index(DUTCH)

    assert set(keys(engine.search(parse("zorg klas").fewer_words(), Criteria(tokens=PUBLIC)))) \
        == {"kennis:1", "kennis:2"}
    assert keys(find(engine, "hoogbeg", prefix=True)) == ["kennis:4"]
    assert keys(find(engine, "passend onderw", prefix=True)) == ["kennis:3"]
    assert keys(find(engine, "passend onderw ", prefix=True)) == []  # a whole word now


@needs_engine
@pytest.mark.django_db
def test_synonyms_work_without_reindexing(engine):
    engine.index([doc(1, "De toelaatbaarheidsverklaring aanvragen")])
    assert find(engine, "tlv").total == 0

    registry.register_synonyms("test-engine", lambda: [["TLV", "toelaatbaarheidsverklaring"]])
    synonyms.forget()
    try:
        assert keys(find(engine, "tlv aanvragen")) == ["kennis:1"]
    finally:
        registry._synonym_sources.pop("test-engine")
        synonyms.forget()


@needs_engine
@pytest.mark.django_db
def test_correction_candidates_come_from_the_database(engine):
    DatabaseBackend().index([doc(1, "Wachtlijsten en logopedie")])

    assert "wachtlijsten" in engine.correction_candidates("wachtlijstn")
    assert engine.correction_candidates("logopdie") == \
        DatabaseBackend().correction_candidates("logopdie")


@needs_engine
def test_health_names_the_engine_and_its_version(engine):
    ok, text = engine.health()
    assert ok
    assert text.split()[0] in ("OpenSearch", "Elasticsearch")
    assert text.split()[1][0].isdigit()


# --- rebuild ------------------------------------------------------------------------

@needs_engine
@pytest.mark.django_db
def test_rebuild_swaps_the_alias_while_searches_keep_answering(engine):
    engine.index([doc("old", "Oude pagina over wachtlijsten")])
    [old_index] = engine.indices()
    query = parse("wachtlijst")
    # Another process searching: its own backend on the same alias.
    searcher = EngineBackend(ENGINE_URL, prefix=engine.alias.removesuffix("-documents"))
    totals, errors, done = [], [], threading.Event()

    def keep_searching():
        while not done.is_set():
            try:
                totals.append(searcher.search(query, Criteria(tokens=PUBLIC), limit=1).total)
            except Exception as error:  # noqa: BLE001 - collected, asserted below
                errors.append(error)

    seen_during = []

    def documents():
        for number in range(2 * BULK_CHUNK + 10):
            if number == BULK_CHUNK + 5:  # the first chunk is in the new index
                seen_during.append(keys(engine.search(query, Criteria(tokens=PUBLIC),
                                                      limit=5)))
            yield doc(number, f"Nieuwe pagina {number} over wachtlijsten")

    progress = []
    thread = threading.Thread(target=keep_searching)
    thread.start()
    try:
        count = engine.rebuild(documents(), progress=progress.append)
    finally:
        done.set()
        thread.join()

    assert count == 2 * BULK_CHUNK + 10
    assert progress == [BULK_CHUNK, 2 * BULK_CHUNK, 2 * BULK_CHUNK + 10]
    assert seen_during == [["kennis:old"]]  # the old index answered until the swap
    assert not errors
    assert totals and all(total >= 1 for total in totals)  # never an empty window
    assert set(totals) <= {1, 2 * BULK_CHUNK + 10}
    after = find(engine, "wachtlijst")
    assert after.total == 2 * BULK_CHUNK + 10
    assert "kennis:old" not in engine.fingerprints()
    [new_index] = engine.indices()
    assert new_index != old_index
    assert not engine.client.indices.exists(index=old_index)  # the old one is deleted


# --- degradation: no engine needed ----------------------------------------------------

def test_unreachable_engine_reports_unhealthy_naming_host_and_port_only():
    ok, text = EngineBackend(UNREACHABLE).health()
    assert not ok
    assert "127.0.0.1:9" in text
    ok, text = EngineBackend("http://elastic:geheim@127.0.0.1:9").health()
    assert "geheim" not in text and "elastic:" not in text


@pytest.mark.django_db
def test_search_falls_back_to_the_database(settings, fresh_select):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    DatabaseBackend().index([doc(1, "Wachtlijsten bij de logopedist")])

    results = service.search("wachtlijst", AnonymousUser())

    assert [hit.key for hit in results.hits] == ["kennis:1"]
    # The failure was noted: for a while only the database is asked.
    assert [backend.name for backend in select.searching()] == [DatabaseBackend().name]
    ok, text = select.status()
    assert not ok
    assert "onbereikbaar" in text


@pytest.fixture
def note_type():
    registry.register_type(registry.SearchableType(
        name="testnote", label="Notitie", model=Note, queryset=Note.objects.all,
        to_document=lambda note: doc(note.pk, note.title, note.body, type="testnote",
                                     token=note.access_token)))
    yield
    registry._types.pop("testnote")


@pytest.mark.django_db
def test_indexing_does_not_raise_when_the_engine_is_down(settings, fresh_select, note_type):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    note = Note.objects.create(title="Wachtlijst voor dyslexieonderzoek",
                               visibility=Visibility.PUBLIC)

    indexing.index_now(note)  # does not raise

    assert f"testnote:{note.pk}" in DatabaseBackend().fingerprints()
    assert select._engine_resting()  # the failure was noted: searches use the database
    assert [hit.key for hit in service.search("dyslexie", AnonymousUser()).hits] \
        == [f"testnote:{note.pk}"]
