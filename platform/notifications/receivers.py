"""Notifications follow their item's access: when the event log gives an
object a new token (a post hidden, a group turned closed, an event called
off), its notifications get the same one, so they leave the centre, the
badge and the digests of whoever may no longer see the object."""

from realtime.events import retokened

from .models import Notification


def follow_tokens(sender, tokens, **kwargs):
    by_token = {}
    for subject, token in tokens.items():
        by_token.setdefault(token, []).append(subject)
    for token, subjects in by_token.items():
        Notification.objects.filter(subject__in=subjects).exclude(token=token).update(token=token)


def register():
    retokened.connect(follow_tokens, dispatch_uid="notifications.follow_tokens")
