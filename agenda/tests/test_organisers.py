"""Organisers (and beheerders) manage their event: participants, CSV, attendance,
a message to everyone, calling it off. Nobody else even sees these pages."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory, log_in_with_mfa
from agenda.models import Registration
from agenda.services import registrations
from core.tests.html import parse

from .factories import EventFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def organiser():
    return ProfessionalFactory()


@pytest.fixture
def event(organiser):
    event = EventFactory(capacity=2, owner=organiser, question="Wat wilt u leren?")
    for name in ["Anna", "Bram", "Chris"]:
        registrations.register_for_event(event, user=ProfessionalFactory(first_name=name),
                                    answer=f"Vraag van {name}")
    return event


def _pages(event):
    return [reverse(name, args=[event.slug]) for name in (
        "event_participants", "event_participants_csv")]


@pytest.mark.parametrize("who", ["anonymous", "participant", "professional", "redacteur"])
def test_others_get_404_on_every_organiser_page(client, event, who):
    if who != "anonymous":
        user = {
            "participant": lambda: event.registrations.first().user,
            "professional": ProfessionalFactory,
            "redacteur": lambda: UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR]),
        }[who]()
        client.force_login(user)

    expected = 302 if who == "anonymous" else 404  # anonymous: to the login page
    for url in _pages(event):
        assert client.get(url).status_code == expected
    for name in ("event_message", "event_cancel"):
        client.post(reverse(name, args=[event.slug]), {"subject": "x", "body": "y"})
    event.refresh_from_db()
    assert not event.is_cancelled and len(mail.outbox) == 3  # only the registration mails


def test_organiser_sees_participants_with_the_waitlist_in_order(client, event, organiser):
    client.force_login(organiser)

    soup = parse(client.get(reverse("event_participants", args=[event.slug])))

    rows = [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])][:3]
            for row in soup.find("table").find("tbody").find_all("tr")]
    assert [row[2] for row in rows] == ["Aangemeld", "Aangemeld", "Op de wachtlijst"]
    assert parse(client.get(event.get_absolute_url())).find("a", string="Deelnemers beheren")


def test_beheerder_manages_any_event(client, event):
    beheerder = UserFactory(roles=[roles.PROFESSIONAL, roles.BEHEERDER])
    log_in_with_mfa(client, beheerder)

    assert client.get(reverse("event_participants", args=[event.slug])).status_code == 200


def test_csv_export_has_every_participant_and_the_answers(client, event, organiser):
    client.force_login(organiser)

    response = client.get(reverse("event_participants_csv", args=[event.slug]))

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][4] == "Wat wilt u leren?"
    assert sorted(row[4] for row in rows[1:]) == [
        "Vraag van Anna", "Vraag van Bram", "Vraag van Chris"]
    assert response["Content-Disposition"].startswith("attachment;")


def test_attendance_is_recorded_for_seated_participants(client, event, organiser):
    client.force_login(organiser)
    seated = list(event.registrations.filter(status=Status.CONFIRMED))

    client.post(reverse("event_participants", args=[event.slug]), {"present": [seated[0].pk]})

    assert [r.attended for r in event.registrations.filter(status=Status.CONFIRMED)
            .order_by("pk")] == [True, False]


def test_message_reaches_seated_and_waiting_people_one_mail_each(client, event, organiser):
    client.force_login(organiser)
    mail.outbox.clear()

    response = client.post(reverse("event_message", args=[event.slug]),
                           {"subject": "Andere zaal", "body": "We zitten in zaal 2."}, follow=True)

    assert "verstuurd aan 3 deelnemers" in parse(response).get_text()
    assert sorted(len(m.to) for m in mail.outbox) == [1, 1, 1]
    assert all("We zitten in zaal 2." in m.body for m in mail.outbox)


def test_an_empty_message_is_refused_and_the_subject_kept(client, event, organiser):
    client.force_login(organiser)

    soup = parse(client.post(reverse("event_message", args=[event.slug]),
                             {"subject": "Andere zaal", "body": ""}))

    assert "Schrijf een bericht." in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "subject"})["value"] == "Andere zaal"


def test_calling_off_mails_everyone_and_closes_registration(client, event, organiser):
    client.force_login(organiser)
    mail.outbox.clear()

    client.post(reverse("event_cancel", args=[event.slug]), {"reason": "De spreker is ziek."})

    event.refresh_from_db()
    assert event.is_cancelled
    assert len(mail.outbox) == 3
    assert all("De spreker is ziek." in m.body for m in mail.outbox)
    assert registrations.refusal(event).code == "cancelled"
