"""Joining a group: requests with a message, and invitations by email.

The groups and memberships themselves live in platform/groups, because the
access model reads them; these two models are the community's way in.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JoinRequest(models.Model):
    """A professional asks to join a group that admits by request."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op een besluit")
        APPROVED = "approved", _("Goedgekeurd")
        DECLINED = "declined", _("Afgewezen")

    group = models.ForeignKey("groups.CommunityGroup", on_delete=models.CASCADE,
                              related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="join_requests")
    message = models.TextField(_("bericht aan de beheerders"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices,
                              default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.UniqueConstraint(
            fields=["group", "user"], condition=Q(status="pending"),
            name="one_pending_join_request")]
        verbose_name = _("aanvraag om lid te worden")
        verbose_name_plural = _("aanvragen om lid te worden")

    def __str__(self):
        return f"{self.user} → {self.group} ({self.status})"


INVITATION_DAYS = 30


def new_invitation_key():
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """An invitation by email, also for someone who has no account yet.

    The key in the mailed link is the secret, valid for INVITATION_DAYS days:
    any signed-in, verified professional who opens it becomes a member (the
    invitee may well sign up with another address). Someone who has no
    account yet joins at once when verified with the invited address.
    """

    group = models.ForeignKey("groups.CommunityGroup", on_delete=models.CASCADE,
                              related_name="invitations")
    email = models.EmailField(_("e-mailadres"))
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True,
                                   on_delete=models.SET_NULL, related_name="+")
    key = models.CharField(max_length=64, unique=True, default=new_invitation_key)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at", "pk"]
        constraints = [models.UniqueConstraint(
            fields=["group", "email"], condition=Q(accepted_at__isnull=True),
            name="one_open_invitation_per_address")]
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")

    def __str__(self):
        return f"{self.email} → {self.group}"

    @property
    def expires_at(self):
        return self.created_at + timedelta(days=INVITATION_DAYS)

    @property
    def has_expired(self):
        return timezone.now() >= self.expires_at
