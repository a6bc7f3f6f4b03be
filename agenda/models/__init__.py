"""Models of the agenda pillar: events and their sessions, registrations."""

from .events import Audience, Event, EventKind, EventMaterial, EventSession
from .registrations import Registration

__all__ = [
    "Audience", "Event", "EventKind", "EventMaterial", "EventSession", "Registration",
]
