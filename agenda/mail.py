"""The agenda's mails, each sent after the transaction that caused it commits."""

from core.mail import absolute_url, mail_on_commit

from . import links
from .ical import calendar, download_name
from .models import Registration

Status = Registration.Status
TEMPLATES = "agenda/email"


def _context(registration, **extra):
    event = registration.event
    return {
        "registration": registration,
        "event": event,
        "event_url": absolute_url("event_detail", slug=event.slug),
        "cancel_url": links.cancel_url(registration),
        **extra,
    }


def _ics(registration):
    """The event as a calendar file, with the online link: the reader is registered."""
    content = calendar([registration.event], registration.event.title, lambda event: True)
    return (download_name(f"{registration.event.slug}.ics"), content, "text/calendar")


def registration_changed(registration):
    """The mail for where a registration now stands: confirm, seat or waitlist."""
    if registration.status == Status.PENDING:
        mail_on_commit(f"{TEMPLATES}/guest_confirm", [registration.email],
                       _context(registration, confirm_url=links.confirm_url(registration)))
    elif registration.status == Status.CONFIRMED:
        mail_on_commit(f"{TEMPLATES}/confirmed", [registration.email],
                       _context(registration), attachments=[_ics(registration)])
    elif registration.status == Status.WAITLISTED:
        from .services.registrations import waitlist_position

        mail_on_commit(f"{TEMPLATES}/waitlisted", [registration.email],
                       _context(registration, position=waitlist_position(registration)))


def promoted(registration):
    mail_on_commit(f"{TEMPLATES}/promoted", [registration.email], _context(registration),
                   attachments=[_ics(registration)])


def registration_cancelled(registration):
    mail_on_commit(f"{TEMPLATES}/cancelled", [registration.email], _context(registration))


def reminder(registration):
    mail_on_commit(f"{TEMPLATES}/reminder", [registration.email], _context(registration))


def event_cancelled(registration, reason):
    mail_on_commit(f"{TEMPLATES}/event_cancelled", [registration.email],
                   _context(registration, reason=reason))


def organiser_message(event, recipients, subject, body):
    """The organiser's own words to every participant, one mail each."""
    mail_on_commit(f"{TEMPLATES}/organiser_message", recipients, {
        "event": event, "event_url": absolute_url("event_detail", slug=event.slug),
        "subject": subject, "body": body,
    })
