"""Events are edited in the CMS with drafts and revisions."""

import pytest
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import UserFactory, log_in_with_mfa
from agenda.models import Event

from .factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def redacteur_client(client):
    log_in_with_mfa(client, UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR]))
    return client


def test_cms_add_and_edit_screens_open(redacteur_client):
    event = EventFactory()

    add = redacteur_client.get(reverse("wagtailsnippets_agenda_event:add"))
    edit = redacteur_client.get(reverse("wagtailsnippets_agenda_event:edit", args=[event.pk]))

    assert add.status_code == edit.status_code == 200
    html = edit.content.decode()
    for label in ("Aantal plaatsen", "Link naar online deelname", "Materiaal achteraf",
                  "Wie mag dit zien?"):
        assert label.lower() in html.lower()


def test_a_published_revision_puts_the_event_in_the_agenda(client, redacteur_client):
    event = EventFactory(live=False, title="Concept")
    assert client.get(event.get_absolute_url()).status_code == 404

    event.title = "Gepubliceerd"
    event.save_revision().publish()

    event = Event.objects.get(pk=event.pk)
    assert event.live and event.live_revision
    assert client.get(event.get_absolute_url()).status_code == 200


def test_eddies_do_not_edit_events(client):
    client.force_login(UserFactory(roles=[roles.EDDIE]))

    assert client.get(reverse("wagtailsnippets_agenda_event:add")).status_code in (302, 403)


def test_publishing_an_older_revision_keeps_the_event_called_off():
    from agenda.services import events

    event = EventFactory()
    revision = event.save_revision()
    revision.publish()
    events.cancel_event(event, reason="Ziek")

    Event.objects.get(pk=event.pk).revisions.order_by("pk").first().publish()

    assert Event.objects.get(pk=event.pk).is_cancelled
