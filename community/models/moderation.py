"""Reports by members and what moderators did about them.

The reads of moderation live here: which kind an item is, who wrote it, and
the reports about it (Report.objects). The writes are in services/moderation.py.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .posts import Comment, Post
from .profiles import Profile

# Per kind of item: the word used in the log ("bericht 12") and in "Mijn gegevens".
KIND_WORDS = {"post": _("bericht"), "comment": _("reactie"), "profile": _("profiel")}
AUTHOR_FIELDS = {"post": "owner", "comment": "author", "profile": "user"}
# What a page about reports loads with them: the items and the people.
REPORT_RELATED = ("reporter__profile", "post__owner__profile", "post__access_group",
                  "comment__author__profile", "comment__post__access_group", "profile__user")


def kind_of(target):
    """'post', 'comment' or 'profile': the Report field that points at `target`."""
    for kind, model in (("post", Post), ("comment", Comment), ("profile", Profile)):
        if isinstance(target, model):
            return kind
    raise TypeError(f"Cannot report a {type(target).__name__}.")


def author_of(target):
    """The account behind an item; None once that account was deleted."""
    return getattr(target, AUTHOR_FIELDS[kind_of(target)])


class ReportQuerySet(models.QuerySet):
    """The reports as moderation reads them."""

    def about(self, target):
        """Every report about `target`, open or done, oldest first."""
        return self.filter(**{kind_of(target): target}).order_by("created_at", "pk")

    def open(self):
        return self.filter(status=Report.Status.OPEN)

    def open_from(self, reporter):
        """The open reports by `reporter` (at most one per item)."""
        return self.filter(reporter=reporter, status=Report.Status.OPEN)

    def queue(self):
        """The moderation queue: open reports with their items and people
        loaded, oldest first."""
        return self.open().select_related(*REPORT_RELATED).order_by("created_at", "pk")


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

    objects = ReportQuerySet.as_manager()

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

    @property
    def kind(self):
        """The kind of the target, read from its ids (no query)."""
        if self.post_id:
            return "post"
        return "comment" if self.comment_id else "profile"


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
