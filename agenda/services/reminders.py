"""The day-before reminders, run as the scheduler job `event_reminders`
(registered in apps.py) and by `manage.py send_event_reminders`."""

import datetime

from django.db import transaction
from django.utils import timezone

from .. import mail
from ..models import Registration


def send_reminders(now=None):
    """Remind everyone with a seat of an event that starts tomorrow (Dutch date).

    Each registration is reminded once, whenever this runs; returns how many.
    """
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + datetime.timedelta(days=1)
    due = Registration.objects.holding_seats().select_related("event").filter(
        reminded_at__isnull=True, event__live=True,
        event__cancelled_at__isnull=True, event__start__date=tomorrow,
    )
    sent = 0
    for registration in due:
        with transaction.atomic():
            claimed = Registration.objects.holding_seats().filter(
                pk=registration.pk, reminded_at__isnull=True).update(reminded_at=now)
            if claimed:  # another run may have sent it meanwhile, or it was cancelled
                mail.reminder(registration)
                sent += 1
    return sent
