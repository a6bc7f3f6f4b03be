"""Calendar files survive any stored text: a title pasted with line breaks,
a vertical tab from Word or a quote gives a valid .ics, never a 500."""

import unicodedata

import icalendar
import pytest
from django.urls import reverse

from accounts.tests.factories import ProfessionalFactory
from agenda.services import calendar_feeds, registrations
from agenda.views.calendars import ics_response

from .factories import EventFactory

pytestmark = pytest.mark.django_db

TITLE = 'Scholing\r\nmeldcode\x0b "praktijk"'
CLEAN_TITLE = 'Scholing meldcode "praktijk"'


@pytest.fixture
def event():
    """Stored text that never passed a form: straight from an import or the CMS's JSON."""
    return EventFactory(title=TITLE, summary="Eerste regel\x0bTweede regel\x07.",
                        location="Buurthuis\r\nDe Kom\x1f")


def _valid_calendar(response):
    """The parsed calendar, after checking that only CRLF line ends break its lines."""
    assert response.status_code == 200
    text = response.content.decode()
    assert not [char for char in text.replace("\r\n", "")
                if unicodedata.category(char) in ("Cc", "Zl", "Zp")]
    assert "\r" not in response["Content-Disposition"]
    assert "\n" not in response["Content-Disposition"]
    return icalendar.Calendar.from_ical(response.content)


def _check_texts(calendar):
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == CLEAN_TITLE
    assert str(vevent["LOCATION"]) == "Buurthuis De Kom"
    assert str(vevent["DESCRIPTION"]).startswith("Eerste regel\nTweede regel.")


def test_one_events_ics_survives_control_characters(client, event):
    calendar = _valid_calendar(client.get(reverse("event_ics", args=[event.slug])))

    _check_texts(calendar)
    assert icalendar.vText.from_ical(str(calendar["X-WR-CALNAME"])) == CLEAN_TITLE


def test_the_public_feed_survives_control_characters(client, event):
    _check_texts(_valid_calendar(client.get(reverse("agenda_feed"))))


def test_the_personal_feed_survives_control_characters(client, event):
    me = ProfessionalFactory()
    registrations.register_for_event(event, user=me)

    _check_texts(_valid_calendar(
        client.get(reverse("personal_feed", args=[calendar_feeds.renew_calendar_feed(me).key]))))


def test_the_calendar_name_is_escaped_as_text(client):
    event = EventFactory(title="Ouders; school, wijk")

    raw = client.get(reverse("event_ics", args=[event.slug])).content.decode()

    assert "X-WR-CALNAME:Ouders\\; school\\, wijk\r\n" in raw


@pytest.mark.parametrize(("name", "expected"), [
    ('mijn "agenda"\r\n.ics', 'attachment; filename="mijn-agenda-.ics"'),
    ("scholing-12.ics", 'attachment; filename="scholing-12.ics"'),
    ("\x0b", 'attachment; filename="agenda.ics"'),
])
def test_the_download_name_is_always_a_plain_file_name(name, expected):
    assert ics_response(b"", name)["Content-Disposition"] == expected
