"""The agenda's demo: events past and future, a full one with a waitlist, a past
one with materials; running it twice changes nothing."""

import pytest
from django.utils import timezone

from agenda import demo, services
from agenda.models import Event, EventKind, Registration

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(disk_storage):
    from accounts import demo as accounts_demo
    from community import demo as community_demo
    from taxonomy import demo as taxonomy_demo

    for module in (taxonomy_demo, accounts_demo, community_demo, demo):
        module.seed(lambda message: None)


def test_demo_has_the_events_the_issue_asks_for(seeded):
    now = timezone.now()
    events = Event.objects.published()

    assert events.count() >= 15
    assert events.upcoming(now).exists() and events.past(now).exists()
    assert events.filter(kind=EventKind.WIJKBIJEENKOMST).values("wijk").distinct().count() == 10
    assert events.filter(kind=EventKind.SCHOLING, capacity__isnull=False).count() >= 2
    full = [e for e in events.upcoming(now) if e.capacity and services.seats_left(e) == 0]
    assert any(e.registrations.filter(status=Registration.Status.WAITLISTED).exists()
               for e in full)
    assert any(e.materials.filter(document__isnull=False).exists() for e in events.past(now))


def test_seeding_twice_changes_nothing(seeded):
    counts = (Event.objects.count(), Registration.objects.count())
    messages = []

    demo.seed(messages.append)

    assert messages == []
    assert (Event.objects.count(), Registration.objects.count()) == counts
