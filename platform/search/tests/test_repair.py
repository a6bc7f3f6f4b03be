"""An engine that missed a write may hold a document under an older, wider
token: searches stay on the database until the repair job caught it up."""

import os

import pytest

from search import indexing, registry, service
from search.backends import select
from search.documents import Document
from search.repair import repair_engine

pytestmark = pytest.mark.django_db
UNREACHABLE = "http://127.0.0.1:9"
ENGINE_URL = os.environ.get("ELASTICSEARCH_URL", "")


@pytest.fixture(autouse=True)
def fresh_state():
    select.engine_recovered()
    select.engine_repaired()
    yield
    select.engine_recovered()
    select.engine_repaired()


@pytest.fixture
def test_type(clean_registry):
    registry.register_type(registry.SearchableType(
        "kennis", "Kennis", model=object, queryset=None, to_document=None))


def test_a_missed_write_keeps_searches_on_the_database(settings, test_type):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    doc = Document("kennis", 1, "Dyslexie", "/k/1/", "public")
    for backend in select.indexing():
        try:
            backend.index([doc])
        except Exception as error:  # what indexing.index_objects does
            select.engine_failed(error)
            select.engine_missed_writes()
    assert select.engine_is_stale()
    select.engine_recovered()  # the 30 s rest is over ...
    assert [b.name for b in select.searching()] == [select.database().name]  # ... still stale
    assert repair_engine().startswith("engine still unreachable")
    assert select.engine_is_stale()


def test_indexing_while_the_engine_rests_marks_it_stale(settings):
    settings.ELASTICSEARCH_URL = UNREACHABLE
    select.engine_failed(ConnectionError("down"))
    assert [b.name for b in select.indexing()] == [select.database().name]
    assert select.engine_is_stale()


@pytest.mark.skipif(not ENGINE_URL, reason="ELASTICSEARCH_URL is not set: no engine to repair")
def test_the_repair_job_catches_the_engine_up(settings, clean_registry):
    from groups.models import CommunityGroup
    from groups.tests.factories import CommunityGroupFactory

    settings.ELASTICSEARCH_URL = ENGINE_URL
    registry._types.clear()
    registry.register_type(registry.SearchableType(
        "testgroep", "Groepen", CommunityGroup, CommunityGroup.objects.all,
        lambda g: Document("testgroep", g.pk, g.name, f"/g/{g.pk}/", "public")))
    with indexing.paused():
        CommunityGroupFactory(name="Werkgroep leesbevordering")  # the engine never heard
    select.engine_missed_writes()
    select.database().rebuild(indexing.everything())

    assert repair_engine().startswith("engine repaired: 1 ontbreken")
    assert not select.engine_is_stale()
    assert [b.name for b in select.searching()][0] == select.engine().name
    assert service.search("leesbevordering", None).total == 1
