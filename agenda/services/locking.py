"""The one lock every seat decision takes, shared by `registrations` and `events`.

The agenda's services are the one place that decides who gets a seat.
Every decision takes the event's row lock first (SELECT ... FOR UPDATE on
PostgreSQL; on SQLite the transaction is IMMEDIATE, so writers queue for
the database's one write lock). Counting seats and giving one away
therefore never interleave: capacity is never exceeded, however many
people press the button at once. Mail goes out after the commit.
"""

from django.utils import timezone

from ..models import Event


def locked(event):
    """The event, re-read under its row lock (the caller holds a transaction)."""
    return Event.objects.select_for_update().get(pk=event.pk)


def moment(now):
    """The time a locked decision is stamped with.

    Taken after the lock: whoever waited for it comes after everyone placed
    meanwhile, so a waitlist place once told never changes in a race.
    """
    return now or timezone.now()
