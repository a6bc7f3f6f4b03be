"""The agenda's notifications: a registration, a seat from the waitlist, a
message from the organiser and an event called off reach the people with an
account in their notification centre. The agenda mails these itself (the
receipts, with a calendar file where there is one), so the notifications
are for the centre only; guests get the mails alone."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory, UserFactory
from agenda.models import Registration
from agenda.services import events, organisers, registrations
from notifications.models import Kind, Notification, Preference, Rhythm

from .factories import EventFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def notified(user, kind=None):
    found = Notification.objects.filter(recipient=user)
    return list(found.filter(kind=kind) if kind else found)


def test_a_seat_is_in_the_centre_and_the_receipt_mail_stays_as_it_was():
    event = EventFactory(title="Signaleren in de klas", capacity=2)
    user = ProfessionalFactory()
    Preference.objects.create(user=user, mail=Rhythm.DIRECT)

    registrations.register_for_event(event, user=user)

    (notice,) = notified(user)
    assert notice.kind == Kind.REGISTRATION
    assert notice.text.startswith('U bent aangemeld voor "Signaleren in de klas" op ')
    assert (notice.url, notice.subject, notice.token) == (
        event.get_absolute_url(), f"event-{event.pk}", event.access_token)
    # The receipt is the one mail: no second one from the notification.
    assert notice.mail == Rhythm.NEVER
    (sent,) = mail.outbox
    assert sent.subject.endswith(f"U bent aangemeld: {event.title}")
    assert sent.attachments and "List-Unsubscribe" not in sent.extra_headers


def test_a_waitlist_place_is_in_the_centre():
    event = EventFactory(title="Signaleren in de klas", capacity=1)
    registrations.register_for_event(event, user=ProfessionalFactory())
    waiting = ProfessionalFactory()

    registrations.register_for_event(event, user=waiting)

    (notice,) = notified(waiting)
    assert notice.kind == Kind.REGISTRATION
    assert "wachtlijst" in notice.text


def test_a_guest_gets_the_mails_and_no_notification():
    event = EventFactory()

    registration = registrations.register_for_event(event, name="Ouder", email="ouder@example.nl")
    registrations.confirm_guest(registration)

    assert not Notification.objects.exists()
    assert [m.to for m in mail.outbox] == [["ouder@example.nl"]] * 2


def test_the_first_on_the_waitlist_hears_of_the_seat_and_nobody_else():
    event = EventFactory(title="Signaleren in de klas", capacity=1)
    first, second, third = ProfessionalFactory.create_batch(3)
    seat = registrations.register_for_event(event, user=first)
    registrations.register_for_event(event, user=second)
    registrations.register_for_event(event, user=third)
    Notification.objects.all().delete()

    registrations.cancel_registration(seat)

    (notice,) = notified(second)
    assert notice.kind == Kind.PROMOTED
    assert "Signaleren in de klas" in notice.text and notice.mail == Rhythm.NEVER
    assert notified(first) == [] and notified(third) == []
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[second.email].endswith(f"Er is een plaats voor u: {event.title}")


def test_calling_off_tells_everyone_registered_but_who_called_it_off():
    organiser = ProfessionalFactory()
    event = EventFactory(title="Signaleren in de klas", owner=organiser, capacity=1)
    registrations.register_for_event(event, user=organiser)
    waiting = ProfessionalFactory()
    registrations.register_for_event(event, user=waiting)
    registrations.register_for_event(event, name="Ouder", email="ouder@example.nl")
    Notification.objects.all().delete()
    mail.outbox.clear()

    events.cancel_event(event, reason="De spreker is ziek.", by=organiser)

    (notice,) = notified(waiting)
    assert notice.kind == Kind.EVENT_CANCELLED
    assert notice.text.startswith('"Signaleren in de klas" op ') and "niet door" in notice.text
    assert notice.url == event.get_absolute_url()
    assert notified(organiser) == []
    # Everyone registered keeps their mail, the guest and the organiser too.
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [organiser.email, waiting.email, "ouder@example.nl"])


def test_an_event_taken_out_of_the_agenda_points_to_ones_own_agenda():
    event = EventFactory()
    user = ProfessionalFactory()
    registrations.register_for_event(event, user=user)
    event.live = False
    event.save()

    events.withdraw_event(event)

    (notice,) = notified(user, Kind.EVENT_CANCELLED)
    assert notice.url == reverse("my_agenda")


def test_the_organisers_message_is_in_the_centre_of_who_will_come():
    organiser = ProfessionalFactory()
    event = EventFactory(title="Signaleren in de klas", owner=organiser, capacity=1)
    seated, waiting = ProfessionalFactory.create_batch(2)
    registrations.register_for_event(event, user=seated)
    registrations.register_for_event(event, user=waiting)
    gone = registrations.register_for_event(event, user=ProfessionalFactory())
    registrations.cancel_registration(gone)
    Notification.objects.all().delete()
    mail.outbox.clear()

    organisers.message_participants(event, "Andere zaal", "We zitten in zaal 2.", by=organiser)

    for user in (seated, waiting):
        (notice,) = notified(user)
        assert notice.kind == Kind.EVENT_CHANGED
        assert notice.text == ('De organisator van "Signaleren in de klas" stuurde u een '
                               'bericht: Andere zaal')
    assert Notification.objects.count() == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted([seated.email, waiting.email])


def test_a_notification_leaves_the_centre_when_the_event_is_no_longer_for_its_reader():
    event = EventFactory(visibility="public")
    visitor = UserFactory()
    registrations.register_for_event(event, user=visitor)
    assert len(Notification.objects.for_reader(visitor)) == 1

    event.visibility = "professionals"
    event.save()

    assert list(Notification.objects.for_reader(visitor)) == []


def test_someone_who_wants_nothing_in_the_centre_still_gets_the_receipt():
    user = ProfessionalFactory()
    Preference.objects.create(user=user, in_site=False, mail=Rhythm.NEVER)

    registrations.register_for_event(EventFactory(), user=user)

    assert list(Notification.objects.for_reader(user)) == []
    assert [m.to for m in mail.outbox] == [[user.email]]


def test_an_unpublished_events_notices_leave_the_centre_but_the_call_off_stays(
        django_capture_on_commit_callbacks):
    from accounts.tests.factories import ProfessionalFactory
    from agenda.services.registrations import register_for_event
    from agenda.tests.factories import EventFactory
    from notifications.models import Notification

    person = ProfessionalFactory()
    event = EventFactory()
    with django_capture_on_commit_callbacks(execute=True):
        register_for_event(event, user=person)
    assert Notification.objects.for_reader(person).filter(kind="registration").exists()

    with django_capture_on_commit_callbacks(execute=True):
        event.unpublish()

    mine = Notification.objects.for_reader(person)
    assert not mine.filter(kind="registration").exists()
    (called_off,) = mine.filter(kind="event_cancelled")
    assert called_off.url == reverse("my_agenda")
