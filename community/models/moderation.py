"""Reports by members and what moderators did about them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Report(models.Model):
    """Someone signed in reports a post, a comment or a profile.

    Exactly one of the three targets is set.
    """

    class Reason(models.TextChoices):
        PRIVACY = "privacy", _("Er staat iets in waaraan je een kind of gezin herkent")
        RUDE = "rude", _("Kwetsend, beledigend of intimiderend")
        SPAM = "spam", _("Reclame of spam")
        WRONG = "wrong", _("Onjuist of misleidend")
        OTHER = "other", _("Iets anders")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Afgehandeld")

    reporter = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                 related_name="reports")
    post = models.ForeignKey("community.Post", null=True, blank=True, on_delete=models.CASCADE,
                             related_name="reports")
    comment = models.ForeignKey("community.Comment", null=True, blank=True,
                                on_delete=models.CASCADE, related_name="reports")
    profile = models.ForeignKey("community.Profile", null=True, blank=True,
                                on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(_("reden"), max_length=10, choices=Reason.choices)
    explanation = models.TextField(_("toelichting"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=4, choices=Status.choices,
                              default=Status.OPEN)
    outcome = models.TextField(_("uitkomst"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [models.CheckConstraint(
            condition=(
                models.Q(post__isnull=False, comment__isnull=True, profile__isnull=True)
                | models.Q(post__isnull=True, comment__isnull=False, profile__isnull=True)
                | models.Q(post__isnull=True, comment__isnull=True, profile__isnull=False)
            ),
            name="report_has_one_target"),
            # One open report per person per item; a second click is not a second voice.
            *(models.UniqueConstraint(fields=["reporter", target],
                                      condition=models.Q(status="open"),
                                      name=f"one_open_report_per_{target}")
              for target in ("post", "comment", "profile")),
        ]
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")

    def __str__(self):
        return f"{self.get_reason_display()} ({self.status})"

    @property
    def target(self):
        return self.post or self.comment or self.profile


class ModerationLog(models.Model):
    """The audit log: every moderator action, never edited or deleted."""

    class Action(models.TextChoices):
        HIDE = "hide", _("Verborgen")
        RESTORE = "restore", _("Teruggezet")
        WARN = "warn", _("Gewaarschuwd")
        BLOCK = "block", _("Geblokkeerd")
        DISMISS = "dismiss", _("Melding afgewezen")

    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                  related_name="+")
    action = models.CharField(_("actie"), max_length=10, choices=Action.choices)
    report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.SET_NULL,
                               related_name="log")
    target = models.CharField(_("waarover"), max_length=200,
                              help_text=_("Bijvoorbeeld 'bericht 12' of 'gebruiker 7'."))
    note = models.TextField(_("toelichting"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderatie-actie")
        verbose_name_plural = _("moderatielogboek")

    def __str__(self):
        return f"{self.get_action_display()}: {self.target}"
