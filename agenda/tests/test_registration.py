"""Registering: seats, the waitlist, guests, cancelling, and a clear Dutch
message for everything that stands in the way."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Event, Registration
from agenda.services import registrations, reminders
from agenda.services.registrations import RegistrationRefused

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def register(event, user=None, **guest):
    return registrations.register_for_event(event, user=user, **guest)


def test_professional_gets_a_seat_with_one_click_and_a_calendar_file():
    event = EventFactory(capacity=2)

    registration = register(event, ProfessionalFactory())

    assert registration.status == Status.CONFIRMED
    assert registrations.seats_left(event) == 1
    (message,) = mail.outbox
    assert message.subject.endswith(f"U bent aangemeld: {event.title}")
    filename, content, mimetype = message.attachments[0]
    assert (filename, mimetype) == (f"{event.slug}.ics", "text/calendar")


def test_when_full_you_join_the_waitlist_and_see_your_position():
    event = EventFactory(capacity=1)
    register(event, ProfessionalFactory())

    second = register(event, ProfessionalFactory())
    third = register(event, ProfessionalFactory())

    assert (second.status, third.status) == (Status.WAITLISTED, Status.WAITLISTED)
    assert [registrations.waitlist_position(r) for r in (second, third)] == [1, 2]
    assert "op plaats 2" in mail.outbox[-1].body


def test_cancelling_promotes_the_first_on_the_waitlist_who_is_mailed():
    event = EventFactory(capacity=1)
    first = register(event, ProfessionalFactory())
    second = register(event, ProfessionalFactory())
    third = register(event, ProfessionalFactory())
    mail.outbox.clear()

    registrations.cancel_registration(first)

    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.CONFIRMED
    assert registrations.waitlist_position(third) == 1
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[second.email].endswith(f"Er is een plaats voor u: {event.title}")
    assert subjects[first.email].endswith(f"U bent afgemeld: {event.title}")
    assert registrations.seats_taken(event) == 1


def test_cancelling_a_waitlist_place_gives_no_seat_away():
    event = EventFactory(capacity=1)
    register(event, ProfessionalFactory())
    waiting = register(event, ProfessionalFactory())

    registrations.cancel_registration(waiting)

    assert registrations.seats_taken(event) == 1
    assert not event.registrations.filter(status=Status.WAITLISTED).exists()


def test_guest_holds_no_seat_until_confirmed_by_the_mailed_link():
    event = EventFactory(capacity=1)

    guest = register(event, name="Fatima el Amrani", email="fatima@example.nl")

    assert guest.status == Status.PENDING
    assert registrations.seats_left(event) == 1
    assert "bevestig" in mail.outbox[0].body.lower()
    register(event, ProfessionalFactory())  # takes the seat meanwhile

    confirmed = registrations.confirm_guest(guest)

    assert confirmed.status == Status.WAITLISTED


def test_confirming_twice_changes_nothing():
    event = EventFactory(capacity=5)
    guest = register(event, name="Fatima", email="fatima@example.nl")
    registrations.confirm_guest(guest)
    sent = len(mail.outbox)

    again = registrations.confirm_guest(guest)

    assert again.status == Status.CONFIRMED
    assert len(mail.outbox) == sent


def test_no_maximum_means_everyone_gets_a_seat():
    event = EventFactory(capacity=None)

    assert all(register(event, ProfessionalFactory()).status == Status.CONFIRMED
               for _ in range(5))
    assert registrations.seats_left(event) is None


def _refusal(event, user=None, **guest):
    """What stops `user` (a new professional by default) or a guest from registering."""
    if user is None and not guest:
        user = ProfessionalFactory()
    with pytest.raises(RegistrationRefused) as refused:
        register(event, user, **guest)
    return refused.value


def test_already_registered_is_refused_clearly():
    event = EventFactory(capacity=1)
    user = ProfessionalFactory()
    register(event, user)

    refused = _refusal(event, user)

    assert refused.code == "already"
    assert refused.message == "U bent al aangemeld voor deze bijeenkomst."


def test_already_on_the_waitlist_tells_the_position():
    event = EventFactory(capacity=0)
    user = ProfessionalFactory()
    register(event, user)

    assert "op de wachtlijst" in _refusal(event, user).message


def test_a_guest_address_counts_once_whatever_its_case():
    event = EventFactory()
    register(event, name="Fatima", email="Fatima@Example.nl")

    assert _refusal(event, None, name="Fatima", email="fatima@example.nl").code == "already"


def test_after_cancelling_you_may_register_again():
    event = EventFactory()
    user = ProfessionalFactory()
    registrations.cancel_registration(register(event, user))

    assert register(event, user).status == Status.CONFIRMED


@pytest.mark.parametrize(("changes", "code", "text"), [
    ({"cancelled_at": timezone.now()}, "cancelled", "gaat niet door"),
    ({"start": timezone.now() - datetime.timedelta(days=2),
      "end": timezone.now() - datetime.timedelta(days=2) + datetime.timedelta(hours=2)},
     "past", "al begonnen of geweest"),
    ({"registration_opens": timezone.now() + datetime.timedelta(days=1)}, "not_open",
     "Aanmelden kan nog niet. Dat kan vanaf"),
    ({"registration_closes": timezone.now() - datetime.timedelta(hours=1)}, "closed",
     "Aanmelden is gesloten. Dat kon tot"),
])
def test_every_reason_not_to_register_has_its_own_message(changes, code, text):
    event = EventFactory(**changes)

    refused = _refusal(event)

    assert refused.code == code
    assert text in refused.message
    assert not event.registrations.exists()


def test_reminders_go_the_day_before_once_to_seated_people_only():
    tomorrow_evening = timezone.localtime().replace(hour=19, minute=30) + datetime.timedelta(days=1)
    event = EventFactory(capacity=1, start=tomorrow_evening,
                         end=tomorrow_evening + datetime.timedelta(hours=2))
    seated = register(event, ProfessionalFactory())
    register(event, ProfessionalFactory())  # waitlisted: no reminder
    EventFactory()  # next week: not yet
    mail.outbox.clear()

    assert reminders.send_reminders() == 1
    assert [m.to for m in mail.outbox] == [[seated.email]]
    assert mail.outbox[0].subject.endswith(f"Morgen: {event.title}")
    call_command("send_event_reminders", stdout=io.StringIO())
    assert len(mail.outbox) == 1


def test_a_list_counts_the_seats_as_one_event_does():
    full = EventFactory(capacity=1)
    register(full, ProfessionalFactory())  # a seat
    register(full, ProfessionalFactory())  # the waitlist holds none
    register(full, name="Gast", email="gast@example.nl")  # nor does an unconfirmed guest
    RegistrationFactory(event=full, status=Status.CANCELLED)  # nor a cancellation
    empty = EventFactory(capacity=3)

    listed = {event.pk: event for event in Event.objects.with_seats_taken()}

    assert (listed[full.pk].seats_taken, registrations.seats_taken(full)) == (1, 1)
    assert (listed[full.pk].free_seats, registrations.seats_left(full)) == (0, 0)
    assert (listed[empty.pk].seats_taken, listed[empty.pk].free_seats) == (0, 3)


def test_the_scheduler_sends_the_reminders_as_the_command_does(
    django_capture_on_commit_callbacks,
):
    from scheduler.jobs import registered_jobs

    job = {job.name: job for job in registered_jobs()}["event_reminders"]
    tomorrow_evening = timezone.localtime().replace(hour=19, minute=30) + datetime.timedelta(days=1)
    seated = register(EventFactory(start=tomorrow_evening,
                                   end=tomorrow_evening + datetime.timedelta(hours=2)),
                      ProfessionalFactory())
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        assert job.run() == 1
    assert job.run() == 0
    assert [m.to for m in mail.outbox] == [[seated.email]]
