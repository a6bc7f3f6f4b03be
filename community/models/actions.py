"""The action list of a group: who does what by when, and reports to whom.

Not minutes: each line is a commitment that can be followed up.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from access.models import AccessControlled
from access.visibility import Visibility


class Action(AccessControlled):
    """One action of a group. Always visible to the group's members only,
    also in an open group: it names people and their deadlines."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        DONE = "done", _("Klaar")

    description = models.TextField(_("wat"), max_length=1000)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("wie"), null=True,
                                 on_delete=models.SET_NULL, related_name="assigned_actions")
    due_date = models.DateField(_("wanneer klaar"))
    report_to = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("meldt terug aan"),
                                  null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(_("status"), max_length=4, choices=Status.choices,
                              default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    done_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("actie")
        verbose_name_plural = _("acties")

    def __str__(self):
        return self.description[:60]

    def apply_group_rules(self):
        self.visibility = Visibility.GROUP

    @property
    def group(self):
        return self.access_group

    @property
    def is_overdue(self):
        return self.status == self.Status.OPEN and self.due_date < timezone.localdate()

    def get_absolute_url(self):
        url = reverse("group_actions", kwargs={"slug": self.access_group.slug})
        return f"{url}#actie-{self.pk}"
