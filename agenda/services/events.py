"""Writes on an event as a whole, from its organiser's page or the CMS:
calling it off, taking it out of the agenda, giving seats that came free.

Each takes the event's lock (see `locking`) as registering does, so a
registration never slips in while an event is being called off.
"""

from django.db import transaction

from search import indexing

from .. import mail
from ..models import Event, Registration
from . import notices
from .locking import locked, moment
from .registrations import promote_from_waitlist

Status = Registration.Status


def cancel_event(event, reason="", now=None, by=None):
    """Call an event off: it stays visible as cancelled; everyone registered is
    mailed, and notified with an account (except `by`, who called it off)."""
    return _call_off(event, reason, now, by, withdrawn=False)


def _call_off(event, reason, now, by, withdrawn):
    with transaction.atomic():
        event = locked(event)
        now = moment(now)
        if event.is_cancelled:
            return event
        Event.objects.filter(pk=event.pk).update(cancelled_at=now)
        event.cancelled_at = now
        # update() sends no signal: search shows "Afgelast" from now on.
        indexing.schedule("activiteit", [event.pk])
        registrations = list(event.registrations.exclude(status=Status.CANCELLED)
                             .select_related("user"))
        for registration in registrations:
            mail.event_cancelled(registration, reason)
        notices.event_cancelled(event, registrations, by=by, withdrawn=withdrawn)
    return event


def still_registered(event):
    """How many people hold a seat, wait for one or have yet to confirm."""
    return event.registrations.exclude(status=Status.CANCELLED).count()


def fill_free_seats(event, now=None):
    """Give seats that came free without a cancellation (an editor published
    a higher capacity in the CMS) to the waitlist, as cancelling would."""
    with transaction.atomic():
        event = locked(event)
        now = moment(now)
        if not event.live or event.is_cancelled or event.is_past(now):
            return []
        return promote_from_waitlist(event, now)


def withdraw_event(event, now=None):
    """The event leaves the agenda (unpublished or deleted in the CMS): for
    whoever is still registered it is called off, with the same mail."""
    with transaction.atomic():
        event = locked(event)
        now = moment(now)
        if event.is_past(now) or not still_registered(event):
            return event
        return _call_off(event, "", now, None, withdrawn=True)
