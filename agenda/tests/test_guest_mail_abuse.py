"""Registering as a guest sends a mail to an address nobody has verified yet, so
it must not be a way to mail strangers: registrations are limited per
internet address and per e-mail address, and the mail carries nothing the
guest typed."""

import pytest
from django.core import mail

from agenda.models import Registration
from core.tests.html import parse

from .factories import EventFactory

pytestmark = pytest.mark.django_db

IP = "192.0.2.10"
PER_IP = 10  # ACCOUNT_RATE_LIMITS["agenda_guest_registration"]
PER_ADDRESS = 3
# The service sends its mail as its own commit would (conftest).


def register_as_guest(client, event, email, ip=IP, **typed):
    data = {"name": "Fatima el Amrani", "email": email, **typed}
    return client.post(event.get_absolute_url(), data, REMOTE_ADDR=ip)


def _typed_values(response):
    soup = parse(response)
    form = soup.find("form", attrs={"novalidate": True})
    values = {field["name"]: field.get("value", "") for field in form.find_all("input")}
    values.update({area["name"]: area.get_text().strip() for area in form.find_all("textarea")})
    return soup, values


def test_past_the_limit_per_internet_address_the_form_answers_429_and_keeps_the_input(client):
    event = EventFactory(question="Welke vraag wilt u bespreken?")
    for number in range(PER_IP):
        assert register_as_guest(client, event, f"ouder{number}@example.nl").status_code == 302

    response = register_as_guest(client, event, "nog-een@example.nl", answer="Over lezen thuis.")

    assert response.status_code == 429
    soup, values = _typed_values(response)
    assert "Probeer het over een uur opnieuw" in soup.find(role="alert").get_text()
    assert (values["email"], values["answer"]) == ("nog-een@example.nl", "Over lezen thuis.")
    assert len(mail.outbox) == PER_IP
    assert not Registration.objects.filter(email="nog-een@example.nl").exists()
    assert register_as_guest(client, event, "nog-een@example.nl", ip="198.51.100.7"
                             ).status_code == 302


def test_past_the_limit_per_e_mail_address_no_more_mail_goes_there(client):
    events = EventFactory.create_batch(PER_ADDRESS + 1)
    for number, event in enumerate(events[:PER_ADDRESS]):
        response = register_as_guest(client, event, "doelwit@example.nl", ip=f"192.0.2.{number}")
        assert response.status_code == 302

    response = register_as_guest(client, events[-1], "DOELWIT@example.nl", ip="198.51.100.7")

    assert response.status_code == 429
    assert "Probeer het over een uur opnieuw" in parse(response).find(role="alert").get_text()
    assert len(mail.outbox) == PER_ADDRESS


def test_signed_in_professionals_are_not_limited(client, professional):
    client.force_login(professional)
    events = EventFactory.create_batch(PER_IP + 1)

    assert {client.post(event.get_absolute_url(), REMOTE_ADDR=IP).status_code
            for event in events} == {302}


def test_the_confirmation_mail_carries_nothing_the_guest_typed(client):
    event = EventFactory(question="Welke vraag wilt u bespreken?")
    name = "Gefeliciteerd! U wint 1000 euro: https://oplichter.example/prijs"
    answer = "Bel nu 0900-1234 en geef uw pincode."

    register_as_guest(client, event, "iemand@example.nl", name=name, answer=answer)

    (message,) = mail.outbox
    for typed in (name, answer, "oplichter.example", "0900-1234"):
        assert typed not in message.body and typed not in message.subject
    assert "/agenda/aanmelding/bevestigen/" in message.body
    assert event.registrations.get().name == name  # kept for the organiser, not mailed
