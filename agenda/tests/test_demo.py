"""The agenda's demo: events past and future, a full one with a waitlist, a past
one with materials, all from the content files; running it twice changes nothing.

The people the events name are community's demo professionals; a pillar test
may not seed community, so this one makes a professional for each address.
That the addresses are community's demo people is checked in
tests/test_demo_content.py.
"""

import pytest
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda import demo
from agenda.models import Event, EventKind, Registration
from agenda.services import registrations

pytestmark = pytest.mark.django_db


def people_named(events):
    """Every address an event names: its owner and who registers."""
    emails = {event["owner"] for event in events if event.get("owner")}
    emails |= {person["email"] for event in events for person in event.get("registrations", [])}
    return emails


@pytest.fixture
def seeded(disk_storage):
    from accounts import demo as accounts_demo
    from taxonomy import demo as taxonomy_demo

    for module in (taxonomy_demo, accounts_demo):
        module.seed(lambda message: None)
    for email in people_named(demo.events()) - {"professional@demo.wijkzorgnetwerk.nl"}:
        ProfessionalFactory(email=email)
    demo.seed(lambda message: None)


def test_every_content_file_gives_an_event_with_its_required_fields():
    events = demo.events()

    assert len(events) == len({event["slug"] for event in events}) >= 15
    for event in events:
        assert all(event[field] for field in demo.REQUIRED), event["slug"]
        assert "{" not in event["title"] + event["summary"] + event["description"]
        assert "\n" not in event["summary"] + event["description"], event["slug"]
        assert event.get("sessions") or {"days_from_today", "start_time", "minutes"} <= set(event)


def test_the_seed_publishes_every_event_of_the_content(seeded):
    events = demo.events()
    published = Event.objects.published()

    assert set(published.values_list("slug", flat=True)) == {e["slug"] for e in events}
    for item in events:
        event = published.get(slug=item["slug"])
        assert (event.title, event.summary, event.description) == (
            item["title"], item["summary"], item["description"])
        assert event.themas.count() == len(item["themas"])
        assert event.materials.count() == len(item.get("materials", []))


def test_demo_has_the_events_the_issue_asks_for(seeded):
    now = timezone.now()
    events = Event.objects.published()

    assert events.count() >= 15
    assert events.upcoming(now).exists() and events.past(now).exists()
    assert events.filter(kind=EventKind.WIJKBIJEENKOMST).values("wijk").distinct().count() == 10
    assert events.filter(kind=EventKind.SCHOLING, capacity__isnull=False).count() >= 2
    full = [e for e in events.upcoming(now) if e.capacity and registrations.seats_left(e) == 0]
    assert any(e.registrations.filter(status=Registration.Status.WAITLISTED).exists()
               for e in full)
    assert any(e.materials.filter(document__isnull=False).exists() for e in events.past(now))
    material = Event.objects.get(slug="cluster-2-in-de-klas").materials.first()
    assert material.summary.count("\n") == 4  # a line on the page per paragraph in the file


def test_seeding_twice_changes_nothing(seeded):
    counts = (Event.objects.count(), Registration.objects.count())
    messages = []

    demo.seed(messages.append)

    assert messages == []
    assert (Event.objects.count(), Registration.objects.count()) == counts


def test_an_unquoted_start_time_is_read_as_the_clock_time_it_looks_like():
    # YAML reads 15:30 without quotes as 930, the minutes since midnight.
    assert demo._clock(930) == demo._clock("15:30") == (15, 30)
