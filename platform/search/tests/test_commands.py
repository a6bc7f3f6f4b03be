"""rebuild_search and check_search, on a type registered over a platform
model (groups), as a pillar would register one."""

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags

from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory
from search import indexing, registry, service
from search.backends import select
from search.documents import Document
from search.tests.searchers import Searcher

pytestmark = pytest.mark.django_db


def group_document(group):
    return Document("testgroep", group.pk, group.name, f"/g/{group.slug}/", "professionals",
                    body=group.description)


@pytest.fixture
def groups_searchable(clean_registry, settings):
    settings.ELASTICSEARCH_URL = ""
    registry._types.clear()
    registry._triggers.clear()
    registry.register_type(registry.SearchableType(
        "testgroep", "Groepen", CommunityGroup, CommunityGroup.objects.all, group_document))


def found(text):
    return [strip_tags(hit.title) for hit in service.search(text, Searcher("professionals")).hits]


def test_rebuild_indexes_everything_and_reports_progress(groups_searchable, capsys):
    with indexing.paused():
        CommunityGroupFactory(name="Werkgroep dyslexie")
        CommunityGroupFactory(name="Werkgroep thuiszitters")
    assert found("werkgroep") == []

    call_command("rebuild_search")

    output = capsys.readouterr().out
    assert "2 documenten" in output and "opnieuw geïndexeerd" in output
    assert sorted(found("werkgroep")) == ["Werkgroep dyslexie", "Werkgroep thuiszitters"]


def test_check_reports_drift_and_fix_repairs_it(groups_searchable, capsys,
                                                django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        kept = CommunityGroupFactory(name="Werkgroep taal")
        renamed = CommunityGroupFactory(name="Werkgroep rekenen")
        gone = CommunityGroupFactory(name="Werkgroep gedrag")
    call_command("check_search")
    assert "in orde (3 documenten)" in capsys.readouterr().out

    # Writes that send no signal: the index drifts.
    CommunityGroup.objects.filter(pk=renamed.pk).update(name="Werkgroep cijfers")
    CommunityGroup.objects.filter(pk=gone.pk).delete()
    with indexing.paused():
        new = CommunityGroupFactory(name="Werkgroep spraak")

    with pytest.raises(CommandError, match="wijkt af"):
        call_command("check_search")
    output = capsys.readouterr().out
    assert "1 ontbreken, 1 verouderd, 1 te veel" in output
    assert f"ontbreekt: testgroep:{new.pk}" in output
    assert f"verouderd: testgroep:{renamed.pk}" in output
    assert f"te veel: testgroep:{gone.pk}" in output

    call_command("check_search", "--fix")
    call_command("check_search")
    assert "in orde (3 documenten)" in capsys.readouterr().out
    assert sorted(found("werkgroep")) == ["Werkgroep cijfers", "Werkgroep spraak",
                                          "Werkgroep taal"]
    assert kept.pk in {int(key.split(":")[1]) for key in select.database().fingerprints()}
