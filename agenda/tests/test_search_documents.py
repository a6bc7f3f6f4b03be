"""What the agenda hands to search: a document per live event, with the
event's token, and triggers that follow its group, thema's, wijk and
materials."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from access.visibility import PROFESSIONALS_TOKEN, PUBLIC_TOKEN, group_token
from agenda.models import Audience, EventMaterial
from agenda.search import EVENT
from groups.models import CommunityGroup
from groups.tests.factories import CommunityGroupFactory
from search import indexing, registry, service
from search.models import SearchEntry
from search.tests.searchers import Searcher
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db
ANONYMOUS = AnonymousUser()


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """`with indexed():` runs the after-commit indexing of what happens inside."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def document_of(event):
    searchable = registry.searchable_type(EVENT)
    return indexing.documents_for(searchable, [event.pk])[f"{EVENT}:{event.pk}"]


def entry(event):
    return SearchEntry.objects.filter(key=f"{EVENT}:{event.pk}").first()


def keys(text, user=ANONYMOUS, **options):
    return [hit.key for hit in service.search(text, user, per_page=50, **options).hits]


def material(event, title, visibility, summary=""):
    return EventMaterial.objects.create(event=event, title=title, summary=summary,
                                        visibility=visibility)


def test_events_are_registered_as_agenda():
    assert str(registry.searchable_type(EVENT).label) == "Agenda"


def test_public_event_document():
    wijk, thema = WijkFactory(name="Meerzicht"), ThemaFactory(name="Taal en spraak")
    event = EventFactory(title="Cluster 2 in de klas", summary="Wat helpt bij taalproblemen?",
                         description="<p>Met <b>voorbeelden</b> uit de praktijk.</p>",
                         wijk=wijk, online_url="https://meet.wzn-demo.nl/geheime-kamer",
                         question="Welke leerling wilt u bespreken?")
    event.themas.set([thema])
    event.save()  # a ParentalManyToManyField is written when its event is saved

    doc = document_of(event)

    assert (doc.title, doc.url, doc.access_token) == (
        "Cluster 2 in de klas", "/agenda/" + event.slug + "/", PUBLIC_TOKEN)
    assert doc.summary == "Wat helpt bij taalproblemen?"
    assert "Met voorbeelden uit de praktijk." in doc.body and "<" not in doc.body
    assert "Stadskantoor" in doc.body and "Scholing" in doc.body
    assert doc.date == event.start
    assert (doc.themas, doc.wijken) == (["Taal en spraak"], ["Meerzicht"])
    # Only who registered sees the online link; nobody searches the question.
    assert "geheime-kamer" not in doc.body and "bespreken" not in doc.body


@pytest.mark.parametrize("audience, parents, doelgroepen", [
    (Audience.PROFESSIONALS, False, ["Professionals"]),
    (Audience.PARENTS, True, ["Ouders en jongeren"]),
    (Audience.EVERYONE, True, ["Ouders en jongeren", "Professionals"]),
])
def test_public_events_for_parents_are_in_the_parents_search(audience, parents, doelgroepen):
    doc = document_of(EventFactory(audience=audience))

    assert doc.parents is parents
    assert doc.doelgroepen == doelgroepen


def test_an_event_for_professionals_is_never_for_parents_whatever_its_audience():
    doc = document_of(EventFactory(visibility="professionals", audience=Audience.PARENTS))

    assert (doc.access_token, doc.parents) == (PROFESSIONALS_TOKEN, False)


def test_group_event_carries_the_group_token(indexed):
    group = CommunityGroupFactory()
    with indexed():
        event = EventFactory(title="Overleg werkgroep", visibility="group", access_group=group,
                             summary="Wij bespreken het zorgplan.")

    assert entry(event).access_token == group_token(group.pk)
    assert keys("zorgplan") == []
    assert keys("zorgplan", Searcher(PROFESSIONALS_TOKEN)) == []
    assert keys("zorgplan", Searcher(PROFESSIONALS_TOKEN, group_token(group.pk))) == [
        f"{EVENT}:{event.pk}"]


