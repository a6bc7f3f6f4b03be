"""Registrations for an event: a seat, a place on the waitlist, or a guest's
registration waiting for their confirmation by mail."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class RegistrationQuerySet(models.QuerySet):
    def holding_seats(self):
        """The registrations that hold a seat: the one statement of that rule.

        A guest holds nothing until they confirm by mail, the waitlist waits
        for a seat, a cancellation gave its seat back. Seat counts (one event's
        or a list's, see `EventQuerySet.with_seats_taken`) are built on this.
        """
        return self.filter(status=Registration.SEAT_HOLDING)


class Registration(models.Model):
    """One person's registration for one event.

    Signed-in professionals register with their account; guests (parents,
    for instance) with a name and address, and only hold a seat after they
    confirmed it through the mailed link. The waitlist is first come, first
    served: ordered by when the registration joined it.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op bevestiging per e-mail")
        CONFIRMED = "confirmed", _("Aangemeld")
        WAITLISTED = "waitlisted", _("Op de wachtlijst")
        CANCELLED = "cancelled", _("Afgemeld")

    # The status that holds a seat (see RegistrationQuerySet.holding_seats).
    SEAT_HOLDING = Status.CONFIRMED

    event = models.ForeignKey(
        "agenda.Event", on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("naam"), max_length=150)
    email = models.EmailField(_("e-mailadres"))
    answer = models.TextField(_("antwoord op de vraag"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    attended = models.BooleanField(_("aanwezig"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        constraints = [
            # One active registration per person per event; a cancelled one
            # does not stop someone from registering again.
            models.UniqueConstraint(
                "event", Lower("email"), condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_email",
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "waitlisted_at"])]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED

    @property
    def holds_seat(self):
        """Whether this registration holds a seat (the rule of `holding_seats`)."""
        return self.status == self.SEAT_HOLDING


class CalendarFeed(models.Model):
    """The secret address of a person's own calendar feed (their registrations).

    Anyone with the address can read the feed, so it can be replaced by a new
    one at any time; the old address then stops working.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("persoonlijke agenda-feed")
        verbose_name_plural = _("persoonlijke agenda-feeds")

    def __str__(self):
        return str(self.user)
