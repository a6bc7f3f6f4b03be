""""Ongelezen meldingen" on Voor mij: the newest unread notifications first."""

from .models import Notification

SHOWN = 6


def unread_panel(user):
    return {"notifications": list(Notification.objects.for_reader(user).unread()[:SHOWN])}
