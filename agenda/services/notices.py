"""The agenda's notifications in the centre (notifications.notify), beside
its mails. The agenda mails every one of these itself, as receipts with the
event's details (a confirmation carries a calendar file), so they are
`site_only`: preferences decide only whether the centre shows them. Guests
have no account and get the mails alone.

Each carries the event's token and its event log subject ("event-<id>",
as agenda.live uses), so it leaves the centre of whoever may no longer see
the event.
"""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from access.visibility import user_token
from notifications.models import Kind
from notifications.services import notify

from ..models import Registration

Status = Registration.Status


def _tell(event, users, kind, text, url=None):
    return notify(users, kind, text=text, url=url or event.get_absolute_url(),
                  token=event.access_token, subject=f"event-{event.pk}",
                  group=event.access_group, site_only=True)


def _date(event):
    return formats.date_format(timezone.localtime(event.start), "j F Y")


def registered(registration):
    """A seat or a waitlist place for someone with an account."""
    event = registration.event
    if registration.user_id is None:
        return []
    if registration.status == Status.CONFIRMED:
        text = _('U bent aangemeld voor "%(title)s" op %(date)s')
    elif registration.status == Status.WAITLISTED:
        text = _('U staat op de wachtlijst voor "%(title)s" op %(date)s')
    else:
        return []
    return _tell(event, [registration.user], Kind.REGISTRATION,
                 text % {"title": event.title, "date": _date(event)})


def promoted(registration):
    """A seat came free and went to this person on the waitlist."""
    event = registration.event
    if registration.user_id is None:
        return []
    return _tell(event, [registration.user], Kind.PROMOTED,
                 _('Er kwam een plek vrij: u bent nu aangemeld voor "%(title)s" op %(date)s')
                 % {"title": event.title, "date": _date(event)})


def _people(registrations, by):
    """The accounts behind `registrations`, without `by` (who did it)."""
    return [r.user for r in registrations
            if r.user_id is not None and (by is None or r.user_id != by.pk)]


def event_cancelled(event, registrations, by=None, withdrawn=False):
    """The event is called off. One taken out of the agenda (unpublished or
    deleted) has no page any more, and its own notices leave the centre with
    it (agenda.live gives "event-<id>" the nobody token): this one is the
    reader's own then, with a link to their agenda."""
    text = (_('"%(title)s" op %(date)s gaat niet door')
            % {"title": event.title, "date": _date(event)})
    people = _people(registrations, by)
    if not (withdrawn or not event.live):
        return _tell(event, people, Kind.EVENT_CANCELLED, text)
    return [made for user in people
            for made in notify([user], Kind.EVENT_CANCELLED, text=text, url=reverse("my_agenda"),
                               token=user_token(user.pk), group=event.access_group,
                               site_only=True)]


def organiser_message(event, registrations, subject, by=None):
    """The organiser wrote to everyone registered: the way a change of plan
    (another room, a later start) reaches them."""
    return _tell(event, _people(registrations, by), Kind.EVENT_CHANGED,
                 _('De organisator van "%(title)s" stuurde u een bericht: %(subject)s')
                 % {"title": event.title, "subject": subject})
