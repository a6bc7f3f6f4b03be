"""Many people join a full event's waitlist at the same moment: the place each
is told (on the page and in the mail) is theirs alone, still holds once the
race is over, and the first seat that comes free goes to whoever was told 1.

Threads with their own database connections, released together by a barrier,
as in test_concurrency.py; CI runs this on SQLite and on PostgreSQL.
"""

import re

import pytest
from django.core import mail

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Registration
from agenda.services import registrations
from core.tests.race import race

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 40
SEATS = 5
Status = Registration.Status


def _told_in_mails():
    """{address: the waitlist place its mail named}."""
    told = {}
    for message in mail.outbox:
        found = re.search(r"op plaats (\d+)", message.body)
        if found:
            (address,) = message.to
            told[address] = int(found.group(1))
    return told


def _positions_now(event):
    return {registration.email: registrations.waitlist_position(registration)
            for registration in event.registrations.filter(status=Status.WAITLISTED)}


def _register_and_read_place(event):
    """What the event page does: register, then tell the place on the waitlist."""
    def act(person):
        registration = registrations.register_for_event(event, user=person)
        return registration.email, registrations.waitlist_position(registration)
    return act


def test_every_waitlist_place_told_in_a_race_is_unique_and_still_holds():
    event = EventFactory(capacity=SEATS)
    people = ProfessionalFactory.create_batch(PEOPLE)

    results, errors = race(people, _register_and_read_place(event))

    assert errors == []
    told_on_page = {email: place for email, place in results.values() if place is not None}
    told_in_mail = _told_in_mails()
    waiting = PEOPLE - SEATS
    assert sorted(told_on_page.values()) == list(range(1, waiting + 1))
    assert told_in_mail == told_on_page
    assert _positions_now(event) == told_on_page


def test_the_seat_that_comes_free_goes_to_who_was_told_place_one():
    event = EventFactory(capacity=SEATS)
    people = ProfessionalFactory.create_batch(PEOPLE)
    race(people, _register_and_read_place(event))
    first_in_line = next(email for email, place in _told_in_mails().items() if place == 1)
    seated = set(event.registrations.filter(status=Status.CONFIRMED).values_list(
        "email", flat=True))

    registrations.cancel_registration(event.registrations.get(email=min(seated)))

    now_seated = set(event.registrations.filter(status=Status.CONFIRMED).values_list(
        "email", flat=True))
    assert now_seated - seated == {first_in_line}


def test_guests_confirming_at_once_are_told_unique_places_that_hold():
    event = EventFactory(capacity=SEATS)
    guests = [RegistrationFactory(event=event, status=Status.PENDING, confirmed_at=None)
              for _ in range(PEOPLE)]

    def confirm(guest):
        registration = registrations.confirm_guest(guest)
        return registration.email, registrations.waitlist_position(registration)

    results, errors = race(guests, confirm)

    assert errors == []
    told = {email: place for email, place in results.values() if place is not None}
    assert sorted(told.values()) == list(range(1, PEOPLE - SEATS + 1))
    assert _told_in_mails() == told
    assert _positions_now(event) == told
