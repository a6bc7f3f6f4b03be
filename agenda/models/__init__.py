"""Models of the agenda pillar: events and their sessions, registrations."""

from .events import Audience, Event, EventKind, EventMaterial, EventSession
from .registrations import CalendarFeed, Registration

__all__ = [
    "Audience", "CalendarFeed", "Event", "EventKind", "EventMaterial", "EventSession",
    "Registration",
]
