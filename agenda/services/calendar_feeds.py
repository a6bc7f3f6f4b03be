"""The secret address of a person's own calendar feed (their seats, read by
calendar programs without a session)."""

import secrets

from ..models import CalendarFeed


def renew_calendar_feed(user):
    """Make `user`'s secret calendar-feed address, or replace it: the old one
    stops working at once. On a POST only; reading the address never makes one."""
    feed, _created = CalendarFeed.objects.update_or_create(
        user=user, defaults={"key": secrets.token_urlsafe(32)})
    return feed
