"""The agenda as people use it: the listing and its filters, an event page,
registering (one click or as a guest), links from the mails, and iCal."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import ProfessionalFactory
from agenda import links
from agenda.models import Registration
from agenda.services import registrations
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.tests.factories import CommunityGroupFactory, MembershipFactory
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db
Status = Registration.Status


def titles(response):
    return [a.get_text(strip=True) for a in parse(response).select(".card__title a")]


# --- Listing --------------------------------------------------------------------------

def test_listing_shows_upcoming_events_soonest_first_and_the_archive_the_past(client):
    now = timezone.now()
    EventFactory(title="Later", start=now + datetime.timedelta(days=9),
                 end=now + datetime.timedelta(days=9, hours=2))
    EventFactory(title="Eerst", start=now + datetime.timedelta(days=2),
                 end=now + datetime.timedelta(days=2, hours=2))
    EventFactory(title="Geweest", start=now - datetime.timedelta(days=3),
                 end=now - datetime.timedelta(days=3) + datetime.timedelta(hours=2))
    EventFactory(title="Concept", live=False)

    assert titles(client.get("/agenda/")) == ["Eerst", "Later"]
    assert titles(client.get("/agenda/archief/")) == ["Geweest"]


def test_filters_type_wijk_thema_audience_dates_and_places_left(client):
    meerzicht, thema = WijkFactory(name="Meerzicht"), ThemaFactory(name="Dyslexie")
    match = EventFactory(title="Past", kind="wijkbijeenkomst", wijk=meerzicht, capacity=3,
                         audience="professionals")
    match.themas.set([thema])
    match.save()
    EventFactory(title="Andere soort", kind="scholing", wijk=meerzicht)
    full = EventFactory(title="Vol", kind="wijkbijeenkomst", wijk=meerzicht, capacity=1)
    full.themas.set([thema])
    full.save()
    RegistrationFactory(event=full)
    day = timezone.localtime(match.start).date().isoformat()

    url = (f"/agenda/?soort=wijkbijeenkomst&wijk=meerzicht&thema=dyslexie&voor=professionals"
           f"&van={day}&tot={day}&plaatsen=on")

    assert titles(client.get(url)) == ["Past"]


def test_a_wrong_date_is_explained_and_ignored(client):
    EventFactory(title="Scholing dyslexie")

    soup = parse(client.get("/agenda/?van=morgen"))

    assert "Vul een datum in" in soup.find(id="id_van_error").get_text()
    assert [a.get_text(strip=True) for a in soup.select(".card__title a")] == [
        "Scholing dyslexie"]


@pytest.mark.parametrize("signed_in", [False, True])
def test_listing_queries_do_not_grow_with_the_number_of_events(client, signed_in):
    if signed_in:
        client.force_login(ProfessionalFactory())
    thema, wijk = ThemaFactory(name="Dyslexie"), WijkFactory(name="Meerzicht")
    addresses = []

    def add(n):
        for event in EventFactory.create_batch(n, wijk=wijk, capacity=10):
            event.themas.set([thema])
            event.save()
            RegistrationFactory(event=event)
            addresses.append(event.get_absolute_url())

    add(2)
    few = page_queries(client, "/agenda/?plaatsen=on", addresses)
    add(12)  # 14 events: one page shows them all
    assert page_queries(client, "/agenda/?plaatsen=on", addresses) == few
    print(f"/agenda/ {'professional' if signed_in else 'anonymous'}: {few} queries")


# --- Who sees what --------------------------------------------------------------------

@pytest.fixture
def hidden_events():
    group = CommunityGroupFactory(visibility="closed")
    return {
        "professionals": EventFactory(title="Voor professionals", visibility="professionals"),
        "group": EventFactory(title="Voor de groep", visibility="group", access_group=group),
    }, group


@pytest.mark.parametrize("role", ["anonymous", "professional", "member"])
def test_events_are_shown_only_to_who_may_see_them(client, hidden_events, role):
    events, group = hidden_events
    public = EventFactory(title="Openbaar")
    if role != "anonymous":
        user = ProfessionalFactory()
        if role == "member":
            MembershipFactory(group=group, user=user)
        client.force_login(user)
    may_see = {"anonymous": set(), "professional": {"professionals"},
               "member": {"professionals", "group"}}[role]

    listed = titles(client.get("/agenda/"))
    feed = client.get("/agenda/feed.ics").content.decode()
    assert "Openbaar" in listed and client.get(public.get_absolute_url()).status_code == 200
    for key, event in events.items():
        visible = key in may_see
        assert (event.title in listed) is visible
        expected = 200 if visible else 404
        assert client.get(event.get_absolute_url()).status_code == expected
        assert client.get(reverse("event_ics", args=[event.slug])).status_code == expected
        assert event.title not in feed  # the feed is public, whoever asks


# --- Registering ----------------------------------------------------------------------

def test_professional_registers_with_one_click(client):
    event = EventFactory(capacity=3)
    user = ProfessionalFactory()
    client.force_login(user)

    response = client.post(event.get_absolute_url(), follow=True)

    assert "U bent aangemeld." in parse(response).find(class_="messages").get_text()
    assert event.registrations.get().user == user
    assert parse(response).find("button", string="Afmelden")


def test_full_event_offers_the_waitlist_and_tells_the_position(client):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event)
    client.force_login(ProfessionalFactory())

    page = parse(client.get(event.get_absolute_url()))
    assert page.find("button", string="Zet mij op de wachtlijst")
    response = client.post(event.get_absolute_url(), follow=True)

    assert "U staat op de wachtlijst, op plaats 1." in parse(response).get_text(" ")


def test_guest_form_keeps_what_was_typed_on_an_error(client):
    event = EventFactory(question="Welke vraag wilt u bespreken?")

    response = client.post(event.get_absolute_url(), {
        "name": "Fatima el Amrani", "email": "geen-adres", "answer": "Over lezen thuis.",
    })

    soup = parse(response)
    assert "Vul een geldig e-mailadres in" in soup.find(class_="error-summary").get_text()
    assert soup.find("input", attrs={"name": "name"})["value"] == "Fatima el Amrani"
    assert soup.find("input", attrs={"name": "email"})["value"] == "geen-adres"
    assert soup.find("textarea", attrs={"name": "answer"}).get_text().strip() == "Over lezen thuis."
    question = soup.find("label", attrs={"for": "id_answer"}).get_text()
    assert "Welke vraag wilt u bespreken?" in question
    assert not event.registrations.exists()


def test_a_refusal_at_the_moment_of_sending_is_explained(client):
    """Registration closed between opening the page and pressing the button."""
    event = EventFactory(registration_closes=timezone.now() - datetime.timedelta(minutes=5))
    client.force_login(ProfessionalFactory())

    response = client.post(event.get_absolute_url())

    assert "Aanmelden is gesloten" in parse(response).find(class_="message--error").get_text()
    assert not event.registrations.exists()


@pytest.mark.parametrize(("changes", "text"), [
    ({"cancelled_at": timezone.now()}, "Deze bijeenkomst gaat niet door."),
    ({"registration_opens": timezone.now() + datetime.timedelta(days=1)}, "Aanmelden kan nog niet"),
])
def test_event_page_says_why_registering_is_not_possible(client, changes, text):
    event = EventFactory(**changes)

    soup = parse(client.get(event.get_absolute_url()))

    assert text in soup.find("section", class_="callout").get_text()
    assert not soup.find("section", class_="callout").find("form")


def test_online_link_only_for_registered_participants(client):
    event = EventFactory(online_url="https://meet.example.nl/scholing", location="")
    user = ProfessionalFactory()
    client.force_login(user)

    assert "meet.example.nl" not in client.get(event.get_absolute_url()).content.decode()
    assert "meet.example.nl" not in client.get(
        reverse("event_ics", args=[event.slug])).content.decode()
    registrations.register_for_event(event, user=user)

    assert "meet.example.nl" in client.get(event.get_absolute_url()).content.decode()
    assert "meet.example.nl" in client.get(
        reverse("event_ics", args=[event.slug])).content.decode()


# --- Links in mails -------------------------------------------------------------------

def test_guest_confirms_with_the_mailed_link_by_pressing_a_button(client):
    event = EventFactory(capacity=2)
    client.post(event.get_absolute_url(), {"name": "Fatima", "email": "fatima@example.nl"})
    registration = event.registrations.get()
    url = links.confirm_url(registration).removeprefix("http://127.0.0.1:8000")
    assert url in mail.outbox[0].body

    assert client.get(url).status_code == 200  # looking changes nothing
    registration.refresh_from_db()
    assert registration.status == Status.PENDING
    response = client.post(url, follow=True)

    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED
    assert "Bevestigd. U bent aangemeld" in parse(response).get_text()


def test_cancel_link_cancels_on_the_button_and_promotes_the_waitlist(client):
    event = EventFactory(capacity=1)
    first = registrations.register_for_event(event, user=ProfessionalFactory())
    second = registrations.register_for_event(event, user=ProfessionalFactory())
    url = links.cancel_url(first).removeprefix("http://127.0.0.1:8000")

    client.get(url)
    first.refresh_from_db()
    assert first.status == Status.CONFIRMED
    client.post(url)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.CANCELLED, Status.CONFIRMED)


@pytest.mark.parametrize("name", ["registration_confirm", "registration_cancel"])
def test_a_forged_link_is_refused_kindly(client, name):
    registration = RegistrationFactory()
    token = links.make_token(registration, "cancel" if name == "registration_confirm" else "x")

    response = client.get(reverse(name, kwargs={"token": token}))

    assert response.status_code == 404
    assert "Deze link werkt niet" in parse(response).find("h1").get_text()


def test_signed_in_person_cancels_on_the_event_page(client):
    event = EventFactory()
    user = ProfessionalFactory()
    registrations.register_for_event(event, user=user)
    client.force_login(user)

    client.post(reverse("event_cancel_own", args=[event.slug]))

    assert event.registrations.get().status == Status.CANCELLED


# --- iCal -----------------------------------------------------------------------------

def test_ics_parses_back_with_a_stable_uid_and_utc_times(client):
    event = EventFactory(title="Wijkbijeenkomst Meerzicht", location="Buurthuis De Kom")

    url = reverse("event_ics", args=[event.slug])
    first = icalendar.Calendar.from_ical(client.get(url).content)
    again = icalendar.Calendar.from_ical(client.get(url).content)

    (vevent,) = first.walk("VEVENT")
    assert str(vevent["UID"]) == str(again.walk("VEVENT")[0]["UID"])
    assert str(vevent["UID"]).startswith(str(event.uid))
    assert vevent.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert vevent.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
    assert str(vevent["SUMMARY"]) == "Wijkbijeenkomst Meerzicht"
    assert str(vevent["LOCATION"]) == "Buurthuis De Kom"
    assert first["VERSION"] == "2.0" and first["PRODID"]


def test_public_feed_filters_on_wijk_and_thema(client):
    meerzicht = WijkFactory(name="Meerzicht")
    EventFactory(title="In Meerzicht", wijk=meerzicht)
    EventFactory(title="Elders", wijk=WijkFactory(name="Dorp"))

    feed = icalendar.Calendar.from_ical(client.get("/agenda/feed.ics?wijk=meerzicht").content)

    assert [str(e["SUMMARY"]) for e in feed.walk("VEVENT")] == ["In Meerzicht"]


def test_cancelled_event_is_marked_cancelled_in_calendars(client):
    event = EventFactory(cancelled_at=timezone.now())

    (vevent,) = icalendar.Calendar.from_ical(
        client.get(reverse("event_ics", args=[event.slug])).content).walk("VEVENT")

    assert str(vevent["STATUS"]) == "CANCELLED"


def test_materials_show_by_their_own_visibility(client):
    from agenda.models import EventMaterial

    now = timezone.now()
    event = EventFactory(start=now - datetime.timedelta(days=3),
                         end=now - datetime.timedelta(days=3) + datetime.timedelta(hours=2))
    EventMaterial.objects.create(event=event, title="Samenvatting", visibility="public",
                                 summary="De drie belangrijkste tips.")
    EventMaterial.objects.create(event=event, title="Presentatie", visibility="professionals",
                                 url="https://example.nl/dia.pdf")

    def shown():
        section = parse(client.get(event.get_absolute_url())).find("ul", class_="materials")
        return [strong.get_text() for strong in section.find_all("strong")]

    def in_archive():
        card = parse(client.get("/agenda/archief/")).find(class_="card")
        return [a.get_text() for a in card.find_all("a", href=lambda h: h.endswith("#materiaal"))]

    assert shown() == ["Samenvatting"] and in_archive() == ["Samenvatting"]
    client.force_login(ProfessionalFactory())
    assert shown() == ["Samenvatting", "Presentatie"]
    assert in_archive() == ["Samenvatting", "Presentatie"]
    assert "Geweest" not in titles(client.get("/agenda/"))


def test_event_page_offers_add_to_calendar_links(client):
    event = EventFactory(title="Scholing dyslexie")

    soup = parse(client.get(event.get_absolute_url()))

    google = soup.find("a", string="Google Agenda")["href"]
    assert google.startswith("https://calendar.google.com/calendar/render?action=TEMPLATE")
    assert "Scholing+dyslexie" in google
    assert soup.find("a", href=reverse("event_ics", args=[event.slug]))
    assert soup.find("a", string="Outlook")


def test_dates_are_dutch_whatever_the_browser_language(client):
    event = EventFactory(start=timezone.make_aware(datetime.datetime(2030, 12, 16, 19, 30)),
                         end=timezone.make_aware(datetime.datetime(2030, 12, 16, 21, 0)))

    html = client.get(event.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en-US").content.decode()

    assert "maandag 16 december 2030, 19:30" in html


def test_archive_queries_do_not_grow_with_events_or_materials(client):
    from agenda.models import EventMaterial

    past = timezone.now() - datetime.timedelta(days=5)

    addresses = []

    def add(n):
        end = past + datetime.timedelta(hours=1)
        for event in EventFactory.create_batch(n, start=past, end=end):
            EventMaterial.objects.create(event=event, title="Dia's", visibility="public")
            url = event.get_absolute_url()
            addresses.extend([url, f"{url}#materiaal"])

    add(2)
    few = page_queries(client, "/agenda/archief/", addresses)
    add(10)  # 12 events: one page shows them all, each with its material
    assert page_queries(client, "/agenda/archief/", addresses) == few
