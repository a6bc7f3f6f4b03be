"""What an organiser (or a beheerder) writes about the people registered for
their event: who came, and a message to everyone. Who may do this is
`Event.is_manageable_by`."""

from django.db import transaction

from .. import mail
from ..models import Registration
from . import notices

Status = Registration.Status


def message_participants(event, subject, body, by=None):
    """Mail everyone with a seat or on the waitlist, and notify those with an
    account (except `by`, who wrote it); returns how many were mailed."""
    registrations = list(event.registrations.filter(
        status__in=[Status.CONFIRMED, Status.WAITLISTED]).select_related("user"))
    recipients = [registration.email for registration in registrations]
    with transaction.atomic():
        mail.organiser_message(event, recipients, subject, body)
        notices.organiser_message(event, registrations, subject, by=by)
    return len(recipients)


def mark_attendance(event, present_ids):
    """Record who came: seated participants in `present_ids` attended, the others not."""
    seated = event.registrations.holding_seats()
    with transaction.atomic():
        seated.filter(pk__in=present_ids).update(attended=True)
        seated.exclude(pk__in=present_ids).update(attended=False)
