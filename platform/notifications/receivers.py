"""Notifications follow their item's access: when the event log gives an
object a new token (a post hidden, a group turned closed, an event called
off), its notifications get the same one, so they leave the centre, the
badge and the digests of whoever may no longer see the object."""

from realtime.events import apply_tokens, retokened

from .models import Notification


def follow_tokens(sender, by_token, **kwargs):
    apply_tokens(Notification.objects.all(), by_token)


def register():
    retokened.connect(follow_tokens, dispatch_uid="notifications.follow_tokens")
