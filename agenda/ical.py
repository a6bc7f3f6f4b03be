"""iCalendar (RFC 5545) for events: one event, a feed, a person's registrations.

Times are written in UTC; the UID is the event's own and never changes, so
a calendar updates the event instead of adding it twice. A series (an event
with more than one session) is one appointment per session, each with the
event's UID plus its number (`<uid>-2`). A cancelled event is sent with
STATUS:CANCELLED, every session under its same UID, so calendars remove it.

Stored text may hold anything (an import, the CMS's JSON, a pasted title):
every text property is cleaned of control characters, and one-line
properties of line breaks, so no title can break a calendar file.
"""

import datetime
import re
from typing import NamedTuple
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext as _
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from core.text import strip_control_characters

PRODID = "-//Wijkzorgnetwerk//Agenda//NL"


class Meeting(NamedTuple):
    """One appointment of an event in a calendar: the event itself, or one session."""

    number: int | None  # the session's place in a series; None for a single meeting
    summary: str
    heading: str  # the session's own title, if it has one
    start: datetime.datetime
    end: datetime.datetime


def meetings(event):
    """The appointments `event` puts in a calendar, in order."""
    if not event.is_series:
        moment = event.listed_session() or event
        return [Meeting(None, event.title, "", moment.start, moment.end)]
    total = len(event.sessions_in_order)
    return [
        Meeting(number, _("%(title)s (bijeenkomst %(number)s van %(total)s)") % {
            "title": event.title, "number": number, "total": total},
            session.title, session.start, session.end)
        for number, session in enumerate(event.sessions_in_order, start=1)
    ]


def _line(text):
    """`text` as one line: control characters out, line breaks and runs of spaces one space."""
    return " ".join(strip_control_characters(text).split())


def _lines(text):
    """`text` without control characters, its line breaks all plain new lines."""
    return re.sub(r"\r\n|[\r\u2028\u2029]", "\n", strip_control_characters(text))


def download_name(name):
    """`name` as a file name any browser and mail program takes: letters, digits, dots, dashes."""
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "agenda.ics"


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _uid(event, meeting):
    host = settings.SITE_URL.split("://")[-1].split("/")[0]
    suffix = "" if meeting.number is None else f"-{meeting.number}"
    return f"{event.uid}{suffix}@{host}"


def calendar(events, name, with_online_url=lambda event: False):
    """A VCALENDAR with one VEVENT per event. `with_online_url(event)` says
    whether the reader may have the online link (registered participants)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    # Not a property icalendar knows, so it would be written unescaped.
    cal.add("x-wr-calname", vText(_line(name)))
    for event in events:
        include_online_url = with_online_url(event)
        for meeting in meetings(event):
            cal.add_component(_vevent(event, meeting, include_online_url))
    return cal.to_ical()


def _vevent(event, meeting, include_online_url):
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    vevent = CalendarEvent()
    vevent.add("uid", _uid(event, meeting))
    vevent.add("dtstamp", _utc(event.last_published_at or event.created_at))
    vevent.add("dtstart", _utc(meeting.start))
    vevent.add("dtend", _utc(meeting.end))
    vevent.add("summary", _line(meeting.summary))
    description = [_lines(text) for text in (meeting.heading, event.summary, url) if text]
    if include_online_url and event.online_url:
        description.append(f"Online meedoen: {_line(event.online_url)}")
    vevent.add("description", "\n\n".join(description))
    vevent.add("url", url)
    if event.location:
        vevent.add("location", _line(event.location))
    vevent.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return vevent


def add_to_calendar_links(event):
    """Links that open a filled-in appointment in web calendars, besides the .ics
    file: (name, link) pairs, a Google and an Outlook link per session of a series."""
    links = []
    for meeting in meetings(event):
        for name, link in _web_calendar_links(event, meeting):
            if meeting.number is not None:
                name = _("%(calendar)s (bijeenkomst %(number)s)") % {
                    "calendar": name, "number": meeting.number}
            links.append((name, link))
    return links


def _web_calendar_links(event, meeting):
    start, end = _utc(meeting.start), _utc(meeting.end)
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    title, details = _line(meeting.summary), f"{_lines(event.summary)}\n\n{url}"
    google = "https://calendar.google.com/calendar/render?" + urlencode({
        "action": "TEMPLATE", "text": title,
        "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        "details": details, "location": _line(event.location),
    })
    outlook = "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode({
        "subject": title, "startdt": start.isoformat(), "enddt": end.isoformat(),
        "body": details, "location": _line(event.location),
        "path": "/calendar/action/compose",
    })
    return [("Google Agenda", google), ("Outlook", outlook)]
