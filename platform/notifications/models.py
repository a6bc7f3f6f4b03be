"""Notifications: what happened that one person should know about, their
preferences for being told, and nothing else.

A notification is shown only while its reader may see what it is about:
it carries the access token of its item and the item's `subject` (the
event log's names: "post-12", "comment-40", "event-3"), and when the item's
access changes the token follows (receivers.py), exactly as for the event
log. A hidden post's notification disappears from the centre and the badge.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from access.tokens import tokens_for


class Kind(models.TextChoices):
    MENTION = "mention", "U bent genoemd"
    REACTION = "reaction", "Reactie op uw bericht"
    FOLLOWED = "followed", "Reactie in een gesprek dat u volgt"
    JOIN_REQUEST = "join_request", "Verzoek om lid te worden"
    JOIN_DECISION = "join_decision", "Besluit over uw verzoek"
    INVITATION = "invitation", "Uitnodiging voor een groep"
    ACTION_ASSIGNED = "action_assigned", "Actie voor u"
    ACTION_DUE = "action_due", "Actie die af moet"
    REGISTRATION = "registration", "Aanmelding voor een activiteit"
    PROMOTED = "promoted", "Plek vrij: van de wachtlijst"
    EVENT_CHANGED = "event_changed", "Activiteit gewijzigd"
    EVENT_CANCELLED = "event_cancelled", "Activiteit gaat niet door"
    REVIEW = "review", "Uitkomst van een beoordeling"


class Rhythm(models.TextChoices):
    DIRECT = "direct", "Meteen een mail"
    DAILY = "daily", "Eén mail per dag"
    WEEKLY = "weekly", "Eén mail per week"
    NEVER = "never", "Geen mail"


class NotificationQuerySet(models.QuerySet):
    def for_reader(self, user):
        """What `user` may see in the centre: theirs, shown in the site,
        about items they may still see."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(recipient=user, in_site=True, token__in=tokens_for(user))

    def unread(self):
        return self.filter(read_at=None)


class Notification(models.Model):
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                  related_name="notifications")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # One sentence that names who did what to which item, and where it is.
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=500)
    subject = models.CharField(max_length=80, blank=True)
    token = models.CharField(max_length=80)
    # The group the item belongs to, for the per-group preferences.
    group = models.ForeignKey("groups.CommunityGroup", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Shown in the centre (the reader's preference when it was made).
    in_site = models.BooleanField(default=True)
    # How it is mailed, decided when it was made: direct, in a daily or
    # weekly digest, or not ("never"); mailed_at once done.
    mail = models.CharField(max_length=10, choices=Rhythm.choices, default=Rhythm.NEVER)
    mailed_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["subject"], name="notification_subject"),
            models.Index(fields=["mail", "mailed_at"], name="notification_digest"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.recipient_id}: {self.text}"


class Preference(models.Model):
    """How one person wants to be told: in general (group empty) or about
    one group. A group's choice wins over the general one field by field;
    an empty field in a group's row follows the general choice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="notification_preferences")
    group = models.ForeignKey("groups.CommunityGroup", null=True, blank=True,
                              on_delete=models.CASCADE, related_name="+")
    in_site = models.BooleanField("Tonen op de site", null=True, default=True)
    mail = models.CharField("Mail", max_length=10, choices=Rhythm.choices, null=True,
                            blank=True, default=Rhythm.DIRECT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "group"], name="one_preference_per_group"),
            models.UniqueConstraint(fields=["user"], condition=Q(group=None),
                                    name="one_general_preference"),
        ]

    def __str__(self):
        return f"{self.user_id} / {self.group_id or 'algemeen'}: {self.mail}"
