"""Many people press "Aanmelden" at the same moment for the last seats: exactly
the capacity gets a seat, the rest the waitlist, and nobody gets an error.

Each person is a thread with its own database connection, all released at
once by a barrier. The suite runs on SQLite (a file, WAL, IMMEDIATE
transactions) and, in CI's second stage, on PostgreSQL.
"""

import pytest

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Registration
from agenda.services import registrations
from core.tests.race import race

from .factories import EventFactory

# serialized_rollback: the roles and pages that migrate made are restored after
# an earlier transactional test flushed the database.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 16
SEATS = 5


def _counts(event):
    statuses = list(event.registrations.values_list("status", flat=True))
    return statuses.count("confirmed"), statuses.count("waitlisted")


def test_simultaneous_registrations_never_exceed_capacity():
    event = EventFactory(capacity=SEATS)
    people = ProfessionalFactory.create_batch(PEOPLE)

    _, errors = race(people, lambda p: registrations.register_for_event(event, user=p))

    assert errors == []
    assert _counts(event) == (SEATS, PEOPLE - SEATS)
    waitlisted = event.registrations.filter(status=Registration.Status.WAITLISTED)
    assert sorted(registrations.waitlist_position(r) for r in waitlisted) == list(
        range(1, PEOPLE - SEATS + 1))


def test_simultaneous_cancellations_promote_exactly_as_many_from_the_waitlist():
    event = EventFactory(capacity=SEATS)
    for person in ProfessionalFactory.create_batch(PEOPLE):
        registrations.register_for_event(event, user=person)
    seated = list(event.registrations.filter(status=Registration.Status.CONFIRMED))

    _, errors = race(seated[:3], registrations.cancel_registration)

    assert errors == []
    assert _counts(event) == (SEATS, PEOPLE - SEATS - 3)


def test_the_same_person_pressing_twice_gets_one_registration():
    event = EventFactory(capacity=SEATS)
    person = ProfessionalFactory()

    _, errors = race([person] * 6, lambda p: registrations.register_for_event(event, user=p))

    assert len(errors) == 5 and all("RegistrationRefused" in e for e in errors)
    assert event.registrations.count() == 1
