"""Emitting domain events: one row in the log inside the caller's
transaction, delivered to the channel layer after it commits.

Services call `emit` where they write. A reader never depends on the live
delivery alone: a socket that missed it (a worker restarting, Redis gone
for a moment) reads the log when it reconnects, from the position it last
saw (see consumers.StreamConsumer).
"""

import logging
import re
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone

from .models import Event, Stream

log = logging.getLogger(__name__)

# Sent by retoken() with by_token={token: [subject, ...]}.
retokened = Signal()

# "group-12", "post-34", "section-praat-mee", "user-7": lower-case words and
# digits joined by hyphens, so a stream name is also a valid part of a
# channel-layer group name (ASCII letters, digits, hyphens, periods).
STREAM_NAME = re.compile(r"^[a-z]+(-[a-z0-9]+)+$")
# How long the log keeps events for reconnecting sockets; older positions
# are told to reload.
RETENTION = timedelta(days=2)


def channel_group(stream):
    return f"stream.{stream}"


def user_group(user_id):
    """Every socket of one user listens here for access changes."""
    return f"user.{user_id}"


def emit(stream, kind, token, subject="", data=None):
    """Log an event in `stream`, readable with `token`, and deliver it to
    the stream's sockets once the surrounding transaction commits."""
    if not STREAM_NAME.match(stream):
        raise ValueError(f"Not a stream name: {stream!r}")
    with transaction.atomic():
        Stream.objects.bulk_create([Stream(name=stream)], ignore_conflicts=True)
        # The update locks the stream's row until commit (see models.Stream).
        Stream.objects.filter(name=stream).update(last=F("last") + 1)
        position = Stream.objects.values_list("last", flat=True).get(name=stream)
        event = Event.objects.create(stream=stream, position=position, kind=kind,
                                     token=token, subject=subject, data=data or {})
    transaction.on_commit(lambda: deliver(event))
    return event


def deliver(event):
    """Send `event` to the sockets on its stream. A failing channel layer
    is logged, not raised: the event is in the log, and sockets catch up."""
    try:
        async_to_sync(get_channel_layer().group_send)(
            channel_group(event.stream),
            {"type": "stream.event", "token": event.token, **event.as_message()})
    except Exception:
        log.exception("Event %s was logged but not delivered live", event)


def retoken(tokens):
    """{subject: token}: each object now needs that token, and its logged
    events follow, so a reconnecting socket is not sent what its reader may
    no longer see. One update per distinct token. Whatever else is kept per
    subject (notifications) follows through the `retokened` signal, whose
    receivers call `apply_tokens` on their own rows."""
    by_token = {}
    for subject, token in tokens.items():
        by_token.setdefault(token, []).append(subject)
    apply_tokens(Event.objects.all(), by_token)
    retokened.send(sender=Event, by_token=by_token)


def apply_tokens(rows, by_token):
    """{token: [subject, ...]}: give the rows (with `subject` and `token`
    fields) about those subjects that token. One update per token."""
    for token, subjects in by_token.items():
        rows.filter(subject__in=subjects).exclude(token=token).update(token=token)


def access_changed(user_ids=(), streams=()):
    """After commit, tell the sockets of these users, and every socket on
    these streams, to check their subscriptions again."""
    def send():
        layer = get_channel_layer()
        message = {"type": "access.changed"}
        try:
            for group in [*(user_group(i) for i in user_ids),
                          *(channel_group(s) for s in streams)]:
                async_to_sync(layer.group_send)(group, message)
        except Exception:
            log.exception("Could not tell sockets that access changed")
    transaction.on_commit(send)


def missed(stream, after, tokens):
    """What a socket that saw `stream` up to `after` has missed: (the events
    `tokens` may read, in order; the last position looked at), or None when
    `after` is older than the log keeps and the page must reload."""
    last = last_position(stream)
    if after >= last:
        return [], after
    events = list(Event.objects.filter(stream=stream, position__gt=after).order_by("position"))
    if not events or events[0].position != after + 1:
        return None
    return [e for e in events if e.token in tokens], events[-1].position


def last_position(stream):
    return Stream.objects.filter(name=stream).values_list("last", flat=True).first() or 0


def prune(now=None):
    """Drop events past the retention window (a scheduler job)."""
    cutoff = (now or timezone.now()) - RETENTION
    deleted, _ = Event.objects.filter(created_at__lt=cutoff).delete()
    return deleted
