"""The agenda's panels on "Voor mij" (`startpage.panels`, registered in
apps.py): my next registrations and the coming events in my wijken.

Which wijken someone works in is on their profile, which the agenda may not
read; `startpage.wijken.wijken_of` asks whichever pillar knows. Like views,
these only pick from the agenda's querysets and write nothing; each costs a
fixed number of queries, whatever the number of events.
"""

from startpage.panels import register_panel
from startpage.wijken import wijken_of

from .models import Event, Registration

REGISTRATIONS_TEMPLATE = "agenda/startpage/registrations.html"
WIJK_EVENTS_TEMPLATE = "agenda/startpage/wijk_events.html"
REGISTRATIONS_SHOWN = 5
WIJK_EVENTS_SHOWN = 5
# A seat or a place on the waitlist: what someone still goes to, or may.
GOING = (Registration.Status.CONFIRMED, Registration.Status.WAITLISTED)


def registrations(user):
    """The user's registrations for coming events they may still see, the
    soonest first. Two queries (registrations with events, their sessions)."""
    events = Event.objects.published().visible_to(user).upcoming()
    mine = (
        Registration.objects.filter(user=user, status__in=GOING, event__in=events)
        .select_related("event").prefetch_related("event__sessions")
        .order_by("event__start", "pk")
    )
    return {"registrations": list(mine[:REGISTRATIONS_SHOWN])}


def wijk_events(user):
    """The coming published events in the user's wijken that they may see,
    soonest first. Three queries (wijken, events, sessions); one when the
    user names no wijk."""
    wijken = list(wijken_of(user))
    if not wijken:
        return {"wijken": [], "events": []}
    events = (
        Event.objects.published().visible_to(user).upcoming().filter(wijk__in=wijken)
        .select_related("wijk").with_sessions().order_by("start", "pk")
    )
    return {"wijken": wijken, "events": list(events[:WIJK_EVENTS_SHOWN])}


def register():
    register_panel("aanmeldingen", REGISTRATIONS_TEMPLATE, registrations, order=40)
    register_panel("wijk", WIJK_EVENTS_TEMPLATE, wijk_events, order=60)
