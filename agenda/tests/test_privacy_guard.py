"""The privacy guard reads every agenda text that others read: a proposed event,
an organiser's message and reason for calling off, and answers to the
organiser's question. A BSN is refused, a possible child's name asks for a
confirmation first; what was typed stays in the form."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda.models import Event
from core.tests.html import parse

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

BSN = "Het gaat om een leerling met BSN 1234.56.782 uit groep 6."
NAME = "Onze leerling Sanne (9) wil graag meedoen."
QUESTION = "Welke vraag wilt u bespreken?"


def _kept(soup, name):
    field = soup.find(attrs={"name": name})
    return field.get_text().strip() if field.name == "textarea" else field["value"]


def _asks_confirmation(soup):
    return bool(soup.find("input", attrs={"name": "confirm_privacy"}))


# --- Proposing an event ------------------------------------------------------------------

def _proposal(**changes):
    start = timezone.localtime() + datetime.timedelta(days=20)
    return {
        "title": "Wijkbijeenkomst Palenstein", "kind": "wijkbijeenkomst",
        "audience": "professionals", "summary": "Intern begeleiders ontmoeten elkaar.",
        "description": "Wij bespreken signalen.", "question": QUESTION,
        "start": start.strftime("%Y-%m-%dT19:30"), "end": start.strftime("%Y-%m-%dT21:30"),
        "location": "Buurthuis Palenstein", "capacity": "40", "organiser_name": "JGT Noord",
        "contact_email": "jgt@noord.example.nl", "visibility": "professionals", **changes,
    }


@pytest.mark.parametrize("field", ["title", "summary", "description", "question"])
def test_a_proposal_with_a_bsn_is_refused_and_the_text_kept(client, field):
    client.force_login(ProfessionalFactory())

    soup = parse(client.post(reverse("event_propose"), _proposal(**{field: BSN})))

    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert _kept(soup, field) == BSN
    assert not Event.objects.exists()


def test_a_proposal_naming_a_child_asks_to_confirm_and_then_is_saved(client):
    client.force_login(ProfessionalFactory())
    assert not _asks_confirmation(parse(client.get(reverse("event_propose"))))

    soup = parse(client.post(reverse("event_propose"), _proposal(description=NAME)))
    assert "Sanne" in soup.find(class_="error-summary").get_text()
    assert _asks_confirmation(soup) and _kept(soup, "description") == NAME
    assert not Event.objects.exists()

    client.post(reverse("event_propose"), _proposal(description=NAME, confirm_privacy="on"))
    assert Event.objects.count() == 1


# --- The organiser writes to participants ------------------------------------------------

@pytest.fixture
def organiser():
    return ProfessionalFactory()


@pytest.fixture
def event(organiser):
    event = EventFactory(owner=organiser)
    RegistrationFactory(event=event)
    return event


def test_a_message_with_a_bsn_is_refused_kept_and_not_sent(client, organiser, event):
    client.force_login(organiser)

    soup = parse(client.post(reverse("event_message", args=[event.slug]),
                             {"subject": "Andere zaal", "body": BSN}))

    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert (_kept(soup, "subject"), _kept(soup, "body")) == ("Andere zaal", BSN)
    assert mail.outbox == []


def test_a_message_naming_a_child_asks_to_confirm_and_then_is_sent(client, organiser, event):
    client.force_login(organiser)
    url = reverse("event_message", args=[event.slug])
    page = parse(client.get(reverse("event_participants", args=[event.slug])))
    assert not _asks_confirmation(page)

    soup = parse(client.post(url, {"subject": "Aanmelding", "body": NAME}))
    assert "Sanne" in soup.find(class_="error-summary").get_text()
    assert _asks_confirmation(soup) and _kept(soup, "body") == NAME
    assert mail.outbox == []

    client.post(url, {"subject": "Aanmelding", "body": NAME, "confirm_privacy": "on"})
    assert [NAME in m.body for m in mail.outbox] == [True]


def test_a_reason_for_calling_off_with_a_bsn_is_refused_and_kept(client, organiser, event):
    client.force_login(organiser)

    soup = parse(client.post(reverse("event_cancel", args=[event.slug]), {"reason": BSN}))

    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert _kept(soup, "reason") == BSN
    event.refresh_from_db()
    assert not event.is_cancelled and mail.outbox == []


def test_a_reason_naming_a_child_asks_to_confirm_and_then_calls_off(client, organiser, event):
    client.force_login(organiser)
    url = reverse("event_cancel", args=[event.slug])

    soup = parse(client.post(url, {"reason": NAME}))
    assert _asks_confirmation(soup) and _kept(soup, "reason") == NAME
    event.refresh_from_db()
    assert not event.is_cancelled

    client.post(url, {"reason": NAME, "confirm_privacy": "on"})
    event.refresh_from_db()
    assert event.is_cancelled


# --- Answers to the organiser's question -------------------------------------------------

def _answering_as(client, who, answer):
    """The registration form's data for a guest, or log a professional in."""
    if who == "guest":
        return {"answer": answer, "name": "Fatima el Amrani", "email": "fatima@example.nl"}
    client.force_login(ProfessionalFactory())
    return {"answer": answer}

@pytest.mark.parametrize("who", ["guest", "professional"])
def test_an_answer_with_a_bsn_is_refused_and_kept(client, who):
    event = EventFactory(question=QUESTION)
    data = _answering_as(client, who, BSN)

    soup = parse(client.post(event.get_absolute_url(), data))

    assert "burgerservicenummer" in soup.find(class_="error-summary").get_text()
    assert _kept(soup, "answer") == BSN
    assert not event.registrations.exists()


@pytest.mark.parametrize("who", ["guest", "professional"])
def test_an_answer_naming_a_child_asks_to_confirm_and_then_registers(client, who):
    event = EventFactory(question=QUESTION)
    data = _answering_as(client, who, NAME)
    assert not _asks_confirmation(parse(client.get(event.get_absolute_url())))

    soup = parse(client.post(event.get_absolute_url(), data))
    assert "Sanne" in soup.find(class_="error-summary").get_text()
    assert _asks_confirmation(soup) and _kept(soup, "answer") == NAME
    assert not event.registrations.exists()

    client.post(event.get_absolute_url(), {**data, "confirm_privacy": "on"})
    assert event.registrations.get().answer == NAME
