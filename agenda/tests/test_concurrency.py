"""Many people press "Aanmelden" at the same moment for the last seats: exactly
the capacity gets a seat, the rest the waitlist, and nobody gets an error.

Each person is a thread with its own database connection, all released at
once by a barrier. The suite runs on SQLite (a file, WAL, IMMEDIATE
transactions) and, in CI's second stage, on PostgreSQL.
"""

import threading

import pytest
from django.db import connection

from accounts.tests.factories import ProfessionalFactory
from agenda import services
from agenda.models import Registration

from .factories import EventFactory

# serialized_rollback: the roles and pages that migrate made are restored after
# an earlier transactional test flushed the database.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 16
SEATS = 5


def _race(event, people, register):
    """Run register(event, person) for everyone at once; return the errors."""
    barrier = threading.Barrier(len(people))
    errors = []

    def attempt(person):
        try:
            barrier.wait()
            register(event, person)
        except Exception as error:  # noqa: BLE001 - the test reports every failure
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


def _counts(event):
    statuses = list(event.registrations.values_list("status", flat=True))
    return statuses.count("confirmed"), statuses.count("waitlisted")


def test_simultaneous_registrations_never_exceed_capacity():
    event = EventFactory(capacity=SEATS)
    people = ProfessionalFactory.create_batch(PEOPLE)

    errors = _race(event, people, lambda e, p: services.register_for_event(e, user=p))

    assert errors == []
    assert _counts(event) == (SEATS, PEOPLE - SEATS)
    waitlisted = event.registrations.filter(status=Registration.Status.WAITLISTED)
    assert sorted(services.waitlist_position(r) for r in waitlisted) == list(
        range(1, PEOPLE - SEATS + 1))


def test_simultaneous_cancellations_promote_exactly_as_many_from_the_waitlist():
    event = EventFactory(capacity=SEATS)
    for person in ProfessionalFactory.create_batch(PEOPLE):
        services.register_for_event(event, user=person)
    seated = list(event.registrations.filter(status=Registration.Status.CONFIRMED))

    errors = _race(event, seated[:3], lambda e, r: services.cancel_registration(r))

    assert errors == []
    assert _counts(event) == (SEATS, PEOPLE - SEATS - 3)


def test_the_same_person_pressing_twice_gets_one_registration():
    event = EventFactory(capacity=SEATS)
    person = ProfessionalFactory()

    errors = _race(event, [person] * 6, lambda e, p: services.register_for_event(e, user=p))

    assert len(errors) == 5 and all("RegistrationRefused" in e for e in errors)
    assert event.registrations.count() == 1
