"""The agenda's section of a group's page in the community (a `groups.panels`
panel, registered in apps.py): the group's next events this viewer may see.

The community asks the agenda through this panel rather than reading events
itself. Like a view it only picks from `EventQuerySet`'s reads and writes
nothing; it lives beside its template's name so the two are found together.
"""

from .models import Event

TEMPLATE = "agenda/includes/group_events_panel.html"
SHOWN = 5


def context(group, user):
    """The next live events of `group` that `user` may see, soonest first.

    Two queries (events, their sessions) once the user's tokens are known.
    """
    events = Event.objects.published().visible_to(user).upcoming().filter(access_group=group)
    return {"events": list(events.with_sessions().order_by("start", "pk")[:SHOWN])}
