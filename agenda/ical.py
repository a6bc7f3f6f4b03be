"""iCalendar (RFC 5545) for events: one event, a feed, a person's registrations.

Times are written in UTC; the UID is the event's own and never changes, so
a calendar updates the event instead of adding it twice. A cancelled event
is sent with STATUS:CANCELLED so calendars remove it.
"""

import datetime
from urllib.parse import urlencode

from django.conf import settings
from icalendar import Calendar
from icalendar import Event as CalendarEvent

PRODID = "-//Wijkzorgnetwerk//Agenda//NL"


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def calendar(events, name, with_online_url=lambda event: False):
    """A VCALENDAR with one VEVENT per event. `with_online_url(event)` says
    whether the reader may have the online link (registered participants)."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(_vevent(event, with_online_url(event)))
    return cal.to_ical()


def _vevent(event, include_online_url):
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    vevent = CalendarEvent()
    vevent.add("uid", f"{event.uid}@{settings.SITE_URL.split('://')[-1].split('/')[0]}")
    vevent.add("dtstamp", _utc(event.last_published_at or event.created_at))
    vevent.add("dtstart", _utc(event.start))
    vevent.add("dtend", _utc(event.end))
    vevent.add("summary", event.title)
    description = [event.summary, url]
    if include_online_url and event.online_url:
        description.append(f"Online meedoen: {event.online_url}")
    vevent.add("description", "\n\n".join(description))
    vevent.add("url", url)
    if event.location:
        vevent.add("location", event.location)
    vevent.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
    return vevent


def add_to_calendar_links(event):
    """Links that open a filled-in appointment in web calendars, besides the .ics file."""
    start, end = _utc(event.start), _utc(event.end)
    url = settings.SITE_URL.rstrip("/") + event.get_absolute_url()
    google = "https://calendar.google.com/calendar/render?" + urlencode({
        "action": "TEMPLATE", "text": event.title,
        "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
        "details": f"{event.summary}\n\n{url}", "location": event.location,
    })
    outlook = "https://outlook.office.com/calendar/0/deeplink/compose?" + urlencode({
        "subject": event.title, "startdt": start.isoformat(), "enddt": end.isoformat(),
        "body": f"{event.summary}\n\n{url}", "location": event.location,
        "path": "/calendar/action/compose",
    })
    return [("Google Agenda", google), ("Outlook", outlook)]
