"""The agenda in a real browser: a seat passes from one professional to the
next on the waitlist, a guest confirms by the mailed link, and zero axe
violations (WCAG 2.1 A and AA) on every agenda page, for whom it is meant."""

import datetime
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from accounts.tests.factories import ProfessionalFactory
from agenda import links
from agenda.models import Registration
from agenda.tests.factories import EventFactory, RegistrationFactory
from taxonomy.tests.factories import ThemaFactory, WijkFactory

from .helpers import log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
Status = Registration.Status
ONLINE_URL = "https://meet.example.nl/scholing"






def registration_section(page):
    return page.get_by_role("region", name="Aanmelden")


def messages(page):
    return page.locator(".messages")


def test_a_freed_seat_goes_to_the_first_on_the_waitlist(page, login, new_page, password):
    event = EventFactory(capacity=1)
    anna, bram = ProfessionalFactory(), ProfessionalFactory()

    login(anna)
    page.goto(event.get_absolute_url())
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(messages(page)).to_contain_text("U bent aangemeld")

    brams_page = new_page()
    log_in(brams_page, bram, password)
    brams_page.goto(event.get_absolute_url())
    expect(registration_section(brams_page).get_by_role("button")).to_have_text(
        "Zet mij op de wachtlijst")
    brams_page.get_by_role("button", name="Zet mij op de wachtlijst").click()
    expect(messages(brams_page)).to_contain_text("op plaats 1")
    expect(brams_page.get_by_role("button", name="Haal mij van de wachtlijst")).to_be_visible()

    page.get_by_role("button", name="Afmelden").click()
    expect(messages(page)).to_contain_text("U bent afgemeld")

    brams_page.reload()
    expect(registration_section(brams_page)).to_contain_text("U bent aangemeld.")
    expect(brams_page.get_by_role("button", name="Afmelden")).to_be_visible()
    promotions = [m for m in mail.outbox if "Er is een plaats voor u" in m.subject]
    assert [m.to for m in promotions] == [[bram.email]]
    statuses = dict(event.registrations.values_list("user", "status"))
    assert statuses == {anna.pk: Status.CANCELLED, bram.pk: Status.CONFIRMED}


def test_guest_registers_and_confirms_with_the_mailed_link(page, live_server):
    event = EventFactory(capacity=5)

    page.goto(event.get_absolute_url())
    page.get_by_label("Uw naam").fill("Fatima el Amrani")
    page.get_by_label("Uw e-mailadres").fill("fatima@example.nl")
    page.get_by_role("button", name="Aanmelden", exact=True).click()
    expect(messages(page)).to_contain_text("Bijna klaar")

    assert [m.to for m in mail.outbox] == [["fatima@example.nl"]]
    link = re.search(r"\S+/agenda/aanmelding/bevestigen/\S+", mail.outbox[0].body).group(0)
    page.goto(link.replace(settings.SITE_URL.rstrip("/"), live_server.url))
    page.get_by_role("button", name="Ja, bevestig mijn aanmelding").click()
    expect(messages(page)).to_contain_text("Bevestigd")

    registration = event.registrations.get()
    assert (registration.name, registration.status) == ("Fatima el Amrani", Status.CONFIRMED)


# --- Accessibility --------------------------------------------------------------------

def relative(url):
    return urlsplit(url).path


def listing(login):
    wijk, thema = WijkFactory(name="Meerzicht"), ThemaFactory(name="Dyslexie")
    EventFactory(title="Scholing signaleren")
    RegistrationFactory(event=EventFactory(title="Volle scholing", capacity=1))
    tagged = EventFactory(title="Wijkbijeenkomst Meerzicht", kind="wijkbijeenkomst", wijk=wijk,
                          capacity=20)
    tagged.themas.set([thema])
    tagged.save()
    return "/agenda/"


def filter_error(login):
    listing(login)
    return "/agenda/?van=morgen"


def archive(login):
    start = timezone.now() - datetime.timedelta(days=3)
    EventFactory(title="Geweest", start=start, end=start + datetime.timedelta(hours=2))
    return "/agenda/archief/"


def guest_form(login):
    return EventFactory(question="Welke vraag wilt u stellen?").get_absolute_url()


def registered(login):
    user = ProfessionalFactory()
    event = EventFactory(online_url=ONLINE_URL, location="", capacity=10)
    RegistrationFactory(event=event, user=user, email=user.email)
    login(user)
    return event.get_absolute_url()


def confirm_page(login):
    return relative(links.confirm_url(RegistrationFactory(status=Status.PENDING)))


def cancel_page(login):
    return relative(links.cancel_url(RegistrationFactory()))


# name: (builds the data and returns the URL, expected status, what must be on the page)
PAGES = {
    "lijst": (listing, 200, [".card >> nth=2", ".tag", "text=vol, wachtlijst open"]),
    "lijst-filterfout": (filter_error, 200, ["#id_van_error", ".card"]),
    "archief": (archive, 200, [".card"]),
    "bijeenkomst-anoniem": (guest_form, 200, ["#id_name", "#id_email", "#id_answer"]),
    "bijeenkomst-fouten": (guest_form, 200, [".error-summary", "#id_name_error"]),
    "bijeenkomst-aangemeld": (registered, 200,
                              [f'a[href="{ONLINE_URL}"]', "button:text-is('Afmelden')"]),
    "bevestigen": (confirm_page, 200, ["button:text-is('Ja, bevestig mijn aanmelding')"]),
    "afmelden": (cancel_page, 200, ["button:text-is('Ja, meld mij af')"]),
    # A link that does not work is a 404, kindly explained.
    "link-werkt-niet": (lambda login: "/agenda/aanmelding/bevestigen/ongeldig/", 404,
                        ["h1:text-is('Deze link werkt niet')"]),
}


@pytest.mark.parametrize("name", PAGES)
def test_agenda_page_has_no_axe_violations(page, login, assert_accessible, name):
    build, status, must_show = PAGES[name]
    url = build(login)

    response = page.goto(url)
    if name == "bijeenkomst-fouten":
        with page.expect_navigation() as navigation:
            page.get_by_role("button", name="Aanmelden", exact=True).click()
        response = navigation.value

    assert response.status == status
    assert page.locator("h1").count() == 1
    for selector in must_show:
        assert page.locator(selector).count() >= 1, f"{selector} missing on {page.url}"
    assert_accessible(page)
