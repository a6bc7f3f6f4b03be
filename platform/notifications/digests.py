"""Daily and weekly digests: one mail per person with what they chose to
receive that way and have not read yet, and may still see.

The scheduler runs `send_due` every ten minutes. A daily digest goes from
DIGEST_HOUR (local time) on, a weekly one on Mondays from that hour; a
person gets at most one per day or week (a notification marked as mailed
in that period says they had it), so a scheduler that was down at seven
sends later that day, and a second run sends nothing twice.
"""

from datetime import timedelta
from itertools import groupby

from django.db import transaction
from django.utils import timezone

from access.tokens import tokens_for

from . import mail
from .models import Notification, Rhythm

DIGEST_HOUR = 7


def period_start(rhythm, now):
    """Midnight today (daily) or last Monday (weekly), local time."""
    local = timezone.localtime(now)
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight - timedelta(days=local.weekday()) if rhythm == Rhythm.WEEKLY else midnight


def is_due(rhythm, now):
    local = timezone.localtime(now)
    return local.hour >= DIGEST_HOUR and (rhythm == Rhythm.DAILY or local.weekday() == 0)


def send_due(now=None):
    """The daily and weekly digests that are due now; the number of mails."""
    now = now or timezone.now()
    return sum(send_digests(rhythm, now) for rhythm in (Rhythm.DAILY, Rhythm.WEEKLY)
               if is_due(rhythm, now))


def send_digests(rhythm, now=None):
    """Mail the `rhythm` digest to each person who has not had this
    period's yet; the number of mails."""
    now = now or timezone.now()
    had_one = Notification.objects.filter(
        mail=rhythm, mailed_at__gte=period_start(rhythm, now)).values("recipient_id")
    pending = (Notification.objects.filter(mail=rhythm, mailed_at=None, created_at__lte=now)
               .exclude(recipient_id__in=had_one)
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
            Notification.objects.filter(pk__in=[n.pk for n in rows]).update(mailed_at=now)
    return sent
