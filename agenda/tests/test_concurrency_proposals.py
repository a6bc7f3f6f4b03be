"""Two people propose an event with the same title at the same moment: both
proposals are saved, each with its own address ("...-2" for one of them).

Threads with their own database connections, released together by a
barrier, as in test_concurrency.py.
"""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Event
from agenda.services.proposals import propose_event
from core.tests.race import race

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite queues every writer for its one write lock from the start of the "
               "transaction, so two proposals never race for an address there; PostgreSQL "
               "lets them, and its unique index refuses the second.",
    ),
]


def test_simultaneous_proposals_with_one_title_both_get_an_address():
    start = timezone.now() + datetime.timedelta(days=20)
    data = {
        "title": "Wijkbijeenkomst Palenstein", "kind": "wijkbijeenkomst",
        "summary": "Partners ontmoeten elkaar.", "start": start,
        "end": start + datetime.timedelta(hours=2), "organiser_name": "JGT Noord",
        "contact_email": "jgt@noord.example.nl", "visibility": "professionals",
    }
    proposers = ProfessionalFactory.create_batch(2)

    proposed, errors = race(proposers, lambda proposer: propose_event(proposer, data))

    assert errors == []
    assert sorted(event.slug for event in proposed.values()) == [
        "wijkbijeenkomst-palenstein", "wijkbijeenkomst-palenstein-2"]
    assert Event.objects.count() == 2
