"""Daily and weekly digests: one mail per person with what they chose to
receive that way and have not read yet, and may still see.

A digest covers what came in before its moment: 07:00 local time every
day, or Mondays at 07:00 for the weekly one. The scheduler runs `send_due`
every ten minutes; each run sends what was made before the latest moment
and is not mailed yet, so a scheduler that was down at seven sends it
later, what arrives after seven waits for the next moment, and a second
run sends nothing twice.
"""

from datetime import timedelta
from itertools import groupby

from django.db import transaction
from django.utils import timezone

from access.tokens import tokens_for

from . import mail
from .models import Notification, Rhythm

DIGEST_HOUR = 7


def latest_moment(rhythm, now):
    """The last digest moment at or before `now`: today's (or this week's
    Monday's) 07:00 local time, or the one before it."""
    local = timezone.localtime(now)
    moment = local.replace(hour=DIGEST_HOUR, minute=0, second=0, microsecond=0)
    if rhythm == Rhythm.WEEKLY:
        moment -= timedelta(days=local.weekday())
    if moment > local:
        moment -= timedelta(days=7 if rhythm == Rhythm.WEEKLY else 1)
    return moment


def send_due(now=None):
    """The daily and weekly digests that are due now; the number of mails."""
    now = now or timezone.now()
    return sum(send_digests(rhythm, now) for rhythm in (Rhythm.DAILY, Rhythm.WEEKLY))


def send_digests(rhythm, now=None):
    """Mail each person the `rhythm` notifications made before the latest
    moment and not mailed yet; the number of mails."""
    now = now or timezone.now()
    pending = (Notification.objects.filter(mail=rhythm, mailed_at=None,
                                           created_at__lt=latest_moment(rhythm, now))
               .select_related("recipient").order_by("recipient_id", "created_at", "pk"))
    sent = 0
    for _user_id, rows in groupby(pending, key=lambda n: n.recipient_id):
        rows = list(rows)
        user = rows[0].recipient
        with transaction.atomic():
            readable = [n for n in rows
                        if n.read_at is None and n.token in tokens_for(user)]
            if readable and user.is_active:
                mail.send_digest(user, readable, rhythm)
                sent += 1
            # Read or hidden ones are done too: a later digest leaves them out.
            Notification.objects.filter(pk__in=[n.pk for n in rows]).update(mailed_at=now)
    return sent
