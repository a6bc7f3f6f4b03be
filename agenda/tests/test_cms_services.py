"""What editors do to an event in the CMS goes through the same services as the
site: more seats give the waitlist its turn, and an event taken out of the
agenda with people registered is called off for them, with a mail."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts import roles
from accounts.tests.factories import ProfessionalFactory, UserFactory, log_in_with_mfa
from agenda.models import Event, Registration
from agenda.services import registrations
from core.tests.html import parse

from .factories import EventFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def redacteur_client(client):
    log_in_with_mfa(client, UserFactory(roles=[roles.PROFESSIONAL, roles.REDACTEUR]))
    return client


@pytest.fixture
def full_event():
    """Two seats taken, three people waiting; published through a revision as
    the CMS does."""
    event = EventFactory(capacity=2)
    event.save_revision().publish()
    for _person in range(5):
        registrations.register_for_event(event, user=ProfessionalFactory())
    mail.outbox.clear()
    return Event.objects.get(pk=event.pk)


def _edit_form(client, event):
    """The CMS edit form's fields as the browser would send them."""
    form = parse(client.get(reverse("wagtailsnippets_agenda_event:edit", args=[event.pk]))
                 ).find("form", attrs={"data-edit-form": True})
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file"):
            continue
        if field.name == "textarea":
            data[name] = field.get_text()
        elif field.name == "select":
            chosen = field.find_all("option", selected=True)
            data[name] = [option.get("value", "") for option in chosen] if field.has_attr(
                "multiple") else (chosen[0].get("value", "") if chosen else "")
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        else:
            data[name] = field.get("value", "")
    return data


def _waiting(event):
    return list(event.registrations.filter(status=Status.WAITLISTED).order_by(
        "waitlisted_at", "pk"))


def test_more_seats_published_in_the_cms_go_to_the_first_on_the_waitlist(
        redacteur_client, full_event, django_capture_on_commit_callbacks):
    first, second, third = _waiting(full_event)
    data = {**_edit_form(redacteur_client, full_event), "capacity": "4",
            "action-publish": "action-publish"}

    with django_capture_on_commit_callbacks(execute=True):
        response = redacteur_client.post(
            reverse("wagtailsnippets_agenda_event:edit", args=[full_event.pk]), data)

    assert response.status_code == 302, parse(response).find(class_="error-message")
    statuses = {r.pk: r.status for r in full_event.registrations.all()}
    assert [statuses[r.pk] for r in (first, second, third)] == [
        Status.CONFIRMED, Status.CONFIRMED, Status.WAITLISTED]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])
    assert registrations.waitlist_position(Registration.objects.get(pk=third.pk)) == 1


def test_more_seats_in_a_draft_give_nobody_a_seat_until_published(
        redacteur_client, full_event, django_capture_on_commit_callbacks):
    data = {**_edit_form(redacteur_client, full_event), "capacity": "4"}

    with django_capture_on_commit_callbacks(execute=True):
        redacteur_client.post(
            reverse("wagtailsnippets_agenda_event:edit", args=[full_event.pk]), data)

    assert len(_waiting(full_event)) == 3 and mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        Event.objects.get(pk=full_event.pk).latest_revision.publish()  # as publish_scheduled
    assert len(_waiting(full_event)) == 1


def test_unpublishing_an_event_with_people_registered_calls_it_off(
        redacteur_client, full_event):
    url = reverse("wagtailsnippets_agenda_event:unpublish", args=[full_event.pk])
    warning = parse(redacteur_client.get(url)).get_text(" ")

    redacteur_client.post(url)  # cancel_event's mail is sent on its commit (conftest)

    assert "5 mensen aangemeld" in warning
    event = Event.objects.get(pk=full_event.pk)
    assert not event.live and event.is_cancelled
    assert len(mail.outbox) == 5
    assert all("gaat niet door" in m.body for m in mail.outbox)


def test_unpublishing_an_event_nobody_registered_for_does_not_call_it_off(redacteur_client):
    event = EventFactory()
    event.save_revision().publish()

    redacteur_client.post(reverse("wagtailsnippets_agenda_event:unpublish", args=[event.pk]))

    event = Event.objects.get(pk=event.pk)
    assert not event.live and not event.is_cancelled and mail.outbox == []


def test_deleting_an_event_in_the_cms_tells_everyone_registered(redacteur_client, full_event):
    url = reverse("wagtailsnippets_agenda_event:delete", args=[full_event.pk])
    warning = parse(redacteur_client.get(url)).get_text(" ")

    redacteur_client.post(url)  # cancel_event's mail is sent on its commit (conftest)

    assert "5 mensen aangemeld" in warning
    assert not Event.objects.filter(pk=full_event.pk).exists()
    assert len(mail.outbox) == 5
    assert all("gaat niet door" in m.body for m in mail.outbox)