def test_draft_and_unpublished_events_are_not_findable(indexed):
    with indexed():
        draft = EventFactory(live=False)
        event = EventFactory(title="Wijkbijeenkomst Palenstein")
    assert document_of(draft) is None and entry(draft) is None
    assert entry(event) is not None

    with indexed():
        event.live = False
        event.save()

    assert entry(event) is None
    assert keys("palenstein") == []


def test_a_cancelled_event_stays_findable_marked_as_called_off(indexed):
    with indexed():
        event = EventFactory(title="Informatieavond dyslexie")
    with indexed():
        event.cancelled_at = timezone.now()
        event.save()

    assert entry(event).title == "Afgelast: Informatieavond dyslexie"
    assert keys("informatieavond") == [f"{EVENT}:{event.pk}"]


def test_calling_off_from_the_organisers_page_reaches_the_index(indexed):
    from agenda.services.events import cancel_event

    with indexed():
        event = EventFactory(title="Workshop weerbaarheid")
    with indexed():
        cancel_event(event, reason="De trainer is ziek")

    assert entry(event).title == "Afgelast: Workshop weerbaarheid"


def test_past_events_stay_findable():
    start = timezone.now() - datetime.timedelta(days=30)
    event = EventFactory(start=start, end=start + datetime.timedelta(hours=2))

    assert document_of(event).date == start


def test_materials_are_in_the_text_only_for_who_reads_the_event_anyway():
    public = EventFactory()
    material(public, "Dia's van de presentatie", "public", "Over signaleren.")
    material(public, "Verslag voor professionals", "professionals", "Met de namen van scholen.")
    for_professionals = EventFactory(visibility="professionals")
    material(for_professionals, "Verslag voor professionals", "professionals")

    public_doc = document_of(public)
    assert "Dia's van de presentatie" in public_doc.body and "Over signaleren." in public_doc.body
    assert "Verslag" not in public_doc.body and "namen" not in public_doc.body
    assert "Verslag voor professionals" in document_of(for_professionals).body


def test_a_group_turning_closed_narrows_its_events_in_the_index(indexed):
    group = CommunityGroupFactory(visibility=CommunityGroup.Visibility.OPEN)
    with indexed():
        event = EventFactory(title="Open werkgroep leesbevordering", visibility="professionals",
                             access_group=group)
    assert entry(event).access_token == PROFESSIONALS_TOKEN

    with indexed():
        group.visibility = CommunityGroup.Visibility.CLOSED
        group.save()

    assert entry(event).access_token == group_token(group.pk)
    assert keys("leesbevordering", Searcher(PROFESSIONALS_TOKEN)) == []


def test_a_renamed_thema_or_wijk_renames_the_facets_of_events(indexed):
    thema, wijk = ThemaFactory(name="Lezen"), WijkFactory(name="Noord")
    with indexed():
        event = EventFactory(wijk=wijk)
        event.themas.set([thema])
        event.save()

    with indexed():
        thema.name = "Lezen en spellen"
        thema.save()
        wijk.name = "Noordhove"
        wijk.save()

    new = [("thema", "Lezen en spellen"), ("wijk", "Noordhove")]
    assert keys("scholing", facets=new) == [f"{EVENT}:{event.pk}"]
    assert keys("scholing", facets=[("thema", "Lezen")]) == []
    assert keys("scholing", facets=[("wijk", "Noord")]) == []


def test_a_deleted_thema_or_wijk_leaves_the_facets_of_events(indexed):
    """Django deletes the links before the term, so the events are looked up first."""
    thema, wijk = ThemaFactory(name="Lezen"), WijkFactory(name="Noord")
    with indexed():
        event = EventFactory(wijk=wijk)
        event.themas.set([thema])
        event.save()
    assert {"thema=Lezen", "wijk=Noord"} <= set(entry(event).facets)

    with indexed():
        thema.delete()
        wijk.delete()

    found = entry(event)
    assert not {"thema=Lezen", "wijk=Noord"} & set(found.facets)
    assert "Lezen" not in found.body and "Noord" not in found.body


def test_a_new_material_is_found_with_its_event(indexed):
    with indexed():
        event = EventFactory(title="Terugblik scholing")
    with indexed():
        material(event, "Samenvatting en links", "public", "Over woordenschat.")

    assert keys("woordenschat") == [f"{EVENT}:{event.pk}"]
