"""An event page's live stream, "event-<id>": free seats follow every
registration, cancellation and promotion from the waitlist while the page
is open. The stream needs the event's own token, and a published event."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from access.visibility import NOBODY_TOKEN
from realtime import events, streams

from .models import Event, Registration
from .services.registrations import seats_left


def event_stream(event_id):
    return f"event-{event_id}"


def _event_needs(key):
    event = Event.objects.filter(pk=key, live=True).first() if key.isdigit() else None
    return event.access_token if event else None


def register():
    streams.register("event", _event_needs)


@receiver(post_save, sender=Registration, dispatch_uid="agenda.live.registration_saved")
def registration_saved(sender, instance, raw=False, **kwargs):
    """Inside the service's transaction, with the event locked: the count
    is the one that commits."""
    event = instance.event
    if raw or event.capacity is None:
        return
    events.emit(event_stream(event.pk), "seats.changed", event.access_token,
                subject=f"event-{event.pk}", data={"seats_left": seats_left(event)})


@receiver(post_save, sender=Event, dispatch_uid="agenda.live.event_saved")
def event_saved(sender, instance, created, raw=False, **kwargs):
    """Its visibility may have changed (or it was unpublished)."""
    if created or raw:
        return
    # Unpublished, it has no page: its events and notifications go with it.
    token = instance.access_token if instance.live else NOBODY_TOKEN
    events.retoken({f"event-{instance.pk}": token})
    events.access_changed(streams=[event_stream(instance.pk)])


@receiver(post_delete, sender=Event, dispatch_uid="agenda.live.event_deleted")
def event_deleted(sender, instance, **kwargs):
    """A deleted event's notices lead nowhere: they leave the centre."""
    events.retoken({f"event-{instance.pk}": NOBODY_TOKEN})
