"""Writes of the agenda: registering, confirming, cancelling, the waitlist.

This is the one place that decides who gets a seat. Every decision takes
the event's row lock first (SELECT ... FOR UPDATE on PostgreSQL; on SQLite
the transaction is IMMEDIATE, so writers queue for the database's one
write lock). Counting seats and giving one away therefore never
interleave: capacity is never exceeded, however many people press the
button at once. Mail goes out after the commit.
"""

import datetime
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from . import mail
from .models import CalendarFeed, Event, Registration

Status = Registration.Status


@dataclass
class RegistrationRefused(Exception):
    """Registering is not possible; `message` says why, in Dutch."""

    code: str
    message: str

    def __str__(self):
        return self.message


def _when(moment):
    return formats.date_format(timezone.localtime(moment), "j F Y \\o\\m H:i")


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


def _locked(event):
    """The event, re-read under its row lock (the caller holds a transaction)."""
    return Event.objects.select_for_update().get(pk=event.pk)


def _moment(now):
    """The time a locked decision is stamped with.

    Taken after the lock: whoever waited for it comes after everyone placed
    meanwhile, so a waitlist place once told never changes in a race.
    """
    return now or timezone.now()


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
        event = _locked(event)
        now = _moment(now)
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
        event = _locked(registration.event)
        now = _moment(now)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status != Status.PENDING:
            return registration
        refused = refusal(event, now)
        if refused:
            raise refused
        _place(event, registration, now)
        registration.save(update_fields=["status", "confirmed_at", "waitlisted_at"])
        mail.registration_changed(registration)
    return registration


def cancel_registration(registration, now=None):
    """Cancel; a seat that comes free goes to the first on the waitlist."""
    with transaction.atomic():
        event = _locked(registration.event)
        now = _moment(now)
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
    """Give free seats to the waitlist, first come first served; each is mailed.

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
        promoted.append(registration)
    return promoted


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


def upcoming_events_for_group(group, user, limit=5):
    """The next live events of a group that `user` may see, soonest first.

    For the group's page in the community: it asks the agenda rather than
    reading events itself. Two queries (events, their sessions) once the
    user's tokens are known.
    """
    events = Event.objects.published().visible_to(user).upcoming().filter(access_group=group)
    return list(events.with_sessions().order_by("start", "pk")[:limit])


def may_manage(user, event):
    """Organisers manage their own events; beheerders every event."""
    from accounts import roles

    if not (user.is_authenticated and user.is_active):
        return False
    return event.owner_id == user.pk or user.is_superuser or user.has_role(roles.BEHEERDER)


def cancel_event(event, reason="", now=None):
    """Call an event off: it stays visible as cancelled; everyone registered is mailed."""
    with transaction.atomic():
        event = _locked(event)
        now = _moment(now)
        if event.is_cancelled:
            return event
        Event.objects.filter(pk=event.pk).update(cancelled_at=now)
        event.cancelled_at = now
        for registration in event.registrations.exclude(status=Status.CANCELLED):
            mail.event_cancelled(registration, reason)
    return event


def still_registered(event):
    """How many people hold a seat, wait for one or have yet to confirm."""
    return event.registrations.exclude(status=Status.CANCELLED).count()


def fill_free_seats(event, now=None):
    """Give seats that came free without a cancellation (an editor published
    a higher capacity in the CMS) to the waitlist, as cancelling would."""
    with transaction.atomic():
        event = _locked(event)
        now = _moment(now)
        if not event.live or event.is_cancelled or event.is_past(now):
            return []
        return promote_from_waitlist(event, now)


def withdraw_event(event, now=None):
    """The event leaves the agenda (unpublished or deleted in the CMS): for
    whoever is still registered it is called off, with the same mail."""
    with transaction.atomic():
        event = _locked(event)
        now = _moment(now)
        if event.is_past(now) or not still_registered(event):
            return event
        return cancel_event(event, now=now)


def message_participants(event, subject, body):
    """Mail everyone with a seat or on the waitlist; returns how many."""
    recipients = list(event.registrations.filter(
        status__in=[Status.CONFIRMED, Status.WAITLISTED]).values_list("email", flat=True))
    with transaction.atomic():
        mail.organiser_message(event, recipients, subject, body)
    return len(recipients)


def mark_attendance(event, present_ids):
    """Record who came: seated participants in `present_ids` attended, the others not."""
    seated = event.registrations.holding_seats()
    with transaction.atomic():
        seated.filter(pk__in=present_ids).update(attended=True)
        seated.exclude(pk__in=present_ids).update(attended=False)


def renew_calendar_feed(user):
    """Make `user`'s secret calendar-feed address, or replace it: the old one
    stops working at once. On a POST only; reading the address never makes one."""
    feed, _created = CalendarFeed.objects.update_or_create(
        user=user, defaults={"key": secrets.token_urlsafe(32)})
    return feed
