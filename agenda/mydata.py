"""What the agenda stores about a person, for 'my data'.

Registrations and the calendar feed belong to the account and go with it
(deleting the account deletes them). Events a person organised stay in
the agenda: they are the network's, and their owner becomes empty.
"""

from .models import CalendarFeed, Event, Registration


def export_agenda(user):
    return {
        "registrations": [
            {"event": r.event.title, "start": r.event.start.isoformat(),
             "status": r.status, "answer": r.answer, "registered_at": r.created_at.isoformat()}
            for r in Registration.objects.filter(user=user).select_related("event")
        ],
        "organised_events": list(Event.objects.filter(owner=user).values_list("title", flat=True)),
        "has_calendar_feed": CalendarFeed.objects.filter(user=user).exists(),
    }
