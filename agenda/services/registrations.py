"""Registering for an event: a seat, the waitlist, a guest's confirmation,
cancelling, and giving seats that come free to the waitlist.

Every decision here takes the event's lock first (see `locking`), so
capacity is never exceeded and a waitlist place once told never changes.
The seat and waitlist reads the decisions count with live here too: the
event's page shows what a decision would see. Mail goes out after the commit;
someone with an account also finds it in their notification centre (`notices`).
"""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from .. import mail
from ..models import Registration
from . import notices
from .locking import locked, moment

Status = Registration.Status


@dataclass
class RegistrationRefused(Exception):
    """Registering is not possible; `message` says why, in Dutch."""

    code: str
    message: str

    def __str__(self):
        return self.message


def _when(instant):
    return formats.date_format(timezone.localtime(instant), "j F Y \\o\\m H:i")


def refusal(event, now=None):
    """Why nobody can register for `event` right now, or None when they can."""
    now = now or timezone.now()
    if event.is_cancelled:
        return RegistrationRefused(
            "cancelled", _("Deze bijeenkomst gaat niet door. Aanmelden kan niet meer."))
    if event.start < now:
        return RegistrationRefused(
            "past", _("Deze bijeenkomst is al begonnen of geweest. Aanmelden kan niet meer."))
    if event.registration_opens and now < event.registration_opens:
        return RegistrationRefused("not_open", _("Aanmelden kan nog niet. Dat kan vanaf %(when)s.")
                                   % {"when": _when(event.registration_opens)})
    if event.registration_closes and now > event.registration_closes:
        return RegistrationRefused("closed", _("Aanmelden is gesloten. Dat kon tot %(when)s.")
                                   % {"when": _when(event.registration_closes)})
    return None


def seats_taken(event):
    """How many seats of one event are taken now (a list counts them with
    `Event.objects.with_seats_taken()`); the locked decisions below count here."""
    return event.registrations.holding_seats().count()


def seats_left(event):
    """Free seats, or None when the event has no maximum."""
    if event.capacity is None:
        return None
    return event.seats_left_after(seats_taken(event))


def waitlist_position(registration):
    """1 for the first person on the waitlist; None when not on it."""
    if registration.status != Status.WAITLISTED:
        return None
    joined = registration.waitlisted_at
    ahead = registration.event.registrations.filter(status=Status.WAITLISTED).filter(
        Q(waitlisted_at__lt=joined) | Q(waitlisted_at=joined, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def active_registration(event, email):
    """The registration (not cancelled) of this address for `event`, or None."""
    return event.registrations.exclude(status=Status.CANCELLED).filter(
        email__iexact=email).first()


def registration_of(event, user):
    """The signed-in user's active registration for `event`, or None."""
    if not user.is_authenticated:
        return None
    return active_registration(event, user.email)


def has_seat(event, user):
    """Whether `user` holds a confirmed seat: only they get the online link."""
    registration = registration_of(event, user)
    return bool(registration and registration.holds_seat)


def _place(event, registration, now):
    """A seat when one is free, else the end of the waitlist."""
    if event.capacity is None or seats_taken(event) < event.capacity:
        registration.status, registration.confirmed_at = Status.CONFIRMED, now
    else:
        registration.status, registration.waitlisted_at = Status.WAITLISTED, now


def register_for_event(event, *, user=None, name="", email="", answer="", now=None):
    """Register a signed-in person (a seat or the waitlist at once) or a guest
    (who holds nothing until they confirm by mail). Raises RegistrationRefused."""
    email = (user.email if user else email).strip()
    with transaction.atomic():
        event = locked(event)
        now = moment(now)
        refused = refusal(event, now)
        if refused:
            raise refused
        existing = active_registration(event, email)
        if existing:
            raise _already(existing)
        registration = Registration(
            event=event, user=user, email=email, answer=answer.strip(),
            name=(user.get_full_name() or user.email) if user else name.strip(),
        )
        if user is None:
            registration.status = Status.PENDING
        else:
            _place(event, registration, now)
        registration.save()
        mail.registration_changed(registration)
        notices.registered(registration)
    return registration


def _already(registration):
    if registration.status == Status.WAITLISTED:
        return RegistrationRefused("already", _(
            "U staat al op de wachtlijst voor deze bijeenkomst, op plaats %(position)s.")
            % {"position": waitlist_position(registration)})
    if registration.status == Status.PENDING:
        return RegistrationRefused("already", _(
            "U hebt zich al aangemeld. Bevestig uw aanmelding met de link in de e-mail "
            "die wij u stuurden."))
    return RegistrationRefused("already", _("U bent al aangemeld voor deze bijeenkomst."))


def confirm_guest(registration, now=None):
    """A guest confirmed their address: give them a seat or a waitlist place."""
    with transaction.atomic():
        event = locked(registration.event)
        now = moment(now)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Status.PENDING:
            return registration
        refused = refusal(event, now)
        if refused:
            raise refused
        _place(event, registration, now)
        registration.save(update_fields=["status", "confirmed_at", "waitlisted_at"])
        mail.registration_changed(registration)
        notices.registered(registration)
    return registration


def cancel_registration(registration, now=None):
    """Cancel; a seat that comes free goes to the first on the waitlist."""
    with transaction.atomic():
        event = locked(registration.event)
        now = moment(now)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return registration
        had_seat = registration.holds_seat
        registration.status, registration.cancelled_at = Status.CANCELLED, now
        registration.save(update_fields=["status", "cancelled_at"])
        mail.registration_cancelled(registration)
        if had_seat and not event.is_past(now) and not event.is_cancelled:
            promote_from_waitlist(event, now)
    return registration


def promote_from_waitlist(event, now=None):
    """Give free seats to the waitlist, first come first served; each is mailed
    (and notified, with an account).

    Call with the event locked (inside cancel_registration or fill_free_seats).
    """
    now = now or timezone.now()
    promoted = []
    waiting = event.registrations.filter(status=Status.WAITLISTED).order_by("waitlisted_at", "pk")
    for registration in waiting:
        if event.capacity is not None and seats_taken(event) >= event.capacity:
            break
        registration.status, registration.confirmed_at = Status.CONFIRMED, now
        registration.save(update_fields=["status", "confirmed_at"])
        mail.promoted(registration)
        notices.promoted(registration)
        promoted.append(registration)
    return promoted
