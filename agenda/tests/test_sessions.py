"""Events that meet more than once (a training of two afternoons): every
session is its own appointment in calendars, and lists, the event page and
the mails show the sessions instead of one span over the whole week."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import formats, timezone, translation

from accounts.tests.factories import ProfessionalFactory
from agenda.models import EventSession
from agenda.services import calendar_feeds, events, registrations
from core.tests.html import parse
from core.tests.queries import page_queries
from groups.tests.factories import CommunityGroupFactory, MembershipFactory

from .factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
TITLE = "Meldcode in de praktijk"
FIRST, SECOND = "dinsdag 4 juni 2030, 13:30 – 16:30", "dinsdag 11 juni 2030, 13:30 – 16:30"


def at(day, hour=13, minute=30):
    return datetime.datetime(2030, 6, day, hour, minute, tzinfo=AMSTERDAM)


def series(starts=None, **fields):
    """A live event of three-hour sessions (by default 4 and 11 June 2030); the
    event spans them all, as the CMS stores it."""
    times = [(start, start + datetime.timedelta(hours=3)) for start in starts or (at(4), at(11))]
    event = EventFactory(title=TITLE, start=times[0][0], end=times[-1][1], **fields)
    for number, (start, end) in enumerate(times, start=1):
        EventSession.objects.create(event=event, title=f"Middag {number}", start=start, end=end,
                                    sort_order=number)
    return event


def vevents(response):
    assert response.status_code == 200
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def plain(text):
    return " ".join(text.split())


def dutch(moment, end):
    with translation.override("nl"):
        start = formats.date_format(timezone.localtime(moment), "l j F Y, H:i")
    return f"{start} – {timezone.localtime(end):%H:%M}"


# --- iCal -----------------------------------------------------------------------------

def test_every_session_is_its_own_appointment_in_the_events_ics(client):
    event = series()

    first, second = vevents(client.get(reverse("event_ics", args=[event.slug])))

    assert [str(v["UID"]).split("@")[0] for v in (first, second)] == [
        f"{event.uid}-1", f"{event.uid}-2"]
    assert (first.decoded("DTSTART"), first.decoded("DTEND")) == (at(4), at(4, 16))
    assert (second.decoded("DTSTART"), second.decoded("DTEND")) == (at(11), at(11, 16))
    assert str(first["SUMMARY"]) == f"{TITLE} (bijeenkomst 1 van 2)"
    assert str(second["SUMMARY"]) == f"{TITLE} (bijeenkomst 2 van 2)"
    assert str(second["DESCRIPTION"]).startswith("Middag 2")
    assert {str(v["STATUS"]) for v in (first, second)} == {"CONFIRMED"}


def test_an_event_without_sessions_stays_one_appointment(client):
    event = EventFactory(title="Wijkbijeenkomst")

    (vevent,) = vevents(client.get(reverse("event_ics", args=[event.slug])))

    assert str(vevent["UID"]).split("@")[0] == str(event.uid)
    assert str(vevent["SUMMARY"]) == "Wijkbijeenkomst"
    assert vevent.decoded("DTEND") == event.end.replace(microsecond=0)


@pytest.mark.parametrize("feed", ["public", "personal"])
def test_feeds_have_an_appointment_per_session(client, feed):
    me = ProfessionalFactory()
    for event in (series(), EventFactory(title="Losse bijeenkomst")):
        registrations.register_for_event(event, user=me)
    url = ("/agenda/feed.ics" if feed == "public"
           else reverse("personal_feed", args=[calendar_feeds.renew_calendar_feed(me).key]))

    found = vevents(client.get(url))

    starts = {str(v["SUMMARY"]): v.decoded("DTSTART") for v in found}
    assert sorted(starts) == [
        "Losse bijeenkomst", f"{TITLE} (bijeenkomst 1 van 2)", f"{TITLE} (bijeenkomst 2 van 2)"]
    assert starts[f"{TITLE} (bijeenkomst 1 van 2)"] == at(4)
    assert starts[f"{TITLE} (bijeenkomst 2 van 2)"] == at(11)


def test_a_cancelled_series_cancels_every_session_under_the_same_uids(client):
    event = series()
    url = reverse("event_ics", args=[event.slug])
    before = [str(v["UID"]) for v in vevents(client.get(url))]

    events.cancel_event(event, reason="De trainer is ziek.")

    after = vevents(client.get(url))
    assert [str(v["UID"]) for v in after] == before and len(before) == 2
    assert [str(v["STATUS"]) for v in after] == ["CANCELLED", "CANCELLED"]


def test_web_calendar_links_are_offered_per_session(client):
    event = series()

    links = parse(client.get(event.get_absolute_url())).find_all(
        "a", href=lambda h: h and h.startswith("https://calendar.google.com/"))

    assert [a.get_text() for a in links] == [
        "Google Agenda (bijeenkomst 1)", "Google Agenda (bijeenkomst 2)"]
    assert "20300611T113000Z%2F20300611T143000Z" in links[1]["href"]


# --- Lists, the event page and mails --------------------------------------------------

def test_the_agenda_shows_the_first_session_and_how_many_there_are(client):
    series()

    meta = plain(parse(client.get("/agenda/")).select_one(".card__meta").get_text())

    assert meta == f"Scholing · 2 bijeenkomsten, de eerste op {FIRST}"


def test_once_a_session_is_over_lists_show_the_next_one(client):
    afternoon = timezone.localtime().replace(hour=13, minute=30, second=0, microsecond=0)
    event = series(starts=(afternoon - datetime.timedelta(days=2),
                           afternoon + datetime.timedelta(days=5)))
    later = event.sessions.get(sort_order=2)
    me = ProfessionalFactory()
    RegistrationFactory(event=event, user=me, email=me.email)  # before the first session
    client.force_login(me)

    listed = plain(parse(client.get("/agenda/")).select_one(".card__meta").get_text())
    mine = plain(parse(client.get(reverse("my_agenda"))).find(id="aanmeldingen").parent.get_text())

    expected = f"2 bijeenkomsten, de volgende op {dutch(later.start, later.end)}"
    assert expected in listed and expected in mine


def test_the_groups_page_shows_the_first_session(client):
    group = CommunityGroupFactory()
    member = MembershipFactory(group=group, user=ProfessionalFactory()).user
    series(access_group=group, visibility="group")
    client.force_login(member)

    section = parse(client.get(reverse("group_detail", args=[group.slug]))).find(
        id="bijeenkomsten").parent

    assert f"2 bijeenkomsten, de eerste op {FIRST}" in plain(section.get_text())


def test_the_event_page_lists_every_session_with_its_times(client):
    event = series()

    facts = parse(client.get(event.get_absolute_url())).find("dl", class_="facts")
    when = facts.find("dt", string="Wanneer").find_next_sibling("dd")

    assert [plain(li.get_text()) for li in when.find_all("li")] == [
        f"Middag 1: {FIRST}", f"Middag 2: {SECOND}"]
    assert " tot " not in plain(when.get_text())


def test_the_confirmation_lists_every_session_and_attaches_each(client):
    me = ProfessionalFactory()

    registrations.register_for_event(series(), user=me)

    (message,) = mail.outbox
    assert f"Middag 1: {FIRST}" in message.body and f"Middag 2: {SECOND}" in message.body
    ((_name, content, _type),) = message.attachments
    assert len(icalendar.Calendar.from_ical(content).walk("VEVENT")) == 2


def test_the_cancellation_mail_lists_every_session(client):
    event = series()
    registrations.register_for_event(event, user=ProfessionalFactory())

    events.cancel_event(event, reason="De trainer is ziek.")

    body = mail.outbox[-1].body
    assert "gaat niet door" in body and FIRST in body and SECOND in body


# --- Filters and queries --------------------------------------------------------------

@pytest.mark.parametrize(("query", "found"), [
    ("van=2030-06-06&tot=2030-06-09", ["Losse bijeenkomst"]),
    ("van=2030-06-10&tot=2030-06-12", [TITLE]),
    ("tot=2030-06-04", [TITLE]),
    ("van=2030-06-12", []),
])
def test_a_date_filter_finds_a_series_only_on_the_days_it_meets(client, query, found):
    series()
    EventFactory(title="Losse bijeenkomst", start=at(7), end=at(7, 16))

    soup = parse(client.get(f"/agenda/?{query}"))

    assert [a.get_text(strip=True) for a in soup.select(".card__title a")] == found


@pytest.mark.parametrize("page", ["agenda", "feed", "personal_feed", "my_agenda"])
def test_queries_do_not_grow_with_the_number_of_series(client, page):
    me = ProfessionalFactory()
    client.force_login(me)
    url = (reverse("personal_feed", args=[calendar_feeds.renew_calendar_feed(me).key])
           if page == "personal_feed" else reverse({"feed": "agenda_feed"}.get(page, page)))

    links = []

    def add(n):
        for day in range(1, n + 1):
            event = series(starts=(at(day), at(day, 19)), slug=f"reeks-{page}-{day}-{n}")
            registrations.register_for_event(event, user=me)
            links.append(event.get_absolute_url())

    add(2)
    few = page_queries(client, url, links)
    add(10)  # 12 series: one page shows them all
    assert page_queries(client, url, links) == few
