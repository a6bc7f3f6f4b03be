"""A person's own agenda: proposing an event, "Mijn agenda", the personal feed."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory, log_in_with_mfa
from agenda.models import CalendarFeed, Event
from agenda.services import calendar_feeds, registrations
from agenda.services.proposals import propose_event
from core.tests.html import parse
from groups.tests.factories import CommunityGroupFactory
from taxonomy.tests.factories import ThemaFactory

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def _proposal(**changes):
    start = timezone.localtime() + datetime.timedelta(days=20)
    return {
        "title": "Wijkbijeenkomst Palenstein", "kind": "wijkbijeenkomst",
        "audience": "professionals", "summary": "Intern begeleiders en partners ontmoeten elkaar.",
        "description": "Eerste alinea.\n\nTweede <alinea>.",
        "start": start.strftime("%Y-%m-%dT19:30"), "end": start.strftime("%Y-%m-%dT21:30"),
        "location": "Buurthuis Palenstein", "capacity": "40", "organiser_name": "JGT Noord",
        "contact_email": "jgt@noord.example.nl", "visibility": "professionals", **changes,
    }


def test_a_professionals_proposal_waits_for_a_redacteur_who_is_mailed(
    client, django_capture_on_commit_callbacks
):
    redacteur = UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR])
    proposer = ProfessionalFactory()
    client.force_login(proposer)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("event_propose"), _proposal(), follow=True)

    event = Event.objects.get(title="Wijkbijeenkomst Palenstein")
    assert not event.live and event.owner == proposer and event.latest_revision
    assert event.description == "<p>Eerste alinea.</p><p>Tweede &lt;alinea&gt;.</p>"
    assert "Een redacteur kijkt uw bijeenkomst na" in parse(response).get_text()
    assert "wacht op goedkeuring" in parse(response).get_text()
    assert [m.to for m in mail.outbox] == [[redacteur.email]]
    assert client.get(f"/agenda/{event.slug}/").status_code == 404


def test_who_may_publish_events_publishes_at_once(client):
    redacteur = UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR])
    log_in_with_mfa(client, redacteur)

    client.post(reverse("event_propose"), _proposal())

    assert Event.objects.get().live


def test_a_proposal_with_errors_keeps_what_was_typed(client):
    client.force_login(ProfessionalFactory())
    data = _proposal(end=_proposal()["start"].replace("T19:30", "T18:00"))

    soup = parse(client.post(reverse("event_propose"), data))

    assert "Het einde ligt voor het begin" in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "title"})["value"] == "Wijkbijeenkomst Palenstein"
    assert not Event.objects.exists()


def test_visitors_who_are_not_professionals_cannot_propose(client):
    client.force_login(UserFactory())

    assert client.get(reverse("event_propose")).status_code == 403


def test_reserved_paths_never_become_an_event_slug(client):
    client.force_login(ProfessionalFactory())

    client.post(reverse("event_propose"), _proposal(title="Archief"))

    assert Event.objects.get().slug == "archief-2"


def _cleaned(**changes):
    """What ProposalForm hands the service: plain values, thema's a list."""
    start = timezone.now() + datetime.timedelta(days=20)
    return {
        "title": "Wijkbijeenkomst Palenstein", "kind": "wijkbijeenkomst",
        "summary": "Partners ontmoeten elkaar.", "start": start,
        "end": start + datetime.timedelta(hours=2), "organiser_name": "JGT Noord",
        "contact_email": "jgt@noord.example.nl", "visibility": "professionals", **changes,
    }


def test_a_proposal_whose_address_is_taken_gets_the_next_one_and_keeps_its_themas():
    EventFactory(slug="wijkbijeenkomst-palenstein")
    thema = ThemaFactory(name="Dyslexie")

    event = propose_event(ProfessionalFactory(), _cleaned(themas=[thema]))

    event = Event.objects.get(pk=event.pk)
    assert event.slug == "wijkbijeenkomst-palenstein-2"
    assert list(event.themas.all()) == [thema]


def test_a_proposal_without_letters_in_its_title_gets_a_readable_address():
    event = propose_event(ProfessionalFactory(), _cleaned(title="!!!"))

    assert event.slug == "bijeenkomst"


def test_a_proposal_only_goes_to_a_group_of_the_proposer():
    someone_elses = CommunityGroupFactory()

    with pytest.raises(ValidationError) as refused:
        propose_event(ProfessionalFactory(),
                      _cleaned(visibility="group", access_group=someone_elses))

    assert "access_group" in refused.value.message_dict
    assert not Event.objects.exists()


def test_only_professionals_may_propose_also_without_the_page():
    with pytest.raises(PermissionDenied):
        propose_event(UserFactory(), _cleaned())


def test_my_agenda_lists_my_registrations_and_my_events(client):
    me = ProfessionalFactory()
    going = EventFactory(title="Scholing meldcode")
    registrations.register_for_event(going, user=me)
    EventFactory(title="Mijn eigen bijeenkomst", owner=me)
    client.force_login(me)

    text = parse(client.get(reverse("my_agenda"))).get_text(" ")

    assert "Scholing meldcode" in text and "aangemeld" in text
    assert "Mijn eigen bijeenkomst" in text


def test_personal_feed_has_my_seats_and_its_address_can_be_replaced(client):
    me = ProfessionalFactory()
    seat = EventFactory(title="Met plaats", online_url="https://meet.example.nl/a")
    EventFactory(title="Zonder aanmelding")
    registrations.register_for_event(seat, user=me)
    client.force_login(me)
    client.post(reverse("renew_feed"))
    old_key = CalendarFeed.objects.get(user=me).key
    client.logout()  # calendar programs have no session

    feed = icalendar.Calendar.from_ical(
        client.get(reverse("personal_feed", args=[old_key])).content)
    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["Met plaats"]
    assert "meet.example.nl" in str(feed.walk("VEVENT")[0]["DESCRIPTION"])

    client.force_login(me)
    client.post(reverse("renew_feed"))
    assert client.get(reverse("personal_feed", args=[old_key])).status_code == 404
    new_key = CalendarFeed.objects.get(user=me).key
    assert client.get(reverse("personal_feed", args=[new_key])).status_code == 200


def test_showing_my_agenda_makes_no_feed_address_the_button_does(client):
    me = ProfessionalFactory()
    client.force_login(me)

    text = parse(client.get(reverse("my_agenda"))).get_text(" ")

    assert "Maak mijn agenda-adres" in text
    assert not CalendarFeed.objects.filter(user=me).exists()
    client.post(reverse("renew_feed"))
    assert CalendarFeed.objects.filter(user=me).exists()


def test_personal_feed_drops_events_its_owner_may_no_longer_see(client):
    me = ProfessionalFactory()
    event = EventFactory(visibility="professionals")
    registrations.register_for_event(event, user=me)
    key = calendar_feeds.renew_calendar_feed(me).key
    me.groups.clear()  # no longer a verified professional

    feed = icalendar.Calendar.from_ical(client.get(reverse("personal_feed", args=[key])).content)

    assert feed.walk("VEVENT") == []


def test_my_data_has_my_registrations():
    from accounts.mydata import export_for

    me = ProfessionalFactory()
    registrations.register_for_event(EventFactory(title="Scholing meldcode"), user=me, answer="Hoi")

    data = export_for(me)["agenda"]

    assert [(r["event"], r["status"], r["answer"]) for r in data["registrations"]] == [
        ("Scholing meldcode", "confirmed", "Hoi")]
